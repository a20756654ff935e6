import type { FieldRow } from "../fieldRow";

// Beside a list in an action section, a paragraph is prose, unless it is one line that opens with a verb and
// states its own fields in sentences after it (bareLines.ts readFieldedLine): "Reject any config with zero
// shards. Owner: Priya. Due: 2026-12-20." A statement with a field sentence, or a verb with none, stays prose.
export const rows: FieldRow[] = [
  {
    branch:
      "items: a verb-led line with 'Owner: …' and 'Due: …' sentences beside a list is an item",
    markdown:
      "## Action items\n\n- Add a canary stage for config pushes (Dana, SRCH-12)\n\nReject any config with zero shards before it reaches a node. Owner: Priya. Due: 2026-12-20.\n",
    items: ["Add a canary stage", "Reject any config"],
  },
  {
    branch: "owner: the line's 'Owner: …' sentence names its owner",
    markdown:
      "## Action items\n\n- Add a canary stage for config pushes (Dana, SRCH-12)\n\nReject any config with zero shards before it reaches a node. Owner: Priya. Due: 2026-12-20.\n",
    item: "Reject any config",
    expect: { owners: ["Priya"], deadline: "2026-12-20" },
  },
  {
    branch: "items: a statement with a field sentence beside a list stays prose",
    markdown:
      "## Action items\n\n- Add a canary stage for config pushes (Dana, SRCH-12)\n\nThe validator accepted zero shards. Status: fixed.\n",
    items: ["Add a canary stage"],
  },
  {
    branch: "items: a verb-led line with no field sentence beside a list stays prose",
    markdown:
      "## Action items\n\n- Add a canary stage for config pushes (Dana, SRCH-12)\n\nSee the board for the rest of the work.\n",
    items: ["Add a canary stage"],
  },
];
