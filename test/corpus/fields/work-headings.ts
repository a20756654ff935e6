import type { FieldRow } from "../fieldRow";

// Headings that name a list of work still to do, each over a list with no other action heading in the page.
const under = (heading: string): string =>
  `# Outage\n\n## ${heading}\n\n- Add an alert for replica lag\n`;

export const rows: FieldRow[] = [
  {
    branch: "heading: 'Mitigation plan' lists follow-up work",
    markdown: under("Mitigation plan"),
    items: ["Add an alert"],
  },
  {
    branch: "heading: 'Hardening' and 'Security hardening' list follow-up work",
    markdown: under("Security hardening"),
    items: ["Add an alert"],
  },
  {
    branch: "heading: 'Jira tickets' lists follow-up work",
    markdown: under("Jira tickets"),
    items: ["Add an alert"],
  },
  {
    branch: "heading: 'Work to be done' lists follow-up work",
    markdown: under("Work to be done"),
    items: ["Add an alert"],
  },
  {
    branch: "heading: 'Items to address' lists follow-up work",
    markdown: under("Items to address"),
    items: ["Add an alert"],
  },
  {
    branch: "heading: 'Support tickets' lists what customers reported, no work",
    markdown: under("Support tickets"),
    items: [],
  },
];
