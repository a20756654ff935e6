import type { FieldRow } from "../fieldRow";

// A page whose first heading names action work but holds write-ups with action headings of their own: the first
// heading titles the page, and only the inner action headings hold items.
export const rows: FieldRow[] = [
  {
    branch:
      "items: '# Code fixes' over a write-up titles the page; its '### Prevention' holds the items",
    markdown:
      "# Code fixes\n\nWe publish the larger fixes here.\n\n## Ledger stall in March\n\n### The first attempt\n\n- Restart the compaction job with a smaller batch\n- Move the writers to the replica\n\n### Prevention\n\n- Add a lock-wait alert on the ledger at 30s\n",
    items: ["Add a lock-wait alert on the ledger at 30s"],
  },
  {
    branch: "items: '# Follow-ups' with no action heading under it is still the action section",
    markdown: "# Follow-ups\n\n## Ledger\n\n- Add a lock-wait alert on the ledger at 30s\n",
    items: ["Add a lock-wait alert on the ledger at 30s"],
  },
];
