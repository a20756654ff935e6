import type { FieldRow } from "../fieldRow";

// A "Don't" sub-heading under recommendations lists what not to do: no work to finish.
export const rows: FieldRow[] = [
  {
    branch: "items: a 'DO NOT:' sub-heading under an action heading lists prohibitions, not items",
    markdown: [
      "# Post-mortem: database lost with its node",
      "",
      "## Recommendations",
      "",
      "- Add a second replica for the orders database",
      "",
      "### DO NOT:",
      "",
      "- Keep the only copy of a database on one node's disk",
      "- Skip the restore drill before a migration",
    ].join("\n"),
    items: ["Add a second replica for the orders database"],
  },
  {
    branch:
      "items: a sub-heading that only opens with 'Do not' names its own work and keeps its items",
    markdown: [
      "# Post-mortem: database lost with its node",
      "",
      "## Recommendations",
      "",
      "### Do not lose the orders data again",
      "",
      "- Add a second replica for the orders database",
    ].join("\n"),
    items: ["Add a second replica for the orders database"],
  },
];
