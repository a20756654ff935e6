import type { FieldRow } from "../fieldRow";

// Hours are a timebox when led by "within", "in" or "next" with nothing before them that could take that long: a
// heading's "Do within 24 hours", "(within 48 hours)". After a verb they are a target for the system ("failover
// completes within 1 hour"), and unled they are an estimate ("first deploy: 2-3 hours").
export const rows: FieldRow[] = [
  {
    branch: "deadline: a sub-heading 'Do within 24 hours' timeboxes the items under it",
    markdown:
      "# Key leak\n\n## Recommendations\n\n### Critical: do within 24 hours\n\n- Revoke the leaked deploy token\n",
    expect: { deadline: "within 24 hours" },
  },
  {
    branch: "deadline: '(within 48 hours)' after the action is a timebox",
    markdown: "## Action items\n\n- Rotate the signing key (within 48 hours)\n",
    expect: { deadline: "within 48 hours", text: "Rotate the signing key" },
  },
  {
    branch: "deadline: 'completes within 1 hour' after a verb is a target, not a due date",
    markdown: "## Action items\n\n- Make sure a region failover completes within 1 hour\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: hours with no lead word are an estimate",
    markdown:
      "## Action items\n\n- Write down what a first install takes (first install: 2-3 hours)\n",
    expect: { deadline: null },
  },
];
