import { findDeadline, splitFields } from "../dates";
import {
  DEADLINE_LEADS,
  DONE_MARKS,
  DONE_REPORTS,
  DONE_TICK,
  DONE_WORDS,
  EXAMPLE_LEADS,
  DROPPED_MARKS,
  FIELD_KEY_ONLY,
  LEADING_OWNER_KEYS,
  OPEN_MARKS,
  OPEN_WORDS,
  PAST_TENSE_DONE,
  RELATION_PARTICIPLES,
} from "../lexicon";
import { toPlainText } from "../markdownText";
import { ownersFrom } from "../owners";
import { findTrackerRefs } from "../trackerRefs";
import { claimStatus, hasStatus, type Reading } from "./reading";
import { restToCome, statusFromWord } from "./statusWord";
import {
  fieldKind,
  readColonFields,
  readCommaFields,
  readLoneLogin,
  readParts,
  readSlashFields,
} from "./trailingParts";
import { stripSpans } from "./actionText";

// Annotations after the action, read from the end: "(Alice, by Friday)", "— Alice", "(done)",
// "… runbook. Done.", "— waiting on the PKI team". Each part of a closing parenthetical is an owner, deadline, tracker or status
// claim; a parenthetical with no part understood is the action's own words and ends the reading.

// The lookbehinds here start a match only where a run of blanks or brackets starts, where the leftmost
// match starts anyway: without them each character of a long run ("((((…") started a scan of the rest.
// "(done)", "[fixed]", "(Done!)": an exclamation mark inside the bracket cheers the status, it is still one.
// The bracket may be set in bold, "… **(Done during the incident)**", as a status is made to stand out.
const TRAILING_STATUS = new RegExp(
  String.raw`(?<![\s(\[])[\s(\[]*(?:[-–—|]\s*)?(?:\*\*|__)?[(\[]\s*(${DONE_MARKS}|${OPEN_MARKS})(?:\s+(?:in|on|as of|via|with)?\s*[^)\]]*)?!*[)\]](?:\*\*|__)?\s*\.?\s*$`,
  "i",
);
/**
 * A date written straight after "done": "done 2026-06-04", "completed 4 June", "shipped June 4, 2026",
 * "done 11/30", "done D+6" (days after the incident).
 */
const BARE_DATE = String.raw`\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}(?:/(?:20)?\d\d)?|\d{1,2}\.\d{1,2}\.(?:20)?\d\d|[DT]\s?\+\s?\d{1,3}\s?d?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?`;
// After a sentence end, a dash or an arrow: "… runbook. Done.", "… — completed during the incident", "… - shipped in
// v2.3", "… → deployed to prod on Nov 15", "… Update: done on 12 Nov.", "… — Completed: 2026-12-01", "… — fixed upstream".
const TRAILING_DONE_SENTENCE = new RegExp(
  String.raw`(?:(?<=[.;!])\s+(?:(?:\*\*|__)?(?:update|edit)(?:\s+[^:.\n]{1,20})?\s*:(?:\*\*|__)?\s*)?|(?<!\s)\s+(?:[–—|→]|--?|->|=>)\s+)(?:\*\*|__|_|\*)?(?:${DONE_TICK}\s*)?(?:(?:this|that|it)\s+(?:(?:has|have)\s+(?:now\s+)?been\s+|(?:is|was)\s+(?:now\s+)?)?|(?<=[.;!]\s+)(?:went|is|are)\s+)?(?:${DONE_REPORTS})(?:\s+(?:(?:in|on|via|with|as of|by|at|to|during|before|after|for|as part of)\s+(?:[^.\n*_]|\.(?=\w)){1,40}|${BARE_DATE}|upstream|everywhere|for good)|:\s*(?:${BARE_DATE}))?\.?(?:\s*${DONE_TICK})?(?:\*\*|__|_|\*)?\.?\s*$`,
  "i",
);
// "… (Farah & Maya) — sent 11/25", "… — rotated on 3 Dec": after a dash, a past form of the work and the day it
// was done. A ticket filed or raised on a day ("— filed 11/25") reports no work done.
const TRAILING_DATED_REPORT = new RegExp(
  String.raw`(?<!\s)\s+(?:[–—|→]|--?)\s+([a-z]+)\s+(?:on\s+)?(?:${BARE_DATE}|\d{1,2}\/\d{1,2})\.?\s*$`,
  "i",
);
const OWNER_FIELD_BEFORE = new RegExp(
  String.raw`(?:^|[\s(\[;,|*_])(?:${LEADING_OWNER_KEYS})(?:\*\*|__)?\s*[:=]\s*(?:\*\*|__)?\s*[^:;()[\]|\n]+$`,
  "i",
);
// A closing parenthetical, which may hold Markdown links and brackets of its own: "(Hal,
// [SRCH-12](https://…/SRCH-12), 2027-01-22)", "(on-call (Alice), SRCH-11)".
const TRAILING_PAREN =
  /\s*\(((?:\[[^\]\n]{0,80}\]\([^()\s]{1,300}\)|\([^()\n]{0,60}\)|[^()\n]){1,400})\)\s*[.;]?\s*$/;
