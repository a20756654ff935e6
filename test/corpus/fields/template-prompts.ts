import type { FieldRow } from "../fieldRow";

// An italic line that tells the writer what to fill in ("*Note the root cause and describe what needs to
// change to prevent a repeat*") is a template's prompt, not a heading over follow-up work (sections.ts
// italicActionHeadingTitle). An italic question that names the work still heads the answer.
export const rows: FieldRow[] = [
  {
    branch: "items: a writer's prompt naming what needs to change opens no action section",
    markdown:
      "# Disk full on the site\n\n## Root cause\n\n*Note the final root cause and describe what needs to change to prevent it happening again*\n\nA bulk role removal produced one update too large for the API to apply.\n\n## Follow-up tasks\n\n- [ ] Batch the role sync into pages of 500\n",
    items: ["Batch the role sync into pages of 500"],
  },
  {
    branch: "items: an italic question about the follow-up work heads its answer",
    markdown:
      "# Disk full on the site\n\n## Review\n\n*What steps are we taking so it does not happen again?*\n\nWe will batch the role sync into pages of 500.\n",
    items: ["We will batch the role sync into pages of 500."],
  },
];
