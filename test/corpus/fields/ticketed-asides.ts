import type { FieldRow } from "../fieldRow";

// After a follow-up list, a paragraph that first explains and then says work is under way ("For example, we are
// in the process of …") is an item when it names its ticket (labelledLines.ts); without a ticket it is prose.
export const rows: FieldRow[] = [
  {
    branch:
      "items: an explanation, then 'we are in the process of …' with its issue, is one more item",
    markdown:
      "- Add a replica lag alert at 30 seconds.\n\nGood tooling lets people make mistakes safely. For example, we are in the process of building a dry-run mode for schema migrations ([#311](https://github.com/acme/ops/issues/311)).\n",
    items: [
      "Add a replica lag alert at 30 seconds.",
      "Good tooling lets people make mistakes safely.",
    ],
  },
  {
    branch: "trackers: that item's issue is its tracker",
    markdown:
      "- Add a replica lag alert at 30 seconds.\n\nGood tooling lets people make mistakes safely. For example, we are in the process of building a dry-run mode for schema migrations ([#311](https://github.com/acme/ops/issues/311)).\n",
    item: "Good tooling",
    expect: { trackers: ["#311", "https://github.com/acme/ops/issues/311"] },
  },
  {
    branch: "items: the same paragraph with no ticket stays prose",
    markdown:
      "- Add a replica lag alert at 30 seconds.\n\nGood tooling lets people make mistakes safely. For example, we are in the process of building a dry-run mode for schema migrations.\n",
    items: ["Add a replica lag alert at 30 seconds."],
  },
];
