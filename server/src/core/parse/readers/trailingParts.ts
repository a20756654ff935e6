import { findDeadline, isCalendarWord, isDateComma, splitFields } from "../dates";
import {
  DECISION_MAKER_ROLE,
  DEADLINE_LEADS,
  DONE_MARKS,
  DONE_WORDS,
  LEADING_OWNER_KEYS,
  NAME_PARTICLES,
  NAME_WORD,
  OPEN_MARKS,
  OPEN_WORDS,
  REFERENCE_KINDS,
  RESCHEDULE_VERBS,
  SINGLE_ROLE,
  WAITING_LEADS,
} from "../lexicon";
import { toPlainText } from "../markdownText";
import type { Owner } from "../../types";
import { isHandle, ownersFrom } from "../owners";
import { isDoneParticiple } from "../status/grammar";
import { findTrackerRefs, type FoundRef } from "../trackerRefs";
import { isDocumentDay } from "./deadlineText";
import { claimOwners, claimStatus, type Reading } from "./reading";
import { statusFromWord } from "./statusWord";
import { stripSpans } from "./actionText";
import { startsWithVerb } from "./verbs";

// The parts of a trailing annotation, each an owner, deadline, tracker or status claim: the parts of
// a closing parenthetical ("(Alice, by Friday, PAY-12)") or of a comma list closing the item.

/** One to three capitalised words or a handle: a name written beside a reference ("Hal HOOK-12"). */
const LONE_NAME = new RegExp(
  String.raw`^(?:@[\w.-]+|${NAME_WORD}(?:\s+(?:(?:${NAME_PARTICLES})\s+)?${NAME_WORD}){0,2})$`,
  "u",
);
// A new date: "deferred to Q2 2027", "pushed out to March", "moved from 2026-12-01 to 2027-01-16".
const RESCHEDULED = String.raw`(?:${RESCHEDULE_VERBS})(?:\s+(?:back|out))?(?:\s+from\s+[^,;]{1,30}?)?\s+(?:to|until|till)`;
const RESCHEDULED_LEAD = new RegExp(String.raw`^${RESCHEDULED}\s+`, "i");
// "by Friday", "due 2026-03-01", and a new date.
// "— target end of sprint 48": in a part of its own, "target" leads its date as "due" does.
const DEADLINE_LEAD = new RegExp(
  String.raw`^(?:${DEADLINE_LEADS}|target(?: date)?|${RESCHEDULED})\s+`,
  "i",
);
const LEADING_ARROW = /^[→⇒]\s*/;
/** "Friday 12th Dec", "Fri, 12 Dec": the weekday before a date only restates it. */
const WEEKDAY_BEFORE_DATE = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d)/i;
const OWNER_KEY_LEAD = new RegExp(String.raw`^(?:${LEADING_OWNER_KEYS})\s*[:=]?\s*`, "i");

/**
 * Where "…, Dana, PAY-12, by 2027-01-10" starts, read: a comma list closing the item with one name and a reference or a
 * date. Without the reference or date a last name is as likely the action's own ("for Kafka, Redis").
 */
export function readCommaFields(r: Reading, head: string): number | undefined {
  // The short, bracket-balanced parts closing the item, last first.
  const parts: FieldPart[] = [];
  let cut = head.length;
  for (
    let comma = head.lastIndexOf(",");
    comma > r.pos && parts.length < 4;
    comma = head.lastIndexOf(",", comma - 1)
  ) {
    if (isDateComma(head, comma)) {
      continue; // "…, Ana, Sep 9, 2026": the date is one part.
    }
    const part = head.slice(comma + 1, cut);
    // A part inside a parenthetical ("(gh-812, Ravi, …)") is the parenthetical reader's.
    if (!SHORT_FIELD.test(part) || !balanced(part)) {
      break;
    }
    parts.push({ part, at: comma });
    cut = comma;
  }
  // "Add a lag alert. Ana Ruiz, OPS-1, Dec 1.": the list may open a sentence of its own.
  const stop = parts.length > 0 && parts.length < 4 ? head.lastIndexOf(". ", cut) : -1;
  if (stop > r.pos && cut === parts[parts.length - 1].at && head.indexOf(",", stop) === cut) {
    parts.push({ part: head.slice(stop + 1, cut), at: stop + 1 });
  }
  // Most comma lists name no one: the cheap name test goes before the date and reference readers.
  if (!parts.some(({ part }) => isPersonName(r, toPlainText(part)))) {
    return undefined;
  }
  const start = oneNameAndFields(r, parts);
  return start !== undefined && readParts(r, head.slice(start + 1), { start, end: r.tailEnd })
    ? start
    : undefined;
}
/**
 * Where "…: Ana Ruiz: OPS-1" starts, read: fields after colons closing the item, one person's name and a
 * reference or a date, as a spreadsheet row pasted with colons between its cells reads.
 */
