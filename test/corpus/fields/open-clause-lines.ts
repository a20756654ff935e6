import type { FieldRow } from "../fieldRow";

// A line led by a verb whose last word leaves the sentence open ("…, allowing:", "… for:") over a list of
// parts is the action; the list only finishes its sentence, with or without an owner (parse/ownerLedLines.ts).
export const rows: FieldRow[] = [
  {
    branch: "item: 'Configure …, allowing:' over a list of parts is one item, the list its notes",
    markdown:
      "Configure a relay host for the switches, allowing:\n - one login path for the admins\n - per-person keys on the relay host\n",
    items: ["Configure a relay host for the switches, allowing"],
  },
  {
    branch: "item: a topic label before 'Configure …, allowing:' still makes the line the item",
    markdown:
      "Network Redundancy: Configure a second uplink for the core router, allowing:\n - traffic moved within one minute\n",
    items: ["Network Redundancy: Configure a second uplink"],
  },
  {
    branch:
      "item: a line whose colon closes its sentence ('Replace the old paging:') keeps its list as items",
    markdown:
      "Replace the old paging:\n - page on queue depth over 5,000\n - mute the disk warnings below 70%\n",
    items: ["page on queue depth", "mute the disk warnings"],
  },
  {
    branch: "item: '…, allowing:' over a list led by verbs keeps those lines as items",
    markdown:
      "Configure a relay host for the switches, allowing:\n - Add per-person keys on the relay host\n - Remove the shared admin password\n",
    items: ["Add per-person keys", "Remove the shared admin password"],
  },
];
