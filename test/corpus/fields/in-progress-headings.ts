import type { FieldRow } from "../fieldRow";

// A section of work under way: "What we are still doing", "Ongoing work", "Work in progress", "In progress"
// (lexicon/headings.ts). Its items are open actions, as under "Next steps".
const page = (heading: string): string =>
  `# Token leak review\n\n## What happened\n\nA deploy token leaked.\n\n## ${heading}\n\n- Move the remaining tokens to short-lived credentials\n`;

export const rows: FieldRow[] = [
  {
    branch: "items: 'What we are still doing' heads open work",
    markdown: page("What we are still doing"),
    items: ["Move the remaining tokens"],
    expect: { status: "open" },
  },
  {
    branch: "items: 'Ongoing work' heads open work",
    markdown: page("Ongoing work"),
    items: ["Move the remaining tokens"],
  },
  {
    branch: "items: 'Work in progress' heads open work",
    markdown: page("Work in progress"),
    items: ["Move the remaining tokens"],
  },
  {
    branch: "items: 'What is still in progress' heads open work",
    markdown: page("What is still in progress"),
    items: ["Move the remaining tokens"],
  },
];
