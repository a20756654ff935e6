import type { FieldRow } from "../fieldRow";

// "- [] File the tickets": a task box typed without its space is an empty box (lineShapes.ts LIST_MARKER,
// lists.ts readRawListItem), so the box is no part of the item's text and a page with no action heading lists it
// as an open task.
export const rows: FieldRow[] = [
  {
    branch:
      "items: '- [] …' in a page with no action heading is an open task, its box not in the text",
    markdown:
      "# Outage notes\n\n## Loose ends\n\n- [] File tickets for the corrective actions\n- [ ] Book the follow-up meeting\n",
    items: ["File tickets for the corrective actions", "Book the follow-up meeting"],
    expect: { status: "open", text: "File tickets for the corrective actions" },
  },
];
