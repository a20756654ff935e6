import type { FieldRow } from "../fieldRow";

// "in the coming weeks", "over the next few months": a timebox without a day (dates/patterns.ts
// COMING_PERIODS); the item has a deadline, though no date to be overdue by.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'in the coming months' is a timebox",
    markdown: "- We will deploy an external mail relay in the coming months.\n",
    expect: { deadline: "in the coming months", deadlineDate: null },
  },
  {
    branch: "deadline: 'over the next few weeks' is a timebox",
    markdown: "- Move the archive to cold storage over the next few weeks.\n",
    expect: { deadline: "over the next few weeks" },
  },
  {
    branch: "deadline: 'the coming weeks' with no 'in' or 'over' is no timebox",
    markdown: "- Plan the coming weeks of the migration with the storage team.\n",
    expect: { deadline: null },
  },
];
