import type { FieldRow } from "../fieldRow";

// Shapes from status-page, blog and incident-tool write-ups: prose commitments, sentence adverbs,
// labels and status words those exports use.
export const rows: FieldRow[] = [
  {
    branch: "wording: a sentence adverb before the commitment is read past",
    markdown: "- Finally, we will improve how we tell customers about delays.",
    expect: { verb: "vague", status: "open" },
  },
  {
    branch: "wording: a sentence adverb before a specific change leaves it specific",
    markdown: "- Additionally, we will add an alert when the oldest webhook is over 5 minutes old.",
    expect: { verb: "outcome" },
  },
  {
    branch: "grammar: 'now' + a plural present reports a rule in force",
    markdown: "- Schema changes to the ledger now require a second reviewer from payments.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: 'now go through' reports the new path in place",
    markdown: "- Deploys to the edge tier now go through the canary stage.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: a modal before 'now' + plural present keeps it open",
    markdown: "- Deploys to the edge tier should now require two approvals.",
    expect: { status: "open" },
  },
  {
    branch:
      "items: prose under 'Next steps' that reports the work done or opens with a time phrase",
    markdown: [
      "# Incident report: delayed exports",
      "",
      "## Next steps",
      "",
      "We have already capped each tenant at four export jobs. We have also paused retries for failing buckets.",
      "",
      "Over the coming weeks we will split the export queue by region. It will keep one slow region from holding the rest.",
      "",
      "We are sorry for the trouble this caused.",
      "",
      "Thank you for your patience while we worked on it.",
    ].join("\n"),
    items: ["We have already capped", "we will split the export queue"],
  },
  {
    branch: "items: a report of the work done opens a done item",
    markdown: [
      "# Incident report: delayed exports",
      "",
      "## Next steps",
      "",
      "We've added a per-tenant cap on export jobs. It keeps one tenant from filling the queue.",
      "",
      "We are sorry for the trouble this caused.",
      "",
      "Thank you for your patience while we worked on it.",
    ].join("\n"),
    expect: { status: "done" },
    items: ["We've added a per-tenant cap"],
  },
  {
    branch: "status: 'closed' beside a reason it was not done reads deprioritized",
    markdown:
      "- Audit the controller firmware on every node — Noor Aziz — STO-64 — closed, won't fix",
    expect: { status: "deprioritized", owners: ["Noor Aziz"] },
  },
  {
    branch: "status: 'closed' alone still reads done",
    markdown: "- Alert on dropped messages over 1% — Noor Aziz — STO-65 — Closed",
    expect: { status: "done", owners: ["Noor Aziz"] },
  },
  {
    branch: "wording: a 'Spike:' label makes the item an investigation, whatever verb follows",
    markdown:
      "- Spike: measure how long a restore from the nightly snapshot takes (Ines Ferreira, OPS-90)",
    expect: { verb: "process" },
  },
  {
    branch: "wording: a category label that is no investigation leaves the verb to judge",
    markdown: "- Review: add the new thresholds to the ingest alert (Ines Ferreira, OPS-91)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "items: an 'Action:' paragraph in a narrative section is an item; 'Actions: see below' is not",
    markdown: [
      "# Post-mortem: doubled order counts",
      "",
      "## Lessons learned",
      "",
      "Jobs that count things should never assume each message arrives once.",
      "",
      "Action: alert when the daily order count differs from the orders table by more than 0.5% (Ama Owusu, DATA-712).",
      "",
      "Actions: see below.",
    ].join("\n"),
    items: ["alert when the daily order count"],
    expect: { owners: ["Ama Owusu"], trackers: ["DATA-712"] },
  },
  {
    branch:
      "items: a verb-led sub-heading over Owner and Status lines is work outside an action section",
    markdown: [
      "# Incident analysis: the login outage",
      "",
      "## Incident details",
      "",
      "- Owner: Astrid Nilsson",
      "- Status: Resolved",
      "",
      "## Opportunities",
      "",
      "### Refetch the provider's signing keys when a signature check fails",
      "",
      "- Owner: Astrid Nilsson",
      "- Ticket: ID-340",
      "- Status: in review",
      "",
      "### Log each failed login at warning level",
      "",
      "- Owner: Felix Osei",
      "- Status: shipped",
      "",
      "### Caching of identity keys",
      "",
      "- Owner: Felix Osei",
      "- Status: open",
    ].join("\n"),
    items: ["Refetch the provider's signing keys", "Log each failed login"],
    expect: { owners: ["Astrid Nilsson"], trackers: ["ID-340"], status: "open" },
  },
  {
    branch: "status: a heading's Status field line reports it shipped",
    markdown: [
      "# Incident analysis: the login outage",
      "",
      "## Opportunities",
      "",
      "### Log each failed login at warning level",
      "",
      "- Owner: Felix Osei",
      "- Status: shipped",
    ].join("\n"),
    expect: { owners: ["Felix Osei"], status: "done" },
  },
  {
    branch: "wording: learning more is an activity",
    markdown: "- Learn more about how the identity provider rolls its certificates (Felix Osei)",
    expect: { verb: "process" },
  },
  {
    branch: "wording: 'make sure … is up to date' states a quality with no measure",
    markdown: "- Make sure the search runbook is up to date (Jamal Reid, SRCH-508)",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: 'keep … accurate' is a state to hold, with no measure",
    markdown: "- Keep the capacity dashboards accurate (Jamal Reid, SRCH-512)",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: 'keep' with an amount is a setting",
    markdown: "- Keep the replica count at 3 in every region (Jamal Reid, SRCH-513)",
    expect: { verb: "outcome" },
  },
  {
    branch: "text: the bullets between fields on the line under a title are cut with the fields",
    markdown: [
      "- **Document the failover drill in the database runbook**",
      "  • Status: Completed • Priority: Low • Assignee: Ngozi Eze • Jira: CHK-883",
    ].join("\n"),
    expect: {
      text: "Document the failover drill in the database runbook",
      status: "done",
      owners: ["Ngozi Eze"],
      trackers: ["CHK-883"],
    },
  },
  {
    branch: "status: 'Duplicate' as the closing part says the work is tracked elsewhere",
    markdown: "- Add disk alerts to every relay (Beatriz Souza, MAIL-108, duplicate)",
    expect: { status: "deprioritized", owners: ["Beatriz Souza"], trackers: ["MAIL-108"] },
  },
  {
    branch: "status: 'duplicate' inside the action names a thing",
    markdown: "- Remove duplicate alerts from the relay dashboard — Beatriz Souza",
    expect: { status: "open" },
  },
  {
    branch:
      "status: 'in flight' closing a dash list is an open status, so the name before it is the owner",
    markdown: "- Add controller health to the node check — Rashid Haddad — STO-63 — in flight",
    expect: { status: "open", owners: ["Rashid Haddad"], trackers: ["STO-63"] },
  },
  {
    branch: "status: 'Partially done' is open work",
    markdown:
      "- Ship relay disk metrics to the monitoring stack — Beatriz Souza — MAIL-106 — Partially done",
    expect: { status: "open", owners: ["Beatriz Souza"] },
  },
  {
    branch: "status: a Status cell 'Done (partially)' is open work",
    markdown: [
      "| Action | Owner | Status |",
      "|---|---|---|",
      "| Purge bounce logs older than 30 days on every relay | Oren Katz | Done (partially) |",
      "| Add a partial index on the bounce table | Oren Katz | Done |",
    ].join("\n"),
    expect: { status: "open", owners: ["Oren Katz"] },
  },
  {
    branch: "status: 'partial' in the action is no status",
    markdown: [
      "| Action | Owner | Status |",
      "|---|---|---|",
      "| Add a partial index on the bounce table | Oren Katz | Done |",
    ].join("\n"),
    expect: { status: "done" },
  },
];
