import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round F: a ticket tool's issue printed with all its fields,
// a write-up with no section headings whose list is labelled by a line of its own, a register's own row
// labels ("PA-02", zero-padded as no tracker writes its keys).
export const rows: FieldRow[] = [
  {
    branch:
      "field lines: a ticket's 'Reporter:' and 'Resolution:' lines under its title are fields, not items",
    markdown:
      "OPS-310 — Cap the retry budget of the sync worker\n  Assignee: Wanjiru Otieno\n  Reporter: Lars Eriksen\n  Resolution: Fixed\n\nOPS-311 — Page on sync backlog age\n  Assignee: Lars Eriksen",
    items: ["Cap the retry budget", "Page on sync backlog age"],
    expect: { owners: ["Wanjiru Otieno"] },
  },
  {
    branch:
      "field lines: a ticket's 'Sprint:' line is its deadline, and the lines after it still count",
    markdown:
      "OPS-312 — Page on sync backlog age\n  Reporter: Lars Eriksen\n  Sprint: Core Sprint 19\n  Assignee: Wanjiru Otieno",
    expect: { deadline: "Core Sprint 19", owners: ["Wanjiru Otieno"] },
  },
  {
    branch: "list item: 'Fix version:' and 'Sprint:' sub-lines of a bullet are its fields",
    markdown:
      "- Cap the retry budget of the sync worker\n  Owner: Wanjiru Otieno\n  Fix version: sync 4.2\n  Sprint: 31",
    items: ["Cap the retry budget"],
    expect: { owners: ["Wanjiru Otieno"], deadline: "31" },
  },
  {
    branch:
      "label line: 'What we are doing next:' over a list under a page title that says 'summary' opens the actions",
    markdown:
      "# Incident summary: print queue stalled\n\nThe queue stalled after the upgrade and we restarted it.\n\nWhat we are doing next:\n\n- Hana will pin the spooler version in the image\n- Add an alert on queue age over ten minutes",
    items: ["pin the spooler version", "Add an alert on queue age"],
    expect: { owners: ["Hana"] },
  },
  {
    branch: "row label: a 'Ref' column's zero-padded 'PA-02' numbers the row, no ticket",
    markdown:
      "| Ref | Action | Responsible |\n|---|---|---|\n| PA-02 | Check every scheduler for resends after a restart | Ruth Okafor |",
    expect: { trackers: [], owners: ["Ruth Okafor"] },
  },
  {
    branch: "key in front: a zero-padded 'RSK-007' before a bullet's action labels it, no ticket",
    markdown: "- RSK-007 Check every scheduler for resends after a restart (Ruth Okafor)",
    expect: { trackers: [], owners: ["Ruth Okafor"] },
  },
  {
    branch: "key in front: an unpadded 'OPS-7' before a bullet's action is its ticket",
    markdown: "- OPS-7 Check every scheduler for resends after a restart (Ruth Okafor)",
    expect: { trackers: ["OPS-7"] },
  },
  {
    branch:
      "section intro: 'All due by the end of cycle 12 unless noted.' over the list gives each item that deadline",
    markdown:
      "Tracked in the reliability project. All due by the end of cycle 12 unless noted.\n\n1. Alert on mail queue age over ten minutes (Ravi Menon)\n2. Pin the relay image digest (Ravi Menon, due 2027-02-01)",
    expect: { deadline: "by the end of cycle 12" },
  },
  {
    branch: "section intro: an item's own date wins over the intro's",
    markdown:
      "All due by the end of cycle 12 unless noted.\n\n1. Alert on mail queue age over ten minutes (Ravi Menon)\n2. Pin the relay image digest (Ravi Menon, due 2027-02-01)",
    item: "Pin the relay image digest",
    expect: { deadline: "due 2027-02-01" },
  },
  {
    branch: "section intro: a sentence that dates the incident sets no deadline",
    markdown:
      "These came out of the review on 2026-11-20.\n\n1. Alert on mail queue age over ten minutes (Ravi Menon)",
    expect: { deadline: null },
  },
  {
    branch:
      "page title: a '… Action (CAPA) Report' title names the page, so a sign-off table under it holds no items",
    markdown:
      "# Corrective and Preventive Action Report\n\n## Corrective actions\n\n| Action | Responsible | Target date |\n|---|---|---|\n| Hold each batch as sent before it goes out | Ruth Okafor | 2027-01-15 |\n\n## Sign-off\n\n| Role | Name | Date |\n|---|---|---|\n| Risk lead | Kofi Ansah | 2026-11-06 |",
    items: ["Hold each batch as sent"],
  },
  {
    branch: "heading: a 'Non-actions' section lists what the review chose not to do, no items",
    markdown:
      "# Incident 2026-11-16: image cache purge\n\n## Fixes\n\n* split the CDN tokens per zone (Ruth Okafor)\n\n## Non-actions\n\n* Keep the current CDN vendor; it behaved as configured.",
    items: ["split the CDN tokens per zone"],
  },
  {
    branch:
      "notes list: a 'See the [page](…)' pointer among the notes under 'Other notes:' leaves them notes",
    markdown:
      "1. Alert on mail queue age over ten minutes (Ravi Menon)\n\nOther notes:\n\n- The relay was healthy the whole time.\n- See the [relay handbook](https://example.com/handbook/relay.md) for the agreed limits.",
    items: ["Alert on mail queue age"],
  },
  {
    branch:
      "dash part: a dated line's action after the dash, with its ticket after a full stop, stays the action",
    markdown: "* 2026-12-10 — split the relay keys per region. ops#88 (Ruth Okafor)",
    expect: {
      text: "split the relay keys per region.",
      trackers: ["ops#88"],
      owners: ["Ruth Okafor"],
    },
  },
  {
    branch: "dash part: a clause then a second clause and a ticket after the dash stay the action",
    markdown:
      "* 2026-12-10 — split the relay keys per region; staging keys cannot reach prod. OPS-88",
    expect: {
      text: "split the relay keys per region; staging keys cannot reach prod.",
      trackers: ["OPS-88"],
    },
  },
  {
    branch:
      "typed sub-list: 'a.' lines under a numbered item end it, so the fields closing its own line are read",
    markdown:
      "1. Rewrite the key rotation guide to name every node – Owner - Ines Duarte – by 2027-01-20\n   a. Add a step that checks each node after rotating.\n   b. Have the change board sign it off.",
    expect: {
      owners: ["Ines Duarte"],
      deadline: "by 2027-01-20",
      text: "Rewrite the key rotation guide to name every node",
    },
  },
  {
    branch: "typed sub-list: '(a)' lines under a bullet end it, so its closing owner is read",
    markdown:
      "- Rewrite the key rotation guide to name every node (Ines Duarte)\n  (a) add a step that checks each node after rotating\n  (b) have the change board sign it off",
    expect: { owners: ["Ines Duarte"], text: "Rewrite the key rotation guide to name every node" },
  },
  {
    branch:
      "field sentence: 'Owner - Platform team.' after the action's sentence reads as 'Owner:'",
    markdown:
      "1. Probe each node on its own, not only through the balancer. Owner - Platform team. Target: 2027-03-31.",
    expect: {
      owners: ["Platform team"],
      ownerIsGroup: true,
      deadline: "2027-03-31",
      text: "Probe each node on its own, not only through the balancer.",
    },
  },
  {
    branch: "owner cell: a control function named '… Risk' is a group",
    markdown:
      "| Action | Responsible |\n|---|---|\n| Reconcile the suspense account every night | Credit Risk |",
    expect: { owners: ["Credit Risk"], ownerIsGroup: true },
  },
  {
    branch: "owner after a dash: 'Internal Audit' is a group",
    markdown: "- Check the failover log holds the in-flight batch step — Internal Audit",
    expect: { owners: ["Internal Audit"], ownerIsGroup: true },
  },
  {
    branch: "owner after a dash: two capitals nowhere else on the page are a person's initials",
    markdown: "- Move flag evaluation into a sidecar — KT",
    expect: { owners: ["KT"], ownerIsGroup: false },
  },
  {
    branch: "owner in brackets: capitals the page spells out as an organisation stay a group",
    markdown:
      "# Post-mortem: flag outage\n\nWe worked with Northwind Research (NR) on the fix.\n\n## Action items\n\n- Move flag evaluation into a sidecar (NR)",
    expect: { owners: ["NR"], ownerIsGroup: true },
  },
  {
    branch: "closing brackets: a short lower-case login beside a date is the owner ('(kt, by …)')",
    markdown: "* a second person approves purge-all in prod (kt, by 2027-01-10)",
    expect: { owners: ["kt"], ownerIsGroup: false, deadline: "by 2027-01-10" },
  },
  {
    branch: "closing brackets: a short lower-case login beside a ticket and a sprint is the owner",
    markdown:
      "* shed resizer traffic above twice normal with stale images (tdo, ops#412, sprint 31)",
    expect: { owners: ["tdo"], trackers: ["ops#412"] },
  },
  {
    branch:
      "section line: 'We will check progress on these at …' under 'Follow-up review' is a promise to report, no item",
    markdown:
      "# Post-mortem: boot loop\n\n## Action items\n\n- Add a rev B board to the test rig (Ines Duarte)\n\n## Follow-up review\n\nWe will check progress on these at the weekly fleet review.",
    items: ["Add a rev B board to the test rig"],
  },
  {
    branch: "list item: 'We will review progress against the actions …' in the list is no item",
    markdown:
      "- Add a rev B board to the test rig (Ines Duarte)\n- We will review progress against the actions in January.",
    items: ["Add a rev B board to the test rig"],
  },
  {
    branch: "past tense: 'We have already split …' under an action heading reports the work done",
    markdown: "- We have already split login and bulk mail onto separate sending domains.",
    expect: { status: "done" },
  },
  {
    branch:
      "labelled line: 'TODO: add a section … to the handbook' is work on another document, an item, not a note on the write-up",
    markdown:
      "## Lessons learned\n\n- Stale defaults hurt two services.\n- TODO: add a section on client release reviews to the service handbook (owner: Lena Park)",
    items: ["add a section on client release reviews"],
    expect: { owners: ["Lena Park"] },
  },
  {
    branch:
      "labelled line: 'TODO: add a section on the root cause' is about the write-up itself, no item",
    markdown:
      "## Lessons learned\n\n- Stale defaults hurt two services.\n- TODO: add a section on the root cause",
    items: [],
  },
];
