import type { FieldRow } from "../fieldRow";

// Plural role words name a group of people, never one person: "Moderators", "Volunteers", "Validators".
export const rows: FieldRow[] = [
  {
    branch: "owner: 'Moderators will …' is a group",
    markdown: "- Moderators will pin a notice about the outage in every channel",
    expect: { owners: ["Moderators"], ownerIsGroup: true },
  },
  {
    branch: "owner: 'Volunteers to …' is a group",
    markdown: "- Volunteers to staff the help desk during the next release",
    expect: { owners: ["Volunteers"], ownerIsGroup: true },
  },
  {
    branch: "owner: 'Validators:' is a group",
    markdown: "- Validators: upgrade the node software before the fork height",
    expect: { owners: ["Validators"], ownerIsGroup: true },
  },
];
