import type { FieldRow } from "../fieldRow";

// After a phrase that names the owner ("assigned to", "owned by", "led by"), one word in lower case is a handle,
// as it is in an Owner field; "the team", "ops" and "tbd" names nobody yet.
export const rows: FieldRow[] = [
  {
    branch: "owner: '— assigned to dana' names dana",
    markdown: "- Add an alert for replica lag — assigned to dana",
    expect: { owners: ["dana"], text: "Add an alert for replica lag" },
  },
  {
    branch: "owner: '(led by jsmith)' names jsmith",
    markdown: "- Add an alert for replica lag (led by jsmith)",
    expect: { owners: ["jsmith"] },
  },
  {
    branch: "owner: 'owned by ops' is still a group",
    markdown: "- Add an alert for replica lag, owned by ops",
    expect: { owners: ["ops"], ownerIsGroup: true },
  },
  {
    branch: "owner: '— assigned to tbd' names nobody yet",
    markdown: "- Add an alert for replica lag — assigned to tbd",
    expect: { owners: [], ownerUnassigned: true },
  },
];
