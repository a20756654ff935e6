import type { FieldRow } from "../fieldRow";

// "Team: SRE" is an owner field whose value is a team: the group is named "SRE", not "Team: SRE".
export const rows: FieldRow[] = [
  {
    branch: "owner: '(Team: SRE)' names the SRE group",
    markdown: "- Add an alert for replica lag (Team: SRE)",
    expect: { owners: ["SRE"], ownerIsGroup: true, text: "Add an alert for replica lag" },
  },
  {
    branch: "owner: a closing 'Team: Platform' sentence names the group",
    markdown: "- Add an alert for replica lag. Team: Platform",
    expect: { owners: ["Platform"], ownerIsGroup: true },
  },
];
