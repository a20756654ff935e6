import type { FieldRow } from "../fieldRow";

// What is an item and what is not: one row per extraction branch, including the shapes that must stay silent.
export const rows: FieldRow[] = [
  {
    branch: "items: a bullet that is only an issue link",
    markdown:
      "- https://github.com/lanternworks/ingest/issues/311\n- https://github.com/lanternworks/ingest/issues/312\n",
    items: [
      "https://github.com/lanternworks/ingest/issues/311",
      "https://github.com/lanternworks/ingest/issues/312",
    ],
    expect: {
      owners: [],
      deadline: null,
      trackers: ["https://github.com/lanternworks/ingest/issues/311"],
      verb: "outcome",
    },
  },
  {
    branch: "items: a bullet that is only an issue link, closed by a full stop",
    markdown:
      "- https://github.com/lanternworks/ingest/issues/313.\n- https://github.com/lanternworks/ingest/issues/314.\n",
    items: [
      "https://github.com/lanternworks/ingest/issues/313.",
      "https://github.com/lanternworks/ingest/issues/314.",
    ],
    expect: { owners: [], trackers: ["https://github.com/lanternworks/ingest/issues/313"] },
  },
  {
    branch:
      "items: a ticket key alone with its owner after a dash: the key is the item, the name its owner",
    markdown: "- OPS-12 — Dana Whitfield\n",
    items: ["OPS-12"],
    expect: { owners: ["Dana Whitfield"], trackers: ["OPS-12"], text: "OPS-12" },
  },
  {
    branch: "items: an issue link alone with its owner in brackets",
    markdown: "- https://github.com/lanternworks/ingest/issues/315 (Dana Whitfield)\n",
    items: ["https://github.com/lanternworks/ingest/issues/315"],
    expect: {
      owners: ["Dana Whitfield"],
      text: "https://github.com/lanternworks/ingest/issues/315",
    },
  },
  {
    branch: "items: an issue link alone with its status after it",
    markdown: "- https://github.com/lanternworks/ingest/issues/317 (in progress)\n",
    items: ["https://github.com/lanternworks/ingest/issues/317"],
    expect: { status: "open" },
  },
  {
    branch: "items: an owner prefix over an issue link alone",
    markdown: "- Dana Whitfield: https://github.com/lanternworks/ingest/issues/316\n",
    items: ["https://github.com/lanternworks/ingest/issues/316"],
    expect: { owners: ["Dana Whitfield"] },
  },
  {
    branch: "items: a bare line whose owner follows its full stop is one sentence, not prose",
    markdown:
      "# Post-mortem: ingest lag\n\n## Lessons learned and future improvements\n\nAdd a lag alert on the ingest consumer group.\nA paid bug bounty for the ingest parser. — Dana Whitfield\nRemove the manual replay step from the runbook.\n",
    items: [
      "Add a lag alert on the ingest consumer group",
      "A paid bug bounty for the ingest parser",
      "Remove the manual replay step",
    ],
    item: "A paid bug bounty",
    expect: { owners: ["Dana Whitfield"] },
  },
  {
    branch: "items: an unbulleted line that is only a pull-request link",
    markdown:
      "# Post-mortem: ingest lag\n\n## Follow-up\n\n### Fixes\n\nhttps://github.com/lanternworks/ingest/pull/318\n",
    items: ["https://github.com/lanternworks/ingest/pull/318"],
  },
  {
    branch:
      "items: a bullet of linked ticket keys joined by 'and' is a bare link; its text is the keys",
    markdown:
      "- [OPS-12](https://lanternworks.atlassian.net/browse/OPS-12) and [OPS-13](https://lanternworks.atlassian.net/browse/OPS-13)\n",
    items: ["OPS-12 and OPS-13"],
    expect: { verb: "outcome", owners: [] },
  },
  {
    branch: "items: a link outside an action section is a reference, not an item",
    markdown:
      "# Post-mortem: ingest lag\n\n## References\n\n- https://github.com/lanternworks/ingest/issues/311\n\n## Action items\n\n- Add a lag alert on the ingest consumer group\n",
    items: ["Add a lag alert on the ingest consumer group"],
  },
  {
    branch: "items: capitalised, verb-led sub-bullets are deliverables of their own",
    markdown: [
      "- Cut the mobile app's cold-start time",
      "    - Move font loading off the main thread",
      "    - Create a startup-time panel per app version",
      "    - Write a short guide on lazy-loaded screens",
      "- Pin the base image of the ingest workers",
    ].join("\n"),
    items: [
      "Cut the mobile app's cold-start time",
      "Move font loading off the main thread",
      "Create a startup-time panel",
      "Write a short guide on lazy-loaded screens",
      "Pin the base image of the ingest workers",
    ],
  },
  {
    branch:
      "items: a writer who opens every line in lower case: verb-led sub-bullets are deliverables of their own",
    markdown: [
      "- cut the mobile app's cold-start time",
      "    - move font loading off the main thread",
      "    - create a startup-time panel per app version",
      "- pin the base image of the ingest workers",
    ].join("\n"),
    items: [
      "cut the mobile app's cold-start time",
      "move font loading off the main thread",
      "create a startup-time panel",
      "pin the base image of the ingest workers",
    ],
  },
  {
    branch:
      "items: all in lower case, sub-bullets still finish a parent cut off mid-sentence ('… that will:')",
    markdown: [
      "- we add a section on first steps to the on-call handbook that will:",
      "  - tell new responders to open a private channel",
      "  - tell the incident lead to post an update every half hour",
      "- pin the base image of the ingest workers",
    ].join("\n"),
    items: ["we add a section on first steps", "pin the base image of the ingest workers"],
  },
  {
    branch:
      "items: lower-case sub-bullets finish the parent's sentence; they are its criteria, not items",
    markdown: [
      "- The on-call handbook gets a new section on first steps that will:",
      "  1. tell new responders to",
      "     1. open a private incident channel before anything else",
      "  1. tell the incident lead to:",
      "     1. post an update every half hour",
      "- We will pin the base image of the ingest workers.",
    ].join("\n"),
    items: ["The on-call handbook gets a new section", "We will pin the base image"],
    expect: {
      annotations: [
        "tell new responders to",
        "open a private incident channel before anything else",
        "tell the incident lead to:",
        "post an update every half hour",
      ],
    },
  },
  {
    branch:
      "items: notes under an item annotate it; an issue or PR link under it is where it is tracked",
    markdown: [
      "- Cap the refill rate of the session cache at 200 keys per second",
      "  - The old limit lived in a config file nobody owned",
      "  - https://github.com/lanternworks/cache/pull/77",
      "- Pin the base image of the ingest workers",
    ].join("\n"),
    items: ["Cap the refill rate", "Pin the base image"],
    expect: {
      annotations: ["The old limit lived in a config file nobody owned"],
      trackers: ["https://github.com/lanternworks/cache/pull/77"],
    },
  },
  {
    branch:
      "items: a short label over lower-case sub-items is a group; the sub-items are the items",
    markdown: [
      "- Monitoring:",
      "  - add an alert on the cache hit ratio",
      "  - add a refill-rate panel to the cache dashboard",
    ].join("\n"),
    items: ["add an alert on the cache hit ratio", "add a refill-rate panel"],
  },
  {
    branch: "items: a hard-wrapped line is one item; its continuation is no item of its own",
    markdown: [
      "# Post-mortem: nightly export overran",
      "",
      "## Follow-up",
      "",
      "Move the nightly export off the primary database, so that the reporting queries",
      "stop competing with checkout writes (OPS-51)",
      "Add a replica-lag panel to the export dashboard (OPS-52)",
    ].join("\n"),
    items: ["Move the nightly export off the primary database", "Add a replica-lag panel"],
    expect: { trackers: ["OPS-51"] },
  },
  {
    branch: "items: short lower-case lines are one item each, not one wrapped line",
    markdown:
      "# Post-mortem: nightly export overran\n\n## Next steps\n\nadd an alert on the export's runtime\nresize the reporting replica\n",
    items: ["add an alert on the export's runtime", "resize the reporting replica"],
  },
  {
    branch:
      "items: long lower-case lines that each open with a verb are one item each, not one wrapped line",
    markdown: [
      "# Post-mortem: nightly export overran",
      "",
      "## Next steps",
      "",
      "add an alert when the nightly export runs past its window (OPS-61)",
      "resize the reporting replica for twice the month-end peak (OPS-62)",
    ].join("\n"),
    items: [
      "add an alert when the nightly export runs past its window",
      "resize the reporting replica",
    ],
  },
  {
    branch: "items: a section of several one-sentence-group paragraphs has one item per paragraph",
    markdown: [
      "# Post-mortem: nightly export overran",
      "",
      "## Follow-up",
      "",
      "The export job should page someone when it runs past its window. Today it fails",
      "silently and nobody looks until the morning.",
      "",
      "The reporting replica is too small for month-end queries. We should size it for",
      "twice the current peak.",
    ].join("\n"),
    items: ["The export job should page someone", "The reporting replica is too small"],
  },
  {
    branch:
      "items: paragraphs that tell what happened, proposing nothing, stay prose under an action heading",
    markdown: [
      "# Post-mortem: nightly export overran",
      "",
      "## Follow-up",
      "",
      "We moved the export to the replica at 02:10. The job finished by 02:40.",
      "",
      "The team met the next morning. Everyone agreed the move was the right call.",
    ].join("\n"),
    items: [],
  },
  {
    branch:
      "items: a single paragraph of commitments under an action heading is one item (the labels count every entry there)",
    markdown:
      "# Post-mortem: nightly export overran\n\n## What we are changing\n\nWe are moving the export to the replica, and we will page on its runtime. We'll also resize the replica.\n",
    items: ["We are moving the export"],
  },
  {
    branch: "items: a single paragraph of story under an action heading is prose",
    markdown:
      "# Post-mortem: nightly export overran\n\n## What we are changing\n\nThe export ran into the morning. The replica was too small for it.\n",
    items: [],
  },
  {
    branch: "items: a paragraph tagged DONE, TODO or DOING is an item outside any action section",
    markdown: [
      "# Post-mortem: status API went dark",
      "",
      "## Lessons learned",
      "",
      "Restarting the cache by hand took longer than expected.",
      "",
      "**DONE**: Mirela added the status API to the synthetic checks.",
      "",
      "**TODO**: page the storage on-call when a pool passes 85% full.",
      "",
      "**DOING** the nightly backup job verifies its checksum before upload.",
    ].join("\n"),
    items: [
      "Mirela added the status API",
      "page the storage on-call",
      "the nightly backup job verifies",
    ],
    expect: { status: "done" },
  },
  {
    branch: "items: a TODO of two words and no verb is the writer's note, not an action",
    markdown: "# Post-mortem: status API went dark\n\n## Appendix\n\nTODO: vendor email\n",
    items: [],
  },
  {
    branch: "items: a list right under an 'Action point:' line annotates it",
    markdown: [
      "# Post-mortem: status API went dark",
      "",
      "## Reaching the CDN team",
      "",
      "Action point: add the CDN operators to our incident pager rotation.",
      "- This has been done. They joined the rotation last week.",
      "",
      "Action point: add a runbook link to the pager alert.",
    ].join("\n"),
    items: ["add the CDN operators", "add a runbook link"],
    expect: { annotations: ["This has been done. They joined the rotation last week."] },
  },
  {
    branch:
      "items: an 'Action item:' line wrapped over two lines is one item with its continuation",
    markdown: [
      "# Post-mortem: status API went dark",
      "",
      "## Monitoring",
      "",
      "**Action item:** add a synthetic check for every public API route that we list in the",
      "developer docs (OPS-77).",
    ].join("\n"),
    items: ["add a synthetic check for every public API route"],
    expect: { trackers: ["OPS-77"] },
  },
  {
    branch:
      "items: under a lesson, 'Actions taken:' lists finished follow-ups beside 'Actions planned:'",
    markdown: [
      "# Post-mortem: certificate expiry",
      "",
      "## Lessons learned",
      "",
      "### Renewal reminders",
      "",
      "Nobody saw the renewal mail, because it went to a former employee.",
      "",
      "**Actions taken:**",
      "",
      "1. We have moved renewal mail to the on-call alias.",
      "",
      "**Actions planned:**",
      "",
      "1. We will add an expiry check to the nightly audit.",
    ].join("\n"),
    items: ["We have moved renewal mail", "We will add an expiry check"],
    expect: { status: "done" },
  },
  {
    branch: "items: 'Actions taken:' outside a lesson is the incident response, not follow-up work",
    markdown:
      "# Post-mortem: certificate expiry\n\n## Resolution\n\n**Actions taken:**\n\n- Restarted the proxy fleet\n- Renewed the certificate by hand\n",
    items: [],
  },
  {
    branch:
      "items: a singular 'Action taken:' label makes the paragraph under it one action and a list under that its content",
    markdown: [
      "# Post-mortem: certificate expiry",
      "",
      "## Lessons learned",
      "",
      "### Pausing the sync workers",
      "",
      "**Action taken:**",
      "",
      "We've agreed when to pause the sync workers during an incident. The on-call lead",
      "decides, using these rules:",
      "",
      "- When writes are being lost, pause them at once.",
      "- In every other case, keep them running.",
    ].join("\n"),
    items: ["We've agreed when to pause the sync workers"],
    expect: {
      status: "done",
      annotations: [
        "When writes are being lost, pause them at once.",
        "In every other case, keep them running.",
      ],
    },
  },
  {
    branch:
      "items: 'Action taken:' (under a lesson) and 'Action planned:' label the line they open",
    markdown: [
      "# Post-mortem: certificate expiry",
      "",
      "## Lessons learned",
      "",
      "**Action taken:** The notice template now lives in our",
      "[operations handbook](https://example.org/handbook).",
      "",
      "**Action planned:** we will publish the notice within a day of the fix.",
    ].join("\n"),
    items: [
      "The notice template now lives in our operations handbook.",
      "we will publish the notice within a day",
    ],
    expect: { status: "done" },
  },
  {
    branch:
      "items: a bare line that opens with a verb keeps a second sentence of detail; one that does not is prose",
    markdown: [
      "# Post-mortem: sessions dropped",
      "",
      "## Follow-up",
      "",
      "Add a schema check to the import job. In particular, reject rows with empty keys.",
      "We went through every alert that fired. Most of them were noise.",
    ].join("\n"),
    items: ["Add a schema check to the import job"],
  },
  {
    branch: "items: a bare line that opens with a named owner keeps its sentence of detail",
    markdown: [
      "# Post-mortem: sessions dropped",
      "",
      "## Follow-up",
      "",
      "Priya: move session storage to the new cluster. The old one ran out of memory twice.",
      "We went through every alert that fired. Most of them were noise.",
    ].join("\n"),
    items: ["move session storage to the new cluster"],
    expect: { owners: ["Priya"] },
  },
  {
    branch:
      "items: under 'lessons and improvements', a paragraph mostly of actions is the action list, wishes included",
    markdown: [
      "# Post-mortem: sessions dropped",
      "",
      "## Lessons learned and future improvements",
      "Add fuzz tests for the ledger encoder.",
      "Minimize cross-region calls in the checkout path.",
      "Paid red-team review of the payment service.",
      "Publish a public uptime page for the API.",
    ].join("\n"),
    items: [
      "Add fuzz tests",
      "Minimize cross-region calls",
      "Paid red-team review",
      "Publish a public uptime page",
    ],
  },
  {
    branch: "items: under 'lessons and improvements', lessons beside a single action stay silent",
    markdown: [
      "# Post-mortem: sessions dropped",
      "",
      "## Lessons learned and next steps",
      "Alerts on queue age fired too late.",
      "Rotating keys without overlap breaks sessions.",
      "Nobody owned the rotation script.",
      "Add an overlap check to the rotation script.",
    ].join("\n"),
    items: ["Add an overlap check"],
  },
  {
    branch:
      "items: 'we will do the following:' closing a paragraph of story introduces a follow-up list; 'Finally, we will …' after it adds one more",
    markdown: [
      "# Post-mortem: replica lag",
      "",
      "## Recovery and what we learned",
      "",
      "The backlog cleared on its own once traffic fell. Nobody posted a status update while it lasted. To prevent a repeat, we will do the following:",
      "",
      "- We will alert on replica lag above thirty seconds.",
      "- We will post a status update within fifteen minutes of a page.",
      "",
      "Finally, we will move reads to the primary when lag grows. This removes stale reads entirely. In detail:",
      "",
      "- Reads fall back to the primary above a lag threshold.",
      "- The threshold is set per service.",
      "",
      "We are sorry for the disruption.",
    ].join("\n"),
    items: [
      "We will alert on replica lag",
      "We will post a status update",
      "Finally, we will move reads to the primary",
    ],
    item: "Finally",
    expect: {
      annotations: [
        "Reads fall back to the primary above a lag threshold.",
        "The threshold is set per service.",
      ],
    },
  },
  {
    branch: "items: 'Finally, we will …' after a list that is no follow-up list stays prose",
    markdown: [
      "# Post-mortem: replica lag",
      "",
      "## Timeline",
      "",
      "- 10:00 the lag alert fires",
      "- 10:20 traffic falls and the backlog clears",
      "",
      "Finally, we will publish this review to the whole team.",
    ].join("\n"),
    items: [],
  },
  {
    branch:
      "items: the text between an action heading and its sub-headings introduces them when they list the items",
    markdown: [
      "# Post-mortem: parser release broke old clients",
      "",
      "## Remediation",
      "",
      "The parser fix shipped in 3.1.2 and every client reconnected.",
      "",
      "### Short term",
      "",
      "- [x] Roll back the parser change",
      "",
      "### Long term",
      "",
      "- Add a contract test between the parser and the SDK",
    ].join("\n"),
    items: ["Roll back the parser change", "Add a contract test"],
  },
  {
    branch: "items: bare lines over sub-sections that list nothing are the items after all",
    markdown: [
      "# Post-mortem: parser release broke old clients",
      "",
      "## Next steps",
      "",
      "Add a contract test between the parser and the SDK",
      "Pin the SDK version in the mobile app",
      "",
      "### Notes",
      "",
      "The SDK team agreed to both in the review.",
    ].join("\n"),
    items: ["Add a contract test", "Pin the SDK version"],
  },
  {
    branch:
      "items: a list under a paragraph that goes on past its 'Action point:' line is not that action's notes",
    markdown: [
      "# Post-mortem: status API went dark",
      "",
      "## Paging",
      "",
      "Action point: add a runbook link to the pager alert.",
      "The alert fired twice before anyone found the runbook.",
      "- The runbook lived in an old document space.",
    ].join("\n"),
    items: ["add a runbook link"],
    expect: { annotations: [] },
  },
  {
    branch:
      "items: a commitment after a short opening phrase ('Over the next two weeks, we will …') is an item; hindsight ('we should have …') is not",
    markdown: [
      "## What we are doing about it",
      "",
      "In hindsight, we should have staged the rollout. Nobody saw the error rate for 20 minutes.",
      "",
      "Over the next two weeks, we will add health checks that halt a rollout. We are also reviewing our edge alert thresholds.",
      "",
      "Longer term, we plan to build a traffic-replay environment. We expect it to land early next year.",
    ].join("\n"),
    items: ["we will add health checks", "Longer term, we plan to build"],
    expect: { owners: [], deadline: "Over the next two weeks" },
  },
  {
    branch:
      "items: under a title that says follow-ups, a retro's Keep and Start lists are no items and the title's sprint no deadline",
    markdown:
      "# Sprint 12 retrospective and follow-ups\n\n## Keep\n\n- Pairing on hotfixes.\n\n## Start\n\n- Use the canary for every deploy.\n\n## Action items\n\n- [ ] Ines: block deploys after 14:00 on Fridays (SF-90)\n",
    items: ["block deploys"],
    expect: { owners: ["Ines"], deadline: null, trackers: ["SF-90"] },
  },
  {
    branch: "items: a title's issue number is the incident's, not its items' tracker",
    markdown:
      "# Incident report: recommendations outage #41\n\n## Follow-ups\n\n- [ ] Ines: cap the ranker's batch size at 64\n",
    expect: { owners: ["Ines"], trackers: [] },
  },
  {
    branch: "items: a list right under a title that says follow-ups is still read",
    markdown: "# Incident follow-ups\n\n- Cap the ranker's batch size at 64 (OPS-91)\n",
    items: ["Cap the ranker's batch size"],
    expect: { trackers: ["OPS-91"] },
  },
  {
    branch: "items: a numbered 'AI-5:' line beside a list is an item of its own",
    markdown:
      "1) Cap the export's lock wait at 5s (LED-88)\n\nAI-5: Write the runbook page for a stalled export (LED-92)\n",
    items: ["Cap the export's lock wait", "Write the runbook page"],
    item: "Write the runbook page",
    expect: { trackers: ["LED-92"] },
  },
  {
    branch:
      "items: sub-items led by their owner's name and a verb ('Dana Whitfield: Write …', '[Ben Cho] Create …') are deliverables of their own",
    markdown:
      "- Raise the share of services that declare a health probe\n    - Dana Whitfield: Write a probe guide for service owners\n    - [Ben Cho] Create a dashboard of services without probes\n",
    items: ["Raise the share", "Write a probe guide", "Create a dashboard"],
    item: "Create a dashboard",
    expect: { owners: ["Ben Cho"] },
  },
  {
    branch:
      "items: sub-items that name a component before a colon and report a finding are notes of the item above",
    markdown:
      "- Raise the share of services that declare a health probe\n    - Kafka consumers: the probe is missing on every pod\n    - Billing API: the probe points at the wrong port\n",
    items: ["Raise the share"],
  },
  {
    branch:
      "items: sub-items led by their ticket or date and a verb ('[OPS-12] Write …', 'By 2027-03-31: Create …') are deliverables of their own",
    markdown:
      "- Raise the share of services that declare a health probe\n    - [OPS-12] Write a probe guide for service owners\n    - By 2027-03-31: Create a dashboard of services without probes\n",
    items: ["Raise the share", "Write a probe guide", "Create a dashboard"],
    item: "Create a dashboard",
    expect: { deadlineDate: "2027-03-31" },
  },
  {
    branch:
      "items: open boxes under a '**Review actions**:' label, in a page with no action heading, are listed once",
    markdown:
      "# Incident log\n\n## Portal outage, 2026-11-02\n\n- **Impact**: the portal was down for an hour\n- **Review actions**:\n  - [ ] Add a lag alert on the relay at 30s\n  - [ ] Cap the retry queue at 500 messages\n",
    items: ["Add a lag alert", "Cap the retry queue"],
  },
  {
    branch:
      "items: deliverables under a parent, each with its own field sub-bullets ('- Owner: …'), are items with those fields",
    markdown:
      "- Raise the share of services that declare a health probe\n  - Create a dashboard of services without probes\n    - Owner: Dana Whitfield\n  - Write a probe guide for service owners\n    - Owner: Ben Cho\n    - Due: 2027-03-31\n",
    items: ["Raise the share", "Create a dashboard", "Write a probe guide"],
    item: "Write a probe guide",
    expect: { owners: ["Ben Cho"], deadlineDate: "2027-03-31" },
  },
  {
    branch:
      "items: a 'we will also …' paragraph right after a table of follow-ups goes on with them, as after a list",
    markdown:
      "# Relay outage\n\nThe queue backed up for an hour. To prevent this from happening again we will make the following changes:\n\n| Action | Owner |\n| --- | --- |\n| Add a lag alert on the relay at 30s | Dana Whitfield |\n| Cap the retry queue at 500 messages | Ben Cho |\n\nLastly, we will move the relay to the new cluster by March. It clears the backlog for good.\n",
    items: ["Add a lag alert", "Cap the retry queue", "Lastly, we will move the relay"],
  },
  {
    branch:
      "items: under a 'we will make the following changes:' intro, a table's rows are the actions whatever its columns are called",
    markdown:
      "# Relay outage\n\nThe queue backed up for an hour. To prevent this from happening again we will make the following changes:\n\n| Change | Person |\n| --- | --- |\n| Add a lag alert on the relay at 30s | Dana Whitfield |\n| Cap the retry queue at 500 messages | Ben Cho |\n",
    items: ["Add a lag alert", "Cap the retry queue"],
    item: "Cap the retry queue",
    expect: { owners: ["Ben Cho"] },
  },
  {
    branch:
      "items: sub-items led by a label and a verb ('TODO: Write …', 'AI-7 Create …') are deliverables of their own",
    markdown:
      "- Raise the share of services that declare a health probe\n    - TODO: Write a probe guide for service owners\n    - AI-7 Create a dashboard of services without probes\n",
    items: ["Raise the share", "Write a probe guide", "Create a dashboard"],
  },
  {
    branch:
      "items: labelled lines ('TODO: …') under a '**Review actions**:' label, in a page with no action heading, are listed once",
    markdown:
      "# Incident log\n\n## Portal outage, 2026-11-02\n\n- **Review actions**:\n  - TODO: Add a lag alert on the relay at 30s\n  - TODO: Cap the retry queue at 500 messages\n",
    items: ["Add a lag alert", "Cap the retry queue"],
  },
  {
    branch:
      "items: an item label in front of a bare issue link ('Action item: https://…/issues/88', 'AI-7 https://…') is an item named by the link",
    markdown:
      "- Action item: https://github.com/acme/api/issues/88\n- AI-7 https://github.com/acme/api/issues/89\n- Add a lag alert on the relay at 30s\n",
    items: [
      "https://github.com/acme/api/issues/88",
      "https://github.com/acme/api/issues/89",
      "Add a lag alert",
    ],
    expect: { trackers: ["https://github.com/acme/api/issues/88"] },
  },
  {
    branch:
      "labelled line: a sentence of its paragraph that explains it ('The simplest fix is …') is the item's, with its link",
    markdown:
      "## Notes\n\n**TODO**: Dana Whitfield wants certificate expiry checked on every edge proxy (one lapsed on the status page in spring).\nThe simplest fix is a nightly job that pages at 14 days left ([see issue](https://github.com/acme/edge/issues/512))",
    expect: { trackers: ["https://github.com/acme/edge/issues/512"] },
  },
  {
    branch: "labelled line: a 'We will also …' sentence after it is not the labelled item's",
    markdown:
      "## Notes\n\n**TODO**: add a queue-depth alert on the ledger consumer at 500 (Ana Ruiz).\nWe will also remove the old dashboard (Ana Ruiz, https://github.com/acme/edge/issues/513).",
    expect: { trackers: [], text: "add a queue-depth alert on the ledger consumer at 500" },
  },
];
