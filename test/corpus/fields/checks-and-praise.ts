import type { FieldRow } from "../fieldRow";

// Lines that look like tasks but are not: the boxes of a checklist run before every deploy, the checks a
// script makes (listNonItems.ts CHECKLIST_LABEL), and "✅" praise under "What went well" (labelledLines.ts).
export const rows: FieldRow[] = [
  {
    branch: "items: boxes under 'Before deploying any migration:' are checks run every time",
    markdown:
      "# Dropped tables\n\n## Prevention\n\nBefore deploying any migration:\n\n- [ ] Read the generated script line by line\n- [ ] No DROP statements unless approved\n",
    items: [],
  },
  {
    branch: "items: the lines under 'Checks:' say what a script checks, not work",
    markdown:
      "# Dropped tables\n\n## Prevention\n\nChecks:\n\n- Every expected table exists\n- Every column has its expected type\n",
    items: [],
  },
  {
    branch: "items: a follow-up list after such a checklist is still work",
    markdown:
      "# Dropped tables\n\n## Prevention\n\nBefore deploying any migration:\n\n- [ ] Read the generated script\n\nFollow-ups:\n\n- [ ] Add a schema check to CI\n",
    items: ["Add a schema check to CI"],
  },
  {
    branch: "items: '✅' lines under 'What went well' are praise, not done items",
    markdown:
      "# Dropped tables\n\n## Lessons learned\n\n### What went well\n\n✅ Quick identification of the missing table\n✅ No data lost\n",
    items: [],
  },
];
