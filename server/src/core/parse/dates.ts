import * as chrono from "chrono-node";
import { RESCHEDULE_VERBS } from "./lexicon";

// Deadlines come in many shapes. Cheap regexes find and resolve the common ones; chrono-node
// resolves written dates and weekdays ("March 15", "next Friday") only when a cheap check says
// one may be present, so most items never reach it (it is the slowest step of a lint).

export interface FoundDeadline {
  text: string;
  index: number;
  date?: Date;
}

const DAY_MS = 86_400_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

function endOfMonth(year: number, monthIndex: number): Date {
  return utc(year, monthIndex + 1, 0);
}

function endOfWeek(reference: Date, weeksAhead: number): Date {
  // Friday of the reference week (or a later one): the end of a working week.
  const day = reference.getUTCDay();
  const toFriday = (5 - day + 7) % 7;
  return new Date(reference.getTime() + (toFriday + 7 * weeksAhead) * DAY_MS);
}

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const WEEKDAYS =
  "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?";

const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, "i");

/** A month or a weekday, written out or short ("Dec", "Tuesday"). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORD.test(word);
}

// Also with a time after it, as trackers and forms export a due date: "2026-12-01T00:00:00Z".
const ISO_DATE =
  /\b(20\d\d)[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?!\d|[/.-]\d)/g;
// "20.12.2026": with dots the day comes first wherever the form is written.
const DOTTED_DATE = /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(20\d\d)\b/g;
const QUARTER =
  /\b(?:(?:end of |by |in |eo)?(?:the )?)?(?:Q([1-4])|([1-4])Q)(?:[\s'/-]*(?:FY)?(20\d\d|\d\d))?\b/gi;
const HALF = /\b(?:H([12]))(?:[\s'/-]*(20\d\d|\d\d))?\b/g;
/** "early 2027", "mid-2027", "late 2027": a part of a year, due at the end of its first, second or third third. */
const PART_OF_YEAR = /\b(early|mid|late)[-\s](20\d\d)(?!\d|[/.-]\w)/gi;
const PART_END_MONTH: Record<string, number> = { early: 3, mid: 7, late: 11 };
/** "first week of January", "the last week of March 2027". */
const WEEK_OF_MONTH = new RegExp(
  String.raw`\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\s+of\s+(${MONTHS})\b(?:\s+(20\d\d))?`,
  "gi",
);
/** "2026Q4", "2026-Q4": the year first. */
const YEAR_QUARTER = /\b(20\d\d)\s?[-/]?\s?Q([1-4])\b/gi;
/** "end of 2026", "by end of CY2026", "in 2027", "before 2027": a calendar year. */
/** "2026-12": a year and a month, due at the month's end. */
const ISO_MONTH = /\b(20\d\d)-(0[1-9]|1[0-2])\b(?![-/.]\d)/g;
const YEAR_BOUND = new RegExp(
  String.raw`\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:calendar\s+year\s+)?(?:CY\s?)?|(in|during|by|before)\s+(?:CY\s?)?|(?:${RESCHEDULE_VERBS})(?:\s+(?:back|out))?\s+(?:to|until|till)\s+)(20\d\d)(?!\d|[/.-]\w|\s?Q[1-4]\b)`,
  "gi",
);
/** "by v2.3", "for release 5.2", "in the 5.2 release": the release the work must ship in. */
const RELEASE_VERSION =
  /\b(?:by|before|for|in|until|ahead of)\s+(?:the\s+)?(?:(?:release|version)\s+v?\d+(?:\.\d+)+|v\d+(?:\.\d+)+|v?\d+(?:\.\d+)+\s+release)\b/gi;
/** "the first quarter of next year", "the second half of 2027": a quarter or half told in words. */
const WORDED_PERIOD =
  /\b(?:(?:by|in|during|before) )?(?:the )?(?:(first|second|third|fourth|1st|2nd|3rd|4th) quarter|(first|second|1st|2nd) half) of (next year|this year|20\d\d)\b/gi;
const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};
const FISCAL_YEAR = /\bFY\s?'?(20\d\d|\d\d)\b/g;
const END_OF =
  /\b(?:(?:by |until |before )?(?:the )?end of (?:the |this |next )?(day|week|month|quarter|year|sprint(?:\s+\d+)?|iteration(?:\s+\d+)?|cycle(?:\s+\d+)?|milestone|release))\b/gi;
const EO_ABBREV = /\b(EOD|EOW|EOM|EOQ|EOY|COB|EOB)\b/g;
const NEXT_THIS =
  /\b(?:by |within |during |in )?(next|this|the following|the next) (week|month|quarter|sprint|iteration|cycle|release|year)\b/gi;
