import type { FieldRow } from "../fieldRow";

// Headings that say the team is changing things ("How we're changing our runbooks", "What's changing",
// "Proposed solutions"), and an intro that reports what it added ("We've added the following safeguards:").
export const rows: FieldRow[] = [
  {
    branch: "items: 'How we're changing our runbooks' holds the follow-ups",
    markdown:
      "# Queue outage\n\n## How we're changing our runbooks\n\n- Add a one-command failover for the queue\n",
    items: ["Add a one-command failover for the queue"],
  },
  {
    branch: "items: 'What's changing' holds the follow-ups",
    markdown:
      "# Queue outage\n\n## What's changing\n\n- Add a one-command failover for the queue\n",
    items: ["Add a one-command failover for the queue"],
  },
  {
    branch: "items: 'Proposed solutions' holds the follow-ups",
    markdown:
      "# Queue outage\n\n## Proposed solutions\n\n- Add a one-command failover for the queue\n",
    items: ["Add a one-command failover for the queue"],
  },
  {
    branch: "done: 'We've added the following safeguards:' reports the lines below it done",
    markdown:
      "We've added the following safeguards:\n\n- Each queue host keeps a spare address ready to attach.\n- The firewall drops direct traffic unless the proxy is down.\n",
    expect: { status: "done" },
  },
];
