import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round C: a linked ticket key, owners written as logins
// or with a role, speaker lines pasted from chat, sprint codes and date ranges, sub-tasks of done work.
export const rows: FieldRow[] = [
  {
    branch: "tracker: a key written as a link is one reference; the link is where it opens",
    markdown:
      "- Cap the retry queue at 10k messages [OPS-41](https://tracker.example.com/browse/OPS-41) — Ana Ruiz",
    expect: {
      owners: ["Ana Ruiz"],
      trackers: ["OPS-41"],
      text: "Cap the retry queue at 10k messages",
    },
  },
];
