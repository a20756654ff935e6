import type { FieldRow } from "../fieldRow";

// An action table's columns go by many names: every owner field key names the owner column, and a few
// phrasings only columns use name the owner and the date (parse/table.ts COLUMN_PATTERNS).
export const rows: FieldRow[] = [
  {
    branch: "owner: a 'Point person' column names the owner, as the field key does",
    markdown:
      "| Remediation | Point person | Target Date | JIRA |\n|---|---|---|---|\n| Add a lag alert | Dana Reyes | 2027-01-10 | OPS-12 |\n",
    expect: { owners: ["Dana Reyes"], deadlineDate: "2027-01-10", trackers: ["OPS-12"] },
  },
  {
    branch: "owner/deadline: 'Responsible party' and 'Completion target' columns",
    markdown:
      "| Task | Responsible party | Completion target |\n|---|---|---|\n| Rotate the signing keys | Sam Okoro | Q1 2027 |\n",
    expect: { owners: ["Sam Okoro"], deadline: "Q1 2027" },
  },
  {
    branch: "owner: a 'Proposed owner' column names the owner",
    markdown:
      "| Action | Proposed owner | Due |\n|---|---|---|\n| Add a canary stage | Mira Holt | 2027-02-01 |\n",
    expect: { owners: ["Mira Holt"] },
  },
  {
    branch: "owner: Notion's 'Assign' property, as a column or a field line, names the owner",
    markdown:
      "| Task | Assign | Due | Status |\n|---|---|---|---|\n| Add a canary step to the pricing deploy | Ben Cho | January 20, 2027 | Not started |\n",
    expect: { owners: ["Ben Cho"], deadline: "January 20, 2027", status: "open" },
  },
  {
    branch: "owner: an 'Assign:' field line under an item names its owner",
    markdown: "- Add a canary step to the pricing deploy\n  - Assign: Ben Cho\n",
    expect: { owners: ["Ben Cho"] },
  },
];
