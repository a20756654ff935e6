import type { FieldRow } from "../fieldRow";

// "To one policy per team", "into a single bucket for each region": one of a thing for each is a count, as a
// number is (lexicon/specific.ts SPECIFIC_MARK), so the direction before it has an end state to check.
export const rows: FieldRow[] = [
  {
    branch: "verb: 'Simplify the alert routing to one policy per team' has its end state",
    markdown: "- Simplify the alert routing to one policy per team\n",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "verb: 'Streamline the dashboards into a single dashboard for each service' has its end state",
    markdown: "- Streamline the dashboards into a single dashboard for each service\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "verb: 'Simplify the alert routing' alone is vague",
    markdown: "- Simplify the alert routing\n",
    expect: { verb: "vague" },
  },
  {
    branch: "verb: 'Streamline handoffs to one that works' names no count",
    markdown: "- Streamline handoffs to one that works\n",
    expect: { verb: "vague" },
  },
];
