import type { FieldRow } from "../fieldRow";

// Shapes met in retros written as meeting notes by public bodies, museums and university teams (round real21f).
export const rows: FieldRow[] = [
  {
    branch: "owner-led line: '**ZT** Verb …' as a paragraph beside a list is an item of ZT's",
    markdown:
      "- Add a lag alert for the read replica\n\n**ZT** Move the disk alert into the storage channel",
    items: ["Add a lag alert", "Move the disk alert"],
    item: "Move the disk alert",
    expect: { owners: ["ZT"], ownerIsGroup: false },
  },
  {
    branch: "owner-led line: 'Name: verb …' as a paragraph beside a list is an item",
    markdown: "- Add a lag alert for the read replica\n\nOrla: Draft the failover runbook",
    items: ["Add a lag alert", "Draft the failover runbook"],
    item: "Draft the failover runbook",
    expect: { owners: ["Orla"] },
  },
  {
    branch: "owner-led line: '**Name** to verb …' beside a list is an item",
    markdown:
      "- Add a lag alert for the read replica\n\n**Orla** to notify the help desk once reads are back",
    items: ["Add a lag alert", "to notify the help desk"],
  },
  {
    branch: "owner-led line: a sentence of the story beside a list stays prose",
    markdown:
      "- Add a lag alert for the read replica\n\nWe spent an hour on the wrong replica before the alert fired.",
    items: ["Add a lag alert"],
  },
  {
    branch:
      "owner-led line over parts: '**ZT** Verb … for:' over non-verb sub-items is one item, its link its tracker",
    markdown:
      "**ZT** Add queue depth panels for:\n- the intake queue\n- the retry queue - https://github.com/acme/relay/issues/77",
    items: ["Add queue depth panels"],
    expect: {
      owners: ["ZT"],
      trackers: ["https://github.com/acme/relay/issues/77"],
      annotations: [
        "the intake queue",
        "the retry queue - https://github.com/acme/relay/issues/77",
      ],
    },
  },
  {
    branch:
      "owner-led line over parts: sub-items led by verbs are deliverables, so the line is not one item over them",
    markdown:
      "**ZT** Harden the relay:\n- Cap the retry queue at 500 messages\n- Page on intake lag over 10 minutes",
    items: ["Cap the retry queue", "Page on intake lag"],
  },
  {
    branch:
      "owner-led line over parts: a line with no owner in front over a list is a label, as before",
    markdown: "Dashboards for:\n- the intake queue\n- the retry queue",
    items: ["the intake queue", "the retry queue"],
  },
  {
    branch: "owner: bold initials right before the action name a person, not a team's acronym",
    markdown: "- **ZT** Move the disk alert into the storage channel",
    expect: { owners: ["ZT"], ownerIsGroup: false },
  },
  {
    branch: "owner: bold initials with a colon stay the acronym they read as ('**ZT**: …')",
    markdown: "- **ZT**: move the disk alert into the storage channel",
    expect: { owners: ["ZT"], ownerIsGroup: true },
  },
  {
    branch: "owner: a team word in bold before the action stays a group ('**SRE** Add …')",
    markdown: "- **SRE** Add an alert on replica lag over 30 seconds",
    expect: { owners: ["SRE"], ownerIsGroup: true },
  },
  {
    branch:
      "section: an italic question alone that names follow-up work heads the list under it as an action heading",
    markdown:
      "# Post-mortem: missing map tiles\n\nDate: 2026-11-20\n\n## Review\n\n*What steps are we taking so this is caught sooner?*\n\nWe could do the following:\n\n* page when the nightly tile job fails to start\n* add a smoke test that the map shows parcel outlines",
    items: ["page when the nightly tile job", "add a smoke test"],
  },
  {
    branch:
      "section: a template's italic prompt of two questions under a story heading opens no follow-up work",
    markdown:
      "# Post-mortem: missing map tiles\n\nDate: 2026-11-20\n\n## Recovery\n\n*How did we get the tiles back? How could we do it faster?*\n\n* restarted the tile job by hand\n* cleared the cache on both servers",
    items: [],
  },
  {
    branch:
      "section: an italic question about the story stays a paragraph, so the list under it holds no items",
    markdown:
      "# Post-mortem: missing map tiles\n\nDate: 2026-11-20\n\n## Review\n\n*Which users saw the blank map?*\n\n* visitors to the parcel search\n* the planning officers' console",
    items: [],
  },
  {
    branch: "section: 'What steps will we take' as a heading opens follow-up work",
    markdown:
      "# Post-mortem: missing map tiles\n\nDate: 2026-11-20\n\n## What steps will we take?\n\n- Page when the nightly tile job fails to start",
    items: ["Page when the nightly tile job"],
  },
  {
    branch: "section: 'What steps did we take' tells the response, not follow-up work",
    markdown:
      "# Post-mortem: missing map tiles\n\nDate: 2026-11-20\n\n## What steps did we take?\n\n- Restarted the tile job by hand",
    items: [],
  },
  {
    branch:
      "vague: 'some' before a plural object leaves which ones open ('mute paging for some disk checks')",
    markdown: "- Mute paging for some disk checks on the batch hosts",
    expect: { verb: "vague" },
  },
  {
    branch:
      "vague: the same action naming its checks is an outcome ('mute paging for the inode checks')",
    markdown: "- Mute paging for the inode checks on the batch hosts",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'has some rows' asks only that there be any, which can be checked",
    markdown: "- Add a smoke test that the parcel layer has some outlines after each import",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "vague: a degree word before a container passes to what it holds ('a better set of canary checks')",
    markdown: "- We are writing a better set of canary checks for the billing pages",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a container of named checks is an outcome ('a set of canary checks for …')",
    markdown: "- Write a set of canary checks for the three billing pages",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "wording: a verb alone above a list lends it to each item ('Look into' over topics is process)",
    markdown: "Look into\n- read replicas in a second region\n- a bigger cache node",
    item: "read replicas",
    expect: { verb: "process" },
  },
  {
    branch:
      "wording: a verb alone as a list item lends it to its sub-items ('- Explore:' over topics)",
    markdown: "- Explore:\n  - a queue for the nightly exports\n  - sharding the ledger table",
    item: "a queue for the nightly exports",
    expect: { verb: "process" },
  },
  {
    branch: "wording: an outcome verb alone above a list lends an outcome ('Add' over alerts)",
    markdown: "Add\n- a lag alert for the read replica\n- a panel for queue depth",
    item: "a lag alert",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: an item led by its own verb keeps its reading under a process verb line",
    markdown: "Look into\n- Cap the retry queue at 500 messages\n- a bigger cache node",
    item: "Cap the retry queue",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: a topic label above a list lends no verb ('Monitoring:' over alerts)",
    markdown: "Monitoring:\n- a lag alert for the read replica\n- a panel for queue depth",
    item: "a lag alert",
    expect: { verb: "outcome" },
  },
];
