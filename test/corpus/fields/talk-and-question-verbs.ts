import type { FieldRow } from "../fieldRow";

// Process verbs gated by what follows (lexicon/process.ts PROCESS_NEEDS_NEXT): engaging people about a
// problem is talk, questioning a process is a study; the same verbs on a thing do something.
export const rows: FieldRow[] = [
  {
    branch: "process: engaging people about a problem ('Engage the driver maintainers about …')",
    markdown: "- Engage the driver maintainers about the musl build.",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: engaging a mechanism ('Engage the brake on errors')",
    markdown: "- Engage the brake on the payout queue when errors pass 2%.",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: questioning a process ('Questioning the nightly export process')",
    markdown: "- Questioning (and maybe changing) the nightly export process.",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'question whether …' asks",
    markdown: "- Question whether we still need the nightly export.",
    expect: { verb: "process" },
  },
];
