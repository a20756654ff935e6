import type { FieldRow } from "../fieldRow";

// A date in a sentence that gives an example ("e.g.", "for example", "for instance") illustrates a rule; it
// is no due date (dates/guards.ts inAnExample). A date in another sentence of the item still counts.
export const rows: FieldRow[] = [
  {
    branch: "deadline: a date after 'e.g.' in the same sentence illustrates the rule",
    markdown:
      "- Start the packaging run the day before each cut, e.g. on 13 May for a 14 May cut (Ana Ruiz)\n",
    expect: { owners: ["Ana Ruiz"], deadline: null },
  },
  {
    branch: "deadline: 'for a cut on (for instance) 14 May' and the date that follows from it",
    markdown:
      "- We will tag the candidate two days early. For a cut on (for instance) 14 May, that means tagging it on 12 May.\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: an example in an earlier sentence leaves a later sentence's date a deadline",
    markdown:
      "- Rotate the keys of every mirror (for example the EU one). Finish by 2026-12-18 (Ana Ruiz)\n",
    expect: { deadline: "2026-12-18", deadlineDate: "2026-12-18" },
  },
  {
    branch: "deadline: a plain date with no example marker is still read",
    markdown: "- Start the packaging run for the spring cut on 13 May 2027 (Ana Ruiz)\n",
    expect: { deadlineDate: "2027-05-13" },
  },
  {
    branch: "deadline: an example closed by its bracket before the date leaves the date a deadline",
    markdown:
      "- Add an inventory of cloud accounts (for example with an open-source scanner) by end of March 2027\n",
    expect: { deadlineDate: "2027-03-31" },
  },
];
