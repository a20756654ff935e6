import type { FieldRow } from "../fieldRow";

// A closing paragraph that acknowledges what the incident did to its readers ("We understand this outage was
// frustrating …") is courtesy, no item, like an apology (parse/lineShapes.ts).
export const rows: FieldRow[] = [
  {
    branch: "item: 'We understand this outage …' closing the action section is no item",
    markdown:
      "We will add a restore check to the weekly maintenance.\n\nWe understand this outage was frustrating, and we are sorry for the trouble it caused.\n",
    items: ["We will add a restore check"],
  },
  {
    branch: "item: 'I realise the situation …' is no item, whatever follows it in the paragraph",
    markdown:
      "We will add a restore check to the weekly maintenance.\n\nI realise that this situation is far from ideal for several members, and I offer my sincere regrets; the admins answer in the support room.\n",
    items: ["We will add a restore check"],
  },
  {
    branch: "item: 'We know this retry path …' names a thing to change, so it stays an item",
    markdown: "We know this retry path is fragile, so we will replace it with a queue.\n",
    items: ["We know this retry path is fragile"],
  },
];
