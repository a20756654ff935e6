import type { FieldRow } from "../fieldRow";

// The wording reader on styles from teams the dev set does not hold, round B: checkable items that hold a
// word of a vague or process reading, and vague or process items in wordings the first rounds missed.
export const rows: FieldRow[] = [
  {
    branch: "outcome: 'as required' before a noun names a role, not 'as needed'",
    markdown: "- Add the fleet team as required approvers on the kiosk image repository",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'as required' closing the item still hedges",
    markdown: "- Restart the kiosk agents as required",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: a participle after a count describes, it reports nothing ('the 40 delayed orders')",
    markdown: "- **Delayed orders** — Re-queue the 40 delayed orders and notify their buyers.",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a direction with the thing it adds and what for ('with a step for …')",
    markdown: "- improve the release checklist with a step for feature-flag cleanup",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a direction with a thing added but not what it is for",
    markdown: "- Improve alerting with a dashboard",
    expect: { verb: "vague" },
  },
  {
    branch: "process: 'sanity-check' as one hyphenated verb",
    markdown: "- sanity-check the proxy's keep-alive settings",
    expect: { verb: "process" },
  },
  {
    branch: "process: finding the root cause is a study ('find the underlying reason why …')",
    markdown: "- [ ] Ilse Brandt: find the underlying reason why the spooler stalls",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: finding a thing and acting on it is a change",
    markdown: "- [ ] Ilse Brandt: find the stale spooler lock and delete it",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: going through settings with someone is a review",
    markdown: "- Go through the printer driver options with the supplier",
    expect: { verb: "process" },
  },
  {
    branch: "process: hashing out a plan with someone is talk",
    markdown: "- hash out the spooler failover plan with the print team",
    expect: { verb: "process" },
  },
  {
    branch: "process: consulting someone on a topic asks them",
    markdown: "- Consult procurement on the spooler licence terms",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: consulting a document, then a change",
    markdown: "- Consult the driver guide and set the spooler timeout to 90 seconds",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: getting a sense of something is a look",
    markdown: "- get a sense of how many wards print overnight",
    expect: { verb: "process" },
  },
  {
    branch: "process: poking at a thing is a look",
    markdown: "- poke around the spooler logs for other stalls",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: poking an endpoint on a cadence checks it",
    markdown: "- Poke the spooler health endpoint every 30 seconds",
    expect: { verb: "outcome" },
  },
];
