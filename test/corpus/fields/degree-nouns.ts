import type { FieldRow } from "../fieldRow";

// A degree ("stricter", "tighter", "stronger") before rules of some kind, with no number saying how strict.
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
];
