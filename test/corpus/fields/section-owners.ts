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
    branch: "section intro: 'X will lead the following' names the owner, as 'will drive' does",
    markdown: "Marisol Reyes will lead the following:\n\n- Add a pre-upgrade state check",
    expect: { owners: ["Marisol Reyes"], ownerIsGroup: false },
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
  {
    branch: "intro: 'owned by Ana Lopez unless noted' gives the items below their owner",
    markdown:
      "# Incident\n\n## Action items\n\nAll items below are owned by Ana Lopez unless noted.\n\n- Add a query-timeout alert (SRCH-1)\n- Add a circuit breaker (Bob, SRCH-2)\n",
    expect: { owners: ["Ana Lopez"] },
  },
  {
    branch: "intro: 'Owner for all of the below: Eli Park.' gives the items below their owner",
    markdown:
      "# Incident\n\n## Remediation\n\nOwner for all of the below: Eli Park. Target: Q1 2027.\n\n1. Add a slow-log sampler (SRCH-6)\n",
    expect: { owners: ["Eli Park"] },
  },
  {
    branch:
      "heading: '(owner: Carla Diaz, due …)' in the heading names the items' owner and deadline",
    markdown:
      "# Incident\n\n## Follow-ups (owner: Carla Diaz, due end of Q1 2027)\n\n- Add a reindex lock (SRCH-3)\n",
    expect: { owners: ["Carla Diaz"], deadline: "end of Q1 2027" },
  },
  {
    branch: "heading: a handle alone as a sub-heading of an action section names the items' owner",
    markdown: "# Incident\n\n## Action items\n\n### @carla\n\n- Add a reindex lock (SRCH-3)\n",
    expect: { owners: ["@carla"] },
  },
];
