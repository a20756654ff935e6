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
    branch: "owners: 'Scripts:' before the work on them names no owner",
    markdown: "- Scripts: cap the retries of both export jobs at three\n",
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
  {
    branch: "items: 'File:' before a path under an action points at the code, it is no item",
    markdown: [
      "1. **Retry safety**:",
      "   - Cap export retries at three attempts",
      "   - File: `jobs/retry.ts`",
    ].join("\n"),
    items: ["Cap export retries at three attempts"],
  },
  {
    branch: "items: 'File:' before words, not a path, stays an item",
    markdown: [
      "- Cap export retries at three attempts",
      "- File: a ticket with the queue vendor",
    ].join("\n"),
    items: ["Cap export retries at three attempts", "File: a ticket with the queue vendor"],
  },
];
