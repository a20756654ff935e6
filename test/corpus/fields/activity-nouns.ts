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
    branch:
      "process: a bold activity title over a sentence that only describes is what is asked for",
    markdown: "- **Collector metrics review** — the collector keeps seven days of history.\n",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a bold activity title over a promise is judged by the promise",
    markdown: "- **Metrics review** — we will add a p99 latency panel per tenant.\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a thing to build named by its noun stays a change",
    markdown: "- Disk inventory dashboard and alerts\n",
    expect: { verb: "outcome" },
  },
];
