import type { FieldRow } from "../fieldRow";

// "None at this time", "No further actions from the infra side": a line or a table row saying a part of
// the work is empty is no item (lineShapes.ts NOT_AN_ITEM with NO_ACTION_FROM; tableItems.ts asks the same
// of an action cell). "No changes on Fridays" sets a rule, and stays an item.
export const rows: FieldRow[] = [
  {
    branch: "items: 'None at this time' and 'Nothing further required' are no items",
    markdown:
      "- Dana: page on queue waits over 60 s (OPS-1)\n- None at this time\n- Nothing further required\n",
    items: ["page on queue waits over 60 s"],
  },
  {
    branch: "items: 'No further actions from the infra side' is no item",
    markdown:
      "- No further actions from the infra side\n- Eli: cap consumer retries at 5 (OPS-2)\n",
    items: ["cap consumer retries at 5"],
  },
  {
    branch: "items: a table row saying there is no action is no item",
    markdown:
      "| Action | Owner |\n|---|---|\n| Add consumer lag to the main dashboard | Tom |\n| None | |\n| _No actions from the infra side_ | |\n",
    items: ["Add consumer lag to the main dashboard"],
  },
  {
    branch: "items: 'No changes on Fridays' sets a rule and stays an item",
    markdown:
      "- No changes to the billing schema on Fridays\n- Eli: cap consumer retries at 5 (OPS-2)\n",
    items: ["No changes to the billing schema on Fridays", "cap consumer retries at 5"],
  },
];
