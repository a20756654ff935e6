import type { FieldRow } from "../fieldRow";

// An estimate's shorthand in brackets ("(1w)", "(2d)") is the timebox the work is given; "before GA" names one
// occasion, general availability, as "before launch" does.
export const rows: FieldRow[] = [
  {
    branch: "deadline: '(1w)' is a week from the reference day",
    markdown: "- Dana Okafor: move the cron to the new scheduler (1w)",
    expect: {
      deadline: "1w",
      deadlineDate: "2026-11-27",
      text: "move the cron to the new scheduler",
    },
  },
  {
    branch: "deadline: '(2d)' is two days from the reference day",
    markdown: "- Dana Okafor: move the cron to the new scheduler (2d)",
    expect: { deadline: "2d", deadlineDate: "2026-11-22" },
  },
  {
    branch: "deadline: '2d' outside brackets is no timebox",
    markdown: "- Dana Okafor: draw the queue as a 2d heat map",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'before GA' names general availability",
    markdown: "- Dana Okafor: ship the retry budget before GA",
    expect: { deadline: "before GA" },
  },
];
