import type { FieldRow } from "../fieldRow";

// An intro that asks the page's readers to act ("Relay operators should do the following:") lists steps for
// them, not the team's follow-up work; a label naming them ("Customers:") or a step with an owner, a ticket or
// a date still lists work.
export const rows: FieldRow[] = [
  {
    branch:
      "items: steps under 'Operators of self-hosted relays should do all of the following:' are advice",
    markdown:
      "## Prevention\n\nOperators of self-hosted relays should do all of the following:\n\n1. **Upgrade to 4.2 or later.** It fixes the leak behind this outage.\n2. **Raise the shutdown timeout.** Give the relay 90 seconds to flush its queue.\n\n## Next steps\n\n- Priya: add a leak check to the relay's release tests by 2026-12-20 (OPS-12)\n",
    items: ["add a leak check"],
  },
  {
    branch: "items: steps under 'We recommend that all users:' are advice",
    markdown:
      "## Follow-ups\n\nWe recommend that all users:\n\n- Rotate their API keys\n- Update the client to 4.2\n\nAlso:\n\n- Add a rate limit to the key endpoint\n",
    items: ["Add a rate limit"],
  },
  {
    branch: "items: 'Customers:' labels the team's work for them",
    markdown:
      "## Follow-ups\n\nCustomers:\n\n- Email the affected customers a summary\n- Refund the failed payouts\n",
    items: ["Email the affected", "Refund the failed"],
  },
  {
    branch:
      "items: a dated step with a ticket under 'Developers should follow these steps:' is work",
    markdown:
      "## Follow-ups\n\nDevelopers should follow these steps:\n\n- Add a retry budget to the client by 2026-12-20 (OPS-31)\n",
    items: ["Add a retry budget"],
  },
  {
    branch:
      "items: steps under 'If you run your own relay, we recommend the following:' are advice",
    markdown:
      "## Prevention\n\nIf you run your own relay, we recommend the following:\n\n1. Upgrade to 4.2 or later.\n2. Raise the shutdown timeout to 90 seconds.\n",
    items: [],
  },
  {
    branch:
      "items: steps for 'Self-hosted users are strongly encouraged to:' and 'Anyone running … should also:' are advice",
    markdown:
      "## Prevention\n\nSelf-hosted users are strongly encouraged to:\n\n- Rotate their relay keys\n- Turn on disk snapshots\n\nAnyone running the relay on Kubernetes should also:\n\n- Set the grace period to 120 seconds\n",
    items: [],
  },
  {
    branch: "items: 'Everyone on the team should:' asks the team, whose steps stay items",
    markdown:
      "## Follow-ups\n\nEveryone on the team should:\n\n- Add the restore runbook to the on-call checklist\n",
    items: ["Add the restore runbook"],
  },
];
