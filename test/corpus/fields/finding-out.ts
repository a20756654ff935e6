import type { FieldRow } from "../fieldRow";

// "Identify …" finds out which ones; whatever its object, the answer is still to come.
export const rows: FieldRow[] = [
  {
    branch: "process: 'Identify channels for …' finds out which channels",
    markdown: "- Identify channels for the credit-balance alerts.\n",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'Identify the thresholds that predict …' finds out which thresholds",
    markdown: "- Identify the spending thresholds that predict when the credits run out.\n",
    expect: { verb: "process" },
  },
];
