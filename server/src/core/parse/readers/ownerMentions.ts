import {
  NAME_PARTICLES,
  NAME_WORD,
  NOT_A_NAME,
  NOT_OWNER_BEFORE_MENTION,
  OWNED_BY_PHRASES,
  TAKE_ON_VERBS,
  TAKEN_WORK,
  TAKES_ON_VERBS,
} from "../lexicon";
import { isCalendarWord } from "../dates";
import { isHandle, ownersAsWritten, ownersFrom } from "../owners";
import { claimOwners, type Reading } from "./reading";
import { isVerb } from "./verbs";

// Owner claims anywhere in the running text: "owned by Alice", "assigned to the payments team", "@alice",
// "Hollis owns this".

const OWNED_BY = new RegExp(
  String.raw`\b(?:${OWNED_BY_PHRASES})\s+(@?[\p{L}\d_][\p{L}\p{M}\d_.'’-]*(?:\s+(?:(?:${NAME_PARTICLES})\s+)?${NAME_WORD}){0,2}(?:\s*(?:,|&|and)\s*@?${NAME_WORD}(?:\s+(?:(?:${NAME_PARTICLES})\s+)?${NAME_WORD})?)*(?:\s*\([^()\d\n]{1,40}\))?)`,
  "giu",
);
const OWNED_BY_HINT = new RegExp(String.raw`\b(?:${OWNED_BY_PHRASES})\b`, "i");
const MENTION = /(?<![\w.@/`])@([A-Za-z0-9][\w.-]*[\w](?:\/[\w.-]*[\w])?)/g;

export function readOwnedBy(r: Reading): void {
  const { raw, lower } = r;
  // Every phrase has " by", "assigned to" or "owner is": a cheap test before the pattern's scan.
  if (
    (!lower.includes(" by") && !lower.includes("assigned to") && !lower.includes("owner is")) ||
    !OWNED_BY_HINT.test(raw)
  ) {
    return;
  }
  OWNED_BY.lastIndex = 0;
  for (let m = OWNED_BY.exec(raw); m !== null; m = OWNED_BY.exec(raw)) {
    // The pattern takes up to three words ("the platform team", "Cormac Ó Briain"); when they are no owner
    // ("Ana until Friday") the longest shorter run of them that is one counts.
    let named = m[1];
    let found = ownersFrom(named, "text", r.ctx);
    while (!Array.isArray(found) && LAST_WORD.test(named)) {
      named = named.replace(LAST_WORD, "");
      found = ownersFrom(named, "text", r.ctx);
    }
    const span = { start: m.index, end: m.index + m[0].length - (m[1].length - named.length) };
    // "assigned to dana": after a phrase that names the owner, one word in lower case is a handle, as in an
    // Owner field, not the common word it would be in running text.
    const handle = Array.isArray(found) ? undefined : loneHandle(m[1].replace(TRAILING_MARKS, ""));
    const handleEnd = m.index + m[0].length - m[1].length + (handle?.length ?? 0);
    const owners =
      handle === undefined
        ? ownersFrom(named, "text", r.ctx, span)
        : ownersAsWritten(handle, "text", { start: span.start, end: handleEnd });
    if (claimOwners(r, owners)) {
      r.removals.push({ start: span.start, end: handle === undefined ? span.end : handleEnd });
    }
  }
}
const LAST_WORD = /\s+\S+$/;

function loneHandle(named: string): string | undefined {
  return HANDLE_WORD.test(named) && isHandle(named) ? named : undefined;
}
const TRAILING_MARKS = /[.'’-]+$/;
/** One word ending in a letter or digit: "dana", "j.doe", not "dana?" (a guess). */
const HANDLE_WORD = /^[a-z][a-z\d_.-]{1,30}[a-z\d]$/;

// "An alert to be added by Kenji Mori", "The job will be moved by Olga": the agent of a passive that
// is still to happen does the work. Not "fixed by 2026-12-01" nor "by Friday": a name, not a date; and
// only a name that closes the clause ("shipped by Fluent Bit to the archive" names a tool on the way).
// A person, or "the platform team": a team named with its noun.
const AGENT = String.raw`${NAME_WORD}(?:\s+(?:(?:${NAME_PARTICLES})\s+)?${NAME_WORD}){0,2}|the\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+)?\s+(?:team|squad|group|crew)`;
const PASSIVE_AGENT = new RegExp(
  String.raw`\b(?:to|will|shall|should|must)\s+be\s+(?:[a-z]{3,}(?:ed|en|wn|lt|ht|ne|de)|(?:set|put|run|built|cut|shut|kept|sent|led)\s+(?:up|out|off|down|over|back|in))(?:\s+[^.,;:()\n]{1,50}?)??\s+by\s+((?:@[\w.-]+|${AGENT})(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:@[\w.-]+|${AGENT}))*)(?=\s*(?:$|[.,;:()\[—–-]|(?:by|before|until|due|in|on|next|this|asap|immediately)\b))`,
  "u",
);

export function readPassiveAgent(r: Reading): void {
  const { lower } = r;
  if (r.owners.length > 0 || !lower.includes(" be ") || !lower.includes(" by ")) {
    return;
  }
  const m = PASSIVE_AGENT.exec(r.raw);
  if (m === null || isCalendarWord(m[1])) {
    return;
  }
  const start = m.index + m[0].length - m[1].length;
  // "by Kenji Mori, SRCH-221": the list may run into a ticket key; then the first name alone.
  for (const named of [m[1], m[1].split(AGENT_SEPARATOR)[0]]) {
    const span = { start, end: start + named.length };
    const found = ownersFrom(named, "text", r.ctx, span);
    if (Array.isArray(found) && found.every((owner) => !owner.isGroup || found.length === 1)) {
      claimOwners(r, found);
      return;
    }
  }
}
const AGENT_SEPARATOR = /\s*(?:,|&|\band\b)\s*/;

// "Owner Omar Haddad —", "… replica. Owner Omar Haddad. Due …": the key without its colon, before a
// capitalised name that a separator or the end closes.
const BARE_OWNER_KEY =
  /(?:^|[.;,]\s+|\s[-–—]\s+)(?:[Oo]wner|[Aa]ssignee|DRI)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})(?=\s*(?:[.,;:]|\s[-–—]\s|$))/u;

export function readBareOwnerKey(r: Reading): void {
  if (
    r.owners.length > 0 ||
    r.ownerUnassigned ||
    (!r.lower.includes("owner ") && !r.lower.includes("assignee ") && !r.raw.includes("DRI "))
  ) {
    return;
  }
  const m = BARE_OWNER_KEY.exec(r.raw);
  if (m === null) {
    return;
  }
  const start = m.index + m[0].length - m[0].trimStart().length;
  const span = { start, end: m.index + m[0].length };
  if (claimOwners(r, ownersFrom(m[1], "field", r.ctx, span))) {
    r.removals.push(span);
  }
}

// "… Hollis owns this.", "Priya will drive it", "Priya owns the migration", "Priya has taken this on": a
// named subject takes the item on in its own sentence;
// in a closing parenthetical the bracket stands for the object: "(Dana to drive)", "(Dana is on it)".
const OWNS_THIS = new RegExp(
  String.raw`(?:^|[.;]\s+|,\s+(?:and\s+)?|\s[-–—]\s+|\(\s*)(@[\w.-]+|${NAME_WORD}(?:\s+${NAME_WORD})?)\s+(?:(?:${TAKES_ON_VERBS})\s+(?:this|it|the (?:${TAKEN_WORK})(?=\s*(?:$|[.,;:()!?—–-]|(?:and|by|due|before|until|from|starting)\b)))(?:\s+on)?\b|(?:${TAKES_ON_VERBS}|to (?:${TAKE_ON_VERBS})|(?:is )?on it)(?=\s*\)))`,
  "gu",
);
// The gate: the stem of a take-on verb ("own", "driv", "lead", "tak", "responsible") or "on it".
const OWNS_THIS_HINT = new RegExp(
  String.raw`\b(?:${TAKE_ON_VERBS.replace(/e\b/g, "")}|tak|responsible|on it|will do|handl)`,
  "i",
);

export function readOwnsThis(r: Reading): void {
  const { raw } = r;
  if (!OWNS_THIS_HINT.test(raw)) {
    return;
  }
  OWNS_THIS.lastIndex = 0;
  for (let m = OWNS_THIS.exec(raw); m !== null; m = OWNS_THIS.exec(raw)) {
    const start = m.index + m[0].indexOf(m[1]);
    const span = { start, end: m.index + m[0].length };
    const found = ownersFrom(m[1], "text", r.ctx, span);
    if (found !== undefined && found !== "unassigned" && claimOwners(r, found)) {
      r.removals.push({ start: span.start, end: span.end });
    }
  }
}

export function readMentions(r: Reading): void {
  const { raw } = r;
  if (!raw.includes("@")) {
    return;
  }
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(raw); m !== null; m = MENTION.exec(raw)) {
    const at = m.index;
    // Already read as part of an owner claim ("Owner: @alice").
    if (r.removals.some((cut) => at >= cut.start && at < cut.end && ownerStartsAt(r, cut.start))) {
      continue;
    }
    if (NOT_OWNER_BEFORE_MENTION.test(raw.slice(Math.max(0, at - 32), at))) {
      continue; // "cc @ben", "as suggested by @ana", "thanks to @ben": named, but not the owner.
    }
    // "@Alice Smith": a Notion-style mention of a person by name, surname included; not "@Bob Dec 12".
    const surname = /^\p{Lu}/u.test(m[1]) ? SURNAME.exec(raw.slice(at + m[0].length)) : null;
    const named =
      surname !== null &&
      !NOT_A_NAME.has(surname[1].toLowerCase()) &&
      !isVerb(surname[1].toLowerCase()) &&
      !isCalendarWord(surname[1])
        ? surname
        : null;
    const span = { start: at, end: at + m[0].length + (named?.[0].length ?? 0) };
    claimOwners(
      r,
      ownersFrom(named === null ? m[0] : `${m[1]} ${named[1]}`, "mention", r.ctx, span),
    );
    r.removals.push({ start: span.start, end: span.end });
  }
}

const SURNAME = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d-])/u;

function ownerStartsAt(r: Reading, start: number): boolean {
  return r.owners.some((owner) => owner.span?.start === start);
}

// "👤 Imogen Clarke" on a line of its own in the item, as checklist apps export an assignee; the
// "🎫" and "📅" labels of the ticket and date lines beside it are labels, not the action's words.
// The name ends at the line's end or at a separator before the action: "👤 Diego Alvarez — Scan all buckets …".
const EMOJI_OWNER =
  /(?:^|\n)[ \t]*(?:\u{1F464}|\u{1F64B})\uFE0F?[ \t]*([^\n:–—|]{1,60}?)(?=[ \t]*(?:$|\n|[:–—|]|-[ \t]))/gu;
const EMOJI_LABEL = /(?:^|\n)[ \t]*((?:\u{1F3AB}|\u{1F4C5}|\u{1F5D3})\uFE0F?)/gu;

export function readEmojiOwner(r: Reading): void {
  const { raw } = r;
  if (!raw.includes("\u{1F464}") && !raw.includes("\u{1F64B}")) {
    return;
  }
  EMOJI_OWNER.lastIndex = 0;
  for (let m = EMOJI_OWNER.exec(raw); m !== null; m = EMOJI_OWNER.exec(raw)) {
    const start = m.index + m[0].indexOf(m[1]);
    const span = { start, end: start + m[1].trimEnd().length };
    const found = ownersFrom(m[1], "field", r.ctx, span);
    if (found !== undefined && claimOwners(r, found)) {
      r.removals.push({ start: m.index, end: span.end });
    }
  }
  EMOJI_LABEL.lastIndex = 0;
  for (let m = EMOJI_LABEL.exec(raw); m !== null; m = EMOJI_LABEL.exec(raw)) {
    r.removals.push({ start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length });
  }
}
