import {
  DAY_MS,
  endOfMonth,
  endOfPeriod,
  halfEnd,
  monthEndAhead,
  nextDayAndMonth,
  nextDayOfMonth,
  quarterEnd,
  utc,
  weekOfMonthEnd,
  weekSunday,
  wordedPeriodEnd,
} from "./calendar";
import { compactDurationDeadline, DURATION_UNIT, durationDeadline } from "./durations";
import { candidate, firstMatch, isBetter } from "./found";
import type { FoundDeadline } from "./found";
import {
  byAnAgent,
  standingBeforeEvent,
  happenedOn,
  eventNamesAPart,
  inAnExample,
  namesAThing,
  namesItsRelease,
  recorded,
  untilItHappens,
} from "./guards";
import {
  AFTER_NEXT,
  COMING_PERIODS,
  ANY_DEADLINE_WORD,
  BEFORE_EVENT,
  CALENDAR_WEEK,
  CY_QUARTER,
  DAY_MON_YEAR,
  DAY_OFFSET,
  WEEK_FIELD,
  DIGIT,
  DOTTED_DATE,
  END_MONTH,
  END_OF,
  END_OF_HINT,
  EO_ABBREV,
  FISCAL_YEAR,
  FISCAL_YEAR_END,
  HALF,
  HALF_FIRST,
  ISO_DATE,
  ISO_MONTH,
  ISO_WEEK,
  LED_DAY_MONTH,
  MAYBE_WRITTEN,
  MONTH_APOSTROPHE_YEAR,
  MONTH_SLASH_YEAR,
  MONTH_SPRINT,
  NEXT_THIS,
  ORDINAL_DAY,
  ORDINAL_HINT,
  PART_END_MONTH,
  PART_OF_YEAR,
  PERIOD_END,
  PROGRAM_INCREMENT,
  QUARTER,
  RELEASE_VERSION,
  SPRINT,
  TOMORROW,
  WEEK_OF_MONTH,
  WORDED_PERIOD,
  YEAR_BOUND,
  YEAR_QUARTER,
  hasDayDotMonth,
  hasQuarterMark,
} from "./patterns";
import { EO_PERIOD, MONTH_INDEX } from "./words";

const RELEASE_WORD = /release/i;
import { parseWrittenDate } from "./written";

