import type { FieldRow } from "../fieldRow";

// "Suggested:", "Proposed:" before an item label it, as "Proposal:" does (lexicon/owners.ts ACTION_LABELS): the
// wording after the label is what is judged.
export const rows: FieldRow[] = [
  {
    branch: "vague: the direction after 'Suggested:' is judged",
    markdown: "- Suggested: Increase release knowledge in the team.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a change after 'Proposed:' is judged",
    markdown: "- Proposed: Add a context check to the deploy script.\n",
    expect: { verb: "outcome" },
  },
];
