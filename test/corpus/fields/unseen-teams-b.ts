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
      "- Send the nightly exports to a hosted object store (i.e. S3, GCS, Wasabi, Backblaze, etc)",
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
      "# 2026-10-02: Builds halted once the Actions quota ran dry\n\n## Action Items\n\n- Write down the manual release steps (#41).\n\n## Responders\n\n- @kwame-o",
    items: ["Write down the manual release steps"],
  },
  {
    branch:
      "status: 'Property-based tests over …' opens with a compound adjective, not a past tense",
    markdown:
      "## Remediation\n\n* **Solver fuzzing:** Property-based checks on the fee calculator, compared with a slow reference version.",
    expect: { status: "open" },
  },
  {
    branch:
      "status: 'Targeted fuzzing of …' is a participle before a bare noun, a wish rather than a report",
    markdown:
      "## Remediation\n\n* **Edge cases:** Targeted fuzzing of the rounding code with tiny amounts.",
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
      "owner: 'The storage team will conduct the following actions …' gives the team to every item below",
    markdown:
      "# Incident report: testnet halt\n\n## Next steps\n\nThe storage team will conduct the following actions before the next release. Two were already on the roadmap. They are:\n\n- Page the on-call engineer when blocks stop for five minutes.",
    expect: { owners: ["storage team"], ownerIsGroup: true },
  },
  {
    branch:
      "status: a short title, then a sentence that reports it done ('Add search replicas: we doubled …')",
    markdown:
      "## Remediation\n\n- Add search replicas: We doubled the replica count for the busiest index.",
    expect: { status: "done" },
  },
  {
    branch: "status: a short title before a dash, then a report in the passive",
    markdown:
      "## Remediation\n\n- Restart the brokers - The brokers were restarted one at a time while we watched consumer lag.",
    expect: { status: "done" },
  },
  {
    branch: "status: a short title before a plan stays open ('Scale up workers: we will triple …')",
    markdown:
      "## Remediation\n\n- Scale up workers: We will triple the worker pool before the launch.",
    expect: { status: "open" },
  },
  {
    branch: "owner: 'Drained Hosts:' titles a step in the past tense, it names no person",
    markdown: "## Remediation\n\n- Drained Hosts: Moved the jobs off the failing rack.",
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
      "## Prevention\n\n1. **Give the indexer time to stop.** Lengthen its shutdown grace period to two minutes. Depending on the host:\n    - Helm: set shutdownGrace to 2m in the values file,\n    - launchd: set ExitTimeOut to 120 in the plist.\n2. **Back up the index daily.** Copy it to the cold bucket each night.",
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
      "# Incident disclosure: vault share price\n\n## Details of the fix\n\nThe following fixes were implemented:\n\n1. Switch on the pre-trade price check\n1. Repay the loss from the reserve fund",
    expect: { status: "done" },
  },
  {
    branch:
      "status: 'We will make the following fixes:' over a list outside an action heading leaves its items open",
    markdown:
      "# Incident disclosure: vault share price\n\n## Details of the fix\n\nTo prevent a repeat we will make the following fixes:\n\n1. Switch on the pre-trade price check",
    expect: { status: "open" },
  },
  {
    branch:
      "status: a report in the passive keeps its status when a later clause has a modal ('… was added so that only the owner can …')",
    markdown:
      "## Remediation\n\n1. A signature check was added to the webhook so that only the payment provider can call it.",
    expect: { status: "done" },
  },
  {
    branch: "status: 'was paused and will be resumed' goes on with its own subject, still to come",
    markdown: "- The sync job was paused and will be resumed after the migration.",
    expect: { status: "open" },
  },
  {
    branch:
      "status: 'Dropped the unused index …' opens with the work and its object, a report of work done",
    markdown: "## Remediation\n\n- Dropped the unused index on the audit table.",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Dropped the plan to …' still lets the item go",
    markdown: "## Remediation\n\n- Dropped the plan to shard the queue; the load is flat.",
    expect: { status: "deprioritized" },
  },
];
