import type { FieldRow } from "../fieldRow";

// Shapes met in chain operators' and registry maintainers' write-ups (round real22i).
export const rows: FieldRow[] = [
  {
    branch: "section: an italic 'Tasks performed' label over the responder's steps opens no work",
    markdown:
      "# Post-mortem: validator went offline\n\n## 3 May\n\n_Tasks performed_\n\n1. Stopped the node and swapped in the older binary.\n2. Restored the database from last week's snapshot.\n",
    items: [],
  },
  {
    branch: "section: an italic 'Follow-up tasks' label still opens the follow-up work",
    markdown:
      "# Post-mortem: validator went offline\n\n## 3 May\n\n_Follow-up tasks_\n\n1. Take a fresh snapshot every night.\n2. Page the second operator when a node misses ten blocks.\n",
    items: ["Take a fresh snapshot", "Page the second operator"],
  },
  {
    branch: "section: 'Proactive measures' opens the follow-up work, as 'Preventive measures' does",
    markdown:
      "# Post-mortem: airdrop sent to wrong addresses\n\n## Proactive measures\n\n- Check every derived address against a second library before the upgrade.\n- Publish the allocation file a week ahead for review.\n",
    items: ["Check every derived address", "Publish the allocation file"],
  },
  {
    branch: "section: 'Proactive monitoring' describes a feature, so its list holds no items",
    markdown:
      "# Post-mortem: airdrop sent to wrong addresses\n\n## Proactive monitoring\n\n- Dashboards of each relayer's balance.\n- A page when a relayer stalls.\n",
    items: [],
  },
  {
    branch:
      "items: a bare line promising the work in the passive opens as an action, whatever sentences follow it",
    markdown:
      "The stale price cache will be flushed in the next release. Until then, the on-call engineer will purge it each morning.\nThe relayer alert should fire after five missed updates.\n",
    items: ["The stale price cache will be flushed", "The relayer alert should fire"],
  },
  {
    branch:
      "items: a bare line telling in the passive what was done, with a second sentence, stays prose",
    markdown:
      "The stale price cache was flushed in the release. Until then, the on-call engineer purged it each morning.\nThe relayer alert should fire after five missed updates.\n",
    items: ["The relayer alert should fire"],
  },
  {
    branch:
      "deadline: 'in the coming upgrade' names the upgrade the work ships in, as 'the next release' does",
    markdown: "- Pay back the skipped staking rewards in the coming upgrade.",
    expect: { deadline: "in the coming upgrade" },
  },
  {
    branch:
      "deadline: an upgrade that only names what went wrong ('the upgrade skipped') is no deadline",
    markdown: "- Pay back the staking rewards that the upgrade skipped.",
    expect: { deadline: null },
  },
  {
    branch:
      "section: a reader's question ('… what to do?', 'What do I need to do?') gives advice, not work",
    markdown:
      "# Post-mortem: package index corrupted\n\n## I still see the old index, what to do?\n\n- Delete your local copy and fetch it again.\n- Read [the upgrade notes](https://example.com/notes) for the details.\n",
    items: [],
  },
  {
    branch: "section: 'What to do next' still names the team's next steps",
    markdown:
      "# Post-mortem: package index corrupted\n\n## What to do next\n\n- Verify the index checksum on every publish.\n- Keep a signed snapshot of the index each night.\n",
    items: ["Verify the index checksum", "Keep a signed snapshot"],
  },
  {
    branch: "section: an italic '_Lessons learned_' label ends the follow-up work above it",
    markdown:
      "# Post-mortem: node fell behind\n\n## Follow-up\n\n- Alert when the disk passes 80 percent.\n\n_Lessons learned_\n\n- A snapshot a month old is of little use.\n- Two people on a migration catch more.\n",
    items: ["Alert when the disk passes 80 percent."],
  },
  {
    branch:
      "section: an italic sentence in the follow-up work ('_All times are UTC_') ends nothing",
    markdown:
      "# Post-mortem: node fell behind\n\n## Follow-up\n\n- Alert when the disk passes 80 percent.\n\n_The timeline above is in UTC and was kept by the on-call_\n\n- Keep a weekly snapshot of each node.\n",
    items: ["Alert when the disk passes 80 percent.", "Keep a weekly snapshot"],
  },
  {
    branch:
      "items: a bare line whose subject points back ('These rewards will be …') is the detail of the line above",
    markdown:
      "Pay back the skipped staking rewards in the coming upgrade.\nThese rewards will be taken from the last good snapshot.\nAdd an alert when the price relayer stops.\n",
    items: ["Pay back the skipped staking rewards", "Add an alert when the price relayer stops."],
  },
  {
    branch: "items: the same line set off as a paragraph of its own stays an item",
    markdown:
      "Pay back the skipped staking rewards in the coming upgrade.\n\nThese dashboards should show the relayer lag per chain.\n\nAdd an alert when the price relayer stops.\n",
    items: [
      "Pay back the skipped staking rewards",
      "These dashboards should show",
      "Add an alert when the price relayer stops.",
    ],
  },
];
