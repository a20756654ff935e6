import type { FieldRow } from "../fieldRow";

// Sub-items led by "show", "list" or "cover" (parse/lists.ts areDeliverables): under work on a system they say
// what it will do, deliverables of their own; under a document they are its contents, parts of one item.
export const rows: FieldRow[] = [
  {
    branch: "items: 'Show …' sub-items under work on a dashboard are deliverables",
    markdown:
      "- Update the queue dashboard so a stall cannot go unseen\n  - Show the age of the oldest unread message\n  - Show whether the deploy worker is running",
    items: [
      "Update the queue dashboard",
      "Show the age of the oldest",
      "Show whether the deploy worker",
    ],
  },
  {
    branch: "items: 'Show …' and 'List …' under a runbook are its contents, one item",
    markdown:
      "- Write a restart runbook for the queue\n  - Show the command that drains the workers\n  - List who to page when the drain stalls",
    items: ["Write a restart runbook"],
  },
];
