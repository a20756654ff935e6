import type { FieldRow } from "../fieldRow";

// A heading that says its part is still to come ("Recovery plan (still needed)", "Schema check (to
// implement)") opens follow-up work whatever it names (lexicon/headings.ts).
export const rows: FieldRow[] = [
  {
    branch: "items: '(still needed)' in a heading opens follow-up work",
    markdown:
      "# Dropped tables\n\n## Recovery plan (still needed)\n\n- Backfill the forecast table from the time tracker.\n",
    items: ["Backfill the forecast table from the time tracker."],
  },
  {
    branch: "items: '(to implement)' in a heading opens follow-up work",
    markdown:
      "# Dropped tables\n\n## Model validation (to implement)\n\n- Fail CI when a table has no model.\n",
    items: ["Fail CI when a table has no model."],
  },
  {
    branch: "items: a plain 'Recovery plan' heading tells the response",
    markdown: "# Dropped tables\n\n## Recovery plan\n\n- Restored the tables from the snapshot.\n",
    items: [],
  },
];
