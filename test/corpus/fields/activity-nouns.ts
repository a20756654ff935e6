import type { FieldRow } from "../fieldRow";

// An activity named by its noun ("Metrics review", "Inventory review and restocking") is a process
// (wording/nounPhrase.ts activityByNoun), whatever numbers its explanation holds.
export const rows: FieldRow[] = [
  {
    branch: "process: an activity noun before an explanation that holds a number",
    markdown: "- Collector metrics review — the collector keeps seven days of history.\n",
    expect: { verb: "process" },
  },
  {
    branch: "process: the first of two activities joined by 'and' heads the phrase",
    markdown: "- Spare disk inventory review and restocking\n",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a thing to build named by its noun stays a change",
    markdown: "- Disk inventory dashboard and alerts\n",
    expect: { verb: "outcome" },
  },
];
