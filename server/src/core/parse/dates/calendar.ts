import { MONTH_INDEX, ORDINALS } from "./words";

// Calendar arithmetic in UTC: the last day of the month, week, quarter, half or ISO week a deadline names.

export const DAY_MS = 86_400_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

export function endOfMonth(year: number, monthIndex: number): Date {
  return utc(year, monthIndex + 1, 0);
}

function endOfWeek(reference: Date, weeksAhead: number): Date {
  // Friday of the reference week (or a later one): the end of a working week.
  const day = reference.getUTCDay();
  const toFriday = (5 - day + 7) % 7;
  return new Date(reference.getTime() + (toFriday + 7 * weeksAhead) * DAY_MS);
}

export function endOfPeriod(period: string, reference: Date, ahead: number): Date | undefined {
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

function twoDigitYear(text: string | undefined, fallback: number): number {
  if (text === undefined) {
    return fallback;
  }
  const value = Number(text);
  return value < 100 ? 2000 + value : value;
}

/** "Q3", "Q1 2027": the quarter's last day; a yearless quarter already past means next year's. */
export function quarterEnd(match: RegExpExecArray, year: number, reference: Date): Date {
  const quarter = Number(match[1] ?? match[2]);
  let endYear = twoDigitYear(match[3], year);
  let end = endOfMonth(endYear, quarter * 3 - 1);
  if (match[3] === undefined && end < reference) {
    endYear += 1;
    end = endOfMonth(endYear, quarter * 3 - 1);
  }
  return end;
}

export function halfEnd(match: RegExpExecArray, year: number, reference: Date): Date {
  let endYear = twoDigitYear(match[2], year);
  let end = endOfMonth(endYear, match[1] === "1" ? 5 : 11);
  if (match[2] === undefined && end < reference) {
    endYear += 1;
    end = endOfMonth(endYear, match[1] === "1" ? 5 : 11);
  }
  return end;
}

/** The last day of a worded quarter or half. */
export function wordedPeriodEnd(match: RegExpExecArray, year: number): Date {
  const when = match[3].toLowerCase();
  const periodYear = when === "next year" ? year + 1 : when === "this year" ? year : Number(when);
  const lastMonth =
    match[1] !== undefined
      ? ORDINALS[match[1].toLowerCase()] * 3
      : ORDINALS[match[2].toLowerCase()] * 6;
  return endOfMonth(periodYear, lastMonth - 1);
}

/** The end of the named month, this year or, once it is past, next year. */
export function monthEndAhead(month: string, reference: Date): Date {
  const index = MONTH_INDEX[month.slice(0, 3).toLowerCase()];
  const thisYear = endOfMonth(reference.getUTCFullYear(), index);
  return thisYear.getTime() >= reference.getTime()
    ? thisYear
    : endOfMonth(reference.getUTCFullYear() + 1, index);
}

/** The last day of "the first week of January" (the 7th), or of the month for "the last week". */
export function weekOfMonthEnd(match: RegExpExecArray, reference: Date): Date {
  const monthEnd =
    match[3] === undefined
      ? monthEndAhead(match[2], reference)
      : endOfMonth(Number(match[3]), MONTH_INDEX[match[2].slice(0, 3).toLowerCase()]);
  const ordinal = ORDINALS[match[1].toLowerCase()];
  return ordinal === undefined
    ? monthEnd
    : utc(monthEnd.getUTCFullYear(), monthEnd.getUTCMonth(), ordinal * 7);
}

/** The Sunday that ends ISO week `week` of `year`. */
function isoWeekSunday(year: number, week: number): Date {
  const jan4 = utc(year, 0, 4);
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday + ((week - 1) * 7 + 6) * DAY_MS);
}

/** The Sunday ending ISO week `week` of `year`, or without a year, of the first such week not yet past. */
export function weekSunday(year: string | undefined, week: number, reference: Date): Date {
  if (year !== undefined) {
    return isoWeekSunday(Number(year), week);
  }
  const thisYear = isoWeekSunday(reference.getUTCFullYear(), week);
  return thisYear.getTime() >= reference.getTime()
    ? thisYear
    : isoWeekSunday(reference.getUTCFullYear() + 1, week);
}

export function nextDayOfMonth(day: number, reference: Date): Date | undefined {
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

/** The next 15 January on or after the reference day, for "until 15.01.". */
export function nextDayAndMonth(match: RegExpExecArray, reference: Date): Date | undefined {
  const day = Number(match[1]);
  const month = Number(match[2]) - 1;
  const year = reference.getUTCFullYear();
  const date = utc(year, month, day);
  if (date.getUTCMonth() !== month) {
    return undefined; // "31.02."
  }
  return date < startOfUtcDay(reference) ? utc(year + 1, month, day) : date;
}

/** Formats a date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
