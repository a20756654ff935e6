import type { FieldRow } from "../fieldRow";

// A bare line of two sentences is prose unless it opens as an action (parse/bareLines.ts); a change promised
// in the passive, its subject the thing changed, opens as one. A passive that changes nothing does not.
export const rows: FieldRow[] = [
  {
    branch: "bare line: a change promised in the passive, with a second sentence, is an item",
    markdown:
      "The stale price cache will be purged at the next deploy. Until then, the on-call lead checks it each morning.\n",
    items: ["The stale price cache will be purged"],
  },
  {
    branch: "bare line: two sentences whose passive changes nothing stay prose",
    markdown:
      "Some merchants will be affected for about an hour during the cut-over. The window opens at noon on Tuesday.\n",
    items: [],
  },
];
