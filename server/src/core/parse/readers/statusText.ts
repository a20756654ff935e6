import {
  DEPRIORITIZED_WORDS,
  DONE_MARKS,
  DONE_REPORTS,
  DROPPED_MARKS,
  INLINE_OPEN_MARKS,
  REASON_CUE,
  SUBORDINATORS,
} from "../lexicon";
import { toPlainText } from "../markdownText";
import { STRUCK } from "../strikethrough";
import { claimStatus, hasStatus, type Reading } from "./reading";
import { DONE_EMOJI, reasonAfter, statusFromWord, trimMarks } from "./statusWord";

// Status claims written in the text rather than in front of or after it: "(done)" or "**DONE**" in the
// middle, struck-through text, "won't do" and "descoped" anywhere.

const INLINE_STATUS = new RegExp(
  String.raw`[(\[]\s*(${DONE_MARKS}|${DROPPED_MARKS}|${INLINE_OPEN_MARKS})\s*!*[)\]]|\*\*(DONE|COMPLETED?|FIXED)\*\*`,
  "i",
);
const DONE_REPORT = new RegExp(String.raw`\b(?:${DONE_REPORTS})\b`, "i");

/** "(done)", "[fixed]", "**DONE**" inside the text, when nothing stated a status before. */
export function readInlineStatus(r: Reading): void {
  const { raw } = r;
  if (hasStatus(r) || (!raw.includes("(") && !raw.includes("[") && !raw.includes("**"))) {
    return;
  }
  const inline = INLINE_STATUS.exec(raw);
  if (inline !== null) {
    const span = { start: inline.index, end: inline.index + inline[0].length };
    // Group 1 is the bracketed word, group 2 the bold one ("**DONE**").
    claimStatus(r, "marker", statusFromWord(inline[1] ?? inline[2], span));
    // "Hardware (pending): …" reads "Hardware: …", the space before the brackets going with them.
    const spaceBefore = span.start > 0 && raw[span.start - 1] === " " ? 1 : 0;
    r.removals.push({ start: span.start - spaceBefore, end: span.end });
  }
}

/** Struck-through text: done when the words beside it say so, otherwise dropped. True when the text has some. */
export function readStrikethrough(r: Reading): boolean {
  const { raw } = r;
  const struck = raw.includes("~~") ? STRUCK.exec(raw) : null;
  if (struck === null) {
    return false;
  }
  const outside = toPlainText(
    raw.slice(0, struck.index) + " " + raw.slice(struck.index + struck[0].length),
  );
  const outsideWords = trimMarks(outside);
  const span = { start: struck.index, end: struck.index + struck[0].length };
  if (DONE_REPORT.test(outsideWords) || DONE_EMOJI.test(outside)) {
    claimStatus(r, "strikethrough", { state: "done", evidence: "strikethrough", span });
  } else {
    // "~~Rewrite the indexer~~ (OPS-15) — deprioritized: it meets its target": the reason follows the word.
    const dropped = droppedWordIn(outsideWords);
    const reasonPart =
      dropped === null ? outsideWords : outsideWords.slice(dropped.index + dropped[0].length);
    claimStatus(r, "strikethrough", {
      state: "deprioritized",
      reason: reasonAfter(reasonPart) ?? r.reasonText,
      evidence: "strikethrough",
      span,
    });
    if (dropped !== null) {
      cutDecisionAfter(r, dropped[0], span.end);
    }
  }
  return true;
}

/** "~~Rewrite it~~ — won't do: …": the decision and its reason after the struck action are not its words. */
function cutDecisionAfter(r: Reading, word: string, from: number): void {
  const at = r.lower.indexOf(word.toLowerCase(), from);
  if (at === -1) {
    return;
  }
  const start = from + r.raw.slice(from, at).search(SEPARATORS_BEFORE_END);
  r.removals.push({ start, end: r.raw.length });
}

const SEPARATORS_BEFORE_END = /[\s,;:|–—-]*$/;

/**
 * "… — Oren Katz — MAIL-108 — Duplicate", "(…, dupe)": the closing part says the work is tracked elsewhere.
 * Only as the last part: "Remove duplicate alerts" names a thing.
 */
const CLOSING_DUPLICATE = /[-–—|,;(]\s*(duplicate|duplicated|dupe|dup)\s*(?:\)\s*)?(?:\.\s*)?$/i;

