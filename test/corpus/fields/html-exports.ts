import type { FieldRow } from "../fieldRow";

// Pages exported from a wiki or a word processor, whose tables arrive as HTML: an HTML table is read as the
// same table in Markdown would be.
const INTRO_AND_TABLE =
  "## Recovery and lessons\n\n" +
  "The queue drained by itself once traffic fell. To prevent a repeat, we will make the following changes:\n\n" +
  "<table><thead><tr><th>Change</th><th>Who</th></tr></thead>\n" +
  "<tbody>\n" +
  "<tr><td>Cap the consumer prefetch at 50 messages</td><td>Ines Duarte</td></tr>\n" +
  "<tr><td>Page when the oldest message is older than ten minutes</td><td>Kofi Mensah</td></tr></tbody></table>\n\n" +
  "Finally, we will also rotate the broker credentials before the next release.";

export const rows: FieldRow[] = [
  {
    branch:
      "HTML table: 'we will make the following changes:' above it makes its rows actions outside any action heading",
    markdown: INTRO_AND_TABLE,
    items: [
      "Cap the consumer prefetch",
      "Page when the oldest message",
      "Finally, we will also rotate",
    ],
    expect: { owners: ["Ines Duarte"] },
  },
  {
    branch: "HTML table: 'Finally, we will also …' after it goes on with its actions",
    markdown: INTRO_AND_TABLE,
    item: "Finally, we will also rotate",
    expect: { owners: [], deadline: "before the next release" },
  },
];
