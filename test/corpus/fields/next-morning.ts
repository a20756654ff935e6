import type { FieldRow } from "../fieldRow";

// "first thing in the morning" in a page written the day of the outage is the next morning (dates/patterns.ts);
// "in the morning" alone may be a habit, and names no day.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'first thing in the morning' is the day after the write-up",
    markdown: "- We will turn pull request builds back on first thing in the morning.\n",
    expect: { deadline: "first thing in the morning", deadlineDate: "2026-11-21" },
  },
  {
    branch: "deadline: 'in the morning' alone names no day",
    markdown: "- We will look at the build queue graphs in the morning standup.\n",
    expect: { deadline: null },
  },
];
