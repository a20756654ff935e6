import type { FieldRow } from "../fieldRow";

// "highly available" is a quality with no measure; "available to …" hands a thing over.
export const rows: FieldRow[] = [
  {
    branch: "vague: 'make … highly available' is a quality with no measure",
    markdown: "- Make the ingress controller highly available\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'make … available to …' hands a thing over",
    markdown: "- Make the gateway logs available to the support desk\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a number of replicas says how available",
    markdown: "- Run the ingress controller as 3 replicas across zones\n",
    expect: { verb: "outcome" },
  },
];