const LINK_TARGET = /\]\([^()\s]*\)/g;
const BARE_URL = /https?:\/\/\S+/g;
/** Longer, with links counted short, it is more likely the action's own words than fields. */
const MAX_PAREN_TEXT = 100;

function trailingParen(head: string): RegExpExecArray | null {
  const paren = TRAILING_PAREN.exec(head);
  return paren === null ||
    (paren[1].length > MAX_PAREN_TEXT &&
      paren[1].replace(LINK_TARGET, "]").replace(BARE_URL, "url").length > MAX_PAREN_TEXT)
    ? null
    : paren;
}
/** "… [Efua Lindqvist] [CAT-301]": fields in square brackets; not a reference link's "[text][1]". */
const TRAILING_SQUARE = /\s*(?<!\])\[([^[\]\n]{1,100})\]\s*$/;
// The last spaced dash: "P2 - Add a lag alert - Priya" ends in "Priya", not in "Add a lag alert - Priya".
// A spaced pipe separates the same way: "Add a row-count check | Ana Ruiz | REP-20", and so does a colon
// with a blank before it, as French typing sets it: "Define the promotion pipeline : Chris F".
const TRAILING_DASH =
  /(?<!\s)\s+(?:\*\*|__)?(?:[–—|:]|--?)\s+((?:(?!\s(?:[–—|:]|--?)\s)[^–—|\n]){1,100})$/;
// The last word of an item, a bracketed word or a Markdown link, after a blank.
const TRAILING_REF =
  /\s((?:\[[^\]\n]{1,80}\]\([^()\s]{1,300}\)|\[[^\]\n]{1,40}\]|[^\s()[\]]+))\s*[.;]?\s*$/;
