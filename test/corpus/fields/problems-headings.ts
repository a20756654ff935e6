import type { FieldRow } from "../fieldRow";

// A sub-heading naming the problems met during the response (parse/lexicon/headings.ts FINDINGS_PHRASES):
// what was found, no work, even under a heading of corrective measures; the sibling that asks for changes holds them.
export const rows: FieldRow[] = [
  {
    branch: "findings: 'Problems during recovery' under corrective measures holds no items",
    markdown:
      "# Rack power loss\n\n## Corrective and preventive measures\n\n### Problems during recovery\n\n- The notice about the planned work reached one person, the day before.\n- No off-site status page was up.\n\n### Changes to make\n\n- Send planned-outage notices to the whole on-call list a week ahead.\n",
    items: ["Send planned-outage notices"],
  },
  {
    branch: "findings: 'Recovery improvements' under the same heading still holds work",
    markdown:
      "# Rack power loss\n\n## Corrective and preventive measures\n\n### Recovery improvements\n\n- Host the status page off site.\n",
    items: ["Host the status page off site"],
  },
];
