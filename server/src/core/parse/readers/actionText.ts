import type { Span } from "../../types";
import {
  DEADLINE_LEADS,
  FINITE_AUXILIARIES,
  INTERROGATIVE,
  IRREGULAR_PAST,
  PROCESS_NOUNS,
} from "../lexicon";
import { collapseWhitespace, toPlainText } from "../markdownText";
import type { Reading } from "./reading";
import { firstWord, isPastOfVerb, startsWithVerb } from "./verbs";

// The action once every annotation the readers claimed is cut out: its plain text, the part that
// carries the verb (after a bold title, if the title has none), and whether it asks a question.

export interface ActionText {
  actionText: string;
  verbText: string;
  /** Where the verb text starts in the raw text, for the leading-verb search. */
  verbSearchFrom: number;
  isQuestion: boolean;
}

const QUESTION_AT_END = /\?\s*$/;

/** `read`: a text already made plain, with its source; a third of items strip down to that same source. */
export function actionTextOf(r: Reading, read?: { source: string; plain: string }): ActionText {
  const { raw, removals, tailEnd } = r;
  const head = raw.slice(0, tailEnd);
  const stripped = stripSpans(
    head,
    removals.filter((cut) => cut.start < tailEnd),
    r.pos,
  );
  const actionText = cleanAction(stripped === read?.source ? read.plain : toPlainText(stripped));
  let verbText = actionText;
  let verbSearchFrom = r.pos;
  if (r.titleText !== undefined && r.titleEnd !== undefined) {
    const explanation = cleanAction(toPlainText(stripSpans(head, removals, r.titleEnd)));
    // The explanation is the deliverable when it opens with a verb ("**Better dashboards.** Build a latency
    // dashboard") or when the title names a theme rather than an action.
    if (
      explanation !== "" &&
      (opensWithImperative(explanation) ||
        (!startsWithVerb(r.titleText) &&
          !startsWithPastForm(r.titleText) &&
          !activityOverDescription(r.titleText, explanation)))
    ) {
      verbText = explanation;
      verbSearchFrom = r.titleEnd;
    }
  }
  const isQuestion =
    actionText.includes("?") &&
    (QUESTION_AT_END.test(actionText) || INTERROGATIVE.test(actionText));
  return { actionText, verbText, verbSearchFrom, isQuestion };
}

// "Work has begun to move …", "Testing is under way": a first word followed by a finite verb is the
// sentence's subject, not an imperative, however often it is a verb elsewhere.
const SUBJECT_THEN_FINITE = new RegExp(
  String.raw`^[^A-Za-z]*[A-Za-z][A-Za-z'-]*\s+(?:${[...FINITE_AUXILIARIES].join("|")})\b`,
  "i",
);

/**
 * "**Collector metrics review** — the collector keeps seven days": a title naming an activity over a sentence
 * that only describes; the title is what is asked for.
 */
function activityOverDescription(title: string, explanation: string): boolean {
  const head = /([a-z]+)\W*$/i.exec(title.trim())?.[1]?.toLowerCase() ?? "";
  return PROCESS_NOUNS.has(head) && !ASKS.test(explanation);
}
const ASKS = /\b(?:will|should|must|need|needs|shall|going to|plan to|let's)\b|['’]ll\b/i;

/** "**Rebuilt the index.** It took an hour.": a title that reports the work in the past carries the verb. */
function startsWithPastForm(title: string): boolean {
  const word = firstWord(title);
  // "**Enhanced Supply Chain Monitoring**": a title in title case is a name, its participle an adjective.
  const second = title.trim().split(/\s+/)[1];
  return (
    word !== undefined &&
    (second === undefined || !/^\p{Lu}/u.test(second)) &&
    (IRREGULAR_PAST.has(word) || isPastOfVerb(word))
  );
}

function opensWithImperative(text: string): boolean {
  return startsWithVerb(text) && !SUBJECT_THEN_FINITE.test(text);
}

/** `raw` from `from` on, each removed span replaced by one space. */
export function stripSpans(raw: string, removals: Span[], from = 0): string {
  const sorted = removals.length < 2 ? removals : [...removals].sort((a, b) => a.start - b.start);
  let out = "";
  let cursor = from;
  for (const removal of sorted) {
    if (removal.end <= cursor) {
      continue;
    }
    if (removal.start > cursor) {
      out += raw.slice(cursor, removal.start);
    }
    out += " ";
    cursor = Math.max(cursor, removal.end);
  }
  return out + raw.slice(cursor);
}

