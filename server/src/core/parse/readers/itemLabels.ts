import { ACTION_LABEL_KEYS } from "../lexicon";
import { toPlainText } from "../markdownText";
import { classifyOwner } from "../owners";
import { stripSpans } from "./actionText";
import { findTrackerRefs } from "../trackerRefs";
import { claimStatus, consumeAtCursor, type Reading } from "./reading";
import { statusFromWord } from "./statusWord";
import { claimTrackerText } from "./trackerClaims";
import { startsWithVerb } from "./verbs";

// What labels an item in front of its owner and action: a ticket or proof link ("[GH-12](url): …"), an
// item number or priority ("AI-3:", "[A2]", "P1 -"), a ticket key ("PAY-12: …"). Each reader returns
// true when it read a label at the cursor and moved past it.

const LEADING_LINK = /^\s*\[([^\]\n]{1,60})\]\(([^)\s]+)\)\s*(?:[:\-–—|]\s*|\s+)(?=\S)/;
const STATUS_IN_LINK = /\(([^)]+)\)\s*$/;
const ITEM_LABEL =
  /^\s*(?:\*\*|__)?\[?(?:(?:AI|AP|ACTION(?: ITEM)?|ITEM)\s?[-#]?\s?\d{1,3}|A\d{1,3}(?=[\]:.)])|(?:P[0-4]|SEV-?[0-4]|S[0-4]|high|medium|med|low|critical|urgent)(?=\]?(?:\*\*|__)?(?:\s*:|\s*\]|\s+[-–—|]\s)))\]?(?:\*\*|__)?(?:\s*[:.)\-–—|]\s*|\s+)(?=\S)/i;
/** "AI-3: …", "[A2] …", "P1 - …": the line opens with a label that numbers or ranks the page's own item. */
export function opensWithItemLabel(raw: string): boolean {
  return ITEM_LABEL.test(raw);
}
// "**CA-1** —", "**PA-2:**": in bold, a corrective or preventive action's number on the page's own list;
// written plain, "CA-12: …" may be a project's ticket.
const BOLD_ITEM_LABEL = new RegExp(
  String.raw`^\s*(?:\*\*|__)(?:${ACTION_LABEL_KEYS})\s?[-#]?\s?\d{1,2}[:.]?(?:\*\*|__)(?:\s*[:.)\-–—|]\s*|\s+)(?=\S)`,
);
const BEFORE_REF = /^\s*(?:\*\*|__)?\[?$/;
const AFTER_REF = /^(?:\]\([^)\s]*\))?\]?(?:\*\*|__)?(?:\s*[:\-–—|]\s*|\s+)(?=\S)/;

/**
 * Something follows the cursor's next `length` characters: a label needs an action after it. A person's
 * name alone is no action ("OPS-12 — Dana Whitfield"): the reference is the item, and the name its owner.
 */
function actionFollows(r: Reading, length: number): boolean {
  const rest = r.raw.slice(r.pos + length).trim();
  if (rest === "") {
    return false;
  }
  const words = rest.split(/\s+/).length;
  return (
    words > 3 || startsWithVerb(rest) || classifyOwner(toPlainText(rest), r.ctx).kind !== "owner"
  );
}

/** Moves the owner's insertion point past a label that opens the item. */
function insertOwnerAfter(r: Reading, length: number): void {
  if (r.ownerInsertAt === r.pos && r.owners.length === 0) {
    r.ownerInsertAt = r.pos + length;
  }
}

// One word of letters and digits with a digit in it ("Q3-14", "card-77", "7f2a"): a board's own card number.
const CARD_NUMBER = /^[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$/;

/**
 * "[Q3-14](https://trello.com/c/…) - Write the guide": a card number that is no project key still names the
 * ticket when the link goes to an issue or card, so its digits are no date and the action follows it.
 */
function namesLinkedTicket(text: string, url: string, r: Reading): boolean {
  return (
    CARD_NUMBER.test(text.trim()) &&
    findTrackerRefs(url, { trackerKeys: r.ctx.trackerKeys }).some((ref) => ref.ref.kind === "url")
  );
}

/** "[GH-12](url): …", "[GH-12 (Done)](url): …", "[Done](commit): …": the link is the ticket or the proof. */
export function readLeadingLink(r: Reading, rest: string): boolean {
  if (!rest.startsWith("[") && !rest.trimStart().startsWith("[")) {
    return false;
  }
  const link = LEADING_LINK.exec(rest);
  if (link === null || !actionFollows(r, link[0].length)) {
    return false;
  }
  const { pos } = r;
  const end = pos + link[0].length;
  const inner = toPlainText(link[1]);
  // "[GH-12](url)", "[GH-12 (Done)](url)": the link names the ticket. "[Cap the retry budget #124](url)" is
  // the action itself, a reference among its words.
  const refs = findTrackerRefs(link[1], { trackerKeys: r.ctx.trackerKeys });
  const isTicket =
    (refs.length > 0 &&
      stripSpans(link[1], refs).replace(STATUS_IN_LINK, "").trim().split(/\s+/).filter(Boolean)
        .length <= 1) ||
    namesLinkedTicket(link[1], link[2], r);
  const innerStatus = STATUS_IN_LINK.exec(inner)?.[1] ?? (isTicket ? undefined : inner);
  const linkStatus =
    innerStatus === undefined ? undefined : statusFromWord(innerStatus, { start: pos, end });
  if (!isTicket && linkStatus === undefined) {
    return false;
  }
  claimStatus(r, "marker", linkStatus);
  if (!isTicket) {
    // A commit or PR that did the work is where it is tracked.
    claimTrackerText(r, link[2], "url", "text", pos, end);
  }
  insertOwnerAfter(r, link[0].length);
  consumeAtCursor(r, link[0].length);
  return true;
}

/** An item number or a ticket key in front ("AI-3:", "[A2]", "PAY-12: Alice: …"): the owner and verb follow. */
export function readItemLabel(r: Reading, rest: string): boolean {
  const numbered = (ITEM_LABEL.exec(rest) ?? BOLD_ITEM_LABEL.exec(rest))?.[0];
  const label = numbered ?? leadingRef(r);
  if (label === undefined || !actionFollows(r, label.length)) {
    return false;
  }
  const { pos } = r;
  if (numbered !== undefined && r.trackerRefs.length > 0) {
    // "**CA-1** — …": a corrective action's number on the page's own list is no ticket.
    const end = pos + numbered.length;
    r.trackerRefs = r.trackerRefs.filter(
      (ref) => ref.span === undefined || ref.span.start < pos || ref.span.end > end,
    );
  }
  insertOwnerAfter(r, label.length);
  // A ticket key's span is already cut out; the label only widens it.
  if (!r.removals.some((cut) => cut.start <= pos && cut.end >= pos + label.length)) {
    r.removals.push({ start: pos, end: pos + label.length });
  }
  r.pos += label.length;
  return true;
}

/** A tracker reference that opens the text at the cursor ("PAY-12: …", "[PAY-12] …", "#12 - …"), with its separator. */
function leadingRef(r: Reading): string | undefined {
  const { raw, pos } = r;
  for (const ref of r.foundRefs) {
    if (ref.start < pos) {
      continue;
    }
    if (!BEFORE_REF.test(raw.slice(pos, ref.start))) {
      return undefined;
    }
    const after = AFTER_REF.exec(raw.slice(ref.end));
    return after === null ? undefined : raw.slice(pos, ref.end) + after[0];
  }
  return undefined;
}