/** "won't do", "descoped", "superseded" anywhere in `plain`, the item's plain text. */
export function readDroppedWords(r: Reading, plain: string): void {
  const dropped =
    droppedWordIn(plain) ?? (r.lower.includes("dup") ? CLOSING_DUPLICATE.exec(plain) : null);
  if (dropped === null) {
    return;
  }
  const after = plain.slice(dropped.index + dropped[0].length);
  // "Won't do: …" in front gives no reason after it; the words after are the action.
  const prefixed = r.statusPrefixWord !== undefined && DEPRIORITIZED_WORDS.test(r.statusPrefixWord);
  claimStatus(r, "dropped-words", {
    state: "deprioritized",
    reason: (prefixed ? undefined : reasonAfter(after)) ?? reasonIn(plain) ?? r.reasonText,
    evidence: dropped[0],
  });
}

/** The whole text is the reason when it gives one ("… because the service is retired"). */
export function reasonIn(plain: string): string | undefined {
  return REASON_CUE.test(plain) ? plain : undefined;
}

// "Disable failover: it would turn a double run into a missed run", "Rewrite the jobs (too large a change)".
const EXPLAINED = /(?::\s+|\s[–—-]\s+|\s\()([^()]{3,200})\)?\.?\s*$/;

/** Under a "Won't do" heading, the item's own explanation after a colon or a dash, or in closing brackets. */
export function reasonBeside(text: string): string | undefined {
  const part = EXPLAINED.exec(text);
  return (part === null ? undefined : reasonAfter(part[1])) ?? reasonIn(text);
}

/** "Messages are dropped", "put deploys on hold": the words describe the system, not the item's status. */
const DESCRIBED_BEFORE =
  /\b(?:are|is|was|were|be|been|being|get|gets|got|getting|put|puts|placed|go|goes|went)\s+(?:[\p{L}\d-]+\s+)?$/iu;

/**
 * "Alert on a rejected file", "replay each cancelled order": after a determiner the word describes a noun;
 * so it does after a preposition ("Alert on dropped log lines").
 */
const DETERMINER_BEFORE =
  /\b(?:a|an|the|each|every|any|no|one|this|that|these|those|its|their|our|all|on|of|for|about|from|with|per)\s+$/i;

const ADJECTIVE_ON_NOUN =
  /^\s+(?!(?:as|is|was|has|this|its|thus|plus|yes|us|unless|less|pass|process|progress|focus|status|always|afterwards|towards|besides)\b)[a-z][a-z-]*[a-z]s\b/;

/**
 * "Check the filters dropped in the change", "replay the jobs cancelled by the deploy": a word right before
 * and a preposition after make it a participle on that noun; a status stands apart ("— dropped in review").
 */
const NOUN_BEFORE = /(?:^|[^\p{L}])[\p{Ll}][\p{L}-]*\s$/u;
const AGENT_AFTER =
  /^\s+(?:by|in(?!\s+favou?r)|during|from|at|on|when|while|between|since|after|before)\b/i;

/** "Evaluate why we dropped the alert": a subordinate clause in the same sentence tells of something else. */
const IN_SUBORDINATE_CLAUSE = new RegExp(
  String.raw`\b(?:${[...SUBORDINATORS].join("|")})\b[^.;:!?–—]*$`,
  "i",
);

/**
 * "Dropped the stale index", "Cancelled all unsigned uploads": opening the item with its object after it, the
 * word is the work done; "Dropped the plan to …", "Cancelled this item" still let the item go.
 */
const OBJECT_AFTER =
  /^\s+(?:the|a|an|all|every|each|any|both|its|their|our|these|those)\s+(?!(?:item|action|task|idea|plan|proposal|project|work|ticket|follow-?up|effort|initiative|change|migration|rollout|roll-out)s?\b)[\p{L}\d]/iu;
const OPENS_TEXT = /^[\s*_[\]()#>-]*$/;

function droppedWordIn(text: string): RegExpExecArray | null {
  const found = DEPRIORITIZED_WORDS.exec(text);
  if (found === null) {
    return null;
  }
  const after = text.slice(found.index + found[0].length, found.index + found[0].length + 30);
  // "Declined cards", "dropped messages", "abandoned carts": an adjective on a plural noun.
  const before = text.slice(Math.max(0, found.index - 40), found.index);
  if (
    DESCRIBED_BEFORE.test(before) ||
    DETERMINER_BEFORE.test(before) ||
    ADJECTIVE_ON_NOUN.test(after) ||
    (OPENS_TEXT.test(before) && OBJECT_AFTER.test(after)) ||
    IN_SUBORDINATE_CLAUSE.test(before) ||
    (NOUN_BEFORE.test(before) && AGENT_AFTER.test(after))
  ) {
    return null;
  }
  return found;
}
