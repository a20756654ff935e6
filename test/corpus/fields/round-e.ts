import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round E: labelled lines wrapped early, one more commitment
// after a list, work done in part with the rest still to come, numbers that point back at the page's own items.
export const rows: FieldRow[] = [
  {
    branch:
      "labelled line: a short '**TODO**:' line goes on in the lower-case line under it, and its owner field is read",
    markdown:
      "## Lessons learned\n\n**TODO**: page on replica lag in the billing\ncluster (owner: Dana Whitfield)",
    expect: {
      owners: ["Dana Whitfield"],
      status: "open",
      text: "page on replica lag in the billing cluster",
    },
  },
  {
    branch: "labelled line: a second labelled line under a short one is an item of its own",
    markdown:
      "## Lessons learned\n\n**DONE**: raise the partition count\n**TODO**: page on replica lag (Dana Whitfield)",
    items: ["raise the partition count", "page on replica lag"],
  },
];
