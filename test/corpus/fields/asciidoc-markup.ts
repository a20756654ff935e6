import type { FieldRow } from "../fieldRow";

// A post-mortem written in AsciiDoc ("== Follow-up work", "* item", "https://…[PR 12]"): its "=" headings are
// read as "#" ones and a link's bracketed text as the link's, not an owner (asciiDoc.ts). The same lines in a
// Markdown page with no "==" heading stay a paragraph.
const PAGE =
  "= Mirror outage\n\n== What happened\n\nThe mirror lost its disk.\n\n* Restarted the mirror by hand\n\n== Follow-ups\n\n";

export const rows: FieldRow[] = [
  {
    branch: "items: '== Follow-ups' in an AsciiDoc page is an action heading over its '*' list",
    markdown: `${PAGE}* Add a disk usage alert on the mirror at 80%\n`,
    items: ["Add a disk usage alert on the mirror at 80%"],
  },
  {
    branch:
      "owner: an AsciiDoc link's '[Resource Lock]' after its address is the link's text, not an owner",
    markdown: `${PAGE}* Protect the mirror address by adding a https://example.org/docs/locks[Resource Lock]\n`,
    expect: { owners: [] },
  },
  {
    branch: "items: a lone '= Title' line in a Markdown page with no '==' heading is no heading",
    markdown:
      "## Action items\n\n= not a heading\n\n- Add a disk usage alert on the mirror at 80%\n",
    items: ["Add a disk usage alert on the mirror at 80%"],
  },
];
