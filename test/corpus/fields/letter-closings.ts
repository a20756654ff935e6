import type { FieldRow } from "../fieldRow";

// The closing of a published letter under the last action heading ("Cheers, the on-call crew!") signs the page
// off, no item (lineShapes.ts); a line that only starts with the same word is still work.
export const rows: FieldRow[] = [
  {
    branch: "items: 'Cheers, <signers>!' after the last paragraph of work is no item",
    markdown:
      "# Post-mortem: webhook backlog\n\n## What we will change\n\nWe will add a queue depth alarm at 10,000 events.\n\nWe will also retry failed deliveries for a day before dropping them.\n\nCheers, the payments crew!\n",
    items: [
      "We will add a queue depth alarm at 10,000 events.",
      "We will also retry failed deliveries for a day before dropping them.",
    ],
  },
  {
    branch: "items: a bare 'Kind regards,' closing the paragraphs of work is no item",
    markdown:
      "# Post-mortem: webhook backlog\n\n## What we will change\n\nWe will add a queue depth alarm at 10,000 events.\n\nWe will also page the on-call engineer when it fires.\n\nKind regards,\n",
    items: [
      "We will add a queue depth alarm at 10,000 events.",
      "We will also page the on-call engineer when it fires.",
    ],
  },
  {
    branch: "items: a line led by 'Best' that goes on as a sentence is still an item",
    markdown: "- Best-effort deliveries get a retry budget of five attempts.\n",
    items: ["Best-effort deliveries get a retry budget of five attempts."],
  },
  {
    branch: "items: a closing 'Apologies, and I will try to do better.' under the plans is no item",
    markdown:
      "# Mail backlog\n\n## Going forward\n\nI will add a filter that flags unanswered mail older than a week.\n\nApologies, and I will try to do better.\n",
    items: ["I will add a filter that flags unanswered mail older than a week."],
  },
];
