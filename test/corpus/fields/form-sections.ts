import type { FieldRow } from "../fieldRow";

// Filled-in incident forms: a heading that names one action as its subject ("Report of immediate action",
// "Summary of the executed action") is about it, not a list of follow-ups (lexicon/headings.ts), and the boxes
// of a choice ("- [x] Infrastructure", "- [ ] Quality assurance") are no tasks (looseLists.ts isFormChoice).
export const rows: FieldRow[] = [
  {
    branch: "items: 'Report of the immediate action' tells the action, no list of follow-ups",
    markdown:
      "# Certificate expiry\n\n## Report of the immediate action\n\n- Issued a new certificate for the dashboards.\n",
    items: [],
  },
  {
    branch: "items: 'Summary of action items' is still a list of follow-ups",
    markdown:
      "# Certificate expiry\n\n## Summary of action items\n\n- Add an expiry alarm at 14 days.\n",
    items: ["Add an expiry alarm at 14 days."],
  },
  {
    branch: "items: the ticked and open boxes of a form's choice are no tasks",
    markdown:
      "# Certificate expiry\n\n### Category\n\n- [x] Infrastructure\n- [ ] Protocol development\n- [ ] Quality assurance\n",
    items: [],
  },
  {
    branch: "items: open tasks beside a ticked one stay tasks",
    markdown:
      "# Certificate expiry\n\n### Renewal\n\n- [x] Renew the certificate\n- [ ] Add an expiry alarm at 14 days\n",
    items: ["Add an expiry alarm at 14 days"],
  },
];
