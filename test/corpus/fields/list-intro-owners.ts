import type { FieldRow } from "../fieldRow";

// A sentence right over a list that names who takes it ("The following will be picked up by Jonas:",
// "Jonas will also:") owns that list (parse/sectionIntro.ts), and names its owner more closely than a
// heading that names a team (parse/index.ts listOwners).
export const rows: FieldRow[] = [
  {
    branch: "owner intro: 'will be picked up by' a person over a list",
    markdown: [
      "- Split the webhook queue per merchant tier",
      "",
      "The following will be picked up by Jonas:",
      "",
      "- Add a backlog-age panel to the payments dashboard",
    ].join("\n"),
    item: "Add a backlog-age panel",
    expect: { owners: ["Jonas"] },
  },
  {
    branch: "owner intro: a name, 'will also' and a colon over a list",
    markdown: ["Jonas will also:", "", "- Remove the legacy retry cron"].join("\n"),
    expect: { owners: ["Jonas"] },
  },
  {
    branch: "owner intro: a person over a list beats the team heading above it",
    markdown: [
      "## Follow-up",
      "",
      "### Platform team",
      "",
      "- Move the webhook workers to their own node pool",
      "",
      "Picked up by Jonas:",
      "",
      "1. Page when the backlog is older than 10 minutes",
    ].join("\n"),
    item: "Page when the backlog",
    expect: { owners: ["Jonas"] },
  },
  {
    branch: "owner intro: a sentence with no owner leaves the team heading's owner",
    markdown: [
      "## Follow-up",
      "",
      "### Platform team",
      "",
      "- Move the webhook workers to their own node pool",
      "",
      "Later this quarter:",
      "",
      "1. Page when the backlog is older than 10 minutes",
    ].join("\n"),
    item: "Page when the backlog",
    expect: { owners: ["Platform team"] },
  },
  {
    branch: "owner intro: a group, 'should do all of the following' and a colon over a list",
    markdown: [
      "The relay team should do all of the following:",
      "",
      "- Upgrade to the patched client",
    ].join("\n"),
    expect: { owners: ["relay team"], ownerIsGroup: true },
  },
  {
    branch: "owner intro: 'should do the following' with no one named leaves the list unowned",
    markdown: ["We should do the following:", "", "- Upgrade to the patched client"].join("\n"),
    expect: { owners: [] },
  },
];
