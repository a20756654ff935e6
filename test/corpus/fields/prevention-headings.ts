import type { FieldRow } from "../fieldRow";

// Headings that open follow-up work by asking what is being done, or by naming the prevention of future
// incidents (parse/headings.ts); the same words about what was done during the outage open none.
export const rows: FieldRow[] = [
  {
    branch: "section: 'What is being done to …?' opens the follow-up work",
    markdown:
      "# Post-mortem: queue stall\n\n## What is being done to keep this from recurring?\n\n1. **Add a depth alarm**: the consumer lag check pages at 5,000 messages.\n2. **Split the hot queue**: move billing events to their own partition.\n",
    items: ["Add a depth alarm", "Split the hot queue"],
  },
  {
    branch: "section: 'Changes to prevent future outages' opens the follow-up work",
    markdown:
      "# Post-mortem: queue stall\n\n## Changes to prevent future outages\n\n- Cap the consumer batch size at 500.\n",
    items: ["Cap the consumer batch size at 500."],
  },
  {
    branch: "section: 'What was done during the outage' tells the response, not follow-up work",
    markdown:
      "# Post-mortem: queue stall\n\n## What was done during the outage\n\n- Restarted the consumer pool.\n- Paused the billing export.\n",
    items: [],
  },
];
