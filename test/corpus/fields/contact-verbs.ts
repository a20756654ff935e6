import type { FieldRow } from "../fieldRow";

// Verbs of contacting and paying back open an action as other verbs do (lexicon/verbs.ts), so the words
// before "to" are the request, not an owner ("Email all affected users to …").
export const rows: FieldRow[] = [
  {
    branch: "owner: 'Email all affected users to …' names no owner",
    markdown: "- Email all affected users to help them recover lost data.\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: 'Refund the charged customers to …' names no owner",
    markdown: "- Refund the charged customers to close the billing tickets.\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: 'Priya to email all affected users' still names Priya",
    markdown: "- Priya to email all affected users.\n",
    expect: { owners: ["Priya"] },
  },
];
