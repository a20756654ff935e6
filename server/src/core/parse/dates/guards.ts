import { RANGE_JOINT } from "./patterns";

// A date in the text that is not when the work is due: when something happened, or which thing it names.

export function recorded(text: string, index: number, end?: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  if (!RECORDED_BEFORE.test(before)) {
    return false;
  }
  // "from Dec 3 to Dec 5": the start of a range, which is due by its end, not a day something happened.
  return !(end !== undefined && FROM_BEFORE.test(before) && RANGE_JOINT.test(text.slice(end)));
}

const FROM_BEFORE = /\bfrom\s*$/i;

// The task-list marks for a created, start or done date ("➕ 2026-11-01", "🛫 …", "✅ …") say when, not by when.
const RECORDED_BEFORE =
  /\b(?:agreed|raised|created|written|updated|opened|filed|reported|logged|noticed|found|started|began|occurred|happened|published|reviewed|discussed|decided|since|from|as of|dated|last (?:updated|edited|reviewed))\s*(?:on|in|at)?\s*[:,]?\s*$|(?:\u2795|\uD83D\uDEEB|\u2705)\s*$/i;

/**
 * "Restore from the 2026-05-01 snapshot", "fix the 2026-11-02 regression": a date between "the" and a noun
 * names which thing, not by when; "by the 2026-12-01 freeze" still is a deadline.
 */
export function namesAThing(text: string, match: { index: number; 0: string }): boolean {
  const before = text.slice(Math.max(0, match.index - 30), match.index);
  if (VERSION_BEFORE.test(before)) {
    return true; // "pin the API version to 2026-03-01": a version named by its date.
  }
  return (
    THE_BEFORE.test(before) &&
    !DEADLINE_THE_BEFORE.test(before) &&
    WORD_AFTER.test(text.slice(match.index + match[0].length))
  );
}

const THE_BEFORE = /\bthe\s+$/i;

const VERSION_BEFORE = /\b(?:version|schema|snapshot|revision)\s+(?:to\s+|=\s*|:\s*)?$/i;

const DEADLINE_THE_BEFORE =
  /\b(?:by|before|until|till|due|ahead of|prior to|in time for|for|deadline|eta)\s+the\s+$/i;

const WORD_AFTER = /^\s+[a-z]/;
