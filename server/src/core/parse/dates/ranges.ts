import { utc } from "./calendar";
import type { FoundDeadline } from "./found";
import { RANGE_JOINT } from "./patterns";
import { findFirstDeadline } from "./search";

// A found date that opens or closes a range of days ("Dec 3-5", "11–14 November").

/** "11–14 November", "between 14 and 18 December": the range's first day leaves the action with the date. */
export function fromRangeStart(text: string, found: FoundDeadline): FoundDeadline {
  const start = text.indexOf(found.text, found.index);
  let before = start - 1;
  while (text.charCodeAt(before) === 0x20) {
    before--;
  }
  const mark = text.charAt(before);
  if (!(mark === "-" || mark === "–" || mark === "—" || mark === "d" || mark === "o")) {
    return found;
  }
  const days = RANGE_START.exec(text.slice(Math.max(0, start - 28), start));
  return days === null
    ? found
    : {
        text: days[0] + found.text,
        index: start - days[0].length,
        date: found.date,
      };
}

const RANGE_START =
  /(?:\b(?:between|from)\s+)?\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—]|\s(?:and|to)\s)\s*$/i;

/**
 * "Dec 3-5", "2026-12-03 to 2026-12-05": a range of days is due by its last day, as "11–14 November"
 * reads already; the range is the deadline's text.
 */
export function throughRangeEnd(
  text: string,
  found: FoundDeadline,
  reference: Date,
  dayFirst: boolean,
): FoundDeadline {
  const start = text.indexOf(found.text, found.index);
  // Most dates end the text or a word follows: look at the next non-blank character before slicing.
  let next = start < 0 ? text.length : start + found.text.length;
  while (text.charCodeAt(next) === 0x20) {
    next++;
  }
  const lead = text.charAt(next);
  if (!(
    lead === "-" ||
    lead === "–" ||
    lead === "—" ||
    lead === "t" ||
    lead === "u" ||
    lead === "."
  )) {
    return found;
  }
  const after = text.slice(start + found.text.length);
  const days = RANGE_DAYS.exec(after);
  const first = found.date!;
  if (days !== null) {
    const day = Number(days[1]);
    return day > first.getUTCDate() && day <= 31
      ? {
          text: found.text + days[0].trimEnd(),
          index: start,
          date: utc(Number(days[2] ?? first.getUTCFullYear()), first.getUTCMonth(), day),
        }
      : found;
  }
  const joint = RANGE_JOINT.exec(after);
  const rest = joint === null ? "" : after.slice(joint[0].length);
  const end = rest === "" ? undefined : findFirstDeadline(rest, reference, dayFirst);
  return end?.date !== undefined && rest.startsWith(end.text) && end.date > first
    ? {
        text: text.slice(start, start + joint![0].length + found.text.length + end.text.length),
        index: start,
        date: end.date,
      }
    : found;
}

// "-5", "–14th": the last day of a range in the same month, closing the date.
const RANGE_DAYS =
  /^\s*[-–—]\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(20\d\d))?(?=\s*(?:$|[),.;(—–]|-\s))/;
