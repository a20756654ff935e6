import type { FieldRow } from "../fieldRow";

// A paragraph whose last sentence is a short label for follow-up work introduces the list under it, as the
// label would on a line of its own (parse/sections.ts isFollowUpIntroBefore).
export const rows: FieldRow[] = [
  {
    branch:
      "intro: a paragraph closing with 'Remediation plan: Our immediate action items:' opens the list",
    markdown:
      "# Post-mortem: mail relay backlog\n\nThe relay queue grew for two days before anyone noticed. The restore took most of a weekend. Remediation plan: Our immediate action items:\n\n- Add a queue-depth alarm on the relay\n- Write down the restore steps\n",
    items: ["Add a queue-depth alarm on the relay", "Write down the restore steps"],
  },
  {
    branch: "intro: a paragraph closing with a label for the response tells the story, no items",
    markdown:
      "# Post-mortem: mail relay backlog\n\nThe relay queue grew for two days before anyone noticed. The restore took most of a weekend. Steps of the response:\n\n- Drained the queue by hand\n- Restarted the relay\n",
    items: [],
  },
];
