import type { FieldRow } from "../fieldRow";

// An action section's opening sentence can name who does every item below it.
export const rows: FieldRow[] = [
  {
    branch: "section intro: 'for X to implement' names a group owner",
    markdown:
      "These are the follow-ups for Brightwave Labs to implement before the next upgrade:\n\n- Add a pre-upgrade state check\n- Publish the rollback steps",
    item: "Publish",
    expect: { owners: ["Brightwave Labs"], ownerIsGroup: true },
  },
  {
    branch: "section intro: 'owned by' names a person",
    markdown: "All items below are owned by Dana Okafor:\n\n- Add a pre-upgrade state check",
    expect: { owners: ["Dana Okafor"], ownerIsGroup: false },
  },
  {
    branch: "section intro: an item's own owner wins over the intro's",
    markdown:
      "These are the follow-ups for Brightwave Labs to implement:\n\n- Lee Park: add a pre-upgrade state check",
    expect: { owners: ["Lee Park"], ownerIsGroup: false },
  },
  {
    branch: "section intro: 'we will do the following' names nobody",
    markdown:
      "We will do the following to prevent a recurrence:\n\n- Add a pre-upgrade state check",
    expect: { owners: [] },
  },
  {
    branch: "section intro: an intro over a list outside an action heading",
    markdown:
      "# Post-mortem: upgrade halt\n\n## Summary\n\nThe upgrade stalled.\n\nTo prevent a recurrence, the platform team will make the following changes:\n\n- Add a pre-upgrade state check\n",
    expect: { owners: ["platform team"], ownerIsGroup: true },
  },
];