const SPRINT = /\b(?:sprint|iteration|cycle|milestone)\s*#?\s*(\d+(?:\.\d+)*)\b/gi;
const DURATION =
  /(?:\b(within|in|by|next|over the next|timebox(?:ed)?(?: to)?)\s+)?\b(\d+|one|two|three|four|six|a|an)\s*(?:-\s*)?(day|week|month|sprint|business day|working day)s?\b(?:\s+(?:from now|from today))?/gi;
// "before the next release", "by the Q3 freeze"; and "at the next all-hands", "during the upcoming game
// day", where the event must be the next one. A named freeze goes first: "before the release freeze".
const EVENTS = String.raw`(?:code|change|holiday|release|deploy|year-end) freeze|release|launch|ga|general availability|beta|deploy(?:ment)?|freeze|peak(?: season)?|holidays?|migration|cutover|go-live|rollout|quarter|incident|game ?day|black friday|cyber monday|christmas|xmas|new year|year[- ]end|on-?call (?:hand(?:off|over)|rotation|shift)|planning|all[- ]hands|town ?hall|offsite|qbr|ops review|sprint review|retro(?:spective)?`;
const BEFORE_EVENT = new RegExp(
  String.raw`\b(?:(?:before|prior to|ahead of|by|until)\s+(?:the\s+)?(?:next|upcoming|coming|following)?|(?:at|during|in)\s+(?:the\s+)?(?:next|upcoming|coming|following))\s*(?:(?:major|minor|big|first|second|public|stable|patch|v?\d+(?:\.\d+)*)\s+)?(${EVENTS})\b`,
  "gi",
);
const TOMORROW = /\b(?:by |before )?(today|tonight|tomorrow)\b/gi;
// chrono is only asked when a month sits next to a number or a preposition, or a weekday follows "by"/"next"…:
// "may", "sun" and "mar" are common words, and chrono is the slowest step of a lint.
const MAYBE_WRITTEN = new RegExp(
  `\\b(?:${MONTHS})\\.?\\s*\\d|\\d(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})\\b|\\b(?:by|in|before|until|end of|due|through|mid|early|late)[-\\s]+(?:${MONTHS})\\b|^\\s*(?:${MONTHS})\\.?\\s*$|\\b(?:by|on|next|this|before|until|due|coming)\\s+(?:${WEEKDAYS})\\b|\\b\\d{1,2}/\\d{1,2}\\b`,
  "i",
);
// "Sep 9, 2026", "December 18th, 2026": the comma inside a date written the American way.
const MONTH_DAY_BEFORE = new RegExp(
  String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*$`,
  "i",
);
const YEAR_AFTER = /^\s*(?:19|20)\d\d\b/;

/** The comma at `comma` sits inside a date ("Sep 9, 2026"), so it separates no fields. */
export function isDateComma(text: string, comma: number): boolean {
  return (
    YEAR_AFTER.test(text.slice(comma + 1, comma + 8)) &&
    MONTH_DAY_BEFORE.test(text.slice(Math.max(0, comma - 16), comma))
  );
}

const FIELD_SEPARATOR = /\s*[,;]\s*/g;

/** The parts of a list of fields ("Ana, Sep 9, 2026, OPS-41"), split at commas and semicolons outside dates. */
export function splitFields(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  FIELD_SEPARATOR.lastIndex = 0;
  for (let m = FIELD_SEPARATOR.exec(text); m !== null; m = FIELD_SEPARATOR.exec(text)) {
    if (m[0].includes(",") && isDateComma(text, m.index + m[0].indexOf(","))) {
      continue;
    }
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

/** A digit, or a word no deadline phrase is written without: the test before any pattern runs. */
const DIGIT = /\d/;
const ANY_DEADLINE_WORD =
  /\b(?:next|this|end|eo[dwmqy]|cob|eob|q[1-4]|h[12]|fy|sprint|iteration|cycle|milestone|week|month|quarter|year|today|tomorrow|tonight|before|until|prior|ahead|release|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|one|two|three|four|six|an?\s+(?:day|week|month)|\bga\b|beta|general availability|launch|freeze|cutover|go-live|migration|rollout|peak|holiday|game ?day|handoff|handover|christmas|xmas|planning)/i;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  six: 6,
};

function twoDigitYear(text: string | undefined, fallback: number): number {
  if (text === undefined) {
    return fallback;
  }
  const value = Number(text);
  return value < 100 ? 2000 + value : value;
}

/**
 * Finds the first deadline-like phrase in plain text and resolves it to a date where it can.
 * `reference` is the post-mortem's own date (or today): relative phrases count from it. `dayFirst`:
 * the document writes "05/12/2026" for 5 December (see `slashDatesAreDayFirst`).
 */
export function findDeadline(
  text: string,
  reference: Date,
  dayFirst = false,
): FoundDeadline | undefined {
  const found = findFirstDeadline(text, reference, dayFirst);
  if (found?.date === undefined) {
    return found;
  }
  const ranged = throughRangeEnd(text, found, reference, dayFirst);
  return isDigitAt(ranged.text, 0) ? fromRangeStart(text, ranged) : ranged;
}

/** "11–14 November", "between 14 and 18 December": the range's first day leaves the action with the date. */
function fromRangeStart(text: string, found: FoundDeadline): FoundDeadline {
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
function throughRangeEnd(
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
// "… to …", "… – …", and "2026-12-01..2026-12-07" as ranges are written in queries and logs.
const RANGE_JOINT = /^\s*(?:(?:[-–—]|to|until|till|through|thru)\s+|\.\.\.?\s*)/;

function findFirstDeadline(
  text: string,
  reference: Date,
  dayFirst: boolean,
): FoundDeadline | undefined {
  // A digit is found by a plain scan; the words only need their scan when there is none.
  if (!DIGIT.test(text) && !ANY_DEADLINE_WORD.test(text)) {
    return undefined;
  }
  if (text.includes("20")) {
    const iso = firstMatch(ISO_DATE, text);
    // "20.12.2026": with dots the day comes first; read only when there is no ISO date.
    const dotted = iso === null ? firstMatch(DOTTED_DATE, text) : null;
    if (
      iso !== null &&
      !recorded(text, iso.index, iso.index + iso[0].length) &&
      !namesAThing(text, iso)
    ) {
      // An ISO date is the most explicit deadline an item can give.
      return candidate(iso, utc(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    }
    if (dotted !== null && !recorded(text, dotted.index) && !namesAThing(text, dotted)) {
      return candidate(dotted, utc(Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1])));
    }
  }
  // Each reader keeps the first match of its pattern, in this order (the order breaks ties below).
  // The costliest patterns run only when something they cannot match without is present: a q
  // beside a quarter number, "day"/"week"/"month", "end of", "H1"/"H2", "FY", "EO…"/"COB". The
  // others cost no more than such a check would.
  const found: FoundDeadline[] = [];
  const year = reference.getUTCFullYear();
  const quarterMarked = hasQuarterMark(text);
  const quarter = quarterMarked ? firstMatch(QUARTER, text) : null;
  if (quarter !== null) {
    found.push(candidate(quarter, quarterEnd(quarter, year, reference)));
  }
  const yearQuarter = quarterMarked ? firstMatch(YEAR_QUARTER, text) : null;
  if (yearQuarter !== null) {
    const end = endOfMonth(Number(yearQuarter[1]), Number(yearQuarter[2]) * 3 - 1);
    found.push(candidate(yearQuarter, end));
  }
  const yearBound = text.includes("20") ? firstMatch(YEAR_BOUND, text) : null;
  if (yearBound !== null) {
    // "by 2027" and "before 2027" end with 2026; "in 2027" and "end of 2027" with 2027.
    const before = /^(?:by|before)$/i.test(yearBound[1] ?? "");
    const end = utc(Number(yearBound[2]) - (before ? 1 : 0), 11, 31);
    // "(three such outages in 2025)": a year already over is context, not when the work is due.
    if (end >= reference) {
      found.push(candidate(yearBound, end));
    }
  }
  const isoMonth = yearBound === null && text.includes("-") ? firstMatch(ISO_MONTH, text) : null;
  if (isoMonth !== null && !recorded(text, isoMonth.index) && !namesAThing(text, isoMonth)) {
    found.push(candidate(isoMonth, endOfMonth(Number(isoMonth[1]), Number(isoMonth[2]) - 1)));
  }
  const partOfYear = text.includes("20") ? firstMatch(PART_OF_YEAR, text) : null;
  if (partOfYear !== null) {
    const month = PART_END_MONTH[partOfYear[1].toLowerCase()];
    found.push(candidate(partOfYear, endOfMonth(Number(partOfYear[2]), month)));
  }
  const weekOfMonth = /week of/i.test(text) ? firstMatch(WEEK_OF_MONTH, text) : null;
  if (weekOfMonth !== null) {
    found.push(candidate(weekOfMonth, weekOfMonthEnd(weekOfMonth, reference)));
  }
  const release = text.includes(".") ? firstMatch(RELEASE_VERSION, text) : null;
  if (release !== null) {
    found.push(candidate(release, undefined));
  }
  const half = text.includes("H1") || text.includes("H2") ? firstMatch(HALF, text) : null;
  if (half !== null) {
    found.push(candidate(half, halfEnd(half, year, reference)));
  }
  const worded =
    text.includes("quarter") || text.includes("half") ? firstMatch(WORDED_PERIOD, text) : null;
  if (worded !== null) {
    found.push(candidate(worded, wordedPeriodEnd(worded, year)));
  }
  const fiscalYear = text.includes("FY") ? firstMatch(FISCAL_YEAR, text) : null;
  if (fiscalYear !== null) {
    found.push(candidate(fiscalYear, undefined));
  }
  const endOf = END_OF_HINT.test(text) ? firstMatch(END_OF, text) : null;
  if (endOf !== null) {
    const ahead = /\bnext\b/i.test(endOf[0]) ? 1 : 0;
    found.push(candidate(endOf, endOfPeriod(endOf[1].toLowerCase(), reference, ahead)));
  }
  const abbreviation =
    text.includes("EO") || text.includes("COB") ? firstMatch(EO_ABBREV, text) : null;
  if (abbreviation !== null) {
    const period = EO_PERIOD[abbreviation[1]] ?? "day";
    found.push(candidate(abbreviation, endOfPeriod(period, reference, 0)));
  }
  // The patterns below run only when a word they cannot match without is present.
  const lower = text.toLowerCase();
  const nextThis =
    lower.includes("next") || lower.includes("this") || lower.includes("following")
      ? firstMatch(NEXT_THIS, text)
      : null;
  if (nextThis !== null) {
    const ahead = nextThis[1].toLowerCase() === "this" ? 0 : 1;
    found.push(candidate(nextThis, endOfPeriod(nextThis[2].toLowerCase(), reference, ahead)));
  }
  const sprint =
    lower.includes("sprint") ||
    lower.includes("iteration") ||
    lower.includes("cycle") ||
    lower.includes("milestone")
      ? firstMatch(SPRINT, text)
      : null;
  if (sprint !== null) {
    found.push(candidate(sprint, undefined));
  }
  const duration = DURATION_UNIT.test(text) ? durationDeadline(text, reference) : undefined;
  if (duration !== undefined) {
    found.push(duration);
  }
  const event =
    lower.includes("by") ||
    lower.includes("before") ||
    lower.includes("until") ||
    lower.includes("prior") ||
    lower.includes("ahead") ||
    lower.includes("next") ||
    lower.includes("upcoming") ||
    lower.includes("coming") ||
    lower.includes("following")
      ? firstMatch(BEFORE_EVENT, text)
      : null;
  if (event !== null) {
    found.push(candidate(event, undefined));
  }
  const isoWeek = /W\d\d/.test(text) ? firstMatch(ISO_WEEK, text) : null;
  if (isoWeek !== null) {
    found.push(candidate(isoWeek, weekSunday(isoWeek[1], Number(isoWeek[2]), reference)));
  }
  // "KW 3", "CW 05/2027": a calendar week as German and Nordic writers number it, the ISO week.
  const calendarWeek =
    text.includes("KW") || text.includes("CW") ? firstMatch(CALENDAR_WEEK, text) : null;
  if (calendarWeek !== null) {
    const week = Number(calendarWeek[1]);
    found.push(candidate(calendarWeek, weekSunday(calendarWeek[2], week, reference)));
  }
  // "until 15.01.": a day and month with dots and no year, after a word that asks for a date.
  const dayMonth = hasDayDotMonth(text) ? firstMatch(LED_DAY_MONTH, text) : null;
  if (dayMonth !== null) {
    found.push(candidate(dayMonth, nextDayAndMonth(dayMonth, reference)));
  }
  const monthYear = text.includes("/20") ? firstMatch(MONTH_SLASH_YEAR, text) : null;
  if (monthYear !== null) {
    found.push(candidate(monthYear, endOfMonth(Number(monthYear[2]), Number(monthYear[1]) - 1)));
  }
  const monthSprint =
    lower.includes("sprint") || lower.includes("iteration") || lower.includes("cycle")
      ? firstMatch(MONTH_SPRINT, text)
      : null;
  if (monthSprint !== null) {
    found.push(candidate(monthSprint, monthEndAhead(monthSprint[1], reference)));
  }
  const ordinal = ORDINAL_HINT.test(text) ? firstMatch(ORDINAL_DAY, text) : null;
  if (ordinal !== null) {
    found.push(candidate(ordinal, nextDayOfMonth(Number(ordinal[1]), reference)));
  }
  const day =
    lower.includes("today") || lower.includes("tonight") || lower.includes("tomorrow")
      ? firstMatch(TOMORROW, text)
      : null;
  if (day !== null) {
    const ahead = day[1].toLowerCase() === "tomorrow" ? DAY_MS : 0;
    found.push(candidate(day, new Date(reference.getTime() + ahead)));
  }
  if (MAYBE_WRITTEN.test(text)) {
    const written = parseWrittenDate(text, reference, dayFirst);
    // "Rerun the November 1 load test": a day naming which thing, as for ISO dates above.
    if (written !== undefined && !namesAThing(text, { index: written.index, 0: written.text })) {
      found.push(written);
    }
  }
  // "agreed 2026-11-21", "raised on 3 March", "since Q2": when something happened, not when it is due.
  let best: FoundDeadline | undefined;
  for (const deadline of found) {
    const end = deadline.index + deadline.text.length;
    if (!recorded(text, deadline.index, end) && (best === undefined || isBetter(deadline, best))) {
      best = deadline;
    }
  }
  return best;
}

/** A resolved date beats an unresolved one; among equals, the earlier mention (the first found on a tie). */
function isBetter(deadline: FoundDeadline, best: FoundDeadline): boolean {
  const resolved = Number(deadline.date !== undefined) - Number(best.date !== undefined);
  return resolved > 0 || (resolved === 0 && deadline.index < best.index);
}

function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

function candidate(match: RegExpExecArray, date: Date | undefined): FoundDeadline {
  return { text: match[0].trim(), index: match.index, date };
}

const EO_PERIOD: Record<string, string> = {
  EOD: "day",
  COB: "day",
  EOB: "day",
  EOW: "week",
  EOM: "month",
  EOQ: "quarter",
  EOY: "year",
};

/** "Q3", "Q1 2027": the quarter's last day; a yearless quarter already past means next year's. */
/** The last day of a worded quarter or half. */
function wordedPeriodEnd(match: RegExpExecArray, year: number): Date {
  const when = match[3].toLowerCase();
  const periodYear = when === "next year" ? year + 1 : when === "this year" ? year : Number(when);
  const lastMonth =
    match[1] !== undefined
      ? ORDINALS[match[1].toLowerCase()] * 3
      : ORDINALS[match[2].toLowerCase()] * 6;
  return endOfMonth(periodYear, lastMonth - 1);
}

function quarterEnd(match: RegExpExecArray, year: number, reference: Date): Date {
  const quarter = Number(match[1] ?? match[2]);
  let endYear = twoDigitYear(match[3], year);
  let end = endOfMonth(endYear, quarter * 3 - 1);
  if (match[3] === undefined && end < reference) {
    endYear += 1;
    end = endOfMonth(endYear, quarter * 3 - 1);
  }
  return end;
}

function halfEnd(match: RegExpExecArray, year: number, reference: Date): Date {
  let endYear = twoDigitYear(match[2], year);
  let end = endOfMonth(endYear, match[1] === "1" ? 5 : 11);
  if (match[2] === undefined && end < reference) {
    endYear += 1;
    end = endOfMonth(endYear, match[1] === "1" ? 5 : 11);
  }
  return end;
}

/** The first duration that reads as a deadline ("within 2 weeks"), not a frequency, condition or threshold. */
function durationDeadline(text: string, reference: Date): FoundDeadline | undefined {
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m !== null; m = DURATION.exec(text)) {
    if (m[1] === undefined && !standsAlone(text, m.index, m.index + m[0].length)) {
      continue; // "twice a day", "1 week in 4": a frequency or ratio, not a deadline.
    }
    if (CONDITION_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) {
      continue; // "expires within 7 days", "older than 30 days", "kept for 2 weeks": a condition or a period.
    }
    if (CONDITION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      continue; // "within 14 days of expiry", "2 days before the renewal": a threshold, not when the work is due.
    }
    const count = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
    const unit = m[3].toLowerCase();
    let date: Date;
    if (unit === "month") {
      date = utc(
        reference.getUTCFullYear(),
        reference.getUTCMonth() + count,
        reference.getUTCDate(),
      );
    } else {
      const days =
        unit === "week"
          ? count * 7
          : unit === "sprint"
            ? count * 14
            : unit === "day"
              ? count
              : Math.ceil(count * 1.4);
      date = new Date(reference.getTime() + days * DAY_MS);
    }
    return { text: m[0].trim(), index: m.index, date };
  }
  return undefined;
}

const END_OF_HINT = /end of /i;

/**
 * "Restore from the 2026-05-01 snapshot", "fix the 2026-11-02 regression": a date between "the" and a noun
 * names which thing, not by when; "by the 2026-12-01 freeze" still is a deadline.
 */
function namesAThing(text: string, match: { index: number; 0: string }): boolean {
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

function recorded(text: string, index: number, end?: number): boolean {
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
const CONDITION_BEFORE =
  /(?:\b(?:to|at|from|of|about|around|approximately)|[~=<>≥≤])\s*$|\b(?:expires?|expired|expiring|expiry|older than|younger than|more than|less than|longer than|shorter than|at least|at most|up to|every|for|last(?:s|ing)?|retain(?:ed)?|kept|keep|stale|idle|inactive|unused|than)\s*$/i;
const DURATION_UNIT = /day|week|month|sprint/i;
// "within 2 weeks of the incident" is still a deadline; "within 14 days of expiry" is a condition.
const CONDITION_AFTER =
  /^\s+(?:of|before|after|prior to)\s+(?!(?:the |this |our )?(?:incident|outage|post-?mortem|review|meeting|retro(?:spective)?|debrief|report|today|now)\b)/i;
/** "2027-W03": an ISO week, due on its Sunday. */
// "2027-W03", and "W03" alone: the next such week from the reference day.
const CALENDAR_WEEK = /\b(?:KW|CW)\s?(0?[1-9]|[1-4]\d|5[0-3])(?:\s?\/\s?(20\d\d))?\b/g;
/** A digit, a dot and a digit somewhere ("15.01."): found by the dots, far fewer than the characters. */
function hasDayDotMonth(text: string): boolean {
  for (let dot = text.indexOf("."); dot > 0; dot = text.indexOf(".", dot + 1)) {
    if (isDigitAt(text, dot - 1) && isDigitAt(text, dot + 1)) {
      return true;
    }
  }
  return false;
}

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}
const LED_DAY_MONTH =
  /\b(?:until|till|by|due|before|bis|on)\s+(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(?!\d)/gi;

/** The next 15 January on or after the reference day, for "until 15.01.". */
function nextDayAndMonth(match: RegExpExecArray, reference: Date): Date | undefined {
  const day = Number(match[1]);
  const month = Number(match[2]) - 1;
  const year = reference.getUTCFullYear();
  const date = utc(year, month, day);
  if (date.getUTCMonth() !== month) {
    return undefined; // "31.02."
  }
  return date < startOfUtcDay(reference) ? utc(year + 1, month, day) : date;
}
const ISO_WEEK = /\b(?:(20\d\d)-?)?W(0[1-9]|[1-4]\d|5[0-3])\b/g;
// "12/2026": a month and a four-digit year, due at the month's end.
const MONTH_SLASH_YEAR = /(?<![\d/])(0?[1-9]|1[0-2])\/(20\d\d)(?![\d/])/g;
// "the January sprint": a sprint named by its month, due at that month's end.
const MONTH_SPRINT = new RegExp(String.raw`\b(${MONTHS})\s+(?:sprint|iteration|cycle)\b`, "gi");
// "recurring monthly", "every sprint" say how often, not by when: a cadence is no deadline (the first
// run still needs one), so no pattern reads it.

// "by the 15th": the next 15th from the reference day. Only at the end of a clause: "the 15th of March" is
// chrono's, "on the 2nd try" is no date.
const ORDINAL_HINT = /\d(?:st|nd|rd|th)\b/;
const ORDINAL_DAY = new RegExp(
  String.raw`\b(?:by|before|until|on|due)\s+(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:$|[),.;:|–—-]))`,
  "gi",
);

function nextDayOfMonth(day: number, reference: Date): Date | undefined {
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth();
  for (const monthIndex of [month, month + 1, month + 2]) {
    const date = utc(year, monthIndex, day);
    // A day the month does not have ("the 31st" in November) rolls over: skip to a month that has it.
    if (date.getUTCDate() === day && date >= startOfUtcDay(reference)) {
      return date;
    }
  }
  return undefined;
}

/** "Q3", "3q": a q beside a quarter number. */
function hasQuarterMark(text: string): boolean {
  return hasQuarterMarkAt(text, "q") || hasQuarterMarkAt(text, "Q");
}

function hasQuarterMarkAt(text: string, letter: string): boolean {
  for (let at = text.indexOf(letter); at !== -1; at = text.indexOf(letter, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    if ((before >= 49 && before <= 52) || (after >= 49 && after <= 52)) {
      return true;
    }
  }
  return false;
}

/** A duration written as its own clause: "(2 weeks)", "…, 2 weeks", or at the end. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).trimEnd();
  const after = text.slice(end).trimStart();
  return (
    before === "" || /[(,:;\u2013\u2014|-]$/.test(before) || after === "" || /^[),.;|]/.test(after)
  );
}

function endOfPeriod(period: string, reference: Date, ahead: number): Date | undefined {
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth();
  if (period === "day") {
    return new Date(reference.getTime() + ahead * DAY_MS);
  }
  if (period === "week") {
    return endOfWeek(reference, ahead);
  }
  if (period === "month") {
    return endOfMonth(year, month + ahead);
  }
  if (period === "quarter") {
    return endOfMonth(year, Math.floor(month / 3) * 3 + 2 + 3 * ahead);
  }
  if (period === "year") {
    return utc(year + ahead, 11, 31);
  }
  return undefined; // Sprints, releases and milestones have no calendar without a sprint config.
}

const MONTH_ONLY = new RegExp(
  `^\\s*(?:(?:by|in|mid|early|late|end of)[-\\s]+)?(${MONTHS})\\.?\\s*$`,
  "i",
);
const MONTH_INDEX: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const MONTH_DAY = new RegExp(
  `\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(20\\d\\d))?(?![:\\d])`,
  "i",
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\b\\.?(?:,?\\s+(20\\d\\d))?`,
  "i",
);

