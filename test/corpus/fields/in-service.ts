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
    branch: "done: 'is now in effect' states it running",
    markdown: "- The deploy freeze for the ledger is now in effect",
    expect: { status: "done" },
  },
  {
    branch: "done: 'took effect on …' reports it",
    markdown: "- The new connection limit took effect on 3 March",
    expect: { status: "done" },
  },
  {
    branch: "done: 'rolled out' as a mark after a colon",
    markdown: "- Retry cap on the webhook sender: rolled out",
    expect: { status: "done" },
  },
  {
    branch: "done: 'The runbook now documents …' states what is now true",
    markdown: "- The runbook now documents the ledger failover step by step",
    expect: { status: "done" },
  },
  {
    branch: "open: 'will take effect' is a promise",
    markdown: "- The deploy freeze will take effect on Friday",
    expect: { status: "open" },
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
