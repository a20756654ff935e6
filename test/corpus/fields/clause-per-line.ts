import type { FieldRow } from "../fieldRow";

// Prose written one clause per line, every line ending at a comma or a sentence's end, is read as its paragraph,
// not one item per sentence (parse/paragraphLines.ts hasClauseBreaks). Unbulleted items, one a line, stay items.
export const rows: FieldRow[] = [
  {
    branch:
      "items: a paragraph written one clause per line is read whole: a wish and the story after it, no item",
    markdown:
      "# Crawler abuse\n\n## Next steps\n\nAs a host of public documentation,\nwe would love to agree crawl limits with these companies.\nSo far none of them has replied,\nexcept to our abuse reports.\n",
    items: [],
  },
  {
    branch: "items: unbulleted lines, one action each, stay one item a line",
    markdown:
      "# Crawler abuse\n\n## Next steps\n\nAdd a rate limit of 100 requests a minute per agent.\nBlock agents that ignore robots.txt.\nAlert when zip downloads pass 1 TB a day.\n",
    items: [
      "Add a rate limit of 100 requests a minute per agent.",
      "Block agents that ignore robots.txt.",
      "Alert when zip downloads pass 1 TB",
    ],
  },
];
