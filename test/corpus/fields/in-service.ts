import type { FieldRow } from "../fieldRow";

// A change said to be running is finished: "live", "in place", "in prod", as a mark or as the sentence's state.
export const rows: FieldRow[] = [
  {
    branch: "done: '(live)' closing the item",
    markdown: "- Page on dead-letter growth in the billing queue (live)",
    expect: { status: "done", text: "Page on dead-letter growth in the billing queue" },
  },
  {
    branch: "done: '— now in prod' closing the item",
    markdown: "- Cap the import batch at 500 rows — now in prod",
    expect: { status: "done" },
  },
  {
    branch: "done: 'Already in place:' in front",
    markdown: "- Already in place: a nightly restore test of the ledger backup",
    expect: { status: "done" },
  },
  {
    branch: "done: 'The X is live' states it running",
    markdown: "- The dead-letter alert for the billing queue is live",
    expect: { status: "done" },
  },
  {
    branch: "done: 'The X went live on …'",
    markdown: "- The read-only mode for the admin console went live on 3 March",
    expect: { status: "done" },
  },
  {
    branch: "open: 'live' naming traffic, not a state",
    markdown: "- Rehearse the failover on live traffic",
    expect: { status: "open" },
  },
  {
    branch: "open: 'should be live by' is a promise",
    markdown: "- The dead-letter alert should be live by Friday",
    expect: { status: "open" },
  },
];