/** "March 15", "15 Mar 2027": the common written forms, read without chrono. */
function parseMonthDay(text: string, reference: Date): FoundDeadline | undefined {
  const monthFirst = MONTH_DAY.exec(text);
  const dayFirst = monthFirst === null ? DAY_MONTH.exec(text) : null;
  const match = monthFirst ?? dayFirst;
  if (match === null) {
    return undefined;
  }
  const monthText = (monthFirst !== null ? match[1] : match[2]).toLowerCase().slice(0, 3);
  const day = Number(monthFirst !== null ? match[2] : match[1]);
  const month = MONTH_INDEX[monthText];
  if (month === undefined || day < 1 || day > 31) {
    return undefined;
  }
  let year = match[3] !== undefined ? Number(match[3]) : reference.getUTCFullYear();
  let date = utc(year, month, day);
  if (match[3] === undefined && date < reference) {
    year += 1; // A yearless date means the next one after the post-mortem.
    date = utc(year, month, day);
  }
  // "Dec." abbreviates; the full stop after "14 December" ends the sentence and is no part of the date.
  const written =
    match[0].endsWith(".") && !MONTH_ABBREVIATIONS.has(monthWord(match[0]))
      ? match[0].slice(0, -1)
      : match[0];
  return { text: written, index: match.index, date };
}

