import type { FieldRow } from "../fieldRow";

// A list of the files a fix changed, each with a note ("- src/models/keyword.py - New model"), or of bare
// words ("- assetsold"), names what changed, not work (listNonItems.ts isNameList); one line that is an
// action, or a verb alone, keeps the list.
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
  {
    branch: "items: bare words under the paragraph that names them are no items",
    markdown:
      "# Dangling records\n\n## Corrective actions\n\nWe removed two records that pointed these names at old buckets:\n\n- assetsold\n- mediaold\n\nStill to do:\n\n- [ ] Proxy every bucket name through the CDN\n",
    items: ["Proxy every bucket name through the CDN"],
  },
  {
    branch: "items: a verb alone on each line keeps the list",
    markdown: "# Dangling records\n\n## Corrective actions\n\n- Rollback\n- Reindex\n",
    items: ["Rollback", "Reindex"],
  },
];
