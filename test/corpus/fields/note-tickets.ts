import type { FieldRow } from "../fieldRow";

// A note under an item that closes with a ticket tracks part of the item's work (parse/noteTickets.ts);
// a ticket inside a note tells of something else.
export const rows: FieldRow[] = [
  {
    branch: "tracker: a note closing with a ticket after a dash",
    markdown:
      "- Write the paging runbook for the queue\n  - Covers how to drain the consumers safely - OPS-218\n",
    expect: { trackers: ["OPS-218"] },
  },
  {
    branch: "tracker: a note closing with a linked ticket in brackets",
    markdown:
      "- Add a lag alarm to the billing consumer\n  - It pages the on-call when lag passes ten minutes ([OPS-77](https://tracker.example.com/browse/OPS-77))\n",
    expect: { trackers: ["OPS-77"] },
  },
  {
    branch: "tracker: a ticket inside a note is about something else",
    markdown:
      "- Write the paging runbook for the queue\n  - See OPS-90 for the outage that started this\n",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a note that only points at another ticket names no home for this work",
    markdown: "- Write the paging runbook for the queue\n  - Caused by OPS-90\n",
    expect: { trackers: [] },
  },
];
