import type { FieldRow } from "../fieldRow";

// Headings that name the work as an ongoing improvement ("Improving …", "How are we improving …")
// open follow-up work (lexicon/headings.ts); a heading that only admits room to improve opens none.
export const rows: FieldRow[] = [
  {
    branch: "section: a heading led by 'Improving' opens the follow-up work",
    markdown:
      "# Post-mortem: cache eviction storm\n\n## Summary\n\nThe cache emptied itself twice.\n\n## Improving our cache tiering\n\n- Pin the session keys to the warm tier.\n- Alert when the eviction rate doubles in five minutes.\n",
    items: [
      "Pin the session keys to the warm tier.",
      "Alert when the eviction rate doubles in five minutes.",
    ],
  },
  {
    branch: "section: 'How are we improving …?' opens the follow-up work",
    markdown:
      "# Post-mortem: cache eviction storm\n\n## Summary\n\nThe cache emptied itself twice.\n\n### How are we improving things\n\nWe are moving the session keys onto a separate warm tier.\n",
    items: ["We are moving the session keys onto a separate warm tier."],
  },
  {
    branch: "section: 'How we're fixing it' opens the follow-up work",
    markdown:
      "# Post-mortem: cache eviction storm\n\n## Summary\n\nThe cache emptied itself twice.\n\n## How we're fixing it\n\n- Cap the eviction batch at 1,000 keys.\n",
    items: ["Cap the eviction batch at 1,000 keys."],
  },
  {
    branch: "section: 'Room for improvement' names findings, not follow-up work",
    markdown:
      "# Post-mortem: cache eviction storm\n\n## Summary\n\nThe cache emptied itself twice.\n\n## Room for improvement\n\n- The dashboards lagged behind the pager by ten minutes.\n",
    items: [],
  },
];
