import type { FieldRow } from "../fieldRow";

// An owner field that asks for an owner names nobody yet (lexicon/owners.ts UNASSIGNED): "owner: needs an
// owner", "Owner: up for grabs", "Assignee: volunteer needed". "Owner: Priya" and a role held by one person at a
// time ("owner: the on-call engineer") still name one.
export const rows: FieldRow[] = [
  {
    branch: "owner: 'owner: needs an owner' names nobody yet",
    markdown: "- Add a lag alert at 30 s (owner: needs an owner)\n",
    expect: { owners: [], ownerUnassigned: true },
  },
  {
    branch: "owner: 'Owner: up for grabs' names nobody yet",
    markdown: "- Add a lag alert at 30 s. Owner: up for grabs\n",
    expect: { owners: [], ownerUnassigned: true },
  },
  {
    branch: "owner: 'Assignee: volunteer needed' in a cell names nobody yet",
    markdown: "| Action | Assignee |\n|---|---|\n| Add a lag alert at 30 s | volunteer needed |\n",
    expect: { owners: [], ownerUnassigned: true },
  },
  {
    branch: "owner: 'owner: the on-call engineer' is one person at a time",
    markdown: "- Add a lag alert at 30 s (owner: the on-call engineer)\n",
    expect: { owners: ["the on-call engineer"], ownerIsGroup: false },
  },
];
