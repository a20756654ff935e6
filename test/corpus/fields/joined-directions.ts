import type { FieldRow } from "../fieldRow";

// Two verbs joined by "and" before one object (parse/wording/leadAndObject.ts): when the second names a
// direction ("improve", "simplify"), the shared object is only made better, so nothing can be checked.
export const rows: FieldRow[] = [
  {
    branch: "vague: a direction joined to the lead verb ('extend and improve the tracing')",
    markdown: "- Extend and improve the tracing of the billing workers.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'simplify' joined to the lead verb",
    markdown: "- Document and simplify the steps to restore the ledger database.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: two changes joined by 'and' stay checkable",
    markdown: "- Write and test a failover runbook for the message broker.",
    expect: { verb: "outcome" },
  },
];
