import { FIELD_KEY } from "../lineShapes";
import { GROUP_WORDS } from "../lexicon";
import { toPlainText } from "../markdownText";
import { classifyOwner, ownersFrom } from "../owners";
import { STATUS_PREFIX } from "./leadingMarks";
import { FIELD_AFTER_SEPARATOR, namesEveryoneAfter, PREFIX_OWNER_COLON } from "./ownerPrefix";
import { claimOwners, claimStatus, consumeAtCursor, type Reading } from "./reading";
import { statusFromWord } from "./statusWord";
import { startsWithVerb } from "./verbs";

// "**Title**: explanation": a bold title opens the item. A bold owner ("**Alice**: …") is an owner claim;
// otherwise the title is kept apart from its explanation, and a status word or an owner may follow it
// ("**Title** (done): …", "**Title** — Alice: …").

const BOLD_TITLE = /^\s*(\*\*|__)(?!\s)([^*_\n]{1,120}?)\1\s*(?:[:\-–—.]\s*)?/;
const TITLE_END_MARKS = /[:.\s]+$/;
const FIELD_AFTER_TITLE = new RegExp(String.raw`^\s*[·•|]\s*${FIELD_KEY}\s*[:=]`, "i");
// "**Title** *(shipped for this release; kept as a rule)*": italics may wrap the brackets.
const STATUS_IN_BRACKETS = /^\s*([*_]?)[(\[]\s*([^)\]]{1,80})\s*[)\]]\1\s*[:\-–—]?\s*/;

export function readBoldTitle(r: Reading): void {
  const bold = BOLD_TITLE.exec(r.raw.slice(r.pos));
  if (bold === null) {
    return;
  }
  const title = bold[2].replace(TITLE_END_MARKS, "");
  if (
    classifyOwner(title, r.ctx).kind === "owner" &&
    !startsWithVerb(title) &&
    !namesEveryoneAfter(classifyOwner(title, r.ctx), r.raw.slice(r.pos + bold[0].length))
  ) {
    const owners = ownersFrom(title, "prefix", r.ctx, {
      start: r.pos,
      end: r.pos + bold[0].length,
    });
    claimOwners(
      r,
      Array.isArray(owners) && initialsBeforeAction(title, bold[0], r.raw.slice(r.pos))
        ? owners.map((owner) => ({ ...owner, isGroup: false }))
        : owners,
    );
    consumeAtCursor(r, bold[0].length);
    return;
  }
  r.titleText = toPlainText(title);
  r.titleEnd = r.pos + bold[0].length;
  readAfterTitle(r, r.titleEnd);
}

// "**AC** Move the alert …": meeting notes write the person who took the action by their initials, in bold,
// with the action right after them; a team's acronym is written as a label ("SRE:", "[SRE]"), or is a team word.
const BOLD_INITIALS = /^[A-Z]{2,3}$/;

function initialsBeforeAction(title: string, bold: string, rest: string): boolean {
  return (
    BOLD_INITIALS.test(title) &&
    !GROUP_WORDS.has(title.toLowerCase()) &&
    !/[:\-–—.]\s*$/.test(bold) &&
    startsWithVerb(rest.slice(bold.length).replace(/^to\s+/i, ""))
  );
}

/** The `length` characters after the title are an annotation. */
function consumeAfterTitle(r: Reading, start: number, length: number): number {
  r.removals.push({ start, end: start + length });
  r.titleEnd = start + length;
  return r.titleEnd;
}

function readAfterTitle(r: Reading, titleEnd: number): void {
  const { raw } = r;
  let at = titleEnd;
  const statusWord = STATUS_PREFIX.exec(raw.slice(at));
  if (statusWord !== null) {
    const span = { start: at, end: at + statusWord[0].length };
    claimStatus(r, "marker", statusFromWord(statusWord[1], span));
    at = consumeAfterTitle(r, at, statusWord[0].length);
  }
  const after = raw.slice(at);
  // "**Title** · DRI: Noor · ETA: …": a field after the title is the inline field reader's, not an owner "· DRI".
  const owner = FIELD_AFTER_TITLE.test(after) ? null : PREFIX_OWNER_COLON.exec(after);
  // "**Move** indexing to the queue. Owner: Farid": the colon is the field's after a sentence end, not an owner's.
  if (
    owner !== null &&
    !FIELD_AFTER_SEPARATOR.test(owner[1].trimEnd()) &&
    !startsWithVerb(owner[1]) &&
    classifyOwner(owner[1], r.ctx).kind === "owner"
  ) {
    claimOwners(r, ownersFrom(owner[1], "prefix", r.ctx, { start: at, end: at + owner[0].length }));
    at = consumeAfterTitle(r, at, owner[0].length);
  }
  // A status in brackets after a bold title: "**Title** (done): …".
  const bracketed = STATUS_IN_BRACKETS.exec(raw.slice(at));
  const parsed = bracketed === null ? undefined : statusFromWord(bracketed[2]);
  if (bracketed !== null && parsed !== undefined) {
    parsed.span = { start: at, end: at + bracketed[0].length };
    claimStatus(r, "marker", parsed);
    consumeAfterTitle(r, at, bracketed[0].length);
  } else if (bracketed !== null && owner === null) {
    readBracketedOwner(r, at, bracketed);
  }
}

// What may follow an owner in brackets after a title: a colon or dash, or the action's first word.
const AFTER_BRACKETED_OWNER = /^(?:[:\-–—]|\s*$|\p{L})/u;

/** "**Circuit breakers** (Dana Whitfield): Add …", "**Circuit breakers**: [Dana] Add …": the owner, named after the title. */
function readBracketedOwner(r: Reading, at: number, bracketed: RegExpExecArray): void {
  const inner = bracketed[2];
  const closing = bracketed[0].search(/[)\]]/);
  if (
    !AFTER_BRACKETED_OWNER.test(r.raw.slice(at + closing + 1).trimStart()) ||
    startsWithVerb(inner) ||
    classifyOwner(inner, r.ctx).kind !== "owner"
  ) {
    return;
  }
  claimOwners(r, ownersFrom(inner, "prefix", r.ctx, { start: at, end: at + bracketed[0].length }));
  consumeAfterTitle(r, at, bracketed[0].length);
}

/** Where the sentence after any owner prefix and title starts: its subject may name the owner. */
export function sentenceStart(r: Reading): number {
  return r.titleEnd ?? r.pos;
}

/** The subject at `start` (`length` characters) is an owner: cut it out of the title's text or the action. */
export function consumeSubject(r: Reading, start: number, length: number): void {
  r.removals.push({ start, end: start + length });
  if (r.titleEnd !== undefined) {
    r.titleEnd = start + length;
  } else {
    r.pos = start + length;
  }
}
