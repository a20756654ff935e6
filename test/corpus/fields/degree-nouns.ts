import type { FieldRow } from "../fieldRow";

// A degree ("stricter", "tighter", "stronger") before rules of some kind, with no number saying how strict;
// an adverb closing the item that says how well ("properly", "effectively") with nothing to check it by.
export const rows: FieldRow[] = [
  {
    branch: "vague: 'stricter slippage thresholds' with no figure has no measure of enough",
    markdown:
      "- Enforce stricter slippage thresholds on the swap router (Ana, DEX-1, by 2027-01-10)",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'stronger guardrails' with no figure has no measure of enough",
    markdown: "- Put stronger guardrails on production deploys (Ana, DEX-2, by 2027-01-10)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'stricter slippage thresholds of 2%' says how strict",
    markdown:
      "- Set stricter slippage thresholds of 2% on the swap router (Ana, DEX-3, by 2027-01-10)",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'properly' closing the item says how well, with no measure",
    markdown: "- Configure the disk alerts properly (Ana, DEX-4, by 2027-01-10)",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'effectively' closing the item says how well, with no measure",
    markdown:
      "- Work with the finance team to fund the CI budget effectively (Ana, DEX-5, by 2027-01-10)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: a manner adverb inside the item, before what is checked, is left to the other readers",
    markdown: "- Drain the queue gracefully before each deploy (Ana, DEX-6, by 2027-01-10)",
    expect: { verb: "outcome" },
  },
];
