import type { FieldRow } from "../fieldRow";

// A list whose every line states a gap the incident showed, in the past or the negative ("- The refund job
// didn't have a test at all."), is a list of findings, not work (listNonItems.ts isGapList). One line that
// asks for something, opens with a verb or carries an owner keeps the list.
export const rows: FieldRow[] = [
  {
    branch: "items: lines that each state a gap in the past are findings, not items",
    markdown:
      "Both failures came from gaps in our tests:\n\n- The refund job didn't have a test at all.\n- The region setting only had partial coverage.\n- `purge_cache` never had a test against a real database.\n",
    items: [],
  },
  {
    branch: "items: a line that asks for the fix keeps the list",
    markdown:
      "Both failures came from gaps in our tests:\n\n- The refund job didn't have a test at all.\n- The region setting should get a test per value.\n",
    items: [
      "The refund job didn't have a test at all.",
      "The region setting should get a test per value.",
    ],
  },
  {
    branch: "items: a gap with its owner stays an item",
    markdown:
      "Gaps:\n\n- Ravi: the refund job never had a test.\n- Ravi: the region setting only had partial coverage.\n",
    items: ["the refund job never had a test.", "the region setting only had partial coverage."],
  },
  {
    branch: "items: verbs that say what to add stay items, though they name what was missing",
    markdown:
      "From the review:\n\n- Add the test the refund job never had.\n- Add cases for the values the region setting did not cover.\n",
    items: [
      "Add the test the refund job never had.",
      "Add cases for the values the region setting did not cover.",
    ],
  },
];
