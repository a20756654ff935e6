import type { FieldRow } from "../fieldRow";

// A condition clause first ("If the server keeps hanging, …") hands over to the verb after it, so a process verb
// there is judged as one would be at the start; an outcome verb there stays an outcome.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'If …, ask the vendor about …' is a question to someone",
    markdown:
      "## Action items\n\n- If the PLC keeps hanging, ask the vendor about its connection limit\n",
    expect: { verb: "process" },
  },
  {
    branch: "wording: 'When …, review …' is a review",
    markdown: "## Action items\n\n- When the queue backs up, review the consumer count\n",
    expect: { verb: "process" },
  },
  {
    branch: "wording: 'If …, add …' still adds something",
    markdown: "## Action items\n\n- If the deploy fails twice, add an automatic rollback\n",
    expect: { verb: "outcome" },
  },
];
