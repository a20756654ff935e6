import type { FieldRow } from "../fieldRow";

// Capitals in an owner column: a person's initials, or an organisation the document names.
export const rows: FieldRow[] = [
  {
    branch: "owners: two capitals alone in an owner column are a person's initials",
    markdown: [
      "| Action | Owner | Due |",
      "|---|---|---|",
      "| Add request coalescing to the image cache | TK | 2027-01-10 |",
      "| Add jitter to the image cache's expiry times | MB | 2027-01-10 |",
    ].join("\n"),
    expect: { owners: ["TK"], ownerIsGroup: false },
  },
  {
    branch: "owners: capitals the document spells out as an organisation stay a group",
    markdown: [
      "# Post-mortem: image cache stampede",
      "",
      "The review was run with Harbourline Consulting (HC).",
      "",
      "## Action items",
      "",
      "| Action | Owner | Due |",
      "|---|---|---|",
      "| Audit the cache client's retry settings | HC | 2027-01-10 |",
    ].join("\n"),
    expect: { owners: ["HC"], ownerIsGroup: true },
  },
  {
    branch: "owners: capitals the document's own prose uses as a name stay a group",
    markdown: [
      "# Post-mortem: image cache stampede",
      "",
      "## Summary",
      "",
      "The cache cluster is run by PXG, who paged us at 02:10.",
      "",
      "## Action items",
      "",
      "| Action | Owner | Due |",
      "|---|---|---|",
      "| Add a warm-up step to cache deploys | PXG | 2027-01-10 |",
    ].join("\n"),
    expect: { owners: ["PXG"], ownerIsGroup: true },
  },
  {
    branch: "owners: a known function's acronym in an owner column is a group",
    markdown: [
      "| Action | Owner | Due |",
      "|---|---|---|",
      "| Cap cache rebuild concurrency at 4 | QA | 2027-01-10 |",
    ].join("\n"),
    expect: { owners: ["QA"], ownerIsGroup: true },
  },
  {
    branch: "owners: a bold status tag before the action is no owner",
    markdown: "- **DOING** move the image cache's config into the deploy repo\n",
    expect: { owners: [] },
  },
];
