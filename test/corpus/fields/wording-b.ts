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
];
