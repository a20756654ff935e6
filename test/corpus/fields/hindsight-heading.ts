import type { FieldRow } from "../fieldRow";

// "What would have caught this earlier", "What could have prevented this": hindsight, a list of what was
// missing, even beside "Prevention"; "How we will prevent this" still opens follow-up work.
export const rows: FieldRow[] = [
  {
    branch: "items: '## Prevention — what would have caught this earlier' looks back, no work",
    markdown:
      "# Lost messages\n\n## Prevention — what would have caught this earlier\n\n- A sweep of every write site when the column was added\n",
    items: [],
  },
  {
    branch: "items: '## How we will prevent this' opens follow-up work",
    markdown:
      "# Lost messages\n\n## How we will prevent this\n\n- Add a sweep of every write site to the migration checklist\n",
    items: ["Add a sweep of every write site to the migration checklist"],
  },
];
