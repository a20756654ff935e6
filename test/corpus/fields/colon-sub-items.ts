import type { FieldRow } from "../fieldRow";

// An item that ends with a colon leaves its sentence open, and its sub-items finish it: "… and will add alerts
// on:" over "- packet loss, CPU and disk space" names the change (builder.ts judgeBySubItems). Without the
// colon, or with sub-items as vague as the item, the item stays vague.
export const rows: FieldRow[] = [
  {
    branch: "outcome: sub-items finish an item that ends with a colon",
    markdown:
      "## Action items\n\n- Improve alerting on the gateway. We only have liveness checks today, and will add alerts on:\n    - packet loss, CPU and disk space\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: sub-items as vague as the item do not finish it",
    markdown: "## Action items\n\n- Improve monitoring of the gateway:\n    - better dashboards\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: without a colon the sub-item is a note on the item",
    markdown:
      "## Action items\n\n- Improve monitoring of the gateway\n    - packet loss, CPU and disk space\n",
    expect: { verb: "vague" },
  },
];
