import type { FieldRow } from "../fieldRow";

// A follow-up section kept as a log: a date alone on its line heads the update written under it.
export const rows: FieldRow[] = [
  {
    branch: "items: a date alone on its line under a follow-up heading is no item",
    markdown: [
      "## Follow up",
      "",
      "March 3, 2026",
      "",
      "Add a counter for dropped relay events to the dashboard by March 20.",
    ].join("\n"),
    items: ["Add a counter for dropped relay events to the dashboard."],
  },
  {
    branch: "items: a weekday and a date alone are no item either",
    markdown: ["## Follow up", "", "Tue 14 April 2026", "", "Page the relay owner on drops."].join(
      "\n",
    ),
    items: ["Page the relay owner on drops."],
  },
];
