import type { ActionStatus } from "../../types";
import { isDoneParticiple } from "../status/grammar";
import {
  DEPRIORITIZED_WORDS,
  DONE_TICK,
  DONE_WORDS,
  DUPLICATE_STATUS,
  IN_SERVICE_STATUS,
  NARRATIVE_PAST,
  NOT_A_DONE_STATUS,
  NOT_APPLICABLE_BECAUSE,
  OPEN_BOX_MARKS,
  OPEN_WORDS,
  REASON_AFTER_CUE,
  ONLY_BEFORE_PRODUCTION,
  REST_TO_COME,
  UNDONE_OR_PUT_OFF,
  UPDATE_LABEL,
  ITEM_AS_SUBJECT,
} from "../lexicon";
import { findDeadline } from "../dates";
import { toPlainText } from "../markdownText";

// What one status word or phrase says: "done", "[x]", "won't do — too costly", "Duplicate of PAY-3".
// Every status reader (a prefix, a bracket, a field, a table cell) hands its words here.

/** An empty ballot box, as exported from Google Docs, Notion or Word checklists. */
export const OPEN_BOX = new RegExp(String.raw`^\s*(?:${OPEN_BOX_MARKS})\uFE0F?\s*`, "u");
export const DONE_EMOJI = new RegExp(String.raw`${DONE_TICK}|\u2612\uFE0F?|\u{1F7E2}`, "u");
/** "🟢 On track", "🟢 In progress": a colour says the work is healthy; the words beside it say it is open. */
function openBesideMark(lower: string): boolean {
  const words = lower.replace(DONE_EMOJI_ALL, "").trim();
  return words !== "" && OPEN_WORDS.test(words);
}
const DONE_EMOJI_ALL = new RegExp(DONE_EMOJI.source, "gu");
const TICKED = /^\[\s*[xX]\s*\]$/;
const UNTICKED = /^\[\s*\]$/;
const YES = /^(?:yes|y|\u2714|x)$/i;
const WORD_BREAK = /[\s,;:(]+/;
const PARTLY = /\b(?:partially|partly|partial)\b/;

export function statusFromWord(
  word: string,
  span?: { start: number; end: number },
): ActionStatus | undefined {
  const plain = toPlainText(word).trim();
  if (plain.startsWith("(/)")) {
    // "(/)", "(/) Done": Confluence's wiki markup for its green tick, with or without a word.
    const rest = plain.slice(3).trim();
    const said = rest === "" ? undefined : statusFromWord(rest, span);
    return said ?? { state: "done", evidence: plain, span };
  }
  const update = UPDATE_LABEL.exec(plain) ?? ITEM_AS_SUBJECT.exec(plain);
  if (update !== null && update[0].length < plain.length) {
    // "Update: done", "this shipped": the status is in the words after the label or the subject.
    const said = statusFromWord(plain.slice(update[0].length), span);
    return said === undefined ? undefined : { ...said, evidence: plain };
  }
  const lower = plain.toLowerCase();
  if (TICKED.test(plain)) {
    return { state: "done", evidence: plain, span }; // A checkbox in a table cell.
  }
  if (UNTICKED.test(plain) || OPEN_BOX.test(plain)) {
    return { state: "open", evidence: plain, span };
  }
  if (DUPLICATE_STATUS.test(plain)) {
    // "Duplicate of IMG-3", "Superseded by PAY-9": closed on purpose, and the words say why.
    return { state: "deprioritized", reason: plain, evidence: plain, span };
  }
  const notApplicable = NOT_APPLICABLE_BECAUSE.exec(plain);
  if (notApplicable !== null) {
    // "N/A - vendor fixed it": no longer needed, and why; "N/A" alone says neither.
    return {
      state: "deprioritized",
      reason: plain.slice(notApplicable[0].length).trim(),
      evidence: plain,
      span,
    };
  }
  if (DEPRIORITIZED_WORDS.test(plain)) {
    const reason = reasonAfter(plain.replace(DEPRIORITIZED_WORDS, ""));
    return { state: "deprioritized", reason, evidence: plain, span };
  }
  const firstWordOf = lower.split(WORD_BREAK)[0] ?? "";
  if (PARTLY.test(lower)) {
    return { state: "open", evidence: plain, span }; // "Done (partially)": some of it is still to do.
  }
  if (restToCome(lower) || UNDONE_OR_PUT_OFF.test(lower)) {
    // "Deployed to staging, prod next week", "Rolled back", "Deployed to 3 of 5 regions".
    return { state: "open", evidence: plain, span };
  }
  if (IN_SERVICE_STATUS.test(plain) || ALL_OF_IT.test(plain)) {
    return { state: "done", evidence: plain, span };
  }
  if (
    DONE_WORDS.test(lower) ||
    DONE_WORDS.test(firstWordOf) ||
    (DONE_EMOJI.test(plain) && !openBesideMark(lower)) ||
    YES.test(lower)
  ) {
    return { state: "done", evidence: plain, span };
  }
  if (
    OPEN_WORDS.test(lower) ||
    OPEN_WORDS.test(firstTwoWords(lower)) ||
    OPEN_WORDS.test(firstWordOf)
  ) {
    return { state: "open", evidence: plain, span };
  }
  // "Sent 2026-11-02", "Published in the status page": a short status that reports the change made.
  if (
    isDoneParticiple(firstWordOf) &&
    !NOT_A_DONE_STATUS.has(firstWordOf) &&
    !NARRATIVE_PAST.has(firstWordOf) &&
    plain.split(/\s+/).length <= 5
  ) {
    return { state: "done", evidence: plain, span };
  }
  return undefined;
}

/** A status done in part: a clause names the rest as still to come, or a count a part of the whole. */
export function restToCome(lower: string): boolean {
  return (
    (SPLIT_STATUS.test(lower) && REST_TO_COME.test(lower)) ||
    partOfTheWhole(lower) ||
    ONLY_BEFORE_PRODUCTION.test(lower.trim()) ||
    promisedBy(lower)
  );
}

/** "Done by Friday", "to be completed by EOW": when it must be done, not that it is; "done by Ana" is. */
function promisedBy(lower: string): boolean {
  const by = lower.includes(" by ") ? DONE_BY.exec(lower.replace(LEADING_MARKS, "")) : null;
  // The date may take "by" in ("by EOW") or leave it out ("Friday").
  return by !== null && (findDeadline(by[1], ANY_DAY)?.index ?? Infinity) <= "by ".length;
}
const LEADING_MARKS = /^[\s\-–—|,;:]+/;
const DONE_BY =
  /^(?:to be\s+)?(?:done|completed?|finished|fixed|shipped|delivered|resolved|deployed|merged)\s+(by\s.+)$/;
/** Any reference day will do: only whether the words name a time is asked. */
const ANY_DAY = new Date(Date.UTC(2026, 0, 1));
const SPLIT_STATUS = /[;,(\u2013\u2014-]|\s(?:but|except|excluding|apart|other)\s/;
/** "100%", "100 % complete": a progress status that says all of it is done. */
const ALL_OF_IT = /^100\s?%(?:\s+(?:done|complete|completed))?$/i;
const PART_OF = /\b(\d{1,4}) (?:of|out of|\/) (\d{1,4})\b/;

/** "Deployed to 3 of 5 regions": a part of the whole done. */
function partOfTheWhole(lower: string): boolean {
  const part = lower.includes(" of ") ? PART_OF.exec(lower) : null;
  return part !== null && Number(part[1]) < Number(part[2]);
}

function firstTwoWords(lower: string): string {
  return lower.split(/\s+/).slice(0, 2).join(" ");
}

const EDGE_MARKS = /^[\s\-–—:;,.()[\]]+|[\s\-–—:;,.()[\]]+$/g;
const HAS_LETTER = /[a-z]/i;

/** "not needed after #3", "moot with PAY-12": the other item or ticket that makes this one needless. */
const OTHER_ITEM = /\b(?:after|with|by|in|via|see)\s+(?:#\d{1,7}|[A-Z][A-Z\d]+-\d+)\b/;

/** The explanation after a status word: "won't do — risk is low" gives "risk is low". */
export function reasonAfter(text: string): string | undefined {
  const cleaned = trimMarks(text).trim();
  const words = cleaned.split(/\s+/).filter((word) => HAS_LETTER.test(word));
  if (words.length >= 3 || REASON_AFTER_CUE.test(cleaned) || OTHER_ITEM.test(cleaned)) {
    return cleaned;
  }
  return undefined;
}

/** The text without the dashes, colons and brackets at either end. */
export function trimMarks(text: string): string {
  return text.replace(EDGE_MARKS, "");
}
