import type { FieldRow } from "../fieldRow";

// A status that reports the work done only part of the way (lexicon/status.ts ONLY_BEFORE_PRODUCTION,
// REST_TO_COME): done before production, or merged and still on its way out, is still open.
const row = (status: string): string =>
  `| Action | Owner | Status |\n|---|---|---|\n| Fix the DNS record's TTL | Ravi Nair | ${status} |\n`;

export const rows: FieldRow[] = [
  {
    branch: "status cell: 'Done in staging' is done before production, so open",
    markdown: row("Done in staging"),
    expect: { status: "open" },
  },
  {
    branch: "status cell: 'Merged, deploying' is still on its way, so open",
    markdown: row("Merged, deploying"),
    expect: { status: "open" },
  },
  {
    branch: "status cell: 'Done in production' is done",
    markdown: row("Done in production"),
    expect: { status: "done" },
  },
];
