import { RESCHEDULE_VERBS } from "../lexicon";
import { MONTHS, WEEKDAYS, WEEKDAY_LEADS } from "./words";

// The patterns of the candidate search (search.ts), and the cheap checks that say whether one can match.

/** A digit, or a word no deadline phrase is written without: the test before any pattern runs. */
export const DIGIT = /\d/;

export const ANY_DEADLINE_WORD =
  /\b(?:next|this|end|eo[dwmqy]|cob|eob|q[1-4]|h[12]|fy|sprint|iteration|cycle|milestone|week|month|quarter|year|today|tomorrow|tonight|first thing|before|until|prior|ahead|release|upgrade|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|one|two|three|four|six|an?\s+(?:day|week|month)|\bga\b|beta|general availability|launch|freeze|cutover|go-live|migration|rollout|peak|holiday|game ?day|handoff|handover|christmas|xmas|planning|fortnight|thanksgiving|easter|diwali|audit|renewal|certification)/i;

// Also with a time after it, as trackers and forms export a due date: "2026-12-01T00:00:00Z". Not in a file's
// name ("docs/plans/2026-01-08-recovery.md", "2026-03-01-report.md"): that dates the page, not the work.
export const ISO_DATE =
  /(?<!\/)\b(20\d\d)[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?!\d|[/.-]\d|[-_][a-z]|\.[a-z]{2,4}\b)/gi;

// "20.12.2026": with dots the day comes first wherever the form is written.
export const DOTTED_DATE = /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(20\d\d)\b/g;

