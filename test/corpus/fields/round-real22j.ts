import type { FieldRow } from "../fieldRow";

// Shapes met in library, university and government write-ups (round real22j).
export const rows: FieldRow[] = [
  {
    branch:
      "section: a numbered outline of short titles over sub-bullets makes '4. Prevention steps' a heading, colon or not",
    markdown:
      "# Search index went stale\n\n1. Date\n   - 12 May\n2. Cause\n   - A cron job stopped after the host move.\n3. What we fixed\n   - Restarted the job by hand.\n4. Prevention steps\n   - Move the cron job into the scheduler.\n   - Alert when the index is older than a day.\n",
    items: ["Move the cron job", "Alert when the index"],
  },
  {
    branch:
      "section: a single titled item over sub-bullets is no outline, so without a colon its title stays text",
    markdown:
      "# Search index went stale\n\nWe talked it over.\n\n1. Prevention steps\n   - Move the cron job into the scheduler.\n   - Alert when the index is older than a day.\n",
    items: [],
  },
  {
    branch: "section: an outline whose entries end as sentences is a list of findings, not titles",
    markdown:
      "# Search index went stale\n\n1. The job stopped.\n   - Nobody noticed.\n2. The alert was muted.\n   - It had paged too often.\n3. Prevention steps were skipped.\n   - Move the cron job into the scheduler.\n",
    items: [],
  },
  {
    branch:
      "items: sub-items led by an -ing form or an adverb before the verb are deliverables, as imperative ones are",
    markdown:
      "- Harden the nightly backup, including\n  - Regularly testing a full restore on a spare host\n  - Moving the binary logs to a second server\n",
    items: [
      "Harden the nightly backup",
      "Regularly testing a full restore",
      "Moving the binary logs",
    ],
  },
  {
    branch:
      "items: sub-items led by a noun that merely ends in -ing describe the parent, so they stay its notes",
    markdown:
      "- Harden the nightly backup, including\n  - Ceiling on open connections during the dump\n  - Morning window for the restore test\n",
    items: ["Harden the nightly backup"],
  },
  {
    branch:
      "items: under an action heading, a table whose headers name no part of an action and whose rows start with no verb is reference data",
    markdown:
      "- Move the billing jobs off the shared host.\n\nThe hosts involved:\n\n| Service | Region |\n| --- | --- |\n| billing-api | eu-west |\n| ledger | us-east |\n",
    items: ["Move the billing jobs"],
  },
  {
    branch:
      "items: a table under an action heading with plain headers still holds actions when its rows start with verbs",
    markdown:
      "| Area | Work |\n| --- | --- |\n| Alerts | Add a lag alert on the relay |\n| Docs | Write the failover runbook |\n",
    items: ["Add a lag alert on the relay", "Write the failover runbook"],
  },
  {
    branch:
      "items: a list of identifiers alone under an action heading names what an action is about",
    markdown:
      "- Rename the queues that still use the old prefix.\n\nThey are:\n\n- `orders_v1`\n- `refunds_v1`\n",
    items: ["Rename the queues"],
  },
  {
    branch: "items: an identifier followed by words of its own stays an item",
    markdown: "- `orders_v1`: drop the unused index\n- `refunds_v1`: add the missing index\n",
    items: ["orders_v1: drop", "refunds_v1: add"],
  },
  {
    branch: "vague: 'more of the <things>' asks for a share of a set and counts none of it",
    markdown: "- Move more of the nightly jobs to the new scheduler",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a share with a count ('3 more of the nightly jobs') says when it is done",
    markdown: "- Move 3 more of the nightly jobs to the new scheduler",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "items: an owned request ending in a colon over notes is the action, and the notes say what it covers",
    markdown:
      "- Ana to write the failover runbook for the replicas, covering:\n  - How the replica is promoted\n  - Who gets paged at night\n",
    items: ["write the failover runbook"],
    expect: { owners: ["Ana"] },
  },
  {
    branch:
      "items: an owner over 'the following:' only introduces the sub-items, which are the actions",
    markdown:
      "- Ana will take care of the following:\n  - Add the promote step to the runbook\n  - Page the database lead on failover\n",
    items: ["Add the promote step", "Page the database lead"],
  },
  {
    branch: "deadline: 'in the next engineering catch-up' names the meeting the work is due by",
    markdown: "- Ana to draft the alarm guide in the next engineering catch-up",
    expect: { deadline: "in the next engineering catch-up" },
  },
  {
    branch:
      "deadline: a past meeting ('in last week's catch-up') says when something was said, not when it is due",
    markdown: "- Ana to draft the alarm guide agreed in last week's catch-up",
    expect: { deadline: null },
  },
  {
    branch:
      "vague: 'take appropriate actions' names no action to check, as 'adequate measures' does not",
    markdown: "- Share the review with the on-call staff and ask them to take appropriate actions.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: steps named without a degree word ('the restore steps') are the change itself",
    markdown: "- Write the restore steps into the failover runbook",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "vague: 'avoid confusion about …' wishes a slip away and names no change that would do it",
    markdown: "- Avoid confusion about who approves a release",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'avoid mistakes … by adding a dry-run step' names the change that does it",
    markdown: "- Avoid mistakes in the cutover by adding a dry-run step to the release script",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "status: an '_Update (date)_' paragraph after an item's paragraph is a note on it, and its report of the work done closes the item",
    markdown:
      "We should turn off schema introspection in production.\n\n_Update (July 2)_ This was merged in OPS-12 and deployed on July 1.\n",
    items: ["We should turn off schema introspection"],
    expect: { status: "done", trackers: ["OPS-12"] },
  },
  {
    branch: "status: 'Update the runbook …' has no label shape, so it is an action of its own",
    markdown:
      "We should turn off schema introspection in production.\n\nUpdate the runbook to say introspection is off.\n",
    items: ["We should turn off schema introspection", "Update the runbook"],
  },
  {
    branch:
      "items: 'Eliminate …' is an outcome verb, so a sub-heading led by it over prose is the action",
    markdown:
      "# Post-mortem: guest login\n\n## Corrective actions\n\n### Eliminate the shared guest account\n\nIt makes the login flow harder to reason about.\n",
    items: ["Eliminate the shared guest account"],
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'eliminate' an area with no measure ('eliminate flakiness') is still vague",
    markdown: "- Eliminate flakiness",
    expect: { verb: "vague" },
  },
];
