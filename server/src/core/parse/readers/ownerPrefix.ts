import type { Owner } from "../../types";
import {
  ACTION_LABELS,
  BRACKET_TAGS,
  DEPRIORITIZED_WORDS,
  DOCUMENT_KIND_LABELS,
  DONE_WORDS,
  FIELD_KEY_ONLY,
  FIELD_KEYS,
  GOAL_LABELS,
  LEADING_OWNER_KEYS,
  OPEN_WORDS,
  OPENS_WITH_EVERYONE,
  UNASSIGNED,
} from "../lexicon";
import { findDeadline } from "../dates";
import { toPlainText } from "../markdownText";
import { classifyOwner, isHandle, ownersFrom, type OwnerVerdict } from "../owners";
import { findTrackerRefs } from "../trackerRefs";
import { readItemLabel, readLeadingLink } from "./itemLabels";
import { claimOwners, claimStatus, consumeAtCursor, type Reading } from "./reading";
import { statusFromWord } from "./statusWord";
import { firstWord, isPastOfVerb, isVerb, startsWithVerb } from "./verbs";

// Owner claims written in front of the action: "Alice: …", "[alice] …", "(payments) …", "TODO(alice): …",
// "**Owner:** Alice - …". Labels, tags and status words in front are read on the way, since an owner may
// follow them ("AI-3: [P1] Alice: …"). Each reader returns true when it read something at the cursor.

// Bold around the name or the colon ("**Ana:**"); italic marks are blanked in the reading copy.
export const PREFIX_OWNER_COLON =
  /^\s*(?:\*\*|__)?(@?[^\s:*_[\]()][^:*_[\]()\n]{0,48}?(?:\s*\([^():*_[\]\n]{1,40}\))?)\s*(?:(?:\*\*|__)\s*[:：]|[:：]\s*(?:\*\*|__)?)\s*/;
const PREFIX_BRACKET = /^\s*\[([^\]\n]{1,48})\](?![(\[:])\s*[:\-–—]?\s*/;
const PREFIX_BRACKETED_LINK = /^\s*\[\[([^\]\n]{1,48})\]\([^()\s]{1,300}\)\]\s*[:\-–—]?\s*/;
// "**[Action Item]** add …": a meeting note's bold tag; only a label may wear the bold.
const PREFIX_BOLD_BRACKET = /^\s*(?:\*\*|__)\[([^\]\n]{1,48})\](?:\*\*|__)\s*[:\-–—]?\s*/;
const TASK_BOX = /^\s*[ xX-]\s*$/;
const OPENING_OWNER_KEY = new RegExp(String.raw`^\s*(?:\*\*|__)?(?:${LEADING_OWNER_KEYS})`, "i");
const PREFIX_OWNER_FIELD = new RegExp(
  String.raw`^\s*(?:\*\*|__)?(?:${LEADING_OWNER_KEYS})(?:\*\*|__)?\s*[:=]\s*(?:\*\*|__)?\s*([^\n:;()]{1,60}?)(?:\*\*|__)?\s+(?:\\?-|–|—)\s+(?=\S)`,
  "i",
);
/** "Owner: Nadia — move the ledger cron …": an owner field that leads an action, not a field line of its own. */
export function ownerFieldLeadsAction(line: string): boolean {
  const field = OPENING_OWNER_KEY.test(line) ? PREFIX_OWNER_FIELD.exec(line) : null;
  return field !== null && startsWithVerb(toPlainText(line.slice(field[0].length)));
}
const PREFIX_TODO_OWNER = /^\s*(?:TODO|FIXME|AI|ACTION)\(([^)\n]{1,40})\)\s*:?\s*/i;
const PREFIX_PAREN = /^\s*\(([^)\n]{1,48})\)\s*[:\-–—]?\s*/;
/**
 * "Refund the customers — Owner", "— DRI" after a bold title, "Re-enable hedging. Owner": the colon
 * belongs to a field after a separator or a sentence end, not to a prefix.
 */