export const QUARTER =
  /\b(?:(?:end of |by |in |eo)?(?:the )?)?(?:Q([1-4])|([1-4])Q)(?:[\s'/-]*(?:FY)?(20\d\d|\d\d))?\b/gi;

/** "CY27Q3", "CY2027 Q3": a calendar year's quarter, the year first. */
export const CY_QUARTER = /\bCY\s?'?(20\d\d|\d\d)\s?[-/]?\s?Q([1-4])\b/gi;

/** "2026Q4", "2026-Q4": the year first. */
export const YEAR_QUARTER = /\b(20\d\d)\s?[-/]?\s?Q([1-4])\b/gi;

export const HALF = /\b(?:H([12]))(?:[\s'/-]*(20\d\d|\d\d))?\b/g;

/** "1H27", "2H 2027": the half first, then its year, which this form never leaves out. */
export const HALF_FIRST = /\b([12])H\s?'?(20\d\d|\d\d)\b/g;

/** "early 2027", "mid-2027", "late 2027": a part of a year, due at the end of its first, second or third third. */
export const PART_OF_YEAR = /\b(early|mid|late)[-\s](20\d\d)(?!\d|[/.-]\w)/gi;

export const PART_END_MONTH: Record<string, number> = { early: 3, mid: 7, late: 11 };

/** "first week of January", "the last week of March 2027". */
export const WEEK_OF_MONTH = new RegExp(
  String.raw`\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\s+of\s+(${MONTHS})\b(?:\s+(20\d\d))?`,
  "gi",
);

/** "end of 2026", "by end of CY2026", "in 2027", "before 2027": a calendar year. */
export const YEAR_BOUND = new RegExp(
  String.raw`\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:calendar\s+year\s+)?(?:CY\s?)?|(in|during|by|before)\s+(?:CY\s?)?|(?:${RESCHEDULE_VERBS})(?:\s+(?:back|out))?\s+(?:to|until|till)\s+)(20\d\d)(?!\d|[/.-]\w|\s?Q[1-4]\b)`,
  "gi",
);

/** "2026-12": a year and a month, due at the month's end. */
export const ISO_MONTH = /\b(20\d\d)-(0[1-9]|1[0-2])\b(?![-/.]\d)/g;

/**
 * "by v2.3", "for release 5.2", "in release 14", "in the 5.2 release", "for 3.6.2", "before 2.4 ships": the
 * release the work must ship in. A bare number needs three parts, and no fourth (an IP address has four).
 */
export const RELEASE_VERSION =
  /\b(?:by|before|for|in|until|ahead of)\s+(?:the\s+)?(?:(?:release|version)\s+v?\d+(?:\.\d+)+|release\s+\d+|v\d+(?:\.\d+)+|v?\d+(?:\.\d+)+\s+(?:release|ships|is released|goes out|lands)|\d+\.\d+\.\d+(?!\.?\d)(?=\s*(?:$|[.,;:()\]—–]|-\s)))\b/gi;

/** "the first quarter of next year", "the second half of 2027": a quarter or half told in words. */
export const WORDED_PERIOD =
  /\b(?:(?:by|in|during|before) )?(?:the )?(?:(first|second|third|fourth|1st|2nd|3rd|4th) quarter|(first|second|1st|2nd) half) of (next year|this year|20\d\d)\b/gi;

export const FISCAL_YEAR = /\bFY\s?'?(20\d\d|\d\d)\b/g;

export const END_OF_HINT = /end of /i;

export const END_OF =
  /\b(?:(?:by |until |before )?(?:the )?end of (?:the |this |next )?(day|week|month|quarter|year|sprint(?:\s+\d+)?|iteration(?:\s+\d+)?|cycle(?:\s+\d+)?|milestone|release))\b/gi;

export const EO_ABBREV = /\b(EOD|EOW|EOM|EOQ|EOY|COB|EOB)\b/g;

/** "this year", "by next sprint"; "later this year", "sometime next month" still end with the period. */
export const NEXT_THIS =
  /\b(?:by |within |during |in |later |sometime |some time )?(next|this|the following|the next) (week|month|quarter|sprint|iteration|cycle|release|year)\b/gi;

/**
 * "in the coming weeks", "over the next few months", "in a few days": a timebox without a day; the item is due within it, the
 * calendar does not say when exactly.
 */
export const COMING_PERIODS =
  /\b(?:(?:in|over|during|within)\s+the\s+(?:coming|next|following)\s+(?:few\s+|couple\s+(?:of\s+)?|several\s+)?|(?:in|within)\s+a\s+(?:few|couple\s+(?:of\s+)?)\s*)(?:days|weeks|months)\b/gi;

/** "the sprint after next", "the week after next": two periods ahead. */
export const AFTER_NEXT =
  /\b(week|month|quarter|year|sprint|iteration|cycle|release)\s+after\s+next\b/gi;

/** "by month-end", "before quarter-end": the end of the current period. */
export const PERIOD_END =
  /\b(?:by|before|until|at|for|due)\s+(?:the\s+)?(month|quarter|year)[- ]end\b/gi;

/** "end of fiscal year", "FYE": a fiscal calendar's end, which no date of ours can place. */
export const FISCAL_YEAR_END =
  /\b(?:end\s+of\s+(?:the\s+)?(?:fiscal|financial)\s+year|(?:fiscal|financial)\s+year[- ]end|FYE)\b/gi;

/** "PI 27.1", "PI 12": a program increment of a scaled-agile plan, in capitals. */
export const PROGRAM_INCREMENT = /\bPI\s?(\d{1,4}(?:\.\d)?)\b/g;

/**
 * "D+14", "T+60d": days after the incident ("D") or an event ("T"), as reviews count them; a time
 * ("T+5 min") is when something happened in the timeline.
 */
export const DAY_OFFSET =
  /(?<![\w+])[DT]\s?\+\s?(\d{1,3})\s?(d(?:ays?)?|w(?:ee)?ks?|w)?\b(?!\s?(?:min|h\b|hours?|hrs?|s\b|secs?|seconds?|:))/g;

export const SPRINT = /\b(?:sprint|iteration|cycle|milestone)\s*#?\s*(\d+(?:\.\d+)*)\b/gi;

// "before the next release", "by the Q3 freeze"; and "at the next all-hands", "in the next engineering
// catch-up", "during the upcoming game day", where the event must be the next one. A named freeze goes first: "before the release freeze"; a
// month or season may name which one: "before the January freeze".
const EVENTS = String.raw`(?:code|change|holiday|release|deploy|year-end) freeze|release|upgrade|launch|ga|general availability|beta|deploy(?:ment)?|freeze|peak(?: season)?|holidays?|migration|cutover|go-live|rollout|quarter|incident|game ?day|black friday|cyber monday|christmas|xmas|(?:lunar |chinese )?new year|thanksgiving|easter|diwali|audit|(?:contract |licen[cs]e )?renewal|certification|board meeting|year[- ]end|on-?call (?:hand(?:off|over)|rotation|shift)|planning|all[- ]hands|town ?hall|offsite|qbr|ops review|sprint review|retro(?:spective)?|catch[- ]?up|stand[- ]?up|meeting|ceremony|maintenance window|hard fork|conference|summit|hackathon|exam(?:s| period)?|semester`;

// "before the SOC 2 audit", "by the payments cutover": up to two words naming which event, but not a
// clause ("before the data is migrated").
const EVENT_NAME = String.raw`(?!(?:is|are|was|were|be|been|has|have|had|it|we|they|that|this|which|who|and|or|but|to|of|in|on|at|for|with|from|not|no|any|all|every|each)\b)[a-z0-9][\w-]*`;

// "Before the next incident" is ahead; "(we would have known) before the incident" is the one the page is about.
export const BEFORE_EVENT = new RegExp(
  String.raw`\b(?!(?:before|prior to|ahead of|by|until)\s+(?:the\s+|this\s+)?incident\b)(?:(?:before|prior to|ahead of|by|until)\s+(?:the\s+)?(?:next|upcoming|coming|following)?|(?:at|during|in)\s+(?:the\s+)?(?:next|upcoming|coming|following))\s*(?:(?:major|minor|big|first|second|public|stable|patch|v?\d+(?:\.\d+)*|${MONTHS}|spring|summer|autumn|fall|winter)\s+)?(?:${EVENT_NAME}\s+){0,2}(${EVENTS})\b`,
  "gi",
);

// "first thing in the morning": the next morning, told the day the page went out.
export const TOMORROW = /\b(?:by |before )?(today|tonight|tomorrow|first thing in the morning)\b/gi;

// "2027-W03": an ISO week, due on its Sunday; "W03" alone is the next such week from the reference day.
export const ISO_WEEK = /\b(?:(20\d\d)-?)?W(0[1-9]|[1-4]\d|5[0-3])\b/g;

export const CALENDAR_WEEK =
  /\b(?:KW|CW|[Ww][Kk]\.?)\s?(0?[1-9]|[1-4]\d|5[0-3])(?:\s?\/\s?(20\d\d))?\b/g;
/** "(Ana, week 3)", "due week 49": a week number standing as a field of its own, not "week 3 of the rollout". */
export const WEEK_FIELD =
  /(?:^|(?<=[(,;]\s*)|(?<=\b(?:due|by|in|target|eta)\s+))[Ww]eek\s?(0?[1-9]|[1-4]\d|5[0-3])(?:\s?\/\s?(20\d\d))?(?=\s*(?:$|[),;.]))/g;

export const LED_DAY_MONTH =
  /\b(?:until|till|by|due|before|bis|on)\s+(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(?!\d)/gi;

/** "30-Jan-27", "15-MAR-2027": day, month and year joined by dashes, as forms and databases print them. */
export const DAY_MON_YEAR = new RegExp(
  String.raw`\b(0?[1-9]|[12]\d|3[01])-(${MONTHS})-(20\d\d|\d\d)\b`,
  "gi",
);

/** "Dec '26": a month and a two-digit year after an apostrophe, due at the month's end. */
export const MONTH_APOSTROPHE_YEAR = new RegExp(String.raw`\b(${MONTHS})\.?\s?['’](\d\d)\b`, "gi");

// "12/2026": a month and a four-digit year, due at the month's end.
export const MONTH_SLASH_YEAR = /(?<![\d/])(0?[1-9]|1[0-2])\/(20\d\d)(?![\d/])/g;

/** "end Jan", "end-March", "Jan end": a month's end written without "of"; capitalised, as "may" is a word. */
const CAPITALISED_MONTHS = MONTHS.replace(
  /(^|\|)([a-z])/g,
  (_, bar: string, first: string) => bar + first.toUpperCase(),
);
export const END_MONTH = new RegExp(
  String.raw`\b[Ee]nd[-\s]+(${CAPITALISED_MONTHS})\b(?![-\s]*\d)|\b(${CAPITALISED_MONTHS})[-\s]+end\b`,
  "g",
);

// "the January sprint": a sprint named by its month, due at that month's end.
export const MONTH_SPRINT = new RegExp(
  String.raw`\b(${MONTHS})\s+(?:sprint|iteration|cycle)\b`,
  "gi",
);

// "recurring monthly", "every sprint" say how often, not by when: a cadence is no deadline (the first
// run still needs one), so no pattern reads it.

// "by the 15th", "by Friday 18th": the next 15th from the reference day. Only at the end of a clause: "the 15th of March" is
// chrono's, "on the 2nd try" is no date.
export const ORDINAL_HINT = /\d(?:st|nd|rd|th)\b/;

export const ORDINAL_DAY = new RegExp(
  String.raw`\b(?:by|before|until|on|due)\s+(?:(?:${WEEKDAYS})\.?,?\s+)?(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:$|[(),.;:|–—-]))`,
  "gi",
);

// chrono is only asked when a month sits next to a number or a preposition, or a weekday follows "by"/"next"…:
// "may", "sun" and "mar" are common words, and chrono is the slowest step of a lint.
export const MAYBE_WRITTEN = new RegExp(
  `\\b(?:${MONTHS})\\.?\\s*\\d|\\d(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})\\b|\\b[a-z]+(?:st|nd|rd|th)\\s+of\\s+(?:${MONTHS})\\b|\\b(?:by|in|before|until|end of|due|through|during|mid|early|late)[-\\s]+(?:${MONTHS})\\b|^\\s*(?:${MONTHS})\\.?\\s*$|\\b(?:${WEEKDAY_LEADS}|next|this|coming)\\s+(?:${WEEKDAYS})\\b|\\b\\d{1,2}/\\d{1,2}\\b`,
  "i",
);

// "… to …", "… – …", and "2026-12-01..2026-12-07" as ranges are written in queries and logs.
export const RANGE_JOINT = /^\s*(?:(?:[-–—]|to|until|till|through|thru)\s+|\.\.\.?\s*)/;

/** "Q3", "3q": a q beside a quarter number. */
export function hasQuarterMark(text: string): boolean {
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

/** A digit, a dot and a digit somewhere ("15.01."): found by the dots, far fewer than the characters. */
export function hasDayDotMonth(text: string): boolean {
  for (let dot = text.indexOf("."); dot > 0; dot = text.indexOf(".", dot + 1)) {
    if (isDigitAt(text, dot - 1) && isDigitAt(text, dot + 1)) {
      return true;
    }
  }
  return false;
}

export function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}
