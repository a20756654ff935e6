import type { FieldRow } from "../fieldRow";

// "Today" opening a sentence with a subject or a comma after it (parse/dates/search.ts nowadays): how things
// stand now, no due date; "today" after the work or after "by" still dates it.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'Today it …' in a later sentence tells how things stand, no deadline",
    markdown: "- Raise the retry budget of the uploader. Today it gives up after two attempts.",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'Today, the …' opening the item tells how things stand, no deadline",
    markdown: "- Today, the uploader gives up after two attempts; raise its retry budget to five.",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'today' after the work is when it is due",
    markdown: "- Raise the retry budget of the uploader to five today.",
    expect: { deadline: "today" },
  },
];
