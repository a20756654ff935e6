import type { FieldRow } from "../fieldRow";

// "in the coming weeks", "over the next few months", "in a few days": a timebox without a day (dates/patterns.ts
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
  {
    branch: "deadline: 'in a few days' is a timebox",
    markdown:
      "- Compare the two relay counters. In a few days we will know which one drops events.\n",
    expect: { deadline: "In a few days", deadlineDate: null },
  },
  {
    branch: "deadline: 'within a couple of weeks' is a timebox",
    markdown: "- Move the archive bucket to cold storage within a couple of weeks\n",
    expect: { deadline: "within a couple of weeks" },
  },
  {
    branch: "deadline: 'every few days' is a cadence, not a timebox",
    markdown: "- Rotate the relay's signing key every few days\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'takes a few days' is how long, not when",
    markdown: "- Rebuild the search index, which takes a few days to finish\n",
    expect: { deadline: null },
  },
];
