import type { FieldRow } from "../fieldRow";

// A degree word ("improved", "better") with no measure is vague when it qualifies an abstract head of its own
// noun phrase; the phrase ends where a new one starts ("next time", "when …"), so a word after that is not its head.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'the improved harness next time …' qualifies the harness, not 'time'",
    markdown:
      "## Action items\n\n- Re-run the load test with the improved harness next time the schema changes\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'better alerting coverage' is a degree of an abstract head with no measure",
    markdown: "## Action items\n\n- Better alerting coverage for the queue workers\n",
    expect: { verb: "vague" },
  },
];
