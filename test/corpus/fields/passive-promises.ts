import type { FieldRow } from "../fieldRow";

// A bare line of two sentences is prose unless it opens as an action (parse/bareLines.ts); a change promised
// or asked for in the passive, its subject the thing changed, opens as one. A passive that changes nothing
// does not.
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
  {
    branch:
      "bare line: a change asked for with a modal passive, with a second sentence, is an item",
    markdown:
      "## Recommendations\n\nThe retry limit on the payout queue should be raised to five. It gives up after two tries at the moment.\n",
    items: ["The retry limit on the payout queue should be raised to five."],
  },
  {
    branch: "bare line: a modal passive that names a state, not a change, stays prose",
    markdown:
      "## Recommendations\n\nThe payout queue should be fine once the upgrade lands. Nothing else in it changed.\n",
    items: [],
  },
];
