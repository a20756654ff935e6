import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round G: a list of criteria or planning notes under its own
// label beside the actions, …
export const rows: FieldRow[] = [
  {
    branch:
      "notes label: 'Acceptance criteria for the job:' over a list gives criteria, not items, even when they open with a verb",
    markdown:
      "- Add a lint rule that rejects schedules with overlapping windows (Noor Haddad)\n\nAcceptance criteria for the rule:\n\n- rejects a schedule whose windows overlap by a minute\n- passes every schedule in the repository today",
    items: ["Add a lint rule that rejects"],
  },
  {
    branch:
      "notes label: 'Things to keep in mind when planning these:' over a list gives notes, not items",
    markdown:
      "1. Move the cleanup job to Sunday night (Noor Haddad)\n\nThings to keep in mind when planning these:\n\n- Shops close early in the holidays, so Saturday may suit better.\n- The next vendor build is due in spring.",
    items: ["Move the cleanup job to Sunday night"],
  },
];