/** What may be left of a reference word once the reference is cut out: its brackets, a "#". */
const ONLY_REF_MARKS = /^[[\]()#\s]*$/;
const TRAILING_ARROW = /(?<!\s)\s+(?:→|=>|->)\s+([^→=>\n]{1,80})$/;
const DANGLING_DASH = /(?<!\s)\s+(?:[–—|]|--?)$/;
const DASH_BETWEEN = /\s(?:[–—|:]|--?)\s/;
const TRAILING_INITIALS = /(?<=[.!?])\s+([A-Z]{2,3})$/;
/** Hashtags closing the item, as note apps file them ("#reliability", "#team/infra"); "#123" is a ticket. */
const TRAILING_TAGS = /(?<!\s)\s+(?:#[A-Za-z][\w/-]*\s*)+$/;
const TAGS_TAIL = 160;
/** ", owner Olumide Ferreira, due 2026-11-13, LED-92.": the action's fields after a comma, led by its owner. */
const TRAILING_OWNER_LIST =
  /,\s+(owners?\s+\p{Lu}[^,;()\n]{1,40}(?:,\s*[^,;()\n]{1,40}){0,4}?)\.?\s*$/u;
/** A status word opening the words after the last colon, alone or before a comma and a note. */
const STATUS_LEAD = new RegExp(
  String.raw`^(?:\*\*|__)?(?:${DONE_MARKS}|${OPEN_MARKS}|${DROPPED_MARKS})(?:\*\*|__)?(?:[,;]\s|\.?\s*$)`,
  "i",
);
/** "(Hana, SRCH-313): in review": a status after the fields, behind a colon. */
const STATUS_AFTER_COLON = /\)\s*:\s+([^:()\n]{1,30})$/;
const LEADING_SEPARATORS = /^[.;\s]+/;

/** Reads up to five trailing annotations ("— Priya — 2026-09-30 — ci#815 — done"), moving `tailEnd` back past each. */
export function readTrailing(r: Reading): void {
  const end = r.raw.trimEnd().length;
  // "… (Ravi, #508) ✅", "… (Ravi, #508) 🚧": a mark closing the item (the tick already read as its status)
  // says nothing the fields before it do not.
  // "… (Ben, SRCH-17) *": a footnote's mark, explained under the list, closes nothing either.
  const pictograph =
    r.raw.charCodeAt(r.raw.charCodeAt(end - 1) === FULL_STOP ? end - 2 : end - 1) > 0x2000;
  const closing = r.raw.charAt(end - 1);
  const footnote = closing === "*" || closing === "†" || closing === "‡";
  const head = pictograph || footnote ? r.raw.slice(0, end) : "";
  const mark =
    (pictograph ? TRAILING_MARK.exec(head) : null) ?? (footnote ? FOOTNOTE_MARK.exec(head) : null);
  const markStart = mark === null ? end : mark.index + 1;
  if (mark !== null && !r.removals.some((cut) => cut.start <= markStart && cut.end >= end)) {
    r.removals.push({ start: markStart, end });
  }
  const fieldsEnd = r.raw.slice(0, markStart).trimEnd().length;
  // "… — Hal HOOK-12.", "… — Oren — Duplicate.": a full stop closing the item closes its last field. The
  // fields are read before it and it leaves with them; when none is read it stays the action's.
  const stop = FINAL_STOP.test(r.raw.slice(Math.max(0, fieldsEnd - 2), fieldsEnd))
    ? r.raw.slice(0, fieldsEnd - 1).trimEnd().length
    : fieldsEnd;
  r.tailEnd = stop;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!readOneTrailer(r, r.raw.slice(0, r.tailEnd))) {
      break;
    }
  }
  if (r.tailEnd === stop) {
    r.tailEnd = end;
    return;
  }
  const last = r.removals.find((cut) => cut.end === stop && cut.start >= r.tailEnd);
  if (last !== undefined) {
    last.end = end;
  }
}
const FINAL_STOP = /[^.]\.$/;
const TRAILING_MARK = /\s(?:\p{Extended_Pictographic}\uFE0F?\s*)+\.?$/u;
const FOOTNOTE_MARK = /\s(?:\\?\*{1,3}|[†‡]{1,2})$/;
const FULL_STOP = 46;
/** The full stop readTrailing set aside follows the text read. */
const STOP_AFTER = /^\s*\.\s*$/;

