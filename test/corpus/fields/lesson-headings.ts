import type { FieldRow } from "../fieldRow";

// A heading whose action word is the subject of a verb ("Quick fixes can add risk") states a lesson about
// such work; it does not title a list of it (headings.ts saysWhatItDoes). "Next steps will be tracked" or a
// plain "Fixes" still opens the follow-up work.
export const rows: FieldRow[] = [
  {
    branch: "items: a lesson heading with 'fixes … can' is no action section",
    markdown:
      "## Lessons\n\n### Quick fixes can add risk\n\nThe rushed patch on day one skipped the usual review.\n\nShipping it a day later with the full test run was the better trade.\n",
    items: [],
  },
  {
    branch: "items: 'follow-ups must …' states a rule, not a list of work",
    markdown:
      "## Lessons\n\n### Follow-ups must have one owner\n\nLast quarter two shared items stalled for months.\n",
    items: [],
  },
  {
    branch: "items: 'Fixes' alone titles the work",
    markdown: "## Fixes\n\n- Add a timeout to the export job\n",
    items: ["Add a timeout to the export job"],
  },
  {
    branch: "items: 'Next steps will be tracked …' still opens the work",
    markdown: "## Next steps will be tracked on the board\n\n- Add a timeout to the export job\n",
    items: ["Add a timeout to the export job"],
  },
];
