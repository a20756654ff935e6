// English alone: the package's root would bundle every locale it ships.
import * as chrono from "chrono-node/en";
import { DAY_MS, endOfMonth, startOfUtcDay, utc } from "./calendar";
import type { FoundDeadline } from "./found";
import { MONTHS, MONTH_ABBREVIATIONS, MONTH_INDEX, WEEKDAY_INDEX, WEEKDAY_LEADS } from "./words";

// Dates written in words: the common forms read directly, chrono-node asked for the rest.

const MONTH_ONLY = new RegExp(
  `^\\s*(?:(?:by|in|mid|early|late|end of)[-\\s]+)?(${MONTHS})\\.?\\s*$`,
  "i",
);

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

function monthWord(text: string): string {
  return /([A-Za-z]+)\.$/.exec(text)?.[1].toLowerCase() ?? "";
}

const WEEKDAY = new RegExp(
  String.raw`\b(?:${WEEKDAY_LEADS})?\s*(?:(next|this|coming)\s+)?(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\b`,
  "i",
);
const WEEKDAY_LED = new RegExp(String.raw`\b(?:${WEEKDAY_LEADS})\s`, "i");
/** "Fri 12/18", "Friday 18th": the weekday of a date written after it, which says the day. */
const DATE_AFTER = /^\s*,?\s*(?:\d{1,2}[/.]\d{1,2}|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)/;

/**
 * "by Friday" (or "no later than Friday") is the next Friday on or after the reference; "next Friday" is
 * Friday of the following (Monday-based) week. The same answers chrono gives, without its cost.
 */
function parseWeekday(text: string, reference: Date): FoundDeadline | undefined {
  const match = WEEKDAY.exec(text);
  if (
    match === null ||
    (match[1] === undefined && !WEEKDAY_LED.test(match[0])) ||
    DATE_AFTER.test(text.slice(match.index + match[0].length))
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

// "two months ago", "yesterday": chrono counts back from the reference, to a day that has gone, never a due day.
// "on call 24/7" means around the clock, not the 24th of July.
const NOT_A_DUE_DAY = /\bago$|^yesterday$|^24\s?\/\s?7$/i;

/** "a second cluster", "in an hour": chrono reads a span shorter than a day, which is no deadline. */
// "after 8h", "within 30 min": a span shorter than a day is a condition or a duration, never a due day.
const SUB_DAY_SPAN =
  /^(?:(?:in|within|after|for)\s+)?(?:a|an|one|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)$/i;

// "npm-6/7 certificates", "v6/7 hosts": numbers joined to a word name versions, not a month and a day.
const NAME_BEFORE = /[\p{L}_](?:-)?$/u;

function partOfName(text: string, index: number, found: string): boolean {
  return (
    /^\d/.test(found) && index > 0 && NAME_BEFORE.test(text.slice(Math.max(0, index - 2), index))
  );
}

export function parseWrittenDate(
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
    results = (dayFirst ? chrono.GB : chrono.casual).parse(
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
      SUB_DAY_SPAN.test(result.text) ||
      NOT_A_DUE_DAY.test(result.text.trim()) ||
      partOfName(text, result.index, result.text)
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
  // "02.12.2026": with dots the day comes first, wherever the page is written.
  const dotted = DOTTED.exec(value);
  if (dotted !== null) {
    return utc(Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1]));
  }
  const found = parseWrittenDate(value, NO_YEAR, false)?.date;
  if (found === undefined || found.getUTCFullYear() !== NO_YEAR.getUTCFullYear()) {
    return found;
  }
  // "March 2-4, 2026": a range's year is written once, after its last day. "March 3" alone names no
  // year, so no date for the document: its relative deadlines count from today, never from 2000.
  const year = YEAR.exec(value);
  return year === null ? undefined : utc(Number(year[0]), found.getUTCMonth(), found.getUTCDate());
}
/** The reference year a written date without one falls back to: no document is that old. */
const NO_YEAR = new Date(Date.UTC(2000, 0, 1));
const YEAR = /\b(?:19|20)\d\d\b/;
const DOTTED = /^\s*(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)\b/;
