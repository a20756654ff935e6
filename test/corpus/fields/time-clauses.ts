import type { FieldRow } from "../fieldRow";

// A clause after a noun phrase led by a comparative ("before customers notice") says when, not how much: the
// phrase is judged without it (parse/wording/leadAndObject.ts).
export const rows: FieldRow[] = [
  {
    branch: "vague: a comparative noun phrase stays vague with a clause of time after it",
    markdown: "- Faster rollback of bad configuration pushes before customers notice",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a measured phrase with a clause of time after it stays checkable",
    markdown: "- Three more replicas for the session store before the spring sale",
    expect: { verb: "outcome" },
  },
];