export function readColonFields(r: Reading, head: string): number | undefined {
  // The parts after the last colons, last first; most name no one, so the cheap name test goes first.
  const parts: FieldPart[] = [];
  let cut = head.length;
  for (let colon = head.lastIndexOf(": "); colon > r.pos && parts.length < 3;) {
    parts.push({ part: head.slice(colon + 1, cut), at: colon });
    cut = colon;
    colon = head.lastIndexOf(": ", colon - 1);
  }
  if (!parts.some(({ part }) => isPersonName(r, toPlainText(part).trim()))) {
    return undefined;
  }
  const start = oneNameAndFields(r, parts);
  return start !== undefined &&
    readParts(r, head.slice(start + 1).replace(COLONS, ","), { start, end: r.tailEnd })
    ? start
    : undefined;
}
const COLONS = /:(?=\s)/g;

/** Where "… / Felix Braun / SEC-304" starts, read: fields after spaced slashes, as a pasted row's cells. */
export function readSlashFields(r: Reading, head: string): number | undefined {
  const parts: FieldPart[] = [];
  let cut = head.length;
  for (let slash = head.lastIndexOf(" / "); slash > r.pos && parts.length < 3;) {
    parts.push({ part: head.slice(slash + 3, cut), at: slash + 1 });
    cut = slash;
    slash = head.lastIndexOf(" / ", slash - 1);
  }
  if (!parts.some(({ part }) => isPersonName(r, toPlainText(part).trim()))) {
    return undefined;
  }
  const start = oneNameAndFields(r, parts);
  return start !== undefined &&
    readParts(r, head.slice(start + 1).replace(SLASHES, ","), { start, end: r.tailEnd })
    ? start - 1
    : undefined;
}
const SLASHES = /(?<=\s)\/(?=\s)/g;

/** One part of a field list closing the item, and where the separator before it is. */
interface FieldPart {
  part: string;
  at: number;
}

/**
 * Where the fields start, given the parts closing the item, last first: the run of parts that are names,
 * references or dates must hold one person's name and at least one other field.
 */
function oneNameAndFields(r: Reading, parts: FieldPart[]): number | undefined {
  let names = 0;
  let fields = 0;
  let start: number | undefined;
  for (const { part, at } of parts) {
    const kind = fieldKind(r, part);
    if (kind === undefined) {
      break;
    }
    names += kind === "name" ? 1 : 0;
    fields += kind === "name" ? 0 : 1;
    start = at;
  }
  return names === 1 && fields > 0 ? start : undefined;
}

// A name, a reference or a date is a few words ("by the end of Q3"); a link may be long, but is one.
const SHORT_FIELD = /^\s*(?:\S{1,300}(?:\s+\S{1,40}){0,5})\s*$/;

function balanced(part: string): boolean {
  return part.split("(").length === part.split(")").length;
}

