import type { FieldRow } from "../fieldRow";

// "How we'll do better" opens the follow-ups as "How we'll improve" does (lexicon/headings.ts); a paragraph
// that counts or announces the areas to improve ("There are two big areas of improvement …", "… a host of areas
// where we will improve") introduces the items and is none of them (parse/bareLines.ts INTRO_LINE).
export const rows: FieldRow[] = [
  {
    branch:
      "items: the paragraphs under 'How we'll do better' are follow-ups, the announcing one is not",
    markdown:
      "# Workspace outage\n\n## How we'll do better\n\nThere are two big areas of improvement that we can work on after this outage.\n\nWe will add a second DNS resolver in each cluster by the end of May.\n\nWe will page on node pressure above 90% for five minutes.\n",
    items: ["We will add a second DNS resolver", "We will page on node pressure"],
  },
  {
    branch: "items: '… a host of areas where we will improve' introduces the items",
    markdown:
      "# Workspace outage\n\n## How we can do better\n\nWe saw many parts fail in these incidents and take away a host of areas where we will improve.\n\nWe will cap image pulls per node at ten.\n",
    items: ["We will cap image pulls per node at ten."],
  },
];