const EMPTY_BRACKETS = /\(\s*[,;.]?\s*\)|\[\s*\]/g;
const SPACED_MID_STOP = /(?<=[\p{L}\d)"'’”])\s+\.\s+(?=\p{Lu})/gu;
const SPACED_END_MARKS = /\s*\.(?:\s+\.)*$/;
// Starts only where a run of separators starts, so a long run is scanned once.
const STRAY_BEFORE_STOP = /(?<![\s\-–—:;,|•·])\s*[-–—:;,|•·][\s\-–—:;,|•·]*\.$/;
const DANGLING_DEADLINE_WORD = new RegExp(String.raw`\s+(?:${DEADLINE_LEADS})\s*[:,.;]?\s*$`, "i");
const DEADLINE_WORD_AT_END = new RegExp(`(?:${DEADLINE_LEADS})$`, "i");
// Bullets and middle dots too: "• Status: Open • Owner: Kim" once its fields are cut out leaves "• •".
const LEADING_PUNCTUATION = /^[\s\-–—:;,.|•·]/;
const TRAILING_PUNCTUATION = /^[\s\-–—:;,|•·]$/;
const ITEM_NUMBER = /^\d{1,3}[.)]\s+(?=[A-Za-z])/;
const END_MARK = /[:,.;]$/;

/**
 * Removes what is left around the action once its annotations are cut out: empty brackets, a
 * dangling "by", stray punctuation at either end. Each replacement runs only when a cheap check
 * of the characters it needs passes, since most texts need none of them.
 */
function cleanAction(text: string): string {
  let cleaned = text;
  if (cleaned.includes("(") || cleaned.includes("[")) {
    // Removing a link's ref and URL leaves nested shells, "([ ]( ))": empty them from the inside out.
    for (let previous = ""; previous !== cleaned;) {
      previous = cleaned;
      cleaned = cleaned.replace(EMPTY_BRACKETS, " ");
    }
  }
  if (mayEndWithDeadlineWord(cleaned)) {
    cleaned = cleaned.replace(DANGLING_DEADLINE_WORD, "");
  }
  cleaned = collapseWhitespace(cleaned);
  const first = cleaned.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    cleaned = cleaned.replace(ITEM_NUMBER, ""); // "**2. Add node-local caching**": the number is the item's, not the action's.
  }
  if (cleaned.endsWith(".") && STRAY_BEFORE_STOP.test(cleaned)) {
    // "… scheduler. ; ;." once the fields between the semicolons are cut out: the full stop stays, once.
    cleaned = cleaned.replace(STRAY_BEFORE_STOP, (stray: string, at: number) =>
      cleaned.charAt(at - 1) === "." ? "" : ".",
    );
  }
  if (cleaned.includes(" . ")) {
    // "… in another zone . We also …" once "(Alex, by 2026-10-01)" is cut out before the full stop.
    cleaned = cleaned.replace(SPACED_MID_STOP, ". ");
  }
  if (cleaned.endsWith(" .")) {
    // "… the host cycler ." once "by 2027-01-20" is cut out; "Fix it. ." once two field sentences are.
    cleaned = cleaned.replace(SPACED_END_MARKS, ".");
  }
  if (
    LEADING_PUNCTUATION.test(cleaned) ||
    TRAILING_PUNCTUATION.test(cleaned.charAt(cleaned.length - 1))
  ) {
    cleaned = trimEdgePunctuation(cleaned);
  }
  return cleaned.trim();
}

/**
 * The text without stray punctuation at either end. A loop, not a pattern: a pattern anchored at the end
 * retries from every mark of a long run of them ("- - - … x -"), quadratic in the run's length.
 */
function trimEdgePunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING_PUNCTUATION.test(text.charAt(start))) {
    start++;
  }
  while (end > start && TRAILING_PUNCTUATION.test(text.charAt(end - 1))) {
    end--;
  }
  return text.slice(start, end);
}

/** A necessary condition for DANGLING_DEADLINE_WORD: the text ends in the word, maybe then one mark. */
function mayEndWithDeadlineWord(text: string): boolean {
  let end = text.trimEnd();
  if (END_MARK.test(end.slice(-1))) {
    end = end.slice(0, -1).trimEnd();
  }
  return DEADLINE_WORD_AT_END.test(end.slice(-"deadline".length));
}
