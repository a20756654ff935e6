import { findDeadline } from "../dates";
import type { FieldContext } from "../fields";
import { DEADLINE_LEADS } from "../lexicon";
import type { Span } from "../../types";
import type { Reading } from "./reading";

// A deadline claim from the running text ("… by 2027-01-20", "before the Q3 freeze"), read only when no
// field or parenthetical stated one. A Due field left empty or TBD is the item's answer: a duration in
// its text ("expires within 7 days") is then a condition, not a deadline.

// "by mid-Q1", "in the next two weeks", "within the next sprint": the words that lead into the deadline,
// also where they open the item ("Over the next month, we will …").
const LEAD_BEFORE = new RegExp(
  String.raw`(?:^|,\s*|\s)(?:${DEADLINE_LEADS}|no later than|target|in|within|over|during|\uD83D\uDCC5)(?:\s+the)?\s*:?\s*(?:(?:eod|cob|eob|(?:close|end) of (?:business|play|day))\s+(?:on\s+)?)?(?:(?:mid|early|late)[- ]?)?$`,
  "i",
);
// An en dash, a spaced hyphen, "..", "to" or "and" between numbers; not the hyphens of an ISO date.
const RANGE_TEXT = /\d\s*[–—]\s*\S|\d\s+-\s+\S|\d\.\.\S|\d\s(?:to|and)\s/;
const RANGE_LEAD_BEFORE = /(?:,\s*|\s)(?:for|from)(?:\s+the)?\s*$/i;
// "COB Friday", "the Q1 freeze", "within 30 days of this review": words after the date that belong to it.
const TAIL_AFTER =
  /^(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\s+(?:code\s+)?(?:freeze|release|launch|cutover|holidays?|break|offsite|planning|kick-?off|sprints?|cycles?|iterations?)|\s+of\s+(?:this|the)\s+(?:review|incident|post-?mortem|meeting|retro(?:spective)?|outage))\b/i;
// A date that names its year ("2026-11-20", "Nov 20, 2026", "11/20/2026"); "by Friday" may fall on that day.
const DATE_WITH_YEAR = /\d{4}-\d\d-\d\d|\b(?:19|20)\d\d\b/;
// "📅 2026-12-10": the task-list mark for a due date leaves the action with its date.

/** `plain` is the item's plain text without its tracker refs. */
export function readTextDeadline(r: Reading, plain: string): void {
  if (r.deadlines.length > 0 || r.deadlineUnset) {
    return;
  }
  const found = findDeadline(plain, r.ctx.reference, r.ctx.dayFirst);
  if (found === undefined && plain.includes("TB")) {
    readUnsetDeadline(r);
  }
  if (found === undefined || isDocumentDay(found, r.ctx)) {
    return;
  }
  const at = locate(r.lower, found.text, r.pos);
  const span = at === undefined ? undefined : widenToLead(r.raw, at.start, at.end);
  r.deadlines.push({ text: found.text, date: found.date, source: "text", span });
  if (span !== undefined) {
    r.removals.push({ start: span.start, end: span.end });
  }
}

// "… by TBD", "ETA TBC": the deadline is still to be set, as a Due field saying so.
const UNSET_DEADLINE = new RegExp(
  String.raw`(?:,\s*|\s|\()(?:${DEADLINE_LEADS})\s*:?\s*(?:TBD|TBA|TBC)\b\.?`,
  "i",
);

function readUnsetDeadline(r: Reading): void {
  const unset = UNSET_DEADLINE.exec(r.raw.slice(r.pos));
  if (unset !== null) {
    const start = r.pos + unset.index + (unset[0].startsWith("(") ? 1 : 0);
    r.deadlineUnset = true;
    r.removals.push({ start, end: r.pos + unset.index + unset[0].length });
  }
}

/** "(2026-11-20)" on an item of a post-mortem written that day says when it was raised, not when it is due. */
export function isDocumentDay(found: { text: string; date?: Date }, ctx: FieldContext): boolean {
  return (
    found.date !== undefined &&
    ctx.documentDate !== undefined &&
    found.date.getTime() === ctx.documentDate.getTime() &&
    DATE_WITH_YEAR.test(found.text)
  );
}

/** Where `needle` is written in the item (`lowerRaw`), from `from` on if it is there, else anywhere. */
function locate(lowerRaw: string, needle: string, from: number): Span | undefined {
  const lowerNeedle = needle.toLowerCase();
  const index = lowerRaw.indexOf(lowerNeedle, from);
  if (index !== -1) {
    return { start: index, end: index + needle.length };
  }
  const anywhere = lowerRaw.indexOf(lowerNeedle);
  if (anywhere !== -1) {
    return { start: anywhere, end: anywhere + needle.length };
  }
  // The plain text has one space where the item wrapped a line or ran spaces together.
  return lowerNeedle.includes(" ") ? locateSpaced(lowerRaw, lowerNeedle) : undefined;
}

function locateSpaced(lowerRaw: string, lowerNeedle: string): Span | undefined {
  const words = lowerNeedle.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const match = new RegExp(words.join("\\s+")).exec(lowerRaw);
  return match === null ? undefined : { start: match.index, end: match.index + match[0].length };
}

/** The date's span, widened to the word that announces it ("by", "due:"), so both leave the action. */
function widenToLead(raw: string, start: number, end: number): { start: number; end: number } {
  const before = raw.slice(0, start);
  // "Freeze deploys for 11–14 December": a range's "for" goes with it, a date's does not ("… for Friday's demo").
  const lead =
    LEAD_BEFORE.exec(before) ??
    (RANGE_TEXT.test(raw.slice(start, end)) ? RANGE_LEAD_BEFORE.exec(before) : null);
  const tail = TAIL_AFTER.exec(raw.slice(end, end + 40));
  return {
    start: lead === null ? start : lead.index,
    end: tail === null ? end : end + tail[0].length,
  };
}
