import type { FieldRow } from "../fieldRow";

// An amount that keeps growing or stops wherever the team stops ("more and more modules", "as much of the
// upgrade path as we can") has no end state (lexicon/vagueStates.ts HEDGED_QUANTITY). A count or a named
// scope is one.
export const rows: FieldRow[] = [
  {
    branch: "vague: 'more and more' modules",
    markdown: "- End-to-end tests that use more and more modules to catch regressions\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'as much of … as we can'",
    markdown: "- Test as much of the upgrade path as we can\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a named scope",
    markdown: "- Test the upgrade path from 1.4 to 1.6 in the staging cluster\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'as soon as the release is out' is a time, not an amount",
    markdown: "- Delete the old bucket as soon as the 1.6 release is out\n",
    expect: { verb: "outcome" },
  },
];
