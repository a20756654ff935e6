import type { FieldRow } from "../fieldRow";

// More ways of saying the work is finished: "addressed", "handled", "is now active", "now exists".
export const rows: FieldRow[] = [
  {
    branch: "status: 'addressed in #12' after the item reports it done",
    markdown: "- Page on queue depth over 5,000 — addressed in #412",
    expect: { status: "done" },
  },
  {
    branch: "status: a closing 'handled' marks the item done",
    markdown: "- Rotate the webhook signing secret: handled",
    expect: { status: "done" },
  },
  {
    branch: "status: 'is now active' reports the change running",
    markdown: "- The queue depth alert is now active for every region",
    expect: { status: "done" },
  },
  {
    branch: "status: 'now exists' reports the thing made",
    markdown: "- A restore runbook for the orders database now exists",
    expect: { status: "done" },
  },
  {
    branch: "status: 'is now on hold' is no report of work done",
    markdown: "- The database migration is now on hold until the freeze ends",
    expect: { status: "open" },
  },
  {
    branch: "status: 'to be addressed' still plans",
    markdown: "- Make sure the paging gap is addressed by the rota owner",
    expect: { status: "open" },
  },
  {
    branch: "owner: a closing '(took care of it)' reports the work, not a team called 'IT'",
    markdown: "- Renew the wildcard certificate (took care of it)",
    expect: { owners: [], status: "done" },
  },
  {
    branch: "owner: '(handled by ops)' is no team named '… ops'",
    markdown: "- Renew the wildcard certificate (handled by ops)",
    expect: { status: "done" },
  },
];