export const FIELD_AFTER_SEPARATOR = new RegExp(
  String.raw`(?:(?:^|\s)(?:[-–—|]|\\-)|[.;!?])\s+(?:${FIELD_KEYS})$`,
  "i",
);
const TIMEBOX =
  /^\d+(?:\.\d+)?\s*(?:m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wks?|weeks?|pts?|points?|sp)$/i;
const WORD_NEXT = /^\s*[\p{L}\d]/u;
/**
 * "Alice Smith — evaluate …", "Unassigned – …", "@ops - …", "Data team — …": up to three words, maybe a
 * bracket ("Lena Vogt (assignee) — …"), then a spaced dash; a dash may stand before them too ("— Dev — make …").
 */
const PREFIX_OWNER_DASH =
  /^\s*(?:(?:[—–]|--)\s+)?(?:\*\*|__)?(@[\w.-]+|\p{Lu}{2,6}|(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,2}(?:\s+\([^()\n]{1,30}\))?|[Uu]nassigned|TBD|TBA|[Nn]obody|[Nn]one|\?+)(?:\*\*|__)?\s+(?:[—–]|--?)\s+(?=\S)/u;
const ENDS_IN_BRACKET = /\)$/;
/** "10:02", "10:02:33", "9:41 AM": the time a chat line was posted. */
const CLOCK = /^\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?$/;
/** A speaker taking the work on: "I'll …", "I will …", "on it", "I can take …". */
const COMMITMENT =
  /^(?:I['’]ll\b|I will\b|I can\b|I['’]m on\b|I am on\b|I['’]m taking\b|on it\b|will do\b)/i;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The readers of what may open an item, tried in this order at the cursor; those whose pattern must
 * open with one of a few characters say which, so that the others are not tried.
 */
const PREFIX_READERS: { read: (r: Reading, rest: string) => boolean; opensWith?: string }[] = [
  { read: readLeadingLink, opensWith: "[" },
  { read: readItemLabel },
  { read: readBracket, opensWith: "[*_" },
  { read: readOwnerField },
  { read: readTodoOwner, opensWith: "TtFfAa" },
  { read: readParenOwner, opensWith: "(" },
  { read: readDeadlineLabel, opensWith: "BbDd*_" },
  { read: readColonOwner },
  { read: readDashOwner },
];
/** The whitespace the readers' patterns skip with `^\s*`. */
const LEADING_SPACE = /^\s*/;

/** Reads up to four labels and owners in front of the action, moving the cursor past them. */
export function readOwnerPrefixes(r: Reading): void {
  for (let attempt = 0; attempt < 4; attempt++) {
    if (!readOnePrefix(r, r.raw.slice(r.pos))) {
      return;
    }
  }
}

function readOnePrefix(r: Reading, rest: string): boolean {
  const first = rest.charAt(LEADING_SPACE.exec(rest)![0].length);
  for (const { read, opensWith } of PREFIX_READERS) {
    if ((opensWith === undefined || (first !== "" && opensWith.includes(first))) && read(r, rest)) {
      return true;
    }
  }
  return false;
}

/** A login in brackets or parentheses, before the action: "[alice] add …", "(kofi?) cap …" (a question mark: tentatively). */
function handleOwner(name: string, start: number, end: number): Owner[] {
  return [
    {
      name: name.replace(/\?$/, ""),
      isGroup: false,
      isDecisionMaker: false,
      source: "prefix",
      span: { start, end },
    },
  ];
}

/**
 * "[Done] …", "[P1] …", "[Alice] …", "[2h] …", "[alice] …": a status, a tag, an owner, a time box, a login;
 * "[[Proposal](url)] …": a tag written as a link, read by its words.
 */
function readBracket(r: Reading, rest: string): boolean {
  const bold = PREFIX_BOLD_BRACKET.exec(rest);
  if (bold !== null && ACTION_LABELS.test(bold[1].trim())) {
    consumeAtCursor(r, bold[0].length);
    return true;
  }
  const bracket = PREFIX_BRACKET.exec(rest) ?? PREFIX_BRACKETED_LINK.exec(rest);
  if (bracket === null || TASK_BOX.test(bracket[1])) {
    return false;
  }
  if (!readBracketInner(r, bracket[1].trim(), bracket[0].length)) {
    return false;
  }
  consumeAtCursor(r, bracket[0].length);
  return true;
}

/** What the words in a leading bracket are, in this order; false when none of them. */
function readBracketInner(r: Reading, inner: string, length: number): boolean {
  const { pos } = r;
  const span = { start: pos, end: pos + length };
  if (DONE_WORDS.test(inner) || OPEN_WORDS.test(inner) || DEPRIORITIZED_WORDS.test(inner)) {
    claimStatus(r, "marker", statusFromWord(inner, span));
    return true;
  }
  if (BRACKET_TAGS.test(inner) || ACTION_LABELS.test(inner)) {
    return true; // "[P1] …", "[AI] …": a tag or the label of an item, never its owner.
  }
  if (
    isDigit(inner.charCodeAt(0)) &&
    CLOCK.test(inner) &&
    WORD_NEXT.test(r.raw.slice(pos + length))
  ) {
    return true; // "[10:02] ben: on it": a chat line's time, pasted with it; the speaker follows.
  }
  if (claimOwners(r, ownersFrom(inner, "prefix", r.ctx, span))) {
    return true;
  }
  if (TIMEBOX.test(inner)) {
    return true; // "[2h]", "[20m]", "[3 pts]": a time box or estimate, not an owner.
  }
  if (inner.split(/\s+/).length <= 3 && ownerPrefixFollows(r, r.raw.slice(pos + length))) {
    return true; // "[Proposal] Noor: provide …": a tag of the writer's own, then the owner.
  }
  // "[alice] add …": a login, when the action follows it.
  return (
    isHandle(inner) &&
    WORD_NEXT.test(r.raw.slice(pos + length)) &&
    claimOwners(r, handleOwner(inner, pos, pos + length))
  );
}

/** "**Owner:** Alice - add …": the owner field opens the item and the action follows a dash. */
function readOwnerField(r: Reading, rest: string): boolean {
  const field = OPENING_OWNER_KEY.test(rest) ? PREFIX_OWNER_FIELD.exec(rest) : null;
  if (field === null) {
    return false;
  }
  const span = { start: r.pos, end: r.pos + field[0].length };
  const found = ownersFrom(field[1], "field", r.ctx, span);
  if (found === undefined || !claimOwners(r, found)) {
    return false;
  }
  consumeAtCursor(r, field[0].length);
  return true;
}

/** "TODO(alice): …", the code-comment convention for an owned to-do. */
function readTodoOwner(r: Reading, rest: string): boolean {
  const todo = PREFIX_TODO_OWNER.exec(rest);
  if (todo === null) {
    return false;
  }
  claimOwners(
    r,
    ownersFrom(todo[1], "prefix", r.ctx, { start: r.pos, end: r.pos + todo[0].length }) ?? [
      { name: todo[1].trim(), isGroup: false, isDecisionMaker: false, source: "prefix" },
    ],
  );
  consumeAtCursor(r, todo[0].length);
  return true;
}

/** "(payments) add …", "(kofi) move …": an owner or a login in parentheses; "(P1) …" a tag. */
function readParenOwner(r: Reading, rest: string): boolean {
  const paren = PREFIX_PAREN.exec(rest);
  if (paren === null) {
    return false;
  }
  const { pos } = r;
  const end = pos + paren[0].length;
  const inner = paren[1].trim();
  if (BRACKET_TAGS.test(inner) && WORD_NEXT.test(rest.slice(paren[0].length))) {
    consumeAtCursor(r, paren[0].length); // "(P1) Raise …": a priority or kind, not an owner.
    return true;
  }
  // "(unassigned) add …" looks like a login but says nobody owns it.
  const owners =
    isHandle(inner) && !UNASSIGNED.test(inner) && WORD_NEXT.test(rest.slice(paren[0].length))
      ? handleOwner(inner, pos, end)
      : ownersFrom(paren[1], "prefix", r.ctx, { start: pos, end });
  if (!claimOwners(r, owners)) {
    return false;
  }
  consumeAtCursor(r, paren[0].length);
  return true;
}

// "Raised with finance:", "Escalated to the vendor:": a step taken and with whom, not who owns the item.
const REPORTED_STEP = /^([A-Za-z]{3,})ed\s+(?:with|to)\s/;
function reportsStep(label: string): boolean {
  const step = REPORTED_STEP.exec(label);
  const stem = step?.[1].toLowerCase();
  return stem !== undefined && (isVerb(stem) || isVerb(`${stem}e`));
}

/** "Alice: …", "TBD: …", "Action item: …", "Payments: Noor: …": a name, a placeholder or a label, then a colon. */
/**
 * "**Content Filtering**: We're adding …": bold words that read as a person's name before a sentence whose
 * subject is everyone title that sentence; one person is never "we". A team's name, or a plain "Oskar: we
 * should …", still names the owner.
 */
export function namesEveryoneAfter(verdict: OwnerVerdict, after: string): boolean {
  return (
    verdict.kind === "owner" &&
    !verdict.owner.isGroup &&
    OPENS_WITH_EVERYONE.test(toPlainText(after))
  );
}

const BOLD_MARK = /\*\*|__/;

function readColonOwner(r: Reading, rest: string): boolean {
  const colon = rest.includes(":") || rest.includes("：") ? PREFIX_OWNER_COLON.exec(rest) : null;
  if (
    colon === null ||
    FIELD_KEY_ONLY.test(colon[1].trim()) ||
    FIELD_AFTER_SEPARATOR.test(colon[1].trimEnd())
  ) {
    return false;
  }
  const { pos } = r;
  const length = colon[0].length;
  const label = colon[1].trim();
  if (GOAL_LABELS.test(label) || DOCUMENT_KIND_LABELS.test(label)) {
    return false; // "KR1: cut …", "RFC: move …": what the item is, left for the wording reader.
  }
  const verdict = classifyOwner(label, r.ctx);
  const wordCount = label.split(/\s+/).length;
  // "Staff engineer (Rui):" starts with a verb-like word but names Rui. "Cleared logs:" titles a step done.
  if (
    verdict.kind === "owner" &&
    (!startsWithVerb(label) || ENDS_IN_BRACKET.test(label)) &&
    !isPastOfVerb(firstWord(label)) &&
    !reportsStep(label) &&
    !(BOLD_MARK.test(colon[0]) && namesEveryoneAfter(verdict, r.raw.slice(pos + length)))
  ) {
    claimOwners(r, ownersFrom(label, "prefix", r.ctx, { start: pos, end: pos + length }));
    consumeAtCursor(r, length);
    return true;
  }
  if (
    verdict.kind === "not-owner" &&
    isHandle(label) &&
    COMMITMENT.test(r.raw.slice(pos + length, pos + length + 24))
  ) {
    // "ana: I'll add the alert", "ben: on it": a chat line where the speaker takes the work on.
    claimOwners(r, handleOwner(label, pos, pos + length));
    consumeAtCursor(r, length);
    return true;
  }
  if (verdict.kind === "unassigned" && wordCount <= 2) {
    claimOwners(r, "unassigned");
    consumeAtCursor(r, length);
    return true;
  }
  if (wordCount <= 8 && r.titleEnd === undefined && ACTION_LABELS.test(label)) {
    // "Action item: …" labels the item; the action follows.
    consumeAtCursor(r, length);
    return true;
  }
  if (wordCount <= 6 && verdict.kind === "not-owner" && startsWithVerb(label)) {
    readOwnerAfterTitle(r, label, length);
    return false;
  }
  if (wordCount <= 3 && verdict.kind === "not-owner") {
    // "Payments: Noor: cap refund retries …", "Detection: [Noor] add …": a component label, then the owner.
    if (ownerPrefixFollows(r, r.raw.slice(pos + length))) {
      r.pos += length;
      return true;
    }
  }
  return false;
}

/**
 * "Fix the pipeline: Noor: add a context check", "… : [Noor] add …": the action's title, then its owner; the
 * title stays the action's words, the owner is cut out of them.
 */
function readOwnerAfterTitle(r: Reading, title: string, length: number): void {
  const at = r.pos + length;
  const after = r.raw.slice(at);
  const bracketed = after.trimStart().startsWith("[");
  const owner = ownerPrefixAt(after);
  if (
    owner === null ||
    startsWithVerb(owner[1]) ||
    findTrackerRefs(owner[1], { trackerKeys: r.ctx.trackerKeys }).length > 0 ||
    !WORD_NEXT.test(r.raw.slice(at + owner[0].length))
  ) {
    return;
  }
  const span = { start: at, end: at + owner[0].length };
  const named = classifyOwner(owner[1], r.ctx).kind === "owner";
  // "[noor]": a login in brackets, as before an action with no title.
  if (!named && !(bracketed && isHandle(owner[1]) && !UNASSIGNED.test(owner[1]))) {
    return;
  }
  claimOwners(
    r,
    named
      ? ownersFrom(owner[1], "prefix", r.ctx, span)
      : handleOwner(owner[1], span.start, span.end),
  );
  r.removals.push(span);
  r.titleText = toPlainText(title);
  r.titleEnd = span.end;
}

/** "Noor: …" or "[Noor] …" at the start of `after`: the prefix an owner would be written in, if any. */
function ownerPrefixAt(after: string): RegExpExecArray | null {
  return after.trimStart().startsWith("[")
    ? PREFIX_BRACKET.exec(after)
    : PREFIX_OWNER_COLON.exec(after);
}

/** An owner opens `after`, as "Noor: …" or "[Noor] …": what stands before it is a label. */
function ownerPrefixFollows(r: Reading, after: string): boolean {
  const next = ownerPrefixAt(after);
  return (
    next !== null && !startsWithVerb(next[1]) && classifyOwner(next[1], r.ctx).kind === "owner"
  );
}

// "By 2027-01-15: Dana to add …", "**Due Friday:** …": when, as a label in front of the action.
const DEADLINE_LABEL =
  /^\s*(?:\*\*|__)?(?:by|due(?: by)?|before)\s+([^:*_\n]{1,40}?)\s*(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)?)\s+/i;

function readDeadlineLabel(r: Reading, rest: string): boolean {
  const label = rest.includes(":") ? DEADLINE_LABEL.exec(rest) : null;
  if (label === null) {
    return false;
  }
  const when = toPlainText(label[1]);
  const found = findDeadline(when, r.ctx.reference, r.ctx.dayFirst);
  if (found === undefined || found.text.length < when.length - 2) {
    return false;
  }
  const span = { start: r.pos, end: r.pos + label[0].length };
  r.deadlines.push({ text: found.text, date: found.date, source: "prefix", span });
  consumeAtCursor(r, label[0].length);
  return true;
}

/** "Alice Smith — evaluate index replication", "Unassigned — …": a name or a placeholder, then a dash. */
function readDashOwner(r: Reading, rest: string): boolean {
  const dash =
    rest.includes("—") || rest.includes("–") || rest.includes(" -")
      ? PREFIX_OWNER_DASH.exec(rest)
      : null;
  if (dash === null || startsWithVerb(dash[1])) {
    return false;
  }
  const { pos } = r;
  const length = dash[0].length;
  const verdict = classifyOwner(dash[1], r.ctx);
  if (verdict.kind === "owner") {
    claimOwners(r, ownersFrom(dash[1], "prefix", r.ctx, { start: pos, end: pos + length }));
  } else if (verdict.kind === "unassigned") {
    claimOwners(r, "unassigned");
  } else {
    return false;
  }
  consumeAtCursor(r, length);
  return true;
}
