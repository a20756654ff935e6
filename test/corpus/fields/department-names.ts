import type { FieldRow } from "../fieldRow";

// More names of departments and bodies, which are groups: "Trust & Safety", "Customer Success", "the Board".
export const rows: FieldRow[] = [
  {
    branch: "owner: 'Trust & Safety' is one department, not two people",
    markdown: "- Trust & Safety: add a review queue for flagged uploads",
    expect: { owners: ["Trust & Safety"], ownerIsGroup: true },
  },
  {
    branch: "owner: 'Customer Success' is a department",
    markdown: "- Customer Success: publish the refund policy for outages",
    expect: { owners: ["Customer Success"], ownerIsGroup: true },
  },
  {
    branch: "owner: 'Board' is a body, not a person",
    markdown: "- Board: approve the budget for a second region",
    expect: { owners: ["Board"], ownerIsGroup: true },
  },
  {
    branch: "owner: 'Core devs' is a group",
    markdown: "- Core devs: add a release checklist to the repository",
    expect: { owners: ["Core devs"], ownerIsGroup: true },
  },
  {
    branch: "owner: two people joined by '&' stay two people",
    markdown: "- Ana & Bob: add a release checklist to the repository",
    expect: { owners: ["Ana", "Bob"], ownerIsGroup: false },
  },
];
