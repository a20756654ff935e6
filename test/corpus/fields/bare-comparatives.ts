import type { FieldRow } from "../fieldRow";

// "Inform customers earlier", "Page the on-call sooner": a bare comparative closing a short request, with no
// "than" and no amount, says nothing checkable (lexicon/vagueWords.ts COMPARATIVE_WISH).
export const rows: FieldRow[] = [
  {
    branch: "vague: 'Inform customers earlier' has no measure",
    markdown: "- Inform customers earlier.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'Page the on-call sooner' has no measure",
    markdown: "- Page the on-call sooner.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'ten minutes sooner' says by how much",
    markdown: "- Page the on-call ten minutes sooner.\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'sooner than customers notice' names the reference",
    markdown: "- Page the on-call sooner than customers notice the errors.\n",
    expect: { verb: "outcome" },
  },
];
