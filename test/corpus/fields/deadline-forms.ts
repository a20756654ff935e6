import type { FieldRow } from "../fieldRow";

// Date forms read beyond ISO and English month names.
export const rows: FieldRow[] = [
  {
    branch: "deadlines: a dotted day-first date ('20.12.2026')",
    markdown: "- Ilse: add a lag alert to the search indexer by 20.12.2026 (SRCH-8)\n",
    expect: { owners: ["Ilse"], deadline: "20.12.2026", trackers: ["SRCH-8"] },
  },
  {
    branch: "deadlines: dotted numbers that are no date (a version) are none",
    markdown: "- Ilse: upgrade the search indexer to 12.10.2 (SRCH-9)\n",
    expect: { deadline: null },
  },
];
