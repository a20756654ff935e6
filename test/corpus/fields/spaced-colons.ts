import type { FieldRow } from "../fieldRow";

// French typing sets a blank before a colon ("Tâche : Dana"): a spaced colon closing an item separates its
// owner as a spaced dash does (readers/trailing.ts TRAILING_DASH). A colon with no blank before it is the
// item's own "Label: text".
export const rows: FieldRow[] = [
  {
    branch: "owner: a name after a spaced colon at the end",
    markdown: "- Define the promotion pipeline : Chris F\n",
    expect: { owners: ["Chris F"], text: "Define the promotion pipeline" },
  },
  {
    branch: "owner: a name and a date after spaced colons",
    markdown: "- Rotate the signing keys : Dana Okafor : 2027-01-15\n",
    expect: { owners: ["Dana Okafor"], deadlineDate: "2027-01-15" },
  },
  {
    branch: "owner: an ordinary label colon names no owner",
    markdown: "- Signing keys: rotate them every 90 days\n",
    expect: { owners: [] },
  },
];
