import type { FieldRow } from "../fieldRow";

// In a section of one item per paragraph, a paragraph opened by "That service will …" or "This change should …"
// tells what the item above will bring (bareLines.ts); "It would help to …" is a wish of its own.
export const rows: FieldRow[] = [
  {
    branch:
      "items: 'That service will …' after a paragraph of work is its detail, not another item",
    markdown:
      "# Post-mortem: export stall\n\n## What we will change\n\nWe will move report exports out of the web process into a worker.\n\nThat worker will let exports run in parallel and keep the web pool free.\n\nWe will also cap each export at 50,000 rows.\n",
    items: [
      "We will move report exports out of the web process into a worker.",
      "We will also cap each export at 50,000 rows.",
    ],
  },
  {
    branch: "annotations: the paragraph that goes on about the item is kept with it",
    markdown:
      "# Post-mortem: export stall\n\n## What we will change\n\nWe will move report exports out of the web process into a worker.\n\nThat worker will let exports run in parallel and keep the web pool free.\n\nWe will also cap each export at 50,000 rows.\n",
    expect: {
      annotations: ["That worker will let exports run in parallel and keep the web pool free."],
    },
  },
  {
    branch: "items: 'It would help to …' after a paragraph of work is a wish of its own, an item",
    markdown:
      "# Post-mortem: export stall\n\n## What we will change\n\nWe will move report exports out of the web process into a worker.\n\nIt would help to have a dashboard of export durations.\n",
    items: [
      "We will move report exports out of the web process into a worker.",
      "It would help to have a dashboard of export durations.",
    ],
  },
];
