import type { FieldRow } from "../fieldRow";

// After a follow-up list, "We are also in the middle of an effort to move …" adds work under way, as "We are
// also working on …" does (lexicon/commitments.ts UNDER_WAY_WORDS). "We are also in the middle of the quiet
// season" commits to nothing.
export const rows: FieldRow[] = [
  {
    branch:
      "items: 'We are also in the middle of an ongoing effort to …' after the list is an item",
    markdown:
      "# Pool deadlock\n\n## Next steps\n\n- Add a timeout to every pool query.\n\nWe are also in the middle of an ongoing effort to move the queries off the request path.\n",
    items: [
      "Add a timeout to every pool query.",
      "We are also in the middle of an ongoing effort to move the queries off the request path.",
    ],
  },
  {
    branch: "items: 'We are also in the middle of the quiet season' is no item",
    markdown:
      "# Pool deadlock\n\n## Next steps\n\n- Add a timeout to every pool query.\n\nWe are also in the middle of the quiet season, so traffic is low.\n",
    items: ["Add a timeout to every pool query."],
  },
];
