import type { FieldRow } from "../fieldRow";

// "today" at the end of a time up to now ("between the bump and today", "so far today") or right after a
// participle that dates what was done to the object ("the jobs skipped today") says when, not by when
// (parse/dates/search.ts nowadays); "rotate the key today" still dates the work.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'between … and today' is a time up to now",
    markdown: "- Backfill the events lost between the chart bump and today",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'today' right after a participle dates what was done to the object",
    markdown: "- Replay the jobs skipped today from the dead-letter queue",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'so far today' counts up to now",
    markdown: "- Count the consumer restarts so far today in the capacity sheet",
    expect: { deadline: null },
  },
  {
    branch: "deadline: the work's own 'today' still dates it",
    markdown: "- Rotate the leaked deploy key today",
    expect: { deadline: "today" },
  },
];
