import type { FieldRow } from "../fieldRow";

// "Mitigation" in the singular tells how the incident was stopped, unless its lines commit to work still to
// come ("We're working on …", "The team will …"): then it holds the follow-ups (sections.ts commitsAhead).
export const rows: FieldRow[] = [
  {
    branch: "items: a mitigation section that commits to work still to come holds items",
    markdown:
      "# Queue stall\n\n## Mitigation\n\nThe stuck batch will be replayed on Monday.\n\nThe team will add a stall alarm to the consumer.\n\n## Impact\n\nTwo hours of delay.\n",
    items: [
      "The stuck batch will be replayed on Monday.",
      "The team will add a stall alarm to the consumer.",
    ],
  },
  {
    branch: "items: a mitigation section that tells the response holds none",
    markdown:
      "# Queue stall\n\n## Mitigation\n\nIrina restarted the consumer and the backlog drained.\n\nShe then cleared the dead letters.\n\n## Impact\n\nTwo hours of delay.\n",
    items: [],
  },
  {
    branch: "items: a promise inside a quoted message to customers commits nothing",
    markdown:
      "# Queue stall\n\n## Mitigation\n\nIrina restarted the consumer.\n\n> Your files are back. We will send you a fuller report soon.\n\n## Impact\n\nTwo hours of delay.\n",
    items: [],
  },
  {
    branch: "items: a table of figures under a committing mitigation holds no items",
    markdown:
      "# Queue stall\n\n## Mitigation\n\nThe team will refund the affected accounts.\n\n| Account owner | Amount |\n| --- | --- |\n| acct-7781 | 4.41 |\n| acct-9902 | 23.30 |\n",
    items: ["The team will refund the affected accounts."],
  },
  {
    branch: "items: the signers under a letter's closing are no item",
    markdown:
      "# Queue stall\n\n## What we will change\n\nWe will add a stall alarm to the consumer.\n\nMuch love,\n\nIrina and the Queue team.\n",
    items: ["We will add a stall alarm to the consumer."],
  },
];
