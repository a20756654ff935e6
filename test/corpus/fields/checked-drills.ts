import type { FieldRow } from "../fieldRow";

// A drill repeated on a schedule ("regularly test restores") leaves a result at each run; "regularly review" does not.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'Regularly test …' is a drill whose runs can be checked",
    markdown: "- Regularly test a full restore of the orders database on a spare host",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'periodically rotate …' is a drill whose runs can be checked",
    markdown: "- Periodically rotate the signing keys of the release bot",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'Regularly review …' is an activity with no end",
    markdown: "- Regularly review the alert thresholds for the queue",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: 'Continuously refine …' is an activity with no end",
    markdown: "- Continuously refine the fraud rules on the checkout",
    expect: { verb: "vague" },
  },
];
