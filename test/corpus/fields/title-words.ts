import type { FieldRow } from "../fieldRow";

// Capitalised words before a colon that title the work rather than name who does it.
const underTitle = (title: string): string =>
  [
    "# Post-mortem: export stalled",
    "",
    "## Prevention Measures",
    "",
    `1. **${title}**:`,
    "   - Decision: choose one job runner for the exports",
    "   - Refactor: merge the two copies of the retry logic",
  ].join("\n");

export const rows: FieldRow[] = [
  {
    branch:
      "owners: a capitalised title ending in -tion over labelled sub-items names no owner for them",
    markdown: underTitle("Ownership Clarification"),
    expect: { owners: [] },
  },
  {
    branch:
      "owners: a capitalised title ending in -ments over labelled sub-items names no owner for them",
    markdown: underTitle("Architecture Agreements"),
    expect: { owners: [] },
  },
  {
    branch: "owners: a first name and a surname over labelled sub-items stay their owner",
    markdown: underTitle("Clement Ashworth"),
    expect: { owners: ["Clement Ashworth"], ownerIsGroup: false },
  },
  {
    branch: "owners: 'Files:' before a list of paths names no owner",
    markdown: "- Files: `jobs/export.ts`, `jobs/retry.ts`\n",
    expect: { owners: [] },
  },
  {
    branch: "owners: 'Tool:' before what does the checking names no owner",
    markdown: "- Tool: a nightly schema check in CI\n",
    expect: { owners: [] },
  },
  {
    branch: "owners: a given name before the colon still names the owner",
    markdown: "- Tomas: add a nightly schema check in CI\n",
    expect: { owners: ["Tomas"], ownerIsGroup: false },
  },
];
