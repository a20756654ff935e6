import type { FieldRow } from "../fieldRow";

// Shapes met in write-ups from build services, streaming tools and networking projects (round real21e).
export const rows: FieldRow[] = [
  {
    branch:
      "owner: bold words that look like a name, then a 'We're …' sentence, title that sentence",
    markdown: "1. **Tenant Throttling**: We're adding a cap on jobs per tenant in the scheduler.",
    expect: { owners: [] },
  },
  {
    branch: "owner: a bold person's name before an imperative still names the owner",
    markdown: "1. **Priya Raman**: add a cap on jobs per tenant in the scheduler.",
    expect: { owners: ["Priya Raman"] },
  },
  {
    branch: "owner: a bold team name before a 'we' sentence keeps the team",
    markdown: "1. **Platform team**: we will add a cap on jobs per tenant in the scheduler.",
    expect: { owners: ["Platform team"], ownerIsGroup: true },
  },
  {
    branch:
      "done intro: 'We have already taken these steps:' over a list leaves an item after a bold title that is under way open",
    markdown:
      "# Post-mortem: a scheduler stall\n\nDate: 2026-11-20\n\n## What we are doing\n\nWe have already taken these steps:\n\n1. **Stopgap**: We've moved the heavy tenants to a second queue.\n2. **Tenant Throttling**: We're adding a cap on jobs per tenant in the scheduler.",
    item: "Tenant Throttling",
    expect: { status: "open" },
  },
  {
    branch: "done intro: the same list's item that reports the work finished stays done",
    markdown:
      "# Post-mortem: a scheduler stall\n\nDate: 2026-11-20\n\n## What we are doing\n\nWe have already taken these steps:\n\n1. **Stopgap**: We've moved the heavy tenants to a second queue.\n2. **Tenant Throttling**: We're adding a cap on jobs per tenant in the scheduler.",
    item: "Stopgap",
    expect: { status: "done" },
  },
  {
    branch: "done heading: 'We'll …' written with the contraction is still to come",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## What we've done\n\n- Added a disk usage alert at 80 percent.\n- We'll move the build cache to a separate volume.",
    item: "We'll move",
    expect: { status: "open" },
  },
  {
    branch: "done heading: 'I'm rewriting …' written with the contraction is under way",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## What we've done\n\n- Added a disk usage alert at 80 percent.\n- I'm rewriting the cleanup job so it prunes old caches.",
    item: "I'm rewriting",
    expect: { status: "open" },
  },
  {
    branch: "done heading: 'We've moved …' with the contraction reports the work done",
    markdown:
      "# Post-mortem: a full disk\n\nDate: 2026-11-20\n\n## What we've done\n\n- Added a disk usage alert at 80 percent.\n- We've moved the build cache to a separate volume.",
    item: "We've moved",
    expect: { status: "done" },
  },
  {
    branch: "done: a closing 'We already implemented that.' with its doers reports the item done",
    markdown:
      "- The deploy script should refuse to run as root and print how to switch user. We already implemented that.",
    expect: { status: "done" },
  },
  {
    branch: "done: 'we already shipped that for …' done in part, more words after it, stays open",
    markdown:
      "- The deploy script should refuse to run as root; we already shipped that for the staging hosts.",
    expect: { status: "open" },
  },
  {
    branch:
      "items: a closing '— The … Team' line under an action heading signs the page off, no item",
    markdown:
      "# Post-mortem: a stuck sync\n\nDate: 2026-11-20\n\n## Next steps\n\nRaise the sync client timeout to 30 seconds.\n\n— The Sync Crew",
    items: ["Raise the sync client timeout"],
  },
  {
    branch: "items: a dash-led line of work in lower case after the first word is still an item",
    markdown:
      "# Post-mortem: a stuck sync\n\nDate: 2026-11-20\n\n## Next steps\n\nRaise the sync client timeout to 30 seconds.\n\n— Page the on-call engineer when a sync stalls for 10 minutes",
    items: ["Raise the sync client timeout", "Page the on-call engineer"],
  },
  {
    branch:
      "section: under 'Resolving the outage', 'Immediate fixes:' are the responders' steps, 'Short-term improvements:' the work after",
    markdown:
      "# Post-mortem: a relay overload\n\nDate: 2026-11-20\n\n## Resolving the outage\n\n**Immediate fixes:**\n\n- Restarted the relays one at a time.\n- Deleted old log files to free the disk.\n\n**Short-term improvements:**\n\n- Cap the relay log files at 2 GB each.",
    items: ["Cap the relay log files"],
  },
  {
    branch:
      "section: under 'Resolving the outage', 'Follow-up fixes:' still lists the work to come",
    markdown:
      "# Post-mortem: a relay overload\n\nDate: 2026-11-20\n\n## Resolving the outage\n\n**Follow-up fixes:**\n\n- Cap the relay log files at 2 GB each.",
    items: ["Cap the relay log files"],
  },
  {
    branch: "section: a heading naming the weeks after the incident opens the work done in them",
    markdown:
      "# Post-mortem: a relay overload\n\nDate: 2026-11-20\n\n## Summary\n\nThe relays ran out of disk.\n\n## The following three weeks\n\n- Wrote a load test for the relays.\n- Moved the relay logs to their own volume.",
    items: ["Wrote a load test", "Moved the relay logs"],
  },
  {
    branch: "section: 'The following days' tells the response, so its list holds no items",
    markdown:
      "# Post-mortem: a relay overload\n\nDate: 2026-11-20\n\n## Summary\n\nThe relays ran out of disk.\n\n## The following days\n\n- Restarted the relays one at a time.\n- Deleted old log files to free the disk.",
    items: [],
  },
  {
    branch: "process: a study in the passive stays a process when the sentence holds a number",
    markdown: "- The 2 ingest workers will be analyzed for the cause of the stalls.",
    expect: { verb: "process" },
  },
  {
    branch: "process: a change in the passive with a number is a checkable outcome",
    markdown: "- The 2 ingest workers will be moved to a host of their own.",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: 'if steps 1. and 2. …' does not end the sentence at the step's number, so its main clause is read",
    markdown:
      "- If steps 1. and 2. leave the queue long, the ingest workers will be analyzed for other causes.",
    expect: { verb: "process" },
  },
  {
    branch:
      "sentence: a full stop after a number before a capitalised word still ends the sentence",
    markdown:
      "- Raise the ingest worker limit to 12. Then investigate why the queue grows at night.",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'Try if we can …' asks whether, as 'see if' does",
    markdown: "- Try if we can make the staging bundle match production.",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'try' before its object tries a change, no process verb",
    markdown: "- Try the new allocator on one relay host for a week.",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'map out how to …' plans the way, a process verb",
    markdown: "- Map out how to rebalance the shards without downtime.",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'map' before a thing records it, no process verb",
    markdown: "- Map the shard ports in the firewall config.",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'Started investigating …': the study that starts is the verb",
    markdown: "- Started investigating the shard imbalance on the west cluster.",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'Started rolling out …' starts a change, no process verb",
    markdown: "- Started rolling out the shard rebalancer on the west cluster.",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "done intro: a bold title that reports the work ('**Moved … .**') stays done, though a later sentence is still under way",
    markdown:
      "# Post-mortem: a scheduler stall\n\nDate: 2026-11-20\n\n## What we are doing\n\nWe have already taken these steps:\n\n1. **Moved the heavy tenants to a second queue.** We are still measuring how much headroom that bought.\n2. **Tenant Throttling**: We're adding a cap on jobs per tenant in the scheduler.",
    item: "Moved the heavy tenants",
    expect: { status: "done" },
  },
  {
    branch:
      "done intro: a future sentence with its own date after the write-up's ('will reopen on …') is still to come",
    markdown:
      "# Post-mortem: a paused signup form\n\nDate: 2026-11-20\n\n## What we are doing\n\nWe have already taken these steps:\n\n1. **Stopgap**: We've put a waiting list in front of the form.\n2. **Signups**: The form will reopen on 2026-12-02 with the new rate limits.",
    item: "The form will reopen",
    expect: { status: "open" },
  },
  {
    branch:
      "done intro: a future sentence that only tells what the finished work does ('will keep …') stays done",
    markdown:
      "# Post-mortem: a paused signup form\n\nDate: 2026-11-20\n\n## What we are doing\n\nWe have already taken these steps:\n\n1. **Stopgap**: We've put a waiting list in front of the form.\n2. **Signups**: The new rate limits will keep the form responsive under load.",
    item: "The new rate limits",
    expect: { status: "done" },
  },
];
