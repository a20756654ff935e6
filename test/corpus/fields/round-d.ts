import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round D: sub-tasks of ticked work, item labels that number
// the page's own list, team handles, logins in brackets, findings among numbered paragraphs.
export const rows: FieldRow[] = [
  {
    branch:
      "sub-task: deliverables under a ticked box, with no boxes of their own, are finished with it",
    markdown:
      "- [x] Roll back the bad flag config\n  - Add a guard that rejects an empty allow-list\n  - Test the guard in staging",
    item: "Test the guard in staging",
    expect: { status: "done" },
  },
  {
    branch: "sub-task: beside a sub-task with its own open box, a sub-item without one stays open",
    markdown:
      "- [x] Roll back the bad flag config\n  - [ ] Add a guard that rejects an empty allow-list\n  - Test the guard in staging",
    item: "Test the guard in staging",
    expect: { status: "open" },
  },
  {
    branch: "bare lines: a numbered paragraph that reports what was found is no item",
    markdown: [
      "**1. Page on consumer lag.** The alert fires when the lag passes 500 messages.",
      "",
      "**2. Cap the retry queue** so a stuck consumer cannot fill the disk.",
      "",
      "**3. Reading the broker logs** we noticed that the consumer stalls on every broker restart.",
    ].join("\n"),
    items: ["Page on consumer lag", "Cap the retry queue"],
  },
];
