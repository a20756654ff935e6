import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round G: a list of criteria or planning notes under its own
// label beside the actions, …
export const rows: FieldRow[] = [
  {
    branch:
      "notes label: 'Acceptance criteria for the job:' over a list gives criteria, not items, even when they open with a verb",
    markdown:
      "- Add a lint rule that rejects schedules with overlapping windows (Noor Haddad)\n\nAcceptance criteria for the rule:\n\n- rejects a schedule whose windows overlap by a minute\n- passes every schedule in the repository today",
    items: ["Add a lint rule that rejects"],
  },
  {
    branch:
      "notes label: 'Things to keep in mind when planning these:' over a list gives notes, not items",
    markdown:
      "1. Move the cleanup job to Sunday night (Noor Haddad)\n\nThings to keep in mind when planning these:\n\n- Shops close early in the holidays, so Saturday may suit better.\n- The next vendor build is due in spring.",
    items: ["Move the cleanup job to Sunday night"],
  },
  {
    branch:
      "done heading: '… already implemented' under a measures heading says its items are finished",
    markdown:
      "## Remediation measures\n\n### Measures already implemented\n\n- Key each batch once, not per attempt (Marek Novak)\n\n### Measures planned\n\n- Query the gateway before any resubmission (Marek Novak)",
    expect: { status: "done" },
  },
  {
    branch:
      "done heading: 'Immediate (completed during the incident window)' says its items are finished",
    markdown:
      "## Corrective actions\n\n### Immediate (completed during the incident window)\n\n- Raised a vendor case with the switch maker\n\n### Short-term\n\n- Lower-case every APN in the templates (Li Wei)",
    expect: { status: "done" },
  },
  {
    branch: "done heading: 'Long-term (completed by Q2)' gives a target, so its items stay open",
    markdown:
      "## Corrective actions\n\n### Long-term (completed by Q2 2027)\n\n- Lower-case every APN in the templates (Li Wei)",
    expect: { status: "open" },
  },
  {
    branch:
      "list intro: 'We have already made the following changes:' over a list marks its items done, and a later 'we will:' list stays open",
    markdown:
      "## What we are changing\n\nWe have already made the following changes:\n\n- The sweeper now moves at most two shards per node at a time.\n\nOver the next month we will:\n\n- Add a command that reverses a shard move in flight.",
    items: ["The sweeper now moves", "Add a command that reverses"],
    expect: { status: "done" },
  },
  {
    branch: "list intro: a later 'we will:' list under the same heading stays open",
    markdown:
      "## What we are changing\n\nWe have already made the following changes:\n\n- The sweeper now moves at most two shards per node at a time.\n\nOver the next month we will:\n\n- Add a command that reverses a shard move in flight.",
    item: "Add a command that reverses",
    expect: { status: "open" },
  },
  {
    branch:
      "list intro: 'We have identified the following actions:' names the work, its items stay open",
    markdown:
      "## Actions\n\nWe have identified the following actions:\n\n- Add a command that reverses a shard move in flight.",
    expect: { status: "open" },
  },
  {
    branch:
      "lettered lines: a line indented under 'b) …' goes on with that item, not an item of its own",
    markdown:
      "b) Dashboard: show the bypass state of every module on the hall screen. Owner: Critical\n   Environment Engineering. Target 2026-12-15.\nc) Handover sheet: add a field for kit in bypass (Rosa Vidal)",
    items: ["Dashboard: show the bypass state", "Handover sheet: add a field"],
    expect: { owners: ["Critical Environment Engineering"], deadline: "2026-12-15" },
  },
  {
    branch:
      "section numbers: a line indented under '4.2.2 …' goes on with that item, not an item of its own",
    markdown:
      "4.2.1 Gateway timeouts will be treated as unknown and settled by a status query\n      before any resubmission. Responsible: Marek Novak.\n      Tracked as PAYENG-2210.\n\n4.2.2 The scenario library will gain a double submission case. Responsible: Ruth Okafor.",
    expect: { trackers: ["PAYENG-2210"], owners: ["Marek Novak"] },
  },
  {
    branch: "lettered lines: an indented 'Owner:' line under 'e) …' is that item's field",
    markdown:
      "e) Go through single-corded racks in Hall B with Sales and offer switch units.\n   Owner: Customer Operations (Leonie Brandt).\nf) Add a field for kit in bypass to the handover sheet (Rosa Vidal)",
    items: ["Go through single-corded racks", "Add a field for kit in bypass"],
    expect: { owners: ["Leonie Brandt"] },
  },
  {
    branch:
      "label line: a person's name on a line of its own over a list owns that list's items, the next name the next list's",
    markdown:
      "# Incident: stale carousel\n\n**Written by:** Kwame Boateng, Lise Berg\n\n## Action items\n\nLise Berg\n- Make the stock filter drop an item whose flag is missing\n\nKwame Boateng\n- Page when the filtered share halves hour over hour",
    item: "Page when the filtered share halves",
    expect: { owners: ["Kwame Boateng"] },
  },
  {
    branch: "label line: 'Catalogue team (via their lead)' over a list makes the team its owner",
    markdown:
      "Catalogue team (via their lead)\n- Announce schema changes a week ahead in the data channel",
    expect: { owners: ["Catalogue team"], ownerIsGroup: true },
  },
  {
    branch: "label line: a topic on a line of its own over a list names no owner",
    markdown: "Alerting\n- Page when the filtered share halves hour over hour",
    expect: { owners: [] },
  },
  {
    branch:
      "past tense: a reduced passive with its particle ('Firmware rolled back to 7.1 …') under containment actions reports it done",
    markdown:
      "## Interim containment actions\n\n- Printer firmware rolled back to 7.1 on both lines on 28 Oct by the service desk.",
    expect: { status: "done" },
  },
  {
    branch:
      "past tense: a two-word department as subject ('Customer service contacted the …') reports the work done",
    markdown:
      "## Interim containment actions\n\n- Customer service contacted the 312 affected recipients.",
    expect: { status: "done" },
  },
  {
    branch: "past tense: 'Parcels rescanned at the dock …' reports the work done",
    markdown:
      "## Interim containment actions\n\n- Outgoing parcels rescanned at the dock door before loading.",
    expect: { status: "done" },
  },
  {
    branch: "closing report: '— sent 11/25' after the owners reports the item done on that day",
    markdown:
      "- Send an apology and a credit to the customers who waited (Farah & Maya) — sent 11/25",
    expect: { status: "done", owners: ["Farah", "Maya"] },
  },
  {
    branch: "closing report: '— filed 11/25' reports a ticket filed, not the work done",
    markdown: "- Send an apology and a credit to the customers who waited — filed 11/25",
    expect: { status: "open" },
  },
  {
    branch: "owner placeholder: 'Responsible: to be confirmed.' names nobody yet",
    markdown:
      "- Refresh the classification training for the duty desk. Responsible: to be confirmed.",
    expect: { owners: [], ownerUnassigned: true },
  },
  {
    branch:
      "oversight line: 'The Risk Committee will monitor the measures above monthly' under the actions is no item, as a bare line",
    markdown:
      "Query the gateway before any resubmission (Marek Novak)\n\nThe Risk Committee will monitor the measures above monthly until closure.",
    items: ["Query the gateway before any resubmission"],
  },
  {
    branch:
      "oversight line: a closure report promised 'once all measures are complete' is no item, as a bare line",
    markdown:
      "Query the gateway before any resubmission (Marek Novak)\n\nWe will send a closure report to the regulator once all measures are complete.",
    items: ["Query the gateway before any resubmission"],
  },
  {
    branch: "oversight line: 'Actions are reviewed at the monthly safety meeting.' is no item",
    markdown:
      "a) Show the bypass state of each module on the hall screen (Rosa Vidal)\nb) Add a field for kit in bypass to the handover sheet (Rosa Vidal)\n\nActions are reviewed at the monthly safety meeting.",
    items: ["Show the bypass state", "Add a field for kit in bypass"],
  },
  {
    branch:
      "action heading: an ITIL record's 'Permanent fix / change requests' section holds the actions",
    markdown:
      "# Problem record: VPN failover at peak\n\n## Root cause\n\nHeartbeats share a saturated link.\n\n## Permanent fix / change requests\n\n- CHG0098120 — Move heartbeat traffic to its own interface on both units\n  Assigned to: Erik Nyström",
    items: ["Move heartbeat traffic to its own interface"],
    expect: { owners: ["Erik Nyström"] },
  },
  {
    branch: "group owner: a plural role in a cell ('Ward Matrons') is a group",
    markdown:
      "| Action | Lead | Target |\n|---|---|---|\n| Check the downtime packs on every ward | Ward Matrons | 2026-12-31 |",
    expect: { owners: ["Ward Matrons"], ownerIsGroup: true },
  },
  {
    branch: "group owner: a department as subject ('Pharmacy to produce …') is a group",
    markdown:
      "- Pharmacy to produce a list of time-critical medicines for the downtime pack by end of January.",
    expect: { owners: ["Pharmacy"], ownerIsGroup: true },
  },
  {
    branch:
      "section intro: 'Action owner: Rosa Vidal unless stated otherwise.' over a list names the owner of each item",
    markdown:
      "Action owner: Rosa Vidal unless stated otherwise.\n\n- Add a field for kit in bypass to the handover sheet.\n- Show the bypass state on the hall screen. Owner: Facilities team.",
    expect: { owners: ["Rosa Vidal"] },
  },
  {
    branch:
      "section intro: 'Action owner: …' over lettered lines names the owner of each line that names none",
    markdown:
      "Action owner: Rosa Vidal unless stated otherwise.\n\na) Add a field for kit in bypass to the handover sheet.\nb) Show the bypass state on the hall screen. Owner: Facilities team.",
    items: ["Add a field for kit in bypass", "Show the bypass state"],
    expect: { owners: ["Rosa Vidal"] },
  },
  {
    branch: "section intro: an item's own owner wins over the intro's, under lettered lines",
    markdown:
      "Action owner: Rosa Vidal unless stated otherwise.\n\na) Add a field for kit in bypass to the handover sheet.\nb) Show the bypass state on the hall screen. Owner: Facilities team.",
    item: "Show the bypass state",
    expect: { owners: ["Facilities team"] },
  },
];
