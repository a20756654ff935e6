import type { FieldRow } from "../fieldRow";

// A date that says when an event happened is no deadline (parse/dates/guards.ts recorded): after an event
// noun ("the outage of 12 March") or after a participle that dates what was done to the item's object
// ("the rows dropped on 3 Nov"). The item's own "on <date>" and "scheduled on …" still set one.
export const rows: FieldRow[] = [
  {
    branch: "deadline: a date after an event noun and 'of' names the event",
    markdown: "- Write up the outage of 12 March for the status blog",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a date after an event noun and 'on' names the event",
    markdown: "- Link the incident on 2026-10-03 from the capacity plan",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a date after a participle dates what was done to the object",
    markdown: "- Restore the ledger rows dropped on 3 Nov from the nightly backup",
    expect: { deadline: null },
  },
  {
    branch: "deadline: the item's own 'on <date>' still sets its deadline",
    markdown: "- Switch the ledger writes to the new primary on 2027-02-03",
    expect: { deadline: "2027-02-03" },
  },
];
