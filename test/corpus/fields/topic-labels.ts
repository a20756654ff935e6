import type { FieldRow } from "../fieldRow";

// A capitalised topic in front of the action ("Remote Access: …", "Jump Server: …") names what the work is
// about, not who does it; a name or a team there still owns it (lexicon/owners.ts, NOT_A_NAME).
export const rows: FieldRow[] = [
  {
    branch: "owner: a 'Remote Access:' topic in front is no owner",
    markdown: "- Remote Access: set up a bastion host for the core switches\n",
    expect: { owners: [], text: "Remote Access: set up a bastion host for the core switches" },
  },
  {
    branch: "owner: a three-word topic ending in 'Access' is no owner",
    markdown: "- Bastion Server Access: restrict shell logins to the admin group\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: a person's name in front still owns the item",
    markdown: "- Dana Okafor: set up a bastion host for the core switches\n",
    expect: { owners: ["Dana Okafor"], ownerIsGroup: false },
  },
  {
    branch: "owner: a 'Server team:' prefix is still a group owner",
    markdown: "- Server team: set up a bastion host for the core switches\n",
    expect: { owners: ["Server team"], ownerIsGroup: true },
  },
];
