import type { FieldRow } from "../fieldRow";

// A list of the files a fix changed, each with a note ("- src/models/keyword.py - New model"), names what
// changed, not work (listNonItems.ts isNameList); one line that is an action keeps the list.
export const rows: FieldRow[] = [
  {
    branch: "items: files changed, each with a note, are no items",
    markdown:
      "# Dropped tables\n\n## Fixes\n\n- src/models/keyword.py - New model\n- alembic/versions/restore_tables.py - Restore tables\n",
    items: [],
  },
  {
    branch: "items: an action among the files keeps the list",
    markdown:
      "# Dropped tables\n\n## Fixes\n\n- src/models/keyword.py - New model\n- Add a model check to CI\n",
    items: ["src/models/keyword.py - New model", "Add a model check to CI"],
  },
];
