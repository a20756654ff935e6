import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round I (d): a board's card number linked to its card in
// front of the action, …
export const rows: FieldRow[] = [
  {
    branch:
      "card label: '[25Q3-14](card url) - Discuss …' — a card number that is no project key still labels the item, so the verb is read",
    markdown:
      "- [25Q3-14](https://trello.com/c/Ab12Cd34/14-exporter-pin) - Discuss why two regions still pin the old exporter.",
    expect: { verb: "process", deadline: null },
  },
  {
    branch:
      "card label: '[24Q1-7](card url) - Write …' — the digits of the card number are no quarter deadline",
    markdown:
      "- [24Q1-7](https://trello.com/c/Zx98Yw76/7-restore-guide) - Write the guide for restoring the log store.",
    expect: { verb: "outcome", deadline: null },
  },
  {
    branch:
      "card label: '[Write the guide](card url) - …' stays the action's own words, not a label",
    markdown:
      "- [Write the restore guide](https://trello.com/c/Zx98Yw76/7-restore-guide) for the log store (Ines Duarte)",
    expect: { owners: ["Ines Duarte"], verb: "outcome" },
  },
  {
    branch:
      "plural heading: 'Mitigations' on its own lists the ways to keep it from happening again, so its bullets are items",
    markdown:
      "# Post-mortem: the log store filled up\n\nDate: 2026-11-20\n\n## Mitigations\n\n- Set a retention period on the log store.\n- Alert when the volume is 80% full.\n\n## Supporting information\n\n- Grafana board for the log store",
    items: ["Set a retention period", "Alert when the volume"],
  },
  {
    branch: "plural heading: a numbered '4. Mitigations:' heading reads the same",
    markdown:
      "# Post-mortem: the log store filled up\n\nDate: 2026-11-20\n\n## 4. Mitigations:\n\n- Set a retention period on the log store.",
    items: ["Set a retention period"],
  },
  {
    branch:
      "singular heading: 'Mitigation' tells how the incident was stopped, so its bullets stay no items",
    markdown:
      "# Post-mortem: the log store filled up\n\nDate: 2026-11-20\n\n## Mitigation\n\n- Deleted the oldest chunks by hand.\n- Restarted the ingesters.\n\n## Action items\n\n- Set a retention period on the log store (Ines Duarte)",
    items: ["Set a retention period"],
  },
  {
    branch:
      "purpose-led intro: 'To keep the mirror from lapsing again, we have made some changes:' over a list, no action heading, introduces follow-up work",
    markdown:
      "# The package mirror was down\n\nDate: 2026-11-20\n\nThe mirror served an expired certificate for six hours.\n\nTo keep the mirror from lapsing again, we have made some changes, and longer term improvements are planned:\n\n1. A nightly job now renews the certificate and alerts on failure.\n2. The mirror will stop depending on the account service.",
    items: ["A nightly job now renews", "The mirror will stop depending"],
  },
  {
    branch:
      "purpose-led intro: later work in the intro ('longer term improvements are planned') leaves each item's own tense to say done",
    markdown:
      "# The package mirror was down\n\nDate: 2026-11-20\n\nTo keep the mirror from lapsing again, we have made some changes, and longer term improvements are planned:\n\n1. A renewal job has been added that alerts on failure.\n2. The mirror will stop depending on the account service.",
    item: "The mirror will stop depending",
    expect: { status: "open" },
  },
  {
    branch:
      "incident-led intro: 'To stop the bleeding we took the following steps:' tells the response, no items",
    markdown:
      "# The package mirror was down\n\nDate: 2026-11-20\n\nTo stop the bleeding we took the following steps:\n\n1. Pointed the mirror at the backup host.\n2. Renewed the certificate by hand.",
    items: [],
  },
  {
    branch:
      "done report: a later sentence that only judges how things stand ('… but that should not be an issue') asks for no more work",
    markdown:
      "- We have checked every region and none still runs the faulty build. One region runs an older build, but that should not be an issue.",
    expect: { status: "done" },
  },
  {
    branch: "done report: 'the new host should be enough' judges the change, the item stays done",
    markdown:
      "- We have moved the cache to the larger host. The new host should be enough for a year.",
    expect: { status: "done" },
  },
  {
    branch: "done report: a later 'we should also …' still asks for more work",
    markdown:
      "- We have moved the cache to the larger host. We should also alert before it fills, which should not be an issue.",
    expect: { status: "open" },
  },
  {
    branch:
      "heading: 'Firewall change - prevention system' names a thing that was built, not a list of work, so its bullets are no items",
    markdown:
      "# Post-mortem: the relay address went dark\n\nDate: 2026-11-20\n\n## Changes made\n\n### 2. Firewall change - prevention system\n\n**Rebuilt rule loader:**\n- writes the firewall table once per boot\n- drops duplicate rules before a reload\n\n## Action items\n\n- Add an outside probe for the relay address (Ines Duarte)",
    items: ["Add an outside probe"],
  },
  {
    branch: "heading: 'Prevention' on its own still opens the follow-up work",
    markdown:
      "# Post-mortem: the relay address went dark\n\nDate: 2026-11-20\n\n## Prevention\n\n- Add an outside probe for the relay address.",
    items: ["Add an outside probe"],
  },
  {
    branch:
      "topic sub-heading over prose: 'We are now working to bring … back' under an action heading is a commitment, so an item",
    markdown:
      "# Post-mortem: the chain stalled\n\nDate: 2026-11-20\n\n## What we are doing to prevent a repeat\n\n### Validator restoration\n\nWe are now working to bring the signer pool back to twelve nodes. New signers join next week.",
    items: ["We are now working to bring"],
  },
  {
    branch:
      "topic sub-heading over prose: 'All future schema migrations will run …' states a rule for what comes next, so an item",
    markdown:
      "# Post-mortem: the chain stalled\n\nDate: 2026-11-20\n\n## What we are doing to prevent a repeat\n\n### Migration policy (P0)\n\nAll future schema migrations will run against a copy of last night's backup first. A dry run is the minimum even for a hotfix.",
    items: ["All future schema migrations will run"],
  },
  {
    branch:
      "formalise: 'Formalise a checklist for restoring the billing database' names a document one can open, so an outcome",
    markdown: "- Formalise a checklist for restoring the billing database (Ines Duarte)",
    expect: { verb: "outcome" },
  },
  {
    branch: "formalise: 'Formalise the on-call process' names no end state, still vague",
    markdown: "- Formalise the on-call process (Ines Duarte)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "milestone: '%C3' escaped inside a link's address is a letter of the address, no milestone deadline",
    markdown:
      "- [OPS-31](https://trello.com/c/K4Qy/31-%C3%A9t%C3%A9-export) - Write the log recovery guide (Ines Duarte)",
    expect: { deadline: null },
  },
  {
    branch: "milestone: '%\"17.2\"' after a space stays the item's timebox",
    markdown: '- Write the log recovery guide %"17.2" (Ines Duarte)',
    expect: { deadline: "milestone 17.2" },
  },
  {
    branch:
      "wrapped bare line: '… rejects pushes' over '2027-03-15 because of the retired key format' is one item, the date the wrap put in front",
    markdown:
      "# Post-mortem: deploys stopped\n\nDate: 2026-11-20\n\n## Action items\n\n[OPS-498](https://example.atlassian.net/browse/OPS-498) - The build runner rejects pushes\n2027-03-15 because of the retired signing-key format",
    items: ["The build runner rejects pushes"],
  },
  {
    branch: "dated bare lines: lines that each open with a date are a list, not one wrapped line",
    markdown:
      "# Post-mortem: deploys stopped\n\nDate: 2026-11-20\n\n## Action items\n\n2027-01-10 rotate the deploy key on every agent\n2027-02-01 remove the old key format from the agent",
    items: ["rotate the deploy key", "remove the old key format"],
  },
  {
    branch:
      "framing lead: 'At a broader level, focus on …' — the verb after the framing phrase is read, a direction",
    markdown: "- At a broader level, focus on getting the new platform ready (Ines Duarte)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "framing lead: 'Longer term, add a second uplink' — the verb after the framing phrase is an outcome",
    markdown: "- Longer term, add a second uplink at the east site (Ines Duarte)",
    expect: { verb: "outcome" },
  },
];
