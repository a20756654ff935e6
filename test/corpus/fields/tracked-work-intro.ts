import type { FieldRow } from "../fieldRow";

// A sentence saying tickets were filed to track the work, over a list outside any action heading
// (parse/sections.ts TRACKED_WORK_INTRO): the tickets under it are the follow-ups, still to do.
export const rows: FieldRow[] = [
  {
    branch:
      "items: tickets filed to track the remaining work, listed under the sentence that says so",
    markdown:
      "# Outage of the docs mirror\n\n## Details\n\nThe cache served stale pages for an hour.\n\nWe have opened issues in the infra repository to track the work needed to close these gaps:\n\n- https://github.com/lanternworks/infra/issues/501\n- https://github.com/lanternworks/infra/issues/502\n",
    items: [
      "https://github.com/lanternworks/infra/issues/501",
      "https://github.com/lanternworks/infra/issues/502",
    ],
    expect: { status: "open", trackers: ["https://github.com/lanternworks/infra/issues/501"] },
  },
  {
    branch:
      "items: pull requests that made the fix, under a sentence that reports it, are no follow-ups",
    markdown:
      "# Outage of the docs mirror\n\n## Details\n\nThe cache served stale pages for an hour.\n\nWe have since changed the cache rules further in these pull requests:\n\n- https://github.com/lanternworks/infra/pull/503\n- https://github.com/lanternworks/infra/pull/504\n",
    items: [],
  },
];