function readOneTrailer(r: Reading, head: string): boolean {
  // "… #reliability #q1": tags that file the note, read past. Only the end is searched: tags are short.
  const tail = head.includes("#") ? head.slice(-TAGS_TAIL) : "";
  const tags = tail === "" ? null : TRAILING_TAGS.exec(tail);
  if (tags !== null && head.length - tail.length + tags.index > r.pos) {
    return cutTail(r, head.length - tail.length + tags.index);
  }
  // "… — Ana Ruiz — (GH-12)": once the bracket is read, the dash before it separates nothing.
  const end = head.charAt(head.length - 1);
  const dangling =
    end === "—" || end === "–" || end === "-" || end === "|" ? DANGLING_DASH.exec(head) : null;
  if (dangling !== null && dangling.index > r.pos) {
    return cutTail(r, dangling.index);
  }
  const refStart = trailingRefStart(r, head);
  if (refStart !== undefined) {
    // "… (Hal) #12", "… (Hal) [HOOK-12](…)": the reference is claimed already; the fields before it are next.
    return cutTail(r, refStart);
  }
  const afterParen = head.endsWith(")") ? -1 : head.lastIndexOf(")");
  if (
    afterParen > r.pos &&
    head.length - afterParen < 60 &&
    onlyRefsAndDate(r, head, afterParen + 1)
  ) {
    // "… (Carla) [T-680] 2026-12-18": references and a date after the parenthetical; it is next.
    return cutTail(r, afterParen + 1);
  }
  const commaFields = head.includes(",") ? readCommaFields(r, head) : undefined;
  if (commaFields !== undefined) {
    return cutTail(r, commaFields);
  }
  // Two colons at least: the action's own, then the fields' ("…: Ana Ruiz: OPS-1").
  const colon = head.lastIndexOf(": ");
  const colonFields =
    colon > 0 && head.lastIndexOf(": ", colon - 1) > r.pos ? readColonFields(r, head) : undefined;
  if (colonFields !== undefined) {
    return cutTail(r, colonFields);
  }
  const slashFields = head.includes(" / ") ? readSlashFields(r, head) : undefined;
  if (slashFields !== undefined) {
    return cutTail(r, slashFields); // "… / Felix Braun / SEC-304": a pasted row's cells.
  }
  // "Audit the other zones: done", "…: finished, nothing found", "…: won't do, the zone is retired".
  // Brackets closing the item are read first: "…: in progress (Ines)".
  const closer = head.charAt(head.length - 1);
  // The colon may end a wrapped line: "…zones:\n  finished, none found".
  const lastColon = Math.max(colon, head.lastIndexOf(":\n"));
  const statusTail =
    lastColon > r.pos && !hasStatus(r) && closer !== ")" && closer !== "]"
      ? head.slice(lastColon + 1).trimStart()
      : "";
  if (
    statusTail !== "" &&
    STATUS_LEAD.test(statusTail) &&
    !FIELD_KEY_ONLY.test(toPlainText(head.slice(r.pos, lastColon)).trim())
  ) {
    claimStatus(r, "marker", statusFromWord(statusTail, { start: lastColon, end: r.tailEnd }));
    return cutTail(r, lastColon);
  }
  const hasArrow = head.includes("→") || head.includes("=>") || head.includes("->");
  const arrow = hasArrow ? TRAILING_ARROW.exec(head) : null;
  // "… → Dana", "… => Dana, 2027-01-10": handed to a person, with the fields after the name.
  if (
    arrow !== null &&
    arrow.index > r.pos &&
    fieldKind(r, splitFields(arrow[1])[0]) === "name" &&
    readParts(r, arrow[1], { start: arrow.index, end: r.tailEnd })
  ) {
    return cutTail(r, arrow.index);
  }
  // "… test framework. RN - TODO": once the status after the dash is read, the initials of whoever took the
  // item on close the sentence before it.
  const initials = hasStatus(r) ? TRAILING_INITIALS.exec(head) : null;
  if (
    initials !== null &&
    initials.index > r.pos &&
    readParts(r, initials[1], { start: initials.index, end: r.tailEnd })
  ) {
    return cutTail(r, initials.index);
  }
  const last = head.charAt(head.length - 1);
  // Only an item ending in a bracket, a full stop or a ticket number ("… DONE in PR #5126"), or after a
  // dash or an arrow, can carry a trailing annotation.
  if (
    last !== ")" &&
    last !== "]" &&
    last !== "." &&
    !(r.trackerRefs.length > 0 && last >= "0" && last <= "9") &&
    last !== "_" &&
    last !== "*" &&
    !DASH_BETWEEN.test(head) &&
    !hasArrow &&
    !head.includes("):") &&
    !head.includes(", owner ") &&
    !STOP_AFTER.test(r.raw.slice(head.length, head.length + 8))
  ) {
    return false;
  }
  // Both bracket patterns below need an opening bracket: most items have none.
  const opensBracket = head.includes("(");
  const trailingStatus =
    (last === ")" || last === "]" || last === "." || last === "*" || last === "_") &&
    (opensBracket || head.includes("["))
      ? TRAILING_STATUS.exec(head)
      : null;
  const doneSentence =
    trailingStatus === null ? (TRAILING_DONE_SENTENCE.exec(head) ?? datedReport(head)) : null;
  if (doneSentence !== null && doneSentence.index >= r.pos) {
    // "… dashboard. _Done in Grafana._", "… runbook. Done.": a closing sentence that reports it done.
    // Read as an annotation even when a mark already said so ("✔"), so the fields before it are read.
    if (!hasStatus(r)) {
      const evidence = toPlainText(doneSentence[0]).replace(LEADING_SEPARATORS, "");
      claimStatus(r, "marker", {
        // "… Done in staging; production next week.": done in part, the rest still to come.
        state: restToCome(evidence.toLowerCase()) ? "open" : "done",
        evidence,
        span: { start: doneSentence.index, end: r.tailEnd },
      });
    }
    return cutTail(r, doneSentence.index);
  }
  if (trailingStatus !== null) {
    const span = { start: trailingStatus.index, end: r.tailEnd };
    const said = statusFromWord(trailingStatus[1], span);
    // "(landed in #412, reverted in #415)": the words after the status word may take it back.
    const takenBack = said?.state === "done" && restToCome(trailingStatus[0].toLowerCase());
    claimStatus(r, "marker", takenBack ? { ...said, state: "open" } : said);
    return cutTail(r, trailingStatus.index);
  }
  const colonStatus = last !== ")" && opensBracket ? STATUS_AFTER_COLON.exec(head) : null;
  if (colonStatus !== null && colonStatus.index + 1 >= r.pos) {
    const word = toPlainText(colonStatus[1]).trim();
    if (DONE_WORDS.test(word) || OPEN_WORDS.test(word)) {
      const start = colonStatus.index + 1;
      claimStatus(r, "marker", statusFromWord(word, { start, end: r.tailEnd }));
      return cutTail(r, start);
    }
  }
  const ownerList = head.includes(", owner ") ? TRAILING_OWNER_LIST.exec(head) : null;
  if (ownerList !== null && ownerList.index >= r.pos) {
    // "…, owner Olumide Ferreira, due 2026-11-13, LED-92.": fields after a comma, the owner's key first.
    if (readParts(r, ownerList[1], { start: ownerList.index, end: r.tailEnd })) {
      return cutTail(r, ownerList.index);
    }
  }
  // Not a link's text whose "(url)" was read already: "Ticket [#3082](…)" is one trailer.
  const square =
    last === "]" && r.raw.charAt(r.tailEnd) !== "(" ? TRAILING_SQUARE.exec(head) : null;
  if (square !== null && square.index >= r.pos) {
    const start = square.index + square[0].indexOf(square[1]);
    const span = { start: square.index, end: r.tailEnd };
    // "… [dana]": a lone login in square brackets names the owner, as "(dana)" does.
    if (
      alreadyRead(r, start, start + square[1].length) ||
      readParts(r, square[1], span) ||
      readLoneLogin(r, square[1].trim(), span)
    ) {
      return cutTail(r, square.index);
    }
  }
  const bracket = opensBracket ? trailingParen(head) : null;
  // "— Ana Lopez (SRE)", "— Billing ops (Grace Kim)": a bracket after an owner in a dash list says where the
  // person sits or who in the team owns it; the part is read whole, as an Owner cell is.
  const paren =
    (bracket !== null &&
    !(ownerBefore(r, head.slice(0, bracket.index)) && !holdsFields(r, bracket[1]))
      ? bracket
      : null) ?? TRAILING_DASH.exec(head);
  // The part may start in the blank just before the cursor: "OPS-12 — Dana", the reference read in front.
  if (paren === null || (paren.index < r.pos && r.raw.slice(paren.index, r.pos).trim() !== "")) {
    return false;
  }
  const inner = paren[1].trim();
  const contentStart = paren.index + paren[0].indexOf(inner);
  if (alreadyRead(r, contentStart, contentStart + inner.length)) {
    return cutTail(r, paren.index); // An inline field read it: "— Owner: Billing ops (Grace Kim)".
  }
  if (
    paren[0].trimStart().startsWith("(") &&
    OWNER_FIELD_BEFORE.test(head.slice(Math.max(0, paren.index - 80), paren.index))
  ) {
    // "Owner: Tariq Mensah (Enterprise Applications)": the brackets say where the owner sits, not who owns it.
    return cutTail(r, paren.index);
  }
  if (EXAMPLE_LEADS.test(inner)) {
    return false; // "(i.e. CloudSQL, RDS, Aurora)": examples of what the action is about, its own words.
  }
  if (readParts(r, paren[1], { start: paren.index, end: r.tailEnd })) {
    return cutTail(r, paren.index);
  }
  const bracketed = paren[0].trimStart().startsWith("(");
  if (bracketed && readLoneLogin(r, inner, { start: paren.index, end: r.tailEnd })) {
    return cutTail(r, paren.index);
  }
  // "(Hana, SRCH-314) — draft shared for comments": a note on progress after the fields; read past it.
  // "— Ivy — 12/2026": so is a part the readers do not know after a person's name in a dash list.
  if (paren[0].trimStart().startsWith("(")) {
    // "— Dario — PUSH-72 — next sprint (S42)": brackets the readers do not know, inside the last dash part.
    const dash = DASH_BETWEEN.test(head) ? TRAILING_DASH.exec(head) : null;
    return (
      dash !== null &&
      dash.index >= r.pos &&
      dash.index < paren.index &&
      readDashPart(r, head, dash)
    );
  }
  return readDashPart(r, head, paren, false);
}

