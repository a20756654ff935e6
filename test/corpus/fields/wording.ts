import type { FieldRow } from "../fieldRow";

// The wording reader (server/src/core/parse/wording.ts): one row per branch of the judgement. "process"
// means the deliverable is an activity; "vague" that no end state can be checked; "outcome" that it can.
export const rows: FieldRow[] = [
  // Process: the leading verb.
  {
    branch: "process: a process verb leads",
    markdown: "- [ ] Rosa Lind: examine the image-cache eviction after the kiosk outage",
    expect: { verb: "process" },
  },
  {
    branch: "process: a two-word process phrase leads",
    markdown: "- [ ] Rosa Lind: dig into the duplicate SMS sends from the notifier",
    expect: { verb: "process" },
  },
  {
    branch: "process: watching with no end",
    markdown: "- [ ] Rosa Lind: keep an eye on the mail relay's bounce queue",
    expect: { verb: "process" },
  },
  {
    branch: "process: a process noun opens the item",
    markdown: "- [ ] Rosa Lind: analysis of the tile-server memory spikes",
    expect: { verb: "process" },
  },
  {
    branch: "process: a verb that needs a question after it has one",
    markdown: "- [ ] Rosa Lind: check whether the tile cache survives a node drain",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: the same verb with an object is a change",
    markdown: "- [ ] Rosa Lind: check the tile-cache Helm chart into the platform repository",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: an outcome clause after the process verb delivers a change",
    markdown: "- [ ] Rosa Lind: examine the bounce queue and add an alert when it holds over 2000 messages",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a question ending in a question mark",
    markdown: "- [ ] Rosa Lind: should the notifier drop sends older than an hour?",
    expect: { verb: "process" },
  },
  // The verb after a tag or a name that was not read as the owner.
  {
    branch: "process: the verb after a bracketed tag",
    markdown: "- [ ] [rlind?] look into the stale tile cache after reboots",
    expect: { verb: "process" },
  },
  {
    branch: "process: the verb after a parenthesised list that names no owner",
    markdown: "- [ ] (relay, kiosk) dig into the stale tile cache",
    expect: { verb: "process" },
  },
  {
    branch: "process: the verb after an acronym that names no owner",
    markdown: "- [ ] SRE check how the relay's bounce queue is drained",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: the verb after a bracketed tag",
    markdown: "- [ ] [rlind?] pin the tile-server image to the digest we tested",
    expect: { verb: "outcome" },
  },
  // Inquiry verbs followed by a question.
  {
    branch: "process: reflect on a decision",
    markdown: "- [ ] Rosa Lind: reflect on whether the kiosk rollout should have waited for the vendor",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: reflect a value somewhere is a change",
    markdown: "- [ ] Rosa Lind: reflect the new send quota on the notifier's settings page",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: identify places, not a change",
    markdown: "- [ ] Rosa Lind: identify places where the notifier retries without a cap",
    expect: { verb: "process" },
  },
  // Vague: no end state.

  {
    branch: "vague: a comparison with nothing to measure it by",
    markdown: "- [ ] Rosa Lind: make the tile server more resilient",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a lead that names a direction",
    markdown: "- [ ] Rosa Lind: bolster the kiosk fleet's update path",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an adjective wish opens the item",
    markdown: "- [ ] Rosa Lind: clearer paging for the mail relay",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a verb whose object is only an area",
    markdown: "- [ ] Rosa Lind: reduce toil for the notifier",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an outcome verb whose object is only an area",
    markdown: "- [ ] Rosa Lind: add alerting",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a noun phrase naming an area",
    markdown: "- [ ] Rosa Lind: alerting and observability",
    expect: { verb: "vague" },
  },
  // Outcome: a specific deliverable.
  {
    branch: "outcome: a number makes the end state checkable",
    markdown: "- [ ] Rosa Lind: lower the relay's retry limit from 12 to 4",
    expect: { verb: "outcome" },
  },

  {
    branch: "outcome: the change after working with a partner",
    markdown: "- [ ] Rosa Lind: work with the kiosk vendor to replace the update agent",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a named artefact to write",
    markdown: "- [ ] Rosa Lind: write a runbook page for draining a tile-server node",
    expect: { verb: "outcome" },
  },
];
