import type { FieldRow } from "../fieldRow";

// A sentence whose subject is the team and whose predicate is the list below it ("Specifically, we:"): each line
// finishes the sentence, so each is the team's work, done or to come by its own tense. Not in the story.
export const rows: FieldRow[] = [
  {
    branch: "items: 'Specifically, we:' over past-tense lines, with no heading, are done work",
    markdown:
      "# Ledger stall\n\nThe ledger stopped for an hour. Specifically, we:\n\n- Rebuilt the stalled shard from the replica\n- Added a lock-wait alert at 30s\n",
    items: ["Rebuilt the stalled shard from the replica", "Added a lock-wait alert at 30s"],
    expect: { status: "done" },
  },
  {
    branch: "items: 'To this end, we will continue to:' over imperative lines is work to come",
    markdown:
      "# Ledger stall\n\nTo keep this from happening again, we will continue to:\n\n- Cut the compaction batch to 500 rows\n- Run the restore drill every quarter\n",
    items: ["Cut the compaction batch to 500 rows", "Run the restore drill every quarter"],
    expect: { status: "open" },
  },
  {
    branch: "items: 'We have:' under Impact tells the response, no follow-ups",
    markdown:
      "# Ledger stall\n\n## Impact\n\nThree tenants saw stale balances. We have:\n\n- refunded the three tenants\n- told each of them what happened\n",
    items: [],
  },
  {
    branch: "items: '… to work around the bug in several ways:' lists the ways as work",
    markdown:
      "# Ledger stall\n\nThe storage team is working to work around the bug in several ways:\n\n1. By pinning the compaction job to one node.\n2. By adding a lock-wait alert at 30s.\n",
    items: ["By pinning the compaction job to one node.", "By adding a lock-wait alert at 30s."],
  },
];