/** What one short part of a field list is: one person's name, a reference or a date, or neither. */
export function fieldKind(r: Reading, part: string): "name" | "field" | undefined {
  const { ctx } = r;
  const refs = findTrackerRefs(part, { trackerKeys: ctx.trackerKeys });
  if (refs.length > 0) {
    return withoutRefs(part, refs) === "" ? "field" : undefined;
  }
  const plain = toPlainText(part);
  if (isSprintCode(plain)) {
    return "field";
  }
  const dated = plain.replace(DEADLINE_LEAD, "").replace(WEEKDAY_BEFORE_DATE, "");
  const date = findDeadline(dated, ctx.reference, ctx.dayFirst);
  if (date !== undefined) {
    return date.text.length >= dated.length - 2 ? "field" : undefined;
  }
  return isPersonName(r, plain) ? "name" : undefined;
}

/** "S42", "S7": a sprint's code, only ever read as a whole field part. */
function isSprintCode(plain: string): boolean {
  return SPRINT_CODE.test(plain);
}
const SPRINT_CODE = /^\s*S\d{2,3}\s*$/;

function isPersonName(r: Reading, plain: string): boolean {
  if (!LONE_NAME.test(plain)) {
    return false;
  }
  const owners = ownersFrom(plain, "parenthetical", r.ctx);
  return Array.isArray(owners) && owners.length === 1 && !owners[0].isGroup;
}

