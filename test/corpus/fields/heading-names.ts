import type { FieldRow } from "../fieldRow";

// "Open items", "Open tasks" title the work still to do, as "Outstanding items" does
// (parse/lexicon/headings.ts); "Open questions" stays a heading of questions.
export const rows: FieldRow[] = [
  {
    branch: "items: a list under 'Open items' is work",
    markdown: ["## Open items", "", "- Add a retry budget to the webhook sender"].join("\n"),
    items: ["Add a retry budget to the webhook sender"],
  },
  {
    branch: "items: a list under 'Open questions' is no work",
    markdown: ["## Open questions", "", "- Add a retry budget to the webhook sender"].join("\n"),
    items: [],
  },
];
