import type { FieldRow } from "../fieldRow";

// A retro's sub-headings that tell how things went hold findings, not work, even under "Lessons learned and
// action items" (lexicon/headings.ts NARRATIVE_HEADING_PHRASES; headings.ts MIXED_HEADING).
export const rows: FieldRow[] = [
  {
    branch: "item: 'What didn't go well' under a mixed heading lists findings, no items",
    markdown:
      "# Retro\n\n## Lessons learned and action items\n\n### What didn't go well\n- We had no dashboard for export lag.\n- Nobody knew who owned the export job.\n\n### Action items\n- [ ] Page on export lag over 1h — Ivo — BIL-23\n",
    items: ["Page on export lag over 1h"],
  },
  {
    branch: "item: 'What did not go well' and 'What went badly' are findings too",
    markdown:
      "# Retro\n\n## What did not go well\n- The export job had no owner.\n\n## What went badly\n- Alerts went to an old channel.\n\n## Action items\n- Move the alerts to the on-call channel (Ana, 2027-01-20)\n",
    items: ["Move the alerts to the on-call channel"],
  },
];