/** `part` with its references cut out, and the blanks, brackets and "#" left of them. */
function withoutRefs(part: string, refs: FoundRef[]): string {
  return stripSpans(part, refs).replace(REF_LEFTOVERS, " ").trim();
}
const REF_LEFTOVERS = /[[\]()#]+/g;

// "TBD", "?", and a ticket key still to fill in: "JIRA-XXX", "OPS-???", "PAY-TBD".
const PLACEHOLDER_PART = /^(?:tbd|tba|tbc|\?+|[a-z]{2,10}-(?:x{2,}|\?+|n{2,}|#+|tbd))$/i;
const REPORT_LEAD = /^([a-z]+)\s+\S+\s+\S/;

/** A part that opens with a past form of a verb that makes a change and goes on: a report of the work. */
function reportsWork(part: string): boolean {
  const lead = REPORT_LEAD.exec(part);
  return lead !== null && isDoneParticiple(lead[1]);
}

/** A person named by name, not by a role ("Ana Ruiz", not "SRE lead"). */
function isPlainPerson(owner: Owner | undefined): owner is Owner {
  return owner !== undefined && !owner.isGroup && !isRoleText(owner.name);
}

function isRoleText(text: string): boolean {
  return SINGLE_ROLE.test(text) || DECISION_MAKER_ROLE.test(text);
}

/** A part that names a role and no one ("SRE lead", "on-call lead", "VP Engineering"). */
function isRoleOf(owners: Owner[] | "unassigned" | undefined, part: string): owners is Owner[] {
  return (
    Array.isArray(owners) &&
    owners.length === 1 &&
    !owners[0].isGroup &&
    owners[0].name === part &&
    isRoleText(part)
  );
}

/** A change named by its kind, then its state: "PR merged", "fix deployed", "MR open", "the patch is in review". */
const CHANGE_STATE = new RegExp(
  String.raw`^(?:the\s+)?(?:pr|mr|pull request|merge request|patch|fix|hotfix|change|commit)\s+(?:(?:is|was|has been|got)\s+)?(${DONE_MARKS}|${OPEN_MARKS}|opened|up|under review)$`,
  "i",
);
const OPEN_STATE = new RegExp(String.raw`^(?:${OPEN_MARKS}|opened|up|under review)$`, "i");

/** Three words or more: led by a verb, the action's own clause, never a field. */
const CLAUSE = /\S+\s+\S+\s+\S/;
/** "mk", "ddo": a short lower-case login or initials, an owner only beside fields ("(mk, by Friday)"). */
const SHORT_LOGIN = /^[a-z]{2,4}$/;

/** "Alice, by Friday, PAY-12": each part is a claim. True when some part was understood. */

export function readParts(
  r: Reading,
  inner: string,
  span: { start: number; end: number },
): boolean {
  const { ctx } = r;
  let understood = false;
  // The person the previous part named, for a role written after the name: "(Ana, SRE lead)".
  let person: Owner | undefined;
  let login: string | undefined;
  for (const part of splitFields(inner)) {
    const named = person;
    person = undefined;
    const refs = findTrackerRefs(part, { trackerKeys: ctx.trackerKeys });
    const lead = toPlainText(refs.length > 0 ? part.slice(0, refs[0].start) : part);
    if (CLAUSE.test(lead) && startsWithVerb(lead)) {
      return false; // "— split the tokens per zone. OPS-771": the action's own clause, then its ticket.
    }
    if (refs.length > 0) {
      understood = true;
    }
    // "Hal HOOK-12": the words beside a reference are read on their own.
    const plain = toPlainText(refs.length === 0 ? part : withoutRefs(part, refs));
    // "(PR #12 merged)", "(fix deployed)", "(MR open)": the state of the change that does the work.
    const change = CHANGE_STATE.exec(plain);
    if (change !== null) {
      claimStatus(r, "marker", {
        state: OPEN_STATE.test(change[1]) ? "open" : "done",
        evidence: plain,
        span,
      });
      understood = true;
      continue;
    }
    if (
      plain === "" ||
      (refs.length > 0 && (!LONE_NAME.test(plain) || REFERENCE_KINDS.test(plain)))
    ) {
      continue;
    }
    if (PLACEHOLDER_PART.test(plain)) {
      understood = true; // "(TBD, Done)": a field still to fill in, whichever it is; not the item's status.
      continue;
    }
    if (WAITING_LEADS.test(plain)) {
      understood = true; // "— waiting on the PKI team": what blocks it, a note read past.
      continue;
    }
    // "Duplicate", "Cancelled", "Not planned": a part that drops the item is its status, never a name.
    const word =
      DONE_WORDS.test(plain) || OPEN_WORDS.test(plain) ? undefined : statusFromWord(plain, span);
    if (DONE_WORDS.test(plain) || OPEN_WORDS.test(plain) || word?.state === "deprioritized") {
      claimStatus(r, "marker", word ?? statusFromWord(plain, span));
      understood = true;
      continue;
    }
    const dated = plain.replace(DEADLINE_LEAD, "").replace(WEEKDAY_BEFORE_DATE, "");
    // After "moved from 2026-12-01 to …" the new date counts, not the first one written.
    let dateInPart = RESCHEDULED_LEAD.test(plain)
      ? findDeadline(dated, ctx.reference, ctx.dayFirst)
      : (findDeadline(plain, ctx.reference, ctx.dayFirst) ??
        (dated === plain ? undefined : findDeadline(dated, ctx.reference, ctx.dayFirst)));
    // "— Friday": a weekday standing alone as a part is the day it is due by.
    dateInPart ??= isCalendarWord(plain) ? findDeadline(`by ${plain}`, ctx.reference) : undefined;
    if (dateInPart !== undefined && isDocumentDay(dateInPart, ctx)) {
      understood = true;
      continue;
    }
    if (dateInPart !== undefined && dateInPart.text.length >= dated.length - 2) {
      const text = plain.replace(LEADING_ARROW, "");
      r.deadlines.push({ text, date: dateInPart.date, source: "parenthetical", span });
      understood = true;
      continue;
    }
    if (isSprintCode(plain)) {
      // "— Ana Ruiz — S42": a sprint written by its code, as a field of its own; ranked as a date in the
      // text, so a deadline written out ("next sprint (S42)") goes first.
      r.deadlines.push({ text: plain.trim(), source: "text", span });
      understood = true;
      continue;
    }
    const ownerPart = plain.replace(OWNER_KEY_LEAD, "");
    if (reportsWork(ownerPart)) {
      continue; // "(added the mobile team to the rota)": what was done, not who owns it.
    }
    // "(Dana to write the story)", "[CF to file a ticket]": who takes it on, then the first thing they will do.
    const doer = TO_DO.exec(ownerPart);
    const task = doer === null ? "" : ownerPart.slice(doer[0].length);
    const owners = ownersFrom(
      doer !== null &&
        task.split(/\s+/).length <= MAX_TASK_WORDS &&
        startsWithVerb(task) &&
        !SUPPORTING_TASK.test(task)
        ? doer[1]
        : ownerPart,
      "parenthetical",
      ctx,
      span,
    );
    if (named !== undefined && isRoleOf(owners, ownerPart)) {
      // "(Ana, SRE lead)", "(Dana, VP Engineering)": the role of the person just named, not a second owner.
      named.isDecisionMaker ||= owners[0].isDecisionMaker;
      understood = true;
      continue;
    }
    if (claimOwners(r, owners)) {
      understood = true;
      const last = r.owners[r.owners.length - 1];
      person =
        Array.isArray(owners) && owners.length === 1 && isPlainPerson(last) ? last : undefined;
    } else if (SHORT_LOGIN.test(ownerPart) && isHandle(ownerPart)) {
      login ??= ownerPart;
    }
  }
  if (understood && login !== undefined && r.owners.length === 0 && !r.ownerUnassigned) {
    claimOwners(r, [
      { name: login, isGroup: false, isDecisionMaker: false, source: "parenthetical", span },
    ]);
  }
  return understood;
}

const TO_DO = /^(\S+(?:\s+\S+)?)\s+to\s+(?=\p{Ll})/u;
// "Bob to review", "Cy to approve": a part others play in the work, not taking it on.
const SUPPORTING_TASK =
  /^(?:review|approve|sign off|check|verify|help|assist|support|advise|be (?:consulted|informed|kept))\b/i;
/** A few words of a first step ("write the story"); a longer clause is the action itself. */
const MAX_TASK_WORDS = 5;

/** "mkumar", "j_doe": a login's shape (a dot or a hyphen is as likely a file or a compound word); a word's ending ("-ing", "-tion", "-ly") says it is English instead. */
const LONE_LOGIN = /^(?:[a-z][a-z0-9]{2,19}|[a-z]{1,20}_[a-z][a-z0-9]{1,19})$/;
const WORD_ENDING =
  /(?:ed|ing|ly|tion|sion|ment|ness|ity|ive|ous|able|ible|ary|ory|ics|ism|ies|es)$/;

/**
 * "Add the lag alert (mkumar)": a lone lower-case login in the closing brackets is the person who owns it.
 * Only asked once no part of the brackets read as a field.
 */
export function readLoneLogin(
  r: Reading,
  inner: string,
  span: { start: number; end: number },
): boolean {
  const login = inner.replace(/\?$/, "");
  if (!LONE_LOGIN.test(login) || WORD_ENDING.test(login) || !isHandle(login)) {
    return false;
  }
  return claimOwners(r, [
    { name: login, isGroup: false, isDecisionMaker: false, source: "parenthetical", span },
  ]);
}

// A parenthetical inside the sentence, before a clause boundary: "Add a lag alert (Leo Martins), then tune it".
const MID_PAREN = /\(([^()\n]{2,80})\)(?=[,;.]\s|\s+(?:and|then)\s)/g;

/**
 * "Add a lag alert (Leo Martins), then tune it", "(OPS-12, Leo Martins) and …": fields in brackets inside the
 * sentence, when every part is a field and one part names a person. Only asked of an item no one owns yet.
 */
export function readMidParenFields(r: Reading): void {
  if (r.owners.length > 0 || r.ownerUnassigned || !r.raw.includes(")")) {
    return;
  }
  const text = r.raw.slice(0, r.tailEnd);
  MID_PAREN.lastIndex = r.pos;
  for (let m = MID_PAREN.exec(text); m !== null; m = MID_PAREN.exec(text)) {
    const kinds = splitFields(m[1]).map((part) => fieldKind(r, part));
    if (kinds.filter((kind) => kind === "name").length !== 1 || kinds.includes(undefined)) {
      continue;
    }
    const span = { start: m.index, end: m.index + m[0].length };
    if (readParts(r, m[1], span)) {
      // The blank before the brackets leaves with them: "queue (Leo), then" reads "queue, then".
      const blank = text.slice(0, m.index).length - text.slice(0, m.index).trimEnd().length;
      r.removals.push({ start: m.index - blank, end: span.end });
      return;
    }
  }
}
