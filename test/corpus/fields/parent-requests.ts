import type { FieldRow } from "../fieldRow";

// A line ending in a colon over sub-items (parse/lists.ts): a label ("Monitoring:") or an intro ("Add the
// following alarms:") only groups them; a request ("Improve the status page update:") is an item as well.
export const rows: FieldRow[] = [
  {
    branch: "items: a request ending in a colon over its parts is an item, and so are its parts",
    markdown:
      "- Improve the status page update:\n  - Add a build check before publishing\n  - Should updates go through review?\n",
    items: [
      "Improve the status page update",
      "Add a build check before publishing",
      "Should updates go through review?",
    ],
  },
  {
    branch: "items: a topic label ending in a colon only groups its sub-items",
    markdown: "- Monitoring:\n  - Add a lag alarm on the relay\n",
    items: ["Add a lag alarm on the relay"],
  },
  {
    branch: "items: an intro to the sub-items ('Add the following …:') only groups them",
    markdown:
      "- Add the following alarms:\n  - Add a lag alarm on the relay\n  - Add a disk alarm on the broker\n",
    items: ["Add a lag alarm on the relay", "Add a disk alarm on the broker"],
  },
];
