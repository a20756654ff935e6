import type { FieldRow } from "../fieldRow";

// "For <something>:" over a list in an action section: a team the items belong to, or the topic they are about.
const underLabel = (label: string): string =>
  [
    "# Post-mortem: admin console exposed",
    "",
    "## Prevention",
    "",
    `**For ${label}:**`,
    "",
    "1. Put the admin console behind the VPN",
    "2. Rotate the shared admin password",
  ].join("\n");

export const rows: FieldRow[] = [
  {
    branch: "owners: 'For management access:' names the topic of the list, not a team",
    markdown: underLabel("management access"),
    expect: { owners: [] },
  },
  {
    branch: "owners: 'For the platform team:' over a list still names the team",
    markdown: underLabel("the platform team"),
    expect: { owners: ["platform team"], ownerIsGroup: true },
  },
];
