import type { FieldRow } from "../fieldRow";

// Numbers joined to a word by a hyphen or written right after it ("relay-6/7", "v6/7",
// parse/dates/written.ts partOfName) name versions, not a month and a day.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'relay-6/7' names two versions, no due date",
    markdown: "- [ ] Remove the custom relay-6/7 certificates from the proxy",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'by 6/7' after a preposition is still a date",
    markdown: "- [ ] Remove the old proxy certificates by 6/7",
    expect: { deadline: "6/7" },
  },
];