/** The last dash part: read, or read past when fields or a person's name stand before it. */
function readDashPart(r: Reading, head: string, dash: RegExpExecArray, read = true): boolean {
  if (read && readParts(r, dash[1], { start: dash.index, end: r.tailEnd })) {
    return cutTail(r, dash.index);
  }
  const before = head.slice(0, dash.index);
  return (fieldsBefore(r, before) || nameBefore(r, before)) && cutTail(r, dash.index);
}

/** `head` ends in a dash and one person's name, maybe with references or dates after it: "Add a pricing SLO — Ivy — PAY-3". */
function nameBefore(r: Reading, head: string): boolean {
  for (let parts = 0; parts < 3; parts++) {
    const dash = TRAILING_DASH.exec(head);
    const kind = dash === null || dash.index <= r.pos ? undefined : fieldKind(r, dash[1]);
    if (kind !== "field") {
      return kind === "name";
    }
    head = head.slice(0, dash!.index);
  }
  return false;
}

/** `head` ends in a dash and a person or a team of a few words: "— Ivy", "— Billing ops". */
function ownerBefore(r: Reading, head: string): boolean {
  const dash = DASH_BETWEEN.test(head) ? TRAILING_DASH.exec(head) : null;
  if (dash === null || dash.index <= r.pos || dash[1].trim().split(/\s+/).length > 4) {
    return false;
  }
  const owners = ownersFrom(toPlainText(dash[1]), "parenthetical", r.ctx);
  return Array.isArray(owners) && owners.length > 0;
}

