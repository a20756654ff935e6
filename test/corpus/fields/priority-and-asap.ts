import type { FieldRow } from "../fieldRow";

// "We will make it a priority to …" wraps the work, which is what is judged (wording/clause.ts PRIORITY_WRAP);
// "as soon as possible" names no reference to measure against (lexicon/specific.ts REFERENCE_STANDARD).
export const rows: FieldRow[] = [
  {
    branch: "vague: the work under 'make it a priority to' is judged ('raise awareness')",
    markdown: "- We will make it a priority to raise awareness of the integration guide.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a checkable change under 'make it a top priority to' stays a change",
    markdown: "- Make it a top priority to add a lag alarm at 30 s on the replica.\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'with greater attention … as soon as possible' names no reference",
    markdown:
      "- We will watch the consumer logs with greater attention and spot stalls as soon as possible.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'as fast as the old exporter' names the reference",
    markdown: "- Make the new exporter as fast as the old one.\n",
    expect: { verb: "outcome" },
  },
];
