import type { FieldRow } from "../fieldRow";

// An HTML comment on a line of its own ends a Markdown list, but whoever wrote it (or an editor hiding a
// line) meant one list: the items after the comment belong with the ones before it.
const STORY =
  "# Post-mortem: delayed confirmations\n\nDate: 2026-11-20\n\n## What happened next\n\n" +
  "The backlog drained by itself once traffic fell. To prevent a repeat, we will make the following changes:\n\n" +
  "- We will alert on replica lag above 30 seconds and route reads to the primary when it fires\n" +
  "<!-- second item added after the review -->\n" +
  "- Although polling limits did not cause this, we will raise them so that replicas poll twice as often\n\n" +
  "Finally, we will move the replicas to push-based sync next quarter.\n";

export const rows: FieldRow[] = [
  {
    branch: "list: an item after an HTML comment goes on with the follow-up list before it",
    markdown: STORY,
    items: ["We will alert on replica lag", "Although polling limits", "Finally, we will move"],
  },
  {
    branch:
      "list: 'Finally, we will …' after a list split by a comment goes on with its follow-ups",
    markdown: STORY,
    item: "Finally, we will move",
    expect: { deadline: "next quarter" },
  },
];
