import type { FieldRow } from "../fieldRow";

// "Action Items" typed on a line of its own, its heading marks forgotten, over a list: the list is the
// follow-up work whatever section the line sits in; "Next steps:" in a timeline are still the responders'.
export const rows: FieldRow[] = [
  {
    branch: "intro: a bare 'Action Items' line over a list in a story section opens the actions",
    markdown:
      "# Incident report: expired certificate\n\nDate: 2026-11-20\n\n## Detection\n\nCustomers told us the site was down.\n\nAction Items\n- Alert thirty days before any certificate expires\n\n- Move the site's hosting into our own project\n\n## Lessons learned\n\n- Know every certificate you depend on\n",
    items: ["Alert thirty days before", "Move the site's hosting"],
  },
  {
    branch: "intro: 'Next steps:' inside a timeline lists the responders' steps, not follow-ups",
    markdown:
      "# Incident report: expired certificate\n\nDate: 2026-11-20\n\n## Timeline\n\n- 10:02 site down\n\nNext steps:\n- Proxy the site through the CDN\n\n## Action items\n\n- Alert thirty days before any certificate expires (Ana, WEB-7, by 2027-01-15)\n",
    items: ["Alert thirty days before"],
  },
];
