import type { FieldRow } from "../fieldRow";

// What is an item and what is not: one row per extraction branch, including the shapes that must stay silent.
export const rows: FieldRow[] = [
  {
    branch: "items: a bullet that is only an issue link",
    markdown: "- https://github.com/lanternworks/ingest/issues/311\n- https://github.com/lanternworks/ingest/issues/312\n",
    items: ["https://github.com/lanternworks/ingest/issues/311", "https://github.com/lanternworks/ingest/issues/312"],
    expect: { owners: [], deadline: null, trackers: ["https://github.com/lanternworks/ingest/issues/311"], verb: "outcome" },
  },
  {
    branch: "items: an unbulleted line that is only a pull-request link",
    markdown: "# Post-mortem: ingest lag\n\n## Follow-up\n\n### Fixes\n\nhttps://github.com/lanternworks/ingest/pull/318\n",
    items: ["https://github.com/lanternworks/ingest/pull/318"],
  },
  {
    branch: "items: a link outside an action section is a reference, not an item",
    markdown: "# Post-mortem: ingest lag\n\n## References\n\n- https://github.com/lanternworks/ingest/issues/311\n\n## Action items\n\n- Add a lag alert on the ingest consumer group\n",
    items: ["Add a lag alert on the ingest consumer group"],
  },
  {
    branch: "items: capitalised, verb-led sub-bullets are deliverables of their own",
    markdown: [
      "- Widen health-check coverage across the fleet",
      "    - Send every team a note on readiness checks",
      "    - Create a dashboard of readiness-check coverage per namespace",
      "    - Write a wiki page on liveness versus readiness checks",
      "- Pin the base image of the ingest workers",
    ].join("\n"),
    items: [
      "Widen health-check coverage across the fleet",
      "Send every team a note on readiness checks",
      "Create a dashboard of readiness-check coverage",
      "Write a wiki page on liveness",
      "Pin the base image of the ingest workers",
    ],
  },
  {
    branch: "items: lower-case sub-bullets finish the parent's sentence; they are its criteria, not items",
    markdown: [
      "- We are reworking our release sign-off with a checklist that will:",
      "  1. ask the author to",
      "     1. list the failure modes they considered",
      "  1. ask the approver to:",
      "     1. try the rollback before approving",
      "- We will pin the base image of the ingest workers.",
    ].join("\n"),
    items: ["reworking our release sign-off", "pin the base image"],
    expect: {
      annotations: ["ask the author to", "list the failure modes they considered", "ask the approver to:", "try the rollback before approving"],
    },
  },
  {
    branch: "items: notes and links under an item annotate it",
    markdown: [
      "- Cap the refill rate of the session cache at 200 keys per second",
      "  - The old limit lived in a config file nobody owned",
      "  - https://github.com/lanternworks/cache/pull/77",
      "- Pin the base image of the ingest workers",
    ].join("\n"),
    items: ["Cap the refill rate", "Pin the base image"],
    expect: { annotations: ["The old limit lived in a config file nobody owned", "https://github.com/lanternworks/cache/pull/77"] },
  },
  {
    branch: "items: a short label over lower-case sub-items is a group; the sub-items are the items",
    markdown: ["- Monitoring:", "  - add an alert on the cache hit ratio", "  - add a refill-rate panel to the cache dashboard"].join("\n"),
    items: ["add an alert on the cache hit ratio", "add a refill-rate panel"],
  },
  {
    branch: "items: a hard-wrapped line is one item; its continuation is no item of its own",
    markdown: [
      "# Post-mortem: nightly export overran",
      "",
      "## Follow-up",
      "",
      "Move the nightly export off the primary database, so that the reporting queries",
      "stop competing with checkout writes (OPS-51)",
      "Add a replica-lag panel to the export dashboard (OPS-52)",
    ].join("\n"),
    items: ["Move the nightly export off the primary database", "Add a replica-lag panel"],
    expect: { trackers: ["OPS-51"] },
  },
  {
    branch: "items: short lower-case lines are one item each, not one wrapped line",
    markdown: "# Post-mortem: nightly export overran\n\n## Next steps\n\nadd an alert on the export's runtime\nresize the reporting replica\n",
    items: ["add an alert on the export's runtime", "resize the reporting replica"],
  },
  {
    branch: "items: a section of several one-sentence-group paragraphs has one item per paragraph",
    markdown: [
      "# Post-mortem: nightly export overran",
      "",
      "## Follow-up",
      "",
      "The export job should page someone when it runs past its window. Today it fails",
      "silently and nobody looks until the morning.",
      "",
      "The reporting replica is too small for month-end queries. We should size it for",
      "twice the current peak.",
    ].join("\n"),
    items: ["The export job should page someone", "The reporting replica is too small"],
  },
  {
    branch: "items: a single paragraph of several sentences under an action heading is prose",
    markdown:
      "# Post-mortem: nightly export overran\n\n## What we are changing\n\nWe are moving the export to the replica, and we will page on its runtime. We'll also resize the replica.\n",
    items: [],
  },
];