/** Where a tracker reference that ends the item after a parenthetical starts: "(Hal) #12", "(Hal) [#12](https://…)". */
function trailingRefStart(r: Reading, head: string): number | undefined {
  if (r.trackerRefs.length === 0 || !closesParenBeforeLastWord(head)) {
    return undefined;
  }
  const ref = TRAILING_REF.exec(head);
  // Only after a closing parenthetical: elsewhere the reference belongs to a trailer read whole
  // ("— done in #509", "— Chen Wu — OPS-12").
  if (ref === null || ref.index <= r.pos || !head.slice(0, ref.index).trimEnd().endsWith(")")) {
    return undefined;
  }
  const start = ref.index + ref[0].length - ref[0].trimStart().length;
  const end = start + ref[1].length;
  return r.trackerRefs.some(
    (claim) => claim.span !== undefined && claim.span.start >= start && claim.span.end <= end,
  ) && ONLY_REF_MARKS.test(withoutClaims(r, head.slice(start, end), start))
    ? head.slice(0, start).trimEnd().length
    : undefined;
}

/** From `start` on, `head` holds only claimed references and at most one date. */
function onlyRefsAndDate(r: Reading, head: string, start: number): boolean {
  // "… [CHK-1](https://…) — Nov 30": a dash list is the dash reader's.
  const tail = head.slice(start);
  if (!/^\s+[\w[]/.test(tail) || !/\d/.test(tail)) {
    return false;
  }
  const rest = withoutClaims(r, tail, start).replace(REF_MARKS, " ").trim();
  if (rest === "") {
    return r.trackerRefs.some((claim) => claim.span !== undefined && claim.span.start >= start);
  }
  // "(Ana Ruiz) due 2026-12-20": the word leading the date is part of it.
  const dated = rest.replace(DATE_LEAD, "");
  const date = findDeadline(dated, r.ctx.reference, r.ctx.dayFirst);
  return date !== undefined && date.text.length >= dated.length - 2;
}
const REF_MARKS = /[[\]()#]+/g;
const DATE_LEAD = new RegExp(String.raw`^(?:${DEADLINE_LEADS})\s+`, "i");

/** A cheap test before TRAILING_REF: ")" ends the text before the last blank. */
function closesParenBeforeLastWord(head: string): boolean {
  let end = head.trimEnd().lastIndexOf(" ");
  while (end > 0 && head.charCodeAt(end - 1) === 0x20) {
    end--;
  }
  return end > 0 && head.charCodeAt(end - 1) === 0x29;
}

/** `text` (at `offset` in the item) with the claimed references cut out. */
function withoutClaims(r: Reading, text: string, offset: number): string {
  const inside: { start: number; end: number }[] = [];
  for (const { span } of r.trackerRefs) {
    if (span !== undefined && span.start >= offset && span.end <= offset + text.length) {
      inside.push({ start: span.start - offset, end: span.end - offset });
    }
  }
  return stripSpans(text, inside);
}

/** `head` ends in a parenthetical of fields: a tracker ref or a date among its parts, or one person. */
function fieldsBefore(r: Reading, head: string): boolean {
  const paren = head.endsWith(")") ? trailingParen(head) : null;
  // "(Ravi Shah) — agreed, in place": one person's name in brackets is the owner, and the words after a note.
  return paren !== null && (holdsFields(r, paren[1]) || fieldKind(r, paren[1]) === "name");
}

/** One of the parts of a bracket's text is a tracker ref or a date. */
function holdsFields(r: Reading, inner: string): boolean {
  return splitFields(inner).some(
    (part) =>
      findTrackerRefs(part, { trackerKeys: r.ctx.trackerKeys }).length > 0 ||
      findDeadline(part, r.ctx.reference, r.ctx.dayFirst) !== undefined,
  );
}

/** An earlier reader already claimed these characters (an inline field ends inside the trailer). */
function alreadyRead(r: Reading, start: number, end: number): boolean {
  return r.removals.some((cut) => cut.start <= start && cut.end >= end);
}

/** The annotation from `start` to the current end is read: the action ends before it. */
function cutTail(r: Reading, start: number): true {
  r.removals.push({ start, end: r.tailEnd });
  r.tailEnd = start;
  return true;
}

function datedReport(head: string): RegExpExecArray | null {
  const report = TRAILING_DATED_REPORT.exec(head);
  const word = report?.[1].toLowerCase() ?? "";
  return PAST_TENSE_DONE.has(word) && !RELATION_PARTICIPLES.has(word) ? report : null;
}
