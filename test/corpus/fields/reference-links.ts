import type { FieldRow } from "../fieldRow";

// Reference-style links: the item writes "[the alerting issue][alerts]" and the page defines "[alerts]: …"
// further down. What the definition points at decides whether the item is tracked.
const PAGE =
  "# Post-mortem: build pods stuck\n\nDate: 2026-11-20\n\n## Action items\n\n" +
  "- Alert when build pods stay pending for ten minutes, see [the alerting issue][alerts] (Mira, by 2027-01-15)\n" +
  "- Pin the image builder version ([builder-pin][]) (Mira, by 2027-01-15)\n" +
  "- Write the cleanup steps into [the runbook][runbook] (Mira, by 2027-01-15)\n" +
  "- Drain the stuck node pool first, as [Cleanup] says (Mira, by 2027-01-15)\n\n" +
  "[alerts]: https://github.com/acme/deploy/issues/2114\n" +
  "[Builder-Pin]: <https://github.com/acme/deploy/pull/2120>\n" +
  "[runbook]: https://docs.acme.dev/runbooks/builds\n" +
  "[cleanup]: https://gitlab.com/acme/deploy/-/issues/77\n";

export const rows: FieldRow[] = [
  {
    branch: "tracker: a full reference link to an issue defined further down the page",
    markdown: PAGE,
    expect: { trackers: ["https://github.com/acme/deploy/issues/2114"] },
  },
  {
    branch: "tracker: a collapsed reference link, its label matched whatever its case",
    markdown: PAGE,
    item: "Pin the image builder",
    expect: { trackers: ["https://github.com/acme/deploy/pull/2120"] },
  },
  {
    branch: "tracker: a reference link to a runbook page is no ticket",
    markdown: PAGE,
    item: "Write the cleanup steps",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a shortcut reference link to an issue",
    markdown: PAGE,
    item: "Drain the stuck node pool",
    expect: { trackers: ["https://gitlab.com/acme/deploy/-/issues/77"] },
  },
];
