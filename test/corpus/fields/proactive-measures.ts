import type { FieldRow } from "../fieldRow";

// "Proactive measures" names the work that keeps an incident from happening again, as "Preventive
// measures" does (lexicon/headings.ts); a heading that only starts with the word names something else.
export const rows: FieldRow[] = [
  {
    branch: "heading: 'Proactive measures' opens follow-up work",
    markdown:
      "# Post-mortem: stuck payout batch\n\n## What broke\n\nThe batch job hung.\n\n## Proactive measures\n\n- Add a timeout to the payout batch runner\n",
    items: ["Add a timeout to the payout batch runner"],
  },
  {
    branch: "heading: a prose paragraph under 'Proactive steps' is an item",
    markdown:
      "# Post-mortem: stuck payout batch\n\n## Proactive steps\n\nWe can publish a bounty for a tool that replays failed payouts.\n",
    items: ["We can publish a bounty for a tool that replays failed payouts."],
  },
  {
    branch: "heading: 'Proactive' leading another noun names no follow-up work",
    markdown:
      "# Post-mortem: stuck payout batch\n\n## Proactive access clean-up\n\nStale deploy keys had been removed the month before, so the intruder found none.\n",
    items: [],
  },
];
