import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, second batch: a status in a bracket set in bold, a "Looking
// forward" section, examples in brackets after the action, a page titled by the incident's day, compound
// adjectives opening a recommendation, numbered blockchain standards, and a team that will "conduct" the
// items below.
export const rows: FieldRow[] = [
  {
    branch:
      "status: a bold bracket closing the item, '**(Done during the outage)**', reports it done",
    markdown: "- Page the on-call phone when the disk is 90% full. **(Done during the outage)**",
    expect: { status: "done", text: "Page the on-call phone when the disk is 90% full." },
  },
  {
    branch: "status: a bold bracket with the day, '**(Done as of 2026-11-02)**', reports it done",
    markdown: "- Switch the nightly export back on for the archive. **(Done as of 2026-11-02)**",
    expect: { status: "done" },
  },
  {
    branch: "section: 'Looking forward:' opens the list of follow-up work, sub-headings and all",
    markdown:
      "# Release 4.2 rollback\n\n## Background\n\nThe upgrade rebuilt the indexes.\n\n## Looking forward:\n\n### Release process:\n\n- Run the upgrade against a copy of the largest customer database before each release.\n\n### Support:\n\n- Publish a status page for release incidents.",
    items: ["Run the upgrade against a copy", "Publish a status page"],
  },
  {
    branch: "section: 'Looking ahead' is a follow-up section as 'Going forward' is",
    markdown:
      "# Post-mortem: cache stampede\n\n## Looking ahead\n\n- Cap the rebuild workers at four per node.",
    items: ["Cap the rebuild workers at four per node."],
  },
  {
    branch:
      "owner: '(i.e. CloudSQL, RDS, Aurora, etc)' lists examples of what the action is about, not owners",
    markdown:
      "- Move every customer to a managed database in their cloud (i.e. CloudSQL, RDS, Aurora, Aiven, etc)",
    expect: { owners: [] },
  },
  {
    branch: "owner: '(e.g. Grafana, Loki)' lists examples, not owners",
    markdown: "- Send the worker metrics to the shared stack (e.g. Grafana, Loki)",
    expect: { owners: [] },
  },
  {
    branch:
      "section: a page titled by its day ('# 2026-10-02: No Actions minutes left') is titled by the incident; a section after the actions is not one",
    markdown:
      "# 2026-10-02: Deploys stopped when the Actions minutes ran out\n\n## Action Items\n\n- Document how to deploy by hand (#41).\n\n## Responders\n\n- @kwame-o",
    items: ["Document how to deploy by hand"],
  },
  {
    branch:
      "status: 'Property-based tests over …' opens with a compound adjective, not a past tense",
    markdown:
      "## Remediation\n\n* **Solver fuzzing:** Property-based tests over the pricing inputs that assert the invariant holds.",
    expect: { status: "open" },
  },
  {
    branch:
      "status: 'Targeted fuzzing of …' is a participle before a bare noun, a wish rather than a report",
    markdown:
      "## Remediation\n\n* **Edge cases:** Targeted fuzzing of very large deposits against the solver.",
    expect: { status: "open" },
  },
  {
    branch:
      "status: a verb prefix keeps the hyphenated form a report, 'Re-enabled the nightly backup'",
    markdown: "## Remediation\n\n* Re-enabled the nightly backup of the ledger.",
    expect: { status: "done" },
  },
  {
    branch: "tracker: 'ERC-20' names a token standard, not a ticket",
    markdown: "- Reject transfers that would leave an ERC-20 balance below zero (Mina Park)",
    expect: { trackers: [] },
  },
  {
    branch:
      "owner: 'The development team will conduct the following actions …' gives the team to every item below",
    markdown:
      "# Incident report: testnet halt\n\n## Next steps\n\nThe development team will conduct the following actions to make the response faster. Most were planned before the halt. Those are:\n\n- Page the on-call engineer when blocks stop for five minutes.",
    expect: { owners: ["development team"], ownerIsGroup: true },
  },
  {
    branch:
      "status: a short title, then a sentence that reports it done ('Scale up workers: we tripled …')",
    markdown:
      "## Remediation\n\n- Scale up workers: We tripled the worker pool to leave room for the next spike.",
    expect: { status: "done" },
  },
  {
    branch: "status: a short title before a dash, then a report in the passive",
    markdown:
      "## Remediation\n\n- Restart the relays - The relays were restarted one by one and watched as they took connections.",
    expect: { status: "done" },
  },
  {
    branch: "status: a short title before a plan stays open ('Scale up workers: we will triple …')",
    markdown:
      "## Remediation\n\n- Scale up workers: We will triple the worker pool before the launch.",
    expect: { status: "open" },
  },
  {
    branch: "owner: 'Cleared Logs:' titles a step in the past tense, it names no person",
    markdown: "## Remediation\n\n- Cleared Logs: Freed disk space by deleting the rotated logs.",
    expect: { owners: [] },
  },
  {
    branch: "owner: 'Clear Caches:' opens with a verb, it names no person",
    markdown: "- Clear Caches: drop the stale entries on every deploy.",
    expect: { owners: [] },
  },
  {
    branch: "owner: a given name ending like a past tense ('Ahmed Khan:') still names the owner",
    markdown: "- Ahmed Khan: add the disk alert on the relays.",
    expect: { owners: ["Ahmed Khan"] },
  },
  {
    branch:
      "items: an action said in whole sentences whose last clause opens a list ('… Depending on the host:') stays an item over its variants",
    markdown:
      "## Prevention\n\n1. **Give the indexer time to stop.** Raise the stop timeout to 120 seconds. Depending on the host:\n    - Kubernetes: set the grace period to 120 on the pod,\n    - systemd: set the stop timeout to 120 in the unit.\n2. **Back up the index daily.** Take the backup while the indexer is stopped.",
    items: ["Give the indexer time to stop.", "Back up the index daily."],
  },
  {
    branch: "items: a condition ending in a colon still labels the deliverables under it",
    markdown:
      "- When a change may break the public API:\n    - Add a contract test for every loader call.\n    - Lower the alert threshold for API errors to 1%.",
    items: ["Add a contract test", "Lower the alert threshold"],
  },
  {
    branch:
      "status: 'The following fixes were implemented:' over a list outside an action heading reports its items done",
    markdown:
      "# Incident disclosure: vault share price\n\n## Details of the fix\n\nThe following fixes were implemented:\n\n1. Turn on the health check for the strategy\n1. Refund the shortfall from the treasury wallet",
    expect: { status: "done" },
  },
  {
    branch:
      "status: 'We will make the following fixes:' over a list outside an action heading leaves its items open",
    markdown:
      "# Incident disclosure: vault share price\n\n## Details of the fix\n\nTo prevent a repeat we will make the following fixes:\n\n1. Turn on the health check for the strategy",
    expect: { status: "open" },
  },
  {
    branch:
      "status: a report in the passive keeps its status when a later clause has a modal ('… was added so that only the owner can …')",
    markdown:
      "## Remediation\n\n1. A guard was added to the callback so that only the vault itself can start the loan.",
    expect: { status: "done" },
  },
  {
    branch:
      "status: 'was disabled and will be re-enabled' goes on with its own subject, still to come",
    markdown: "- The sync job was disabled and will be re-enabled after the migration.",
    expect: { status: "open" },
  },
];