export function findFirstDeadline(
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
    if (
      dotted !== null &&
      !recorded(text, dotted.index, dotted.index + dotted[0].length) &&
      !namesAThing(text, dotted)
    ) {
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
  const cyQuarter = quarterMarked && text.includes("CY") ? firstMatch(CY_QUARTER, text) : null;
  if (cyQuarter !== null) {
    const end = endOfMonth(fullYear(cyQuarter[1]), Number(cyQuarter[2]) * 3 - 1);
    found.push(candidate(cyQuarter, end));
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
  // A version has a dot; "in release 14" says so in words.
  const release =
    text.includes(".") || RELEASE_WORD.test(text) ? firstMatch(RELEASE_VERSION, text) : null;
  if (release !== null && !namesItsRelease(text, release)) {
    found.push(candidate(release, undefined));
  }
  const half = text.includes("H1") || text.includes("H2") ? firstMatch(HALF, text) : null;
  if (half !== null) {
    found.push(candidate(half, halfEnd(half, year, reference)));
  }
  const halfFirst = text.includes("H") ? firstMatch(HALF_FIRST, text) : null;
  if (halfFirst !== null) {
    found.push(candidate(halfFirst, halfEnd(halfFirst, year, reference)));
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
  // "COB Friday": the weekday after it says which day ends.
  if (abbreviation !== null && !WEEKDAY_AFTER.test(text.slice(abbreviation.index + 3))) {
    const period = EO_PERIOD[abbreviation[1]] ?? "day";
    found.push(candidate(abbreviation, endOfPeriod(period, reference, 0)));
  }
  // The patterns below run only when a word they cannot match without is present.
  const lower = text.toLowerCase();
  // Words two readers gate on are looked for once.
  const nextOrFollowing = lower.includes("next") || lower.includes("following");
  const sprintWord =
    lower.includes("sprint") || lower.includes("iteration") || lower.includes("cycle");
  const endWord = lower.includes("end");
  const nextThis = nextOrFollowing || lower.includes("this") ? firstMatch(NEXT_THIS, text) : null;
  if (nextThis !== null) {
    const ahead = nextThis[1].toLowerCase() === "this" ? 0 : 1;
    found.push(candidate(nextThis, endOfPeriod(nextThis[2].toLowerCase(), reference, ahead)));
  }
  const coming =
    lower.includes("coming") ||
    nextOrFollowing ||
    lower.includes(" a few") ||
    lower.includes(" a couple")
      ? firstMatch(COMING_PERIODS, text)
      : null;
  if (coming !== null) {
    found.push(candidate(coming, undefined));
  }
  const afterNext = lower.includes("after next") ? firstMatch(AFTER_NEXT, text) : null;
  if (afterNext !== null) {
    found.push(candidate(afterNext, endOfPeriod(afterNext[1].toLowerCase(), reference, 2)));
  }
  const periodEnd =
    endWord && (lower.includes("-end") || lower.includes(" end"))
      ? firstMatch(PERIOD_END, text)
      : null;
  if (periodEnd !== null) {
    found.push(candidate(periodEnd, endOfPeriod(periodEnd[1].toLowerCase(), reference, 0)));
  }
  const fiscalEnd =
    lower.includes("fiscal") || lower.includes("financial") || text.includes("FYE")
      ? firstMatch(FISCAL_YEAR_END, text)
      : null;
  if (fiscalEnd !== null) {
    found.push(candidate(fiscalEnd, undefined));
  }
  const increment = text.includes("PI") ? firstMatch(PROGRAM_INCREMENT, text) : null;
  if (increment !== null) {
    found.push(candidate(increment, undefined));
  }
  const offset = text.includes("+") ? firstMatch(DAY_OFFSET, text) : null;
  if (offset !== null) {
    const days = Number(offset[1]) * (/^w/i.test(offset[2] ?? "") ? 7 : 1);
    found.push(candidate(offset, new Date(reference.getTime() + days * DAY_MS)));
  }
  const sprint = sprintWord || lower.includes("milestone") ? firstMatch(SPRINT, text) : null;
  if (sprint !== null) {
    found.push(candidate(sprint, undefined));
  }
  const duration = DURATION_UNIT.test(text) ? durationDeadline(text, reference) : undefined;
  if (duration !== undefined) {
    found.push(duration);
  }
  const compact = text.includes("(") ? compactDurationDeadline(text, reference) : undefined;
  if (compact !== undefined) {
    found.push(compact);
  }
  const event =
    lower.includes("by") ||
    lower.includes("before") ||
    lower.includes("until") ||
    lower.includes("prior") ||
    lower.includes("ahead") ||
    nextOrFollowing ||
    lower.includes("coming") // "upcoming" too
      ? firstMatch(BEFORE_EVENT, text)
      : null;
  if (
    event !== null &&
    !byAnAgent(text, event) &&
    !standingBeforeEvent(text, event) &&
    !eventNamesAPart(text, event)
  ) {
    found.push(candidate(event, undefined));
  }
  const isoWeek = /W\d\d/.test(text) ? firstMatch(ISO_WEEK, text) : null;
  if (isoWeek !== null) {
    found.push(candidate(isoWeek, weekSunday(isoWeek[1], Number(isoWeek[2]), reference)));
  }
  // "KW 3", "CW 05/2027": a calendar week as German and Nordic writers number it, the ISO week; "wk 49"
  // and a field "week 49" so too.
  const calendarWeek =
    (text.includes("KW") || text.includes("CW") || lower.includes("wk")
      ? firstMatch(CALENDAR_WEEK, text)
      : null) ?? (lower.includes("week") ? firstMatch(WEEK_FIELD, text) : null);
  if (calendarWeek !== null) {
    const week = Number(calendarWeek[1]);
    found.push(candidate(calendarWeek, weekSunday(calendarWeek[2], week, reference)));
  }
  // "until 15.01.": a day and month with dots and no year, after a word that asks for a date.
  const dayMonth = hasDayDotMonth(text) ? firstMatch(LED_DAY_MONTH, text) : null;
  if (dayMonth !== null) {
    found.push(candidate(dayMonth, nextDayAndMonth(dayMonth, reference)));
  }
  const dayMonYear = text.includes("-") ? firstMatch(DAY_MON_YEAR, text) : null;
  if (
    dayMonYear !== null &&
    !recorded(text, dayMonYear.index, dayMonYear.index + dayMonYear[0].length) &&
    !namesAThing(text, dayMonYear)
  ) {
    const month = MONTH_INDEX[dayMonYear[2].slice(0, 3).toLowerCase()];
    found.push(candidate(dayMonYear, utc(fullYear(dayMonYear[3]), month, Number(dayMonYear[1]))));
  }
  const monthApostrophe =
    text.includes("'") || text.includes("’") ? firstMatch(MONTH_APOSTROPHE_YEAR, text) : null;
  if (monthApostrophe !== null) {
    const month = MONTH_INDEX[monthApostrophe[1].slice(0, 3).toLowerCase()];
    found.push(candidate(monthApostrophe, endOfMonth(fullYear(monthApostrophe[2]), month)));
  }
  const monthYear = text.includes("/20") ? firstMatch(MONTH_SLASH_YEAR, text) : null;
  if (monthYear !== null) {
    found.push(candidate(monthYear, endOfMonth(Number(monthYear[2]), Number(monthYear[1]) - 1)));
  }
  const endMonth = endWord ? firstMatch(END_MONTH, text) : null;
  if (endMonth !== null) {
    found.push(candidate(endMonth, monthEndAhead(endMonth[1] ?? endMonth[2], reference)));
  }
  const monthSprint = sprintWord ? firstMatch(MONTH_SPRINT, text) : null;
  if (monthSprint !== null) {
    found.push(candidate(monthSprint, monthEndAhead(monthSprint[1], reference)));
  }
  const ordinal = ORDINAL_HINT.test(text) ? firstMatch(ORDINAL_DAY, text) : null;
  if (ordinal !== null) {
    found.push(candidate(ordinal, nextDayOfMonth(Number(ordinal[1]), reference)));
  }
  const day =
    lower.includes("today") ||
    lower.includes("tonight") ||
    lower.includes("tomorrow") ||
    lower.includes("first thing")
      ? firstMatch(TOMORROW, text)
      : null;
  if (day !== null && !nowadays(text, day)) {
    const ahead = /^(?:tomorrow|first)/i.test(day[1]) ? DAY_MS : 0;
    found.push(candidate(day, new Date(reference.getTime() + ahead)));
  }
  if (MAYBE_WRITTEN.test(text)) {
    const written = parseWrittenDate(text, reference, dayFirst);
    // "Rerun the November 1 load test": a day naming which thing, as for ISO dates above.
    if (written !== undefined && !namesAThing(text, { index: written.index, 0: written.text })) {
      found.push(written);
    }
  }
  // "agreed 2026-11-21", "raised on 3 March", "since Q2": when something happened, not when it is due;
  // "keep it until the next release": how long a state holds; "(for example) June 25th": an illustration.
  let best: FoundDeadline | undefined;
  for (const deadline of found) {
    const end = deadline.index + deadline.text.length;
    if (
      !recorded(text, deadline.index, end) &&
      !untilItHappens(text, deadline) &&
      !inAnExample(text, deadline.index) &&
      (best === undefined || isBetter(deadline, best))
    ) {
      best = deadline;
    }
  }
  return best;
}

/** "27" is 2027; "2027" as written. */
function fullYear(text: string): number {
  const value = Number(text);
  return value < 100 ? 2000 + value : value;
}

const WEEKDAY_AFTER = /^\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)/i;

// "Today it gives up after two tries", "Today, the job runs hourly": a sentence that opens with "today" and a
// subject or a comma tells how things stand now, not when the work is due.
const AFTER_NOWADAYS =
  /^(?:\s*,|\s+(?:it|we|they|he|she|you|i|the|this|that|these|those|our|their|its|there|a|an|most|all|every|each|no|only|many|some|nobody|none)\b)/i;

function nowadays(text: string, day: RegExpExecArray): boolean {
  if (day[0].toLowerCase() !== "today") {
    return false;
  }
  const before = text.slice(Math.max(0, day.index - 40), day.index);
  return (
    (/^\s*$|[.!?;]\s*$/.test(text.slice(Math.max(0, day.index - 3), day.index)) &&
      AFTER_NOWADAYS.test(text.slice(day.index + day[0].length))) ||
    // "the events lost between the bump and today", "the jobs skipped today": a time up to now, or when
    // something was done to the item's object; "deploy it today" still dates the work.
    PERIOD_TO_NOW.test(before) ||
    // "(warn only today)", "it only retries today": what it does for now, not a due day.
    ONLY_FOR_NOW.test(before) ||
    // "There is no alert in this repo today", "Nothing pages on it today": how things stand, not a due day.
    STATE_OF_THINGS.test(sentenceBefore(text, day.index)) ||
    happenedOn(text, day.index, before, true)
  );
}

const ONLY_FOR_NOW = /\bonly\s+(?:[a-z]+\s+)?$/i;
const STATE_OF_THINGS =
  /\b(?:there\s+(?:is|are)|there['’]s|nothing|nobody|no one|(?:is|are|does|do|has|have)(?:n['’]t|\s+not|\s+no)|(?:is|are)\s+(?:only|still)|(?:is|are)\s+(?:[a-z]+\s+)?(?:un[a-z]+|missing|absent|manual(?:ly)?|broken))\b/i;

/** The words of `text`'s sentence before `index`. */
function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 120), index);
  const stop = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("! "),
    before.lastIndexOf("? "),
  );
  return stop === -1 ? before : before.slice(stop + 2);
}
const PERIOD_TO_NOW = /\b(?:and|until|till|up to|up until|through|since|so far|as of)\s+$/i;
