import type { FieldRow } from "../fieldRow";

// Shapes met in write-ups from research groups, community servers and chain operators (round real20c).
export const rows: FieldRow[] = [
  {
    branch:
      "done label: 'Immediate actions taken:' over sub-items in an action section marks them done",
    markdown:
      "# Post-mortem: a stalled importer\n\nDate: 2026-11-20\n\n## Corrective measures\n\n- **Immediate actions taken**:\n  * Failover of the importer to the standby host\n  * Backfill of the missed batches\n- **Follow-up**:\n  * Alerting on importer lag",
    item: "Failover of the importer",
    expect: { status: "done" },
  },
  {
    branch: "done label: a sibling label that says nothing of status leaves its sub-items open",
    markdown:
      "# Post-mortem: a stalled importer\n\nDate: 2026-11-20\n\n## Corrective measures\n\n- **Immediate actions taken**:\n  * Failover of the importer to the standby host\n  * Backfill of the missed batches\n- **Follow-up**:\n  * Alerting on importer lag",
    item: "Alerting on importer lag",
    expect: { status: "open" },
  },
  {
    branch: "done label: 'Completed:' over sub-items in an action section marks them done",
    markdown:
      "- Completed:\n  - Pin the parser version in the build image\n  - Add a smoke test for the nightly export",
    item: "Add a smoke test",
    expect: { status: "done" },
  },
  {
    branch:
      "section: a bold 'What has been done' line opens the work that followed, done or still under way",
    markdown:
      "# Post-mortem: slow block processing\n\nDate: 2026-11-20\n\n## Summary\n\nBlocks took minutes to verify.\n\n**What has been done**\n\n1. Added a cache for signature checks.\n2. We are moving the verifier onto its own host.",
    items: ["Added a cache for signature checks", "We are moving the verifier"],
  },
  {
    branch: "section: 'What we did' tells the response, so its list holds no items",
    markdown:
      "# Post-mortem: slow block processing\n\nDate: 2026-11-20\n\n## What we did\n\n- Restarted the verifier on a larger host.\n- Posted a notice for node operators.\n\n## Action items\n\n- Cap the verifier queue at 500 entries (Ines Duarte)",
    items: ["Cap the verifier queue"],
  },
  {
    branch: "process: 'we will also be re-evaluating …' is re-evaluation under way, a process verb",
    markdown:
      "- Lastly, we will also be re-evaluating how fees are charged for heavy contract calls.",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'we will be re-enabling …' restores something, not a process verb",
    markdown: "- We will be re-enabling the fee cap once the patched nodes are live.",
    expect: { verb: "outcome" },
  },
  {
    branch: "done: a passive report followed by 'This will help …' (what the work does) stays done",
    markdown:
      "- A smaller patch was released which raised the read node limits. This will help wallets stay connected during busy hours.",
    expect: { status: "done" },
  },
  {
    branch:
      "done: a passive report followed by 'It will be extended …' (more work to come) is not reported done",
    markdown:
      "- A smaller patch was released which raised the read node limits. It will be extended to the archive nodes next month.",
    expect: { status: "open" },
  },
  {
    branch:
      "done heading: under 'What we've done', an item that says 'we are moving …' is under way, not done",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## What we've done\n\n- Added a disk usage alert at 80 percent.\n- We are moving the build cache to a separate volume.",
    item: "We are moving the build cache",
    expect: { status: "open" },
  },
  {
    branch: "done heading: under 'What we've done', 'we are now using …' reports the change made",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## What we've done\n\n- Added a disk usage alert at 80 percent.\n- We are now using a separate volume for the build cache.",
    item: "We are now using",
    expect: { status: "done" },
  },
  {
    branch: "done heading: under 'Already done', 'Finally, we will …' is still to come",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## Action items\n\n### Already done\n\n- Cleared the old build artefacts.\n- Finally, we will add a weekly clean-up job for the cache.",
    item: "Finally, we will add",
    expect: { status: "open" },
  },
  {
    branch: "section: 'What's been done so far' opens follow-up work as 'What has been done' does",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## What's been done so far\n\n- Added a disk usage alert at 80 percent.",
    items: ["Added a disk usage alert"],
  },
  {
    branch: "section: 'Preventative work' opens follow-up work, like 'Preventative measures'",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## Preventative work\n\n- Rotate build logs daily (Ines Duarte)",
    items: ["Rotate build logs daily"],
  },
  {
    branch: "section: 'Long-term fix', in the singular, opens follow-up work",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## Long-term fix\n\n- Move the build cache to object storage (Ines Duarte)",
    items: ["Move the build cache"],
  },
  {
    branch: "section: 'Where do we go from here?' opens follow-up work",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## Where do we go from here?\n\n- Cap the build cache at 200 GB (Ines Duarte)",
    items: ["Cap the build cache"],
  },
  {
    branch: "section: 'Short-term fixes applied' tells what was done during the incident, no items",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## Short-term fixes applied\n\n- Deleted old build artefacts.\n\n## Action items\n\n- Cap the build cache at 200 GB (Ines Duarte)",
    items: ["Cap the build cache"],
  },
  {
    branch: "section: a numbered '7. Preventive enhancements' heading opens follow-up work",
    markdown:
      "# Post-mortem: a stalled validator\n\nDate: 2026-11-20\n\n## 7. Preventive enhancements\n\n- Alert when three consensus rounds in a row time out",
    items: ["Alert when three consensus rounds"],
  },
  {
    branch: "section: 'Further enhancements' opens follow-up work, like 'Further improvements'",
    markdown:
      "# Post-mortem: a stalled validator\n\nDate: 2026-11-20\n\n## Further enhancements\n\n- Graph block proposal latency per peer",
    items: ["Graph block proposal latency"],
  },
  {
    branch: "section: 'Enhancements shipped in 2.1' lists a release's changes, not follow-up work",
    markdown:
      "# Post-mortem: a stalled validator\n\nDate: 2026-11-20\n\n## Enhancements shipped in 2.1\n\n- Faster block sync.\n\n## Action items\n\n- Alert when three consensus rounds in a row time out (Ines Duarte)",
    items: ["Alert when three consensus rounds"],
  },
  {
    branch:
      "status: a report of work done, then 'They are also going to review …', is done in part and stays open",
    markdown:
      "- The node team switched to a plugin for hot fixes. They are also going to review the third-party parsers in the block path.",
    expect: { status: "open" },
  },
  {
    branch: "status: a report of work done, then a sentence on how things stand now, stays done",
    markdown:
      "- The node team switched to a plugin for hot fixes. It is now the default on every node.",
    expect: { status: "done" },
  },
  {
    branch:
      "paragraph: in an action section, a report then 'They are also going to …' is an item (open)",
    markdown:
      "# Post-mortem: a forked testnet\n\nDate: 2026-11-20\n\n## Summary\n\nTwo clients disagreed on a block.\n\n## Further mitigations\n\nThe node team switched to a plugin for hot fixes. They are also going to review the third-party parsers in the block path.\n\n## Timeline\n\n- 10:00 the fork",
    items: ["The node team switched to a plugin"],
    expect: { status: "open" },
  },
  {
    branch:
      "paragraph: in an action section, two sentences of what happened with no commitment stay prose",
    markdown:
      "# Post-mortem: a forked testnet\n\nDate: 2026-11-20\n\n## Summary\n\nTwo clients disagreed on a block.\n\n## Further mitigations\n\nThe node team switched to a plugin for hot fixes. The fork healed within the hour.\n\n- Add a fork-choice test for the bad block (Ines Duarte)\n\n## Timeline\n\n- 10:00 the fork",
    items: ["Add a fork-choice test"],
  },
  {
    branch:
      "mixed section: under 'Further mitigations and learnings', a report then a later commitment reads as an action",
    markdown:
      "# Post-mortem: a forked testnet\n\nDate: 2026-11-20\n\n## Summary\n\nTwo clients disagreed on a block.\n\n## Further mitigations and learnings\n\nThe staging network should match production more closely.\n\nThe node team switched to a plugin for hot fixes. They are also going to review the third-party parsers in the block path.\n\n## Timeline\n\n- 10:00 the fork",
    items: ["The node team switched to a plugin"],
  },
];
