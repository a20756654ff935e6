import type { FieldRow } from "../fieldRow";

// "Reduce the time taken from fix to release": "from … to" after a measure names the span to measure, not a
// move from one state to another (lexicon/specific.ts, SPECIFIC_MARK), so nothing says when it is enough.
export const rows: FieldRow[] = [
  {
    branch: "vague: 'the time taken from … to …' with no target",
    markdown: "- Reduce the time taken from fix to release\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'the delay from … to …' with no target",
    markdown: "- Shorten the delay from alert to first page\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: the span with a target",
    markdown: "- Reduce the time from fix to release to under 2 hours\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'from … to …' names a move",
    markdown: "- Reduce our exposure by moving the cron jobs from the VM to the scheduler\n",
    expect: { verb: "outcome" },
  },
];
