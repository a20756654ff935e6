import type { FieldRow } from "../fieldRow";

// A post whose body a blogging tool exported as HTML (parse/htmlBody.ts): its "<li>" lines are list items,
// a bold label on the line that closes a list opens its section, a link keeps its address.
// The inline style an export writes on every span, long enough to push a label far along its line.
const EXPORTED_STYLE =
  "margin: 0px; font-stretch: normal; font-size: 13px; line-height: normal; font-family: Arial; color: #000000; -webkit-text-stroke-color: #000000; -webkit-text-stroke-width: initial; font-kerning: none; background: none";

export const rows: FieldRow[] = [
  {
    branch: "items: HTML list items under an action heading, inline markup blanked",
    markdown:
      '# Post-mortem: cache outage\n\n## Follow-up actions\n\n<ul>\n  <li><span style="font-size: small;">Add a hit-rate alarm to the edge cache</span></li>\n  <li>Document the purge procedure</li>\n</ul>\n',
    items: ["Add a hit-rate alarm to the edge cache", "Document the purge procedure"],
  },
  {
    branch: "section: a bold label on the line that closes an HTML list opens the next section",
    markdown: `# Post-mortem: cache outage\n\n<p><strong>What went wrong</strong></p>\n<ul>\n<li>The purge ran against every region</li>\n</ul> <span style="${EXPORTED_STYLE}"><strong>Next steps</strong></span>\n<ul>\n<li>Add a confirmation step to the purge script</li>\n</ul>\n`,
    items: ["Add a confirmation step to the purge script"],
  },
  {
    branch: "tracker: an HTML link inside a list item keeps its address",
    markdown:
      '# Post-mortem: cache outage\n\n## Action items\n\n<ul>\n<li>Rotate the signing key, see <a href="https://tracker.example.com/browse/SEC-41">the ticket</a></li>\n</ul>\n',
    expect: { trackers: ["https://tracker.example.com/browse/SEC-41"] },
  },
  {
    branch: "table: a list inside an HTML table cell stays the cell's, the row keeps its owner",
    markdown:
      "# Post-mortem: cache outage\n\n## Action items\n\n<table>\n<tr><th>Action</th><th>Owner</th></tr>\n<tr>\n<td>\n<ul>\n<li>Add a hit-rate alarm to the edge cache</li>\n</ul>\n</td>\n<td>Ana</td>\n</tr>\n</table>\n",
    items: ["Add a hit-rate alarm to the edge cache"],
    expect: { owners: ["Ana"] },
  },
  {
    branch: "items: HTML list markup inside fenced code is an example, no items",
    markdown:
      "# Post-mortem: cache outage\n\n## Action items\n\n```html\n<ul>\n<li>Restart the pods</li>\n</ul>\n```\n",
    items: [],
  },
];