const MONTH_ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

function monthWord(text: string): string {
  return /([A-Za-z]+)\.$/.exec(text)?.[1].toLowerCase() ?? "";
}

const WEEKDAY =
  /\b(?:by|on|before|until|due|till)?\s*(?:(next|this|coming)\s+)?(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\b/i;
const WEEKDAY_INDEX: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

/**
 * "by Friday" is the next Friday on or after the reference; "next Friday" is Friday of the following
 * (Monday-based) week. The same answers chrono gives, without its cost.
 */
function parseWeekday(text: string, reference: Date): FoundDeadline | undefined {
  const match = WEEKDAY.exec(text);
  if (
    match === null ||
    (match[1] === undefined && !/\b(?:by|on|before|until|due|till)\s/i.test(match[0]))
  ) {
    return undefined;
  }
  const target = WEEKDAY_INDEX[match[2].toLowerCase()];
  const day = reference.getUTCDay();
  const ahead =
    match[1]?.toLowerCase() === "next"
      ? 7 - ((day + 6) % 7) + ((target + 6) % 7)
      : (target - day + 7) % 7;
  return {
    text: match[0].trim(),
    index: match.index + (match[0].length - match[0].trimStart().length),
    date: new Date(reference.getTime() + ahead * DAY_MS),
  };
}

const PART_OF_MONTH = /\b(mid|early|late)[-\s]+$/i;
const PART_DAY: Record<string, number> = { early: 10, mid: 15 };

/** "mid-January", "early March": the part of the month the month's name was written with. */
function withPartOfMonth(text: string, found: FoundDeadline): FoundDeadline {
  const part = PART_OF_MONTH.exec(text.slice(Math.max(0, found.index - 8), found.index));
  if (part === null || found.date === undefined) {
    return found;
  }
  const day = PART_DAY[part[1].toLowerCase()];
  const date =
    day === undefined
      ? found.date
      : utc(found.date.getUTCFullYear(), found.date.getUTCMonth(), day);
  return { text: part[0] + found.text, index: found.index - part[0].length, date };
}

const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/g;

/**
 * Whether the document writes slash dates day first ("30/11/2026"): its slash dates that can only be
 * read one way say which way the others ("05/12/2026") are meant.
 */
export function slashDatesAreDayFirst(text: string): boolean {
  if (!hasSlashDate(text)) {
    return false;
  }
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of text.matchAll(SLASH_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) {
      dayFirst++;
    } else if (second > 12 && first <= 12) {
      monthFirst++;
    }
  }
  return dayFirst > monthFirst;
}

