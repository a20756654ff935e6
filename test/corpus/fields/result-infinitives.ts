import type { FieldRow } from "../fieldRow";

// After a perfect, "to be …" says what the change made of its object ("We've retuned the pager to be
// quieter"), so the report stays done (parse/status/grammar.ts isResultInfinitive); "is to be …" still plans.
export const rows: FieldRow[] = [
  {
    branch: "status: a perfect report whose object is changed 'to be' something is done",
    markdown: "- We’ve adjusted the disk alert to be quieter outside business hours.",
    expect: { status: "done" },
  },
  {
    branch: "status: a passive perfect with 'to be' after it is done",
    markdown: "- The retry budget has been lowered to be under the gateway timeout.",
    expect: { status: "done" },
  },
  {
    branch: "status: 'is to be' after a perfect still plans the work",
    markdown: "- We have agreed that the failover runbook is to be rewritten.",
    expect: { status: "open" },
  },
];
