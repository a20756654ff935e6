import { DAY_MS, utc } from "./calendar";
import type { FoundDeadline } from "./found";
import { NUMBER_WORDS } from "./words";

// "within 2 weeks", "(3 days)", "in a week or two": a duration as a deadline, counted from the reference day
// (to the later bound when the writer gives two).

const DURATION =
  /(?:\b(within|in|by|next|over the next|timebox(?:ed)?(?: to)?)\s+)?\b(\d+|one|two|three|four|six|a|an)\s*(?:-\s*)?(hour|hr|day|week|fortnight|month|sprint|business day|working day)s?\b(?:\s+or\s+(two|three|so)\b)?(?:\s+(?:from now|from today))?/gi;

export const DURATION_UNIT = /day|week|fortnight|month|sprint|hour|\bhrs?\b/i;

/** "(1w)", "(2d)", "(3 wk)": an estimate's shorthand in brackets, the timebox the work is given. */
const COMPACT_DURATION = /\((\d{1,2})\s?(d|w|wk|wks|mo)\)/gi;
const COMPACT_DAYS: Record<string, number> = { d: 1, w: 7, wk: 7, wks: 7, mo: 30 };

/** The first bracketed shorthand duration, as a deadline counted from the reference day. */
export function compactDurationDeadline(text: string, reference: Date): FoundDeadline | undefined {
  COMPACT_DURATION.lastIndex = 0;
  const m = COMPACT_DURATION.exec(text);
  if (m === null) {
    return undefined;
  }
  const days = Number(m[1]) * COMPACT_DAYS[m[2].toLowerCase()];
  return {
    text: m[0].slice(1, -1),
    index: m.index + 1,
    date: new Date(reference.getTime() + days * DAY_MS),
  };
}

/** The first duration that reads as a deadline ("within 2 weeks"), not a frequency, condition or threshold. */
export function durationDeadline(text: string, reference: Date): FoundDeadline | undefined {
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m !== null; m = DURATION.exec(text)) {
    // "3-5 days": the range's first number is part of the duration, so the words before it qualify it.
    const range = RANGE_START.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const start = range === null ? m.index : m.index - range[0].length;
    const led =
      m[1] !== undefined ||
      (range !== null && DURATION_LEAD.test(text.slice(Math.max(0, start - 16), start)));
    if (
      !led &&
      (!standsAlone(text, start, m.index + m[0].length) ||
        (ARTICLE.test(m[2]) && ENDS_IN_WORD.test(text.slice(0, start).trimEnd())))
    ) {
      continue; // "twice a day", "dozens of emails a day)", "1 week in 4": a frequency or ratio, not a deadline.
    }
    if (CONDITION_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
      continue; // "expires within 7 days", "kept for 2 weeks", "tune it after a week": a condition, a period or a wait.
    }
    if (
      m[1]?.toLowerCase() === "by" &&
      !m[0].toLowerCase().includes(" from ") &&
      AMOUNT_OF_CHANGE.test(sentenceBefore(text, start))
    ) {
      continue; // "extend the trial by 30 days", "delay the rollout by two weeks": how much, not when.
    }
    if (CONDITION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      continue; // "within 14 days of expiry", "2 days before the renewal": a threshold, not when the work is due.
    }
    const unit = m[3].toLowerCase();
    if (
      (unit === "hour" || unit === "hr") &&
      (m[1] === undefined || !HOURS_AS_TIMEBOX.test(text.slice(0, start)))
    ) {
      continue; // "failover completes within 1 hour": a target for the system, not when the work is due.
    }
    const upper = m[4]?.toLowerCase();
    const count =
      upper === undefined || upper === "so"
        ? (NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]))
        : NUMBER_WORDS[upper];
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
          : unit === "fortnight"
            ? count * 14
            : unit === "sprint"
              ? count * 14
              : unit === "day"
                ? count
                : unit === "hour" || unit === "hr"
                  ? Math.ceil(count / 24)
                  : Math.ceil(count * 1.4);
      date = new Date(reference.getTime() + days * DAY_MS);
    }
    return { text: m[0].trim(), index: m.index, date };
  }
  return undefined;
}

/** A duration written as its own clause: "(2 weeks)", "…, 2 weeks", or at the end. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).trimEnd();
  const after = text.slice(end).trimStart();
  return (
    before === "" || /[(,:;\u2013\u2014|-]$/.test(before) || after === "" || /^[),.;|]/.test(after)
  );
}

const RANGE_START = /\b\d+\s*[-\u2013]\s*$/;
// "emails a day", "twice a week": "a" after a word makes the span a rate.
const ARTICLE = /^an?$/i;
const ENDS_IN_WORD = /\w$/;
// Hours are a timebox only when led ("within", "in", "next") where nothing before them could be what takes that
// long: a heading's "Do within 24 hours", "(within 48 hours)", "— next 72 hours"; not "deploy: 2-3 hours".
const HOURS_AS_TIMEBOX = /(?:^|[-\u2013\u2014:(|,]|\bdo)\s*$/i;
const DURATION_LEAD = /\b(?:within|in|by|next|over the next)\s*$/i;

const CONDITION_BEFORE =
  /(?:\b(?:to|at|from|of|about|around|approximately)|[~=<>≥≤])\s*$|\b(?:expires?|expired|expiring|expiry|older than|younger than|more than|less than|longer than|shorter than|at least|at most|up to|every|for|last(?:s|ing)?|retain(?:ed)?|kept|keep|stale|idle|inactive|unused|than|after)\s*$/i;

// A change of a length or a date, its verb up to six words before "by": what follows "by" is the amount.
const AMOUNT_OF_CHANGE =
  /\b(?:extend|delay|postpone|push(?:ed|es|ing)? back|shift|defer|lengthen|shorten|prolong|offset|slip|slipp|increas|reduc|cut(?!\s+over))\w*(?:\s+[\w'’-]+){0,6}\s*$/i;

/** The text of the sentence before `at`, up to 80 characters. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.slice(before.search(/[^.;:!?]*$/));
}

// "within 2 weeks of the incident" is still a deadline; "within 14 days of expiry" is a condition.
const CONDITION_AFTER =
  /^\s+(?:of|before|after|prior to)\s+(?!(?:the |this |our )?(?:incident|outage|post-?mortem|review|meeting|retro(?:spective)?|debrief|report|today|now)\b)/i;
