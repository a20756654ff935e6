import type { FieldRow } from "../fieldRow";

// "Continued …", "continuing …" lead a noun as "ongoing" does: work that goes on with no end to check
// (lexicon/vagueStates.ts ONGOING_ADVERBS).
export const rows: FieldRow[] = [
  {
    branch: "vague: 'continued' work has no end",
    markdown: "- Continued hardening of the build pipeline\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'continuing' work has no end",
    markdown: "- Continuing work on the deploy scripts\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a named change with its end stays checkable",
    markdown: "- Remove the webcam scanner from the build pipeline\n",
    expect: { verb: "outcome" },
  },
];
