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
];