/** A slash between two digits somewhere: most slashes are in links and paths, and a date needs this. */
function hasSlashDate(text: string): boolean {
  for (let at = text.indexOf("/"); at !== -1; at = text.indexOf("/", at + 1)) {
    if (isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) {
      return true;
    }
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** "a second cluster", "in an hour": chrono reads a span shorter than a day, which is no deadline. */
// "after 8h", "within 30 min": a span shorter than a day is a condition or a duration, never a due day.
const SUB_DAY_SPAN =
  /^(?:(?:in|within|after|for)\s+)?(?:a|an|one|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)$/i;

function parseWrittenDate(
  text: string,
  reference: Date,
  dayFirst: boolean,
): FoundDeadline | undefined {
  const monthOnly = MONTH_ONLY.exec(text);
  if (monthOnly !== null) {
    // A Due cell that says "March" or "mid-Feb": the end of the next such month.
    const month = MONTH_INDEX[monthOnly[1].toLowerCase().slice(0, 3)];
    let date = endOfMonth(reference.getUTCFullYear(), month);
    if (date < reference) {
      date = endOfMonth(reference.getUTCFullYear() + 1, month);
    }
    // "mid-Feb": the part of the month is read before the month, as in "by mid-Feb".
    const monthAt = monthOnly.index + monthOnly[0].lastIndexOf(monthOnly[1]);
    const parted = withPartOfMonth(text, { text: monthOnly[1], index: monthAt, date });
    return parted.index < monthAt
      ? parted
      : withPartOfMonth(text, { text: monthOnly[0].trim(), index: monthOnly.index, date });
  }
  const quick = parseMonthDay(text, reference) ?? parseWeekday(text, reference);
  if (quick !== undefined) {
    return quick;
  }
  let results: chrono.ParsedResult[];
  try {
    results = (dayFirst ? chrono.en.GB : chrono).parse(
      text,
      { instant: reference, timezone: "UTC" },
      { forwardDate: true },
    );
  } catch {
    return undefined;
  }
  for (const result of results) {
    const start = result.start;
    // A bare time ("at 10:00") or a lone number is not a deadline; nor is a unit ("2 s", "5 m").
    if (
      !/\p{L}{3}|\d[/.-]\d/u.test(result.text) ||
      (!start.isCertain("day") && !start.isCertain("weekday") && !start.isCertain("month")) ||
      SUB_DAY_SPAN.test(result.text)
    ) {
      continue;
    }
    const month = start.get("month");
    const day = start.get("day");
    const resultYear = start.get("year");
    if (month === null || day === null || resultYear === null) {
      continue;
    }
    let date = utc(resultYear, month - 1, day);
    if (!start.isCertain("day") && start.isCertain("month")) {
      date = endOfMonth(resultYear, month - 1); // "by March" means the end of March.
      return withPartOfMonth(text, { text: result.text.trimEnd(), index: result.index, date });
    }
    return { text: result.text.trimEnd(), index: result.index, date };
  }
  return undefined;
}

/** The Sunday ending ISO week `week` of `year`, or without a year, of the first such week not yet past. */
function weekSunday(year: string | undefined, week: number, reference: Date): Date {
  if (year !== undefined) {
    return isoWeekSunday(Number(year), week);
  }
  const thisYear = isoWeekSunday(reference.getUTCFullYear(), week);
  return thisYear.getTime() >= reference.getTime()
    ? thisYear
    : isoWeekSunday(reference.getUTCFullYear() + 1, week);
}

/** The last day of "the first week of January" (the 7th), or of the month for "the last week". */
function weekOfMonthEnd(match: RegExpExecArray, reference: Date): Date {
  const monthEnd =
    match[3] === undefined
      ? monthEndAhead(match[2], reference)
      : endOfMonth(Number(match[3]), MONTH_INDEX[match[2].slice(0, 3).toLowerCase()]);
  const ordinal = ORDINALS[match[1].toLowerCase()];
  return ordinal === undefined
    ? monthEnd
    : utc(monthEnd.getUTCFullYear(), monthEnd.getUTCMonth(), ordinal * 7);
}

/** The end of the named month, this year or, once it is past, next year. */
function monthEndAhead(month: string, reference: Date): Date {
  const index = MONTH_INDEX[month.slice(0, 3).toLowerCase()];
  const thisYear = endOfMonth(reference.getUTCFullYear(), index);
  return thisYear.getTime() >= reference.getTime()
    ? thisYear
    : endOfMonth(reference.getUTCFullYear() + 1, index);
}

/** The Sunday that ends ISO week `week` of `year`. */
function isoWeekSunday(year: number, week: number): Date {
  const jan4 = utc(year, 0, 4);
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday + ((week - 1) * 7 + 6) * DAY_MS);
}

/** Formats a date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parses a front-matter or metadata date value. */
export function parseDocumentDate(value: unknown): Date | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return startOfUtcDay(value);
  }
  if (typeof value !== "string") {
    return undefined;
  }
  const iso = /(20\d\d|19\d\d)-(\d\d)-(\d\d)/.exec(value);
  if (iso !== null) {
    return utc(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  }
  const found = parseWrittenDate(value, new Date(Date.UTC(2000, 0, 1)), false);
  return found?.date;
}
