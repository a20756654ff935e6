import type { ActionStatus, Deadline, Owner, TrackerRef } from "../types";
import { findDeadline } from "./dates";
import {
  CATENATIVE_VERBS,
  DEPRIORITIZED_WORDS,
  DONE_WORDS,
  OPEN_WORDS,
  OUTCOME_VERBS,
  PAST_TENSE_DONE,
  PROCESS_VERBS,
  VAGUE_LEADS,
  VERB_NAMES,
  WHOLE_ORGANISATION,
} from "./lexicon";
import { collapseWhitespace, toPlainText } from "./markdownText";
import { classifyOwner, isHandle, ownersFrom, type OwnerContext } from "./owners";
import { resolveTextStatus, type StatusClaim, type StatusOrigin } from "./status/claims";
import { isParticiple, statusFromGrammar } from "./status/grammar";
import { findTrackerRefs, isNoDeadline, isPlaceholder, referenceLength } from "./trackerRefs";
import { findLeadingVerb, type LeadingVerb } from "./wording";

// Reads the fields of one action item out of its raw Markdown. All offsets are relative to
// the raw text; the caller adds the item's base offset.

export interface FieldContext extends OwnerContext {
  reference: Date;
  /** The post-mortem's own date, when it states one: never an item's due date. */
  documentDate?: Date;
  trackerKeys: string[];
  processVerbs: string[];
  /** Past-tense openings ("Added the alert") count as done: true under an action heading. */
  pastTenseMeansDone: boolean;
}

export interface TextFields {
  owners: Owner[];
  /** The text says explicitly that nobody owns it yet (TBD, ?). */
  ownerUnassigned: boolean;
  /** The sentence's subject is everyone ("We will …", "The team should …"): nobody by name. */
  subjectIsEveryone: boolean;
  deadline?: Deadline;
  /** A deadline field was present but empty or TBD. */
  deadlineUnset: boolean;
  trackerRefs: TrackerRef[];
  status?: ActionStatus;
  /** Plain action text with owner, deadline, tracker and status annotations removed. */
  actionText: string;
  /** The part of the action that carries the verb (after a bold title, if the title has none). */
  verbText: string;
  textStart: number;
  /** Where a new owner goes: before any owner prefix, after a checkbox or status word. */
  ownerInsertAt: number;
  leadingVerb?: LeadingVerb;
  isQuestion: boolean;
  /** Free text that may explain a deprioritisation. */
  reasonText?: string;
}

const FIELD_KEYS =
  "owners?|assignees?|assigned to|dri|who|responsible|poc|point of contact|driver|accountable|due(?: date)?|deadline|eta|target(?: date)?|by when|tickets?|bugs?|issues?|tracking|jira|tracker|links?|prs?|github|gitlab|linear|status|state|reason|rationale|why|notes?|priority|type|severity|sev|category|area|estimate|effort|size";
const INLINE_FIELD = new RegExp(
  String.raw`(^|[\s(\[;,|])(?:\*\*|__)?(${FIELD_KEYS})(?:\*\*|__)?\s*[:=]\s*(?:\*\*|__)?\s*([^;()\[\]|\n]*?)\s*(?:\*\*|__)?(?=\s*(?:$|[;)\]|\n]|,\s*(?:${FIELD_KEYS})\s*[:=]|\s(?:due|by|deadline|eta|ticket|status|tracking|jira|bug|owner)\s*[:=])|,\s*$|\s\([^()\n]{1,60}\)\s*[.;]?\s*$)`,
  "gi",
);
const OWNED_BY =
  /\b(?:owned by|assigned to|owner is|driven by|led by)\s+(@?[\w][\w.'-]*(?:\s+[A-Z][\w.'-]*)?(?:\s*(?:,|&|and)\s*@?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)*)/gi;
const FIELD_KEY_ONLY = new RegExp(`^(?:${FIELD_KEYS})$`, "i");
const FIELD_HINT = new RegExp(String.raw`\b(?:${FIELD_KEYS})(?:\*\*|__)?\s*[:=]`, "i");
const OWNED_BY_HINT = /\b(?:owned by|assigned to|owner is|driven by|led by)\b/i;
const MENTION = /(?<![\w.@/`])@([A-Za-z0-9][\w.-]*[\w](?:\/[\w.-]*[\w])?)/g;
const STATUS_PREFIX =
  /^\s*(?:\*\*|__)?(?:\[\s*|\(\s*)?(done|completed?|fixed|resolved|closed|shipped|merged|finished|todo|to ?do|open|wip|in[ -]progress|not started|pending|blocked|won'?t do|won['’]t do|won'?t fix|wontfix|deprioriti[sz]ed|de-prioriti[sz]ed|dropped|cancell?ed|descoped|obsolete)(?:\s*\]|\s*\))?(?:\*\*|__)?(?:\s*[:\-–—|.]\s+|\s*[:\-–—|]\s*|(?<=[\])](?:\*\*|__)?)\s+)/i;
// "**DOING** the backup job …": a bold capitalised tag needs no colon to be one.
const BOLD_STATUS_TAG = /^\s*(?:\*\*|__)(DONE|TODO|DOING|WIP|IN PROGRESS)(?:\*\*|__)\s+/;
const DUPLICATE =
  /^(?:duplicate|dup|dupe|duplicated)(?:\s+(?:of|by)\b.*)?$|^(?:superseded|replaced|covered)\s+by\s+\S/i;
const NOT_OWNER_BEFORE_MENTION =
  /(?:\b(?:cc|fyi|h\/t|ht|kudos|thanks|thank you|props|suggested by|proposed by|reported by|raised by|found by|noticed by|spotted by|reviewed by|reviewer|reviewers|approved by|approver|per|from|with help from|help from|pairing with|paired with|ping|pinged|consult|consulted|informed|notify|inform)\b|\/cc)[\s:,(]*(?:to\s+)?(?:@[\w.-]+[\s,&]+(?:and\s+)?)*$/i;
const LEADING_MARK =
  /^(?:\u{1F534}|\u{1F7E0}|\u{1F7E1}|\u{1F535}|\u{1F7E3}|\u26AA|\u26AB|\u23F3|\u231B|\u{1F6A7}|\u26A0\uFE0F?|\u2757|\u2753|\u274C|\u{1F6D1}|\u{1F53A}|\u{1F53B})\uFE0F?\s+/u;
const OPEN_BOX = /^\s*(?:\u2610|\u2B1C|\u{1F532}|\u25A1)\uFE0F?\s*/u;
const DONE_EMOJI = /(?:\u2705|\u2714\uFE0F?|\u2611\uFE0F?|\u2612\uFE0F?|\u2713|\u{1F7E2})/u;
const TRAILING_STATUS =
  /[\s(\[]*(?:[-–—|]\s*)?[(\[]\s*(done|completed?|fixed|resolved|closed|shipped|merged|finished|wip|in[ -]progress|todo|open|pending|blocked)(?:\s+(?:in|on|as of|via|with)?\s*[^)\]]*)?[)\]]\s*\.?\s*$/i;
const PREFIX_OWNER_COLON =
  /^\s*(?:\*\*|__)?(@?[^\s:*_[\]()][^:*_[\]()\n]{0,48}?(?:\s*\([^():*_[\]\n]{1,40}\))?)\s*(?:(?:\*\*|__)\s*[:：]|[:：]\s*(?:\*\*|__)?)\s*/;
const PREFIX_BRACKET = /^\s*\[([^\]\n]{1,48})\](?![(\[:])\s*[:\-–—]?\s*/;
const PREFIX_OWNER_FIELD =
  /^\s*(?:\*\*|__)?(?:owners?|assignees?|dri|assigned to)(?:\*\*|__)?\s*[:=]\s*(?:\*\*|__)?\s*([^\n:;()]{1,60}?)(?:\*\*|__)?\s+(?:\\?-|–|—)\s+(?=\S)/i;
const PREFIX_TODO_OWNER = /^\s*(?:TODO|FIXME|AI|ACTION)\(([^)\n]{1,40})\)\s*:?\s*/i;
const PREFIX_PAREN = /^\s*\(([^)\n]{1,48})\)\s*[:\-–—]?\s*/;
const ACRONYM_SUBJECT = /^\s*([A-Z][A-Z0-9&]{1,5})\s+(?=\p{Ll})/u;
const PREFIX_WILL =
  /^\s*(?:\*\*|__)?(@?[\p{L}\d_][\p{L}\d_ .'&/-]{0,48}?)(?:\*\*|__)?(?:\s+(?:to|will|shall|is going to|are going to|is to|needs to|need to|must|should)|['’]ll|(['’]re|\s+are|\s+is)(?=\s+\p{Ll}+ing\b))\s+(?=\p{Ll})/u;
const BOLD_TITLE = /^\s*(\*\*|__)(?!\s)([^*_\n]{1,120}?)\1\s*(?:[:\-–—.]\s*)?/;
const TRAILING_DONE_SENTENCE =
  /(?<=[.;!])\s+(?:\*\*|__|_|\*)?(?:done|completed|fixed|shipped|merged|resolved|implemented|deployed)(?:\s+(?:in|on|via|with|as of|by|at)\s+[^.\n*_]{1,40})?\.?(?:\*\*|__|_|\*)?\.?\s*$/i;
const OWNER_FIELD_BEFORE =
  /(?:^|[\s(\[;,|*_])(?:owners?|assignees?|dri|who)(?:\*\*|__)?\s*[:=]\s*(?:\*\*|__)?\s*[^:;()[\]|\n]+$/i;
const TRAILING_PAREN = /\s*\(([^()\n]{1,100})\)\s*[.;]?\s*$/;
const TRAILING_DASH = /\s+(?:[–—]|--?)\s+([^–—\n]{1,100})$/;
const INLINE_STATUS =
  /[(\[]\s*(done|completed?|fixed|resolved|shipped|merged|finished|won['’]?t do|wontfix|won['’]?t fix|deprioriti[sz]ed|dropped|cancell?ed)\s*[)\]]|\*\*(DONE|COMPLETED?|FIXED)\*\*/i;
const REASON_CUE =
  /\b(?:because|since|due to|given that|as (?:the|we|it|this)|risk|effort|cost|superseded|replaced by|covered by|instead|duplicate of|no longer|not worth|low (?:risk|impact|value|priority)|high (?:effort|cost)|out of scope|not (?:needed|required)|already (?:covered|handled|done)|(?:being |been |is |was )?(?:retired|decommissioned|sunset|sunsetted|deprecated|replaced)|redundant|unnecessary)\b/i;
const INTERROGATIVE =
  /^(?:could|can|should|would|how|why|what|do|does|did|is|are|was|were|will|shall|where|when|who|which|might|may)\b/i;

const TIMEBOX =
  /^\d+(?:\.\d+)?\s*(?:m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wks?|weeks?|pts?|points?|sp)$/i;
const LEADING_LINK = /^\s*\[([^\]\n]{1,60})\]\(([^)\s]+)\)\s*(?:[:\-–—|]\s*|\s+)(?=\S)/;
const ITEM_LABEL =
  /^\s*(?:\*\*|__)?\[?(?:(?:AI|AP|ACTION(?: ITEM)?|ITEM)\s?[-#]?\s?\d{1,3}|A\d{1,3}(?=[\]:.)])|(?:P[0-4]|SEV-?[0-4]|S[0-4]|high|medium|med|low|critical|urgent)(?=\]?(?:\*\*|__)?(?:\s*:|\s*\]|\s+[-–—|]\s)))\]?(?:\*\*|__)?(?:\s*[:.)\-–—|]\s*|\s+)(?=\S)/i;

/** A tracker reference that opens the text at `pos` ("PAY-12: …", "[PAY-12] …", "#12 - …"), with what separates it from the rest. */
function leadingRef(
  raw: string,
  pos: number,
  refs: { start: number; end: number }[],
): RegExpExecArray | undefined {
  for (const ref of refs) {
    if (ref.start < pos) {
      continue;
    }
    const before = raw.slice(pos, ref.start);
    if (!/^\s*(?:\*\*|__)?\[?$/.test(before)) {
      return undefined;
    }
    const after = /^(?:\]\([^)\s]*\))?\]?(?:\*\*|__)?(?:\s*[:\-–—|]\s*|\s+)(?=\S)/.exec(
      raw.slice(ref.end),
    );
    if (after === null) {
      return undefined;
    }
    const match = [raw.slice(pos, ref.end) + after[0]] as unknown as RegExpExecArray;
    match.index = 0;
    return match;
  }
  return undefined;
}

interface Removal {
  start: number;
  end: number;
}

export function readFields(raw: string, ctx: FieldContext): TextFields {
  const removals: Removal[] = [];
  const owners: Owner[] = [];
  let ownerUnassigned = false;
  let subjectIsEveryone = false;
  let deadline: Deadline | undefined;
  let deadlineUnset = false;
  const statusClaims: StatusClaim[] = [];
  const claimStatus = (origin: StatusOrigin, found: ActionStatus | undefined): void => {
    if (found !== undefined) {
      statusClaims.push({ origin, status: found });
    }
  };
  /** A status is written on the item (not merely implied by its grammar). */
  const hasStatus = (): boolean => statusClaims.length > 0;
  let reasonText: string | undefined;
  let trackerFieldValue = false;
  const addOwners = (found: Owner[] | "unassigned" | undefined): boolean => {
    if (found === "unassigned") {
      ownerUnassigned = true;
      return true;
    }
    if (found === undefined) {
      return false;
    }
    for (const owner of found) {
      if (!owners.some((o) => o.name.toLowerCase() === owner.name.toLowerCase())) {
        owners.push(owner);
      }
    }
    return true;
  };

  // Tracker references first, so their text never reads as an owner or a date.
  const refs = findTrackerRefs(raw, { trackerKeys: ctx.trackerKeys });
  for (const found of refs) {
    removals.push({ start: found.start, end: found.end });
  }
  const trackerRefs: TrackerRef[] = refs.map((found) => ({
    ...found.ref,
    span: { start: found.start, end: found.end },
  }));

  // Leading status word, checkbox-like marks and emoji.
  let pos = 0;
  const statusPrefix = STATUS_PREFIX.exec(raw) ?? BOLD_STATUS_TAG.exec(raw);
  if (statusPrefix !== null) {
    claimStatus(
      "marker",
      statusFromWord(statusPrefix[1], { start: 0, end: statusPrefix[0].length }),
    );
    pos = statusPrefix[0].length;
    removals.push({ start: 0, end: pos });
  }
  const emoji = DONE_EMOJI.exec(raw);
  if (emoji !== null && !hasStatus()) {
    claimStatus("marker", {
      state: "done",
      evidence: emoji[0],
      span: { start: emoji.index, end: emoji.index + emoji[0].length },
    });
    removals.push({ start: emoji.index, end: emoji.index + emoji[0].length });
    if (raw.slice(0, emoji.index).trim() === "") {
      pos = emoji.index + emoji[0].length;
    }
  } else if (!hasStatus() && raw.charCodeAt(0) > 0x2000 && LEADING_MARK.test(raw)) {
    // "🟡 Theo: add …", "⏳ Mei: …": a colour or progress mark in front says nothing about the owner.
    const mark = LEADING_MARK.exec(raw)!;
    removals.push({ start: 0, end: mark[0].length });
    pos = mark[0].length;
  } else if (!hasStatus() && OPEN_BOX.test(raw)) {
    // "☐ Lin: add …": an empty ballot box, as exported from Google Docs, Notion or Word checklists.
    const box = OPEN_BOX.exec(raw)!;
    claimStatus("marker", {
      state: "open",
      evidence: box[0].trim(),
      span: { start: 0, end: box[0].length },
    });
    removals.push({ start: 0, end: box[0].length });
    pos = box[0].length;
  }

  let ownerInsertAt = pos;
  // Owner prefixes: "Alice:", "[Alice]", "(team)", "Alice to …", "Alice will …".
  let titleEnd: number | undefined;
  let titleText: string | undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    const rest = raw.slice(pos);
    // An item number or a ticket key in front ("AI-3:", "[A2]", "PAY-12: Alice: …") labels the item;
    // the owner, verb and text follow it.
    const link =
      rest.startsWith("[") || rest.trimStart().startsWith("[") ? LEADING_LINK.exec(rest) : null;
    if (link !== null && raw.slice(pos + link[0].length).trim() !== "") {
      // "[GH-12](url): …", "[GH-12 (Done)](url): …", "[Done](commit): …": the link is the ticket or the proof.
      const inner = toPlainText(link[1]);
      const innerStatus =
        /\(([^)]+)\)\s*$/.exec(inner)?.[1] ??
        (findTrackerRefs(link[1], { trackerKeys: ctx.trackerKeys }).length === 0
          ? inner
          : undefined);
      const linkStatus =
        innerStatus === undefined
          ? undefined
          : statusFromWord(innerStatus, { start: pos, end: pos + link[0].length });
      const isTicket = findTrackerRefs(link[1], { trackerKeys: ctx.trackerKeys }).length > 0;
      if (isTicket || linkStatus !== undefined) {
        claimStatus("marker", linkStatus);
        if (
          !isTicket &&
          !trackerRefs.some(
            (ref) =>
              ref.span !== undefined &&
              ref.span.start >= pos &&
              ref.span.end <= pos + link[0].length,
          )
        ) {
          // A commit or PR that did the work is where it is tracked.
          trackerRefs.push({
            text: link[2],
            kind: "url",
            source: "text",
            span: { start: pos, end: pos + link[0].length },
          });
        }
        if (ownerInsertAt === pos && owners.length === 0) {
          ownerInsertAt = pos + link[0].length;
        }
        removals.push({ start: pos, end: pos + link[0].length });
        pos += link[0].length;
        continue;
      }
    }
    const label = ITEM_LABEL.exec(rest) ?? leadingRef(raw, pos, refs);
    if (label !== null && label !== undefined && raw.slice(pos + label[0].length).trim() !== "") {
      if (ownerInsertAt === pos && owners.length === 0) {
        ownerInsertAt = pos + label[0].length;
      }
      if (!removals.some((r) => r.start <= pos + label.index && r.end >= pos + label[0].length)) {
        removals.push({ start: pos, end: pos + label[0].length });
      }
      pos += label[0].length;
      continue;
    }
    const bracket = PREFIX_BRACKET.exec(rest);
    if (bracket !== null && !/^\s*[ xX-]\s*$/.test(bracket[1])) {
      const inner = bracket[1].trim();
      if (DONE_WORDS.test(inner) || OPEN_WORDS.test(inner) || DEPRIORITIZED_WORDS.test(inner)) {
        claimStatus("marker", statusFromWord(inner, { start: pos, end: pos + bracket[0].length }));
        removals.push({ start: pos, end: pos + bracket[0].length });
        pos += bracket[0].length;
        continue;
      }
      if (
        /^(?:p\d|sev\s?\d|s\d|high|medium|low|critical|major|minor|prio.*|short[- ]term|long[- ]term|mid[- ]term|medium[- ]term|quick win|prevent|detect|mitigate|process|repair|investigate)$/i.test(
          inner,
        )
      ) {
        removals.push({ start: pos, end: pos + bracket[0].length });
        pos += bracket[0].length;
        continue;
      }
      if (
        addOwners(ownersFrom(inner, "prefix", ctx, { start: pos, end: pos + bracket[0].length }))
      ) {
        removals.push({ start: pos, end: pos + bracket[0].length });
        pos += bracket[0].length;
        continue;
      }
      if (TIMEBOX.test(inner)) {
        // "[2h]", "[20m]", "[3 pts]": a time box or estimate, not an owner.
        removals.push({ start: pos, end: pos + bracket[0].length });
        pos += bracket[0].length;
        continue;
      }
      if (isHandle(inner) && /^\s*[\p{L}\d]/u.test(raw.slice(pos + bracket[0].length))) {
        // "[alice] add …", "[kofi?] cap …": a login in brackets, then the action (a question mark: tentatively).
        addOwners([
          {
            name: inner.replace(/\?$/, ""),
            isGroup: false,
            isDecisionMaker: false,
            source: "prefix",
            span: { start: pos, end: pos + bracket[0].length },
          },
        ]);
        removals.push({ start: pos, end: pos + bracket[0].length });
        pos += bracket[0].length;
        continue;
      }
    }
    const ownerField = /^\s*(?:\*\*|__)?(?:owners?|assignees?|dri|assigned to)/i.test(rest)
      ? PREFIX_OWNER_FIELD.exec(rest)
      : null;
    if (ownerField !== null) {
      // "**Owner:** Alice - add …": the owner field opens the item and the action follows a dash.
      const found = ownersFrom(ownerField[1], "field", ctx, {
        start: pos,
        end: pos + ownerField[0].length,
      });
      if (found !== undefined && addOwners(found)) {
        removals.push({ start: pos, end: pos + ownerField[0].length });
        pos += ownerField[0].length;
        continue;
      }
    }
    const todo = PREFIX_TODO_OWNER.exec(rest);
    if (todo !== null) {
      // "TODO(alice): …", the code-comment convention for an owned to-do.
      addOwners(
        ownersFrom(todo[1], "prefix", ctx, { start: pos, end: pos + todo[0].length }) ?? [
          { name: todo[1].trim(), isGroup: false, isDecisionMaker: false, source: "prefix" },
        ],
      );
      removals.push({ start: pos, end: pos + todo[0].length });
      pos += todo[0].length;
      continue;
    }
    const paren = PREFIX_PAREN.exec(rest);
    const parenHandle =
      paren !== null &&
      isHandle(paren[1].trim()) &&
      /^\s*[\p{L}\d]/u.test(rest.slice(paren[0].length));
    const parenOwners =
      paren === null
        ? undefined
        : parenHandle
          ? [
              {
                name: paren[1].trim().replace(/\?$/, ""),
                isGroup: false,
                isDecisionMaker: false,
                source: "prefix" as const,
                span: { start: pos, end: pos + paren[0].length },
              },
            ]
          : ownersFrom(paren[1], "prefix", ctx, { start: pos, end: pos + paren[0].length });
    if (paren !== null && addOwners(parenOwners)) {
      removals.push({ start: pos, end: pos + paren[0].length });
      pos += paren[0].length;
      continue;
    }
    const colon = rest.includes(":") || rest.includes("：") ? PREFIX_OWNER_COLON.exec(rest) : null;
    if (colon !== null && !FIELD_KEY_ONLY.test(colon[1].trim())) {
      const label = colon[1].trim();
      const verdict = classifyOwner(label, ctx);
      const wordCount = label.split(/\s+/).length;
      // "Staff engineer (Rui):" starts with a verb-like word but names Rui.
      if (verdict.kind === "owner" && (!startsWithVerb(label) || /\)$/.test(label))) {
        addOwners(ownersFrom(label, "prefix", ctx, { start: pos, end: pos + colon[0].length }));
        removals.push({ start: pos, end: pos + colon[0].length });
        pos += colon[0].length;
        continue;
      }
      if (verdict.kind === "unassigned" && wordCount <= 2) {
        ownerUnassigned = true;
        removals.push({ start: pos, end: pos + colon[0].length });
        pos += colon[0].length;
        continue;
      }
      if (
        wordCount <= 8 &&
        titleEnd === undefined &&
        /^(?:action(?: item| point)?s?(?: taken| planned)?|ai|todo|to ?do|follow[- ]?ups?|follow[- ]?up actions?|next steps?|remediation|fix|task|proposal|recommendation)$/i.test(
          label,
        )
      ) {
        // "Action item: …" labels the item; the action follows.
        removals.push({ start: pos, end: pos + colon[0].length });
        pos += colon[0].length;
        continue;
      }
      if (wordCount <= 3 && verdict.kind === "not-owner" && !startsWithVerb(label)) {
        // "Payments: Noor: cap refund retries …": a component label, then the owner.
        const next = PREFIX_OWNER_COLON.exec(raw.slice(pos + colon[0].length));
        if (
          next !== null &&
          !startsWithVerb(next[1]) &&
          classifyOwner(next[1], ctx).kind === "owner"
        ) {
          pos += colon[0].length;
          continue;
        }
      }
    }
    break;
  }

  // Bold title: "**Title**: explanation".
  const bold = BOLD_TITLE.exec(raw.slice(pos));
  if (bold !== null) {
    const title = bold[2].replace(/[:.\s]+$/, "");
    const verdict = classifyOwner(title, ctx);
    if (verdict.kind === "owner" && !startsWithVerb(title)) {
      addOwners(ownersFrom(title, "prefix", ctx, { start: pos, end: pos + bold[0].length }));
      removals.push({ start: pos, end: pos + bold[0].length });
      pos += bold[0].length;
    } else {
      titleText = toPlainText(title);
      titleEnd = pos + bold[0].length;
    }
  }

  if (titleEnd !== undefined) {
    const afterBold = raw.slice(titleEnd);
    const doneAfterTitle = STATUS_PREFIX.exec(afterBold);
    if (doneAfterTitle !== null) {
      claimStatus(
        "marker",
        statusFromWord(doneAfterTitle[1], {
          start: titleEnd,
          end: titleEnd + doneAfterTitle[0].length,
        }),
      );
      removals.push({ start: titleEnd, end: titleEnd + doneAfterTitle[0].length });
      titleEnd += doneAfterTitle[0].length;
    }
    const ownerAfterTitle = PREFIX_OWNER_COLON.exec(raw.slice(titleEnd));
    if (
      ownerAfterTitle !== null &&
      !startsWithVerb(ownerAfterTitle[1]) &&
      classifyOwner(ownerAfterTitle[1], ctx).kind === "owner"
    ) {
      addOwners(
        ownersFrom(ownerAfterTitle[1], "prefix", ctx, {
          start: titleEnd,
          end: titleEnd + ownerAfterTitle[0].length,
        }),
      );
      removals.push({ start: titleEnd, end: titleEnd + ownerAfterTitle[0].length });
      titleEnd += ownerAfterTitle[0].length;
    }
  }
  const willFrom = titleEnd ?? pos;
  // A status in brackets after a bold title: "**Title** (done): …".
  const titleStatus =
    titleEnd === undefined
      ? null
      : /^\s*[(\[]\s*([^)\]]{1,30})\s*[)\]]\s*[:\-–—]?\s*/.exec(raw.slice(willFrom));
  let willStart = willFrom;
  if (titleStatus !== null && titleEnd !== undefined) {
    const parsed = statusFromWord(titleStatus[1]);
    if (parsed !== undefined) {
      claimStatus("marker", {
        ...parsed,
        span: { start: willFrom, end: willFrom + titleStatus[0].length },
      });
      removals.push({ start: willFrom, end: willFrom + titleStatus[0].length });
      willStart += titleStatus[0].length;
      titleEnd = willStart;
    }
  }
  // "QXP check how …", "SRE add …": an organisation's acronym right before the verb.
  const acronymSubject = owners.length === 0 ? ACRONYM_SUBJECT.exec(raw.slice(willStart)) : null;
  if (
    acronymSubject !== null &&
    startsWithVerb(raw.slice(willStart + acronymSubject[0].length)) &&
    addOwners(
      ownersFrom(acronymSubject[1], "prefix", ctx, {
        start: willStart,
        end: willStart + acronymSubject[0].length,
      }),
    )
  ) {
    removals.push({ start: willStart, end: willStart + acronymSubject[0].length });
    if (titleEnd !== undefined) {
      titleEnd = willStart + acronymSubject[0].length;
    } else {
      pos = willStart + acronymSubject[0].length;
    }
    willStart += acronymSubject[0].length;
  }
  // "Alice to …", "Alice will …": only read when no owner was named before it.
  const will = owners.length === 0 ? PREFIX_WILL.exec(raw.slice(willStart)) : null;
  // "Images will be rebuilt nightly": a passive names what changes, not who changes it.
  const passive = will !== null && /^be\s+([a-z]+)/i.exec(raw.slice(willStart + will[0].length));
  if (will !== null && !(passive && isParticiple(passive[1]))) {
    const name = will[1].trim();
    const tokens = name.split(/\s+/);
    // "We're moving …", "The payments team is adding …": a present-progressive commitment names its owner only
    // when the subject is people ("Traffic is increasing" is not about an owner).
    const progressive = will[2] !== undefined;
    const found = ownersFrom(name, "prefix", ctx, {
      start: willStart,
      end: willStart + will[1].length,
    });
    const peopleSubject =
      !progressive ||
      (Array.isArray(found) &&
        found.some(
          (owner) => owner.isGroup || ctx.people.some((person) => person.name === owner.name),
        ));
    // "Try to reproduce …", "Continue to attempt …": a verb taking an infinitive, not a person ("Mark to add …" is).
    const verbNotName =
      tokens.length === 1 &&
      (CATENATIVE_VERBS.has(name.toLowerCase()) || startsWithVerb(name)) &&
      !VERB_NAMES.has(name.toLowerCase()) &&
      rosterless(name, ctx);
    // "We will …", "The team should …": everyone, so nobody by name (the evidence says so).
    // "Teach the teams how to …": a clause ending in a question word is the action, not its owner.
    const clause = /\s(?:how|when|where|what|why|which|whether)$/i.test(name);
    const everyone = WHOLE_ORGANISATION.test(name) || clause;
    if (everyone) {
      subjectIsEveryone = true;
    }
    if (
      !(tokens.length > 1 && startsWithVerb(name)) &&
      !verbNotName &&
      !everyone &&
      peopleSubject &&
      addOwners(found)
    ) {
      removals.push({ start: willStart, end: willStart + will[0].length });
      if (titleEnd !== undefined) {
        titleEnd = willStart + will[0].length;
      } else {
        pos = willStart + will[0].length;
      }
    }
  }

  // Inline fields: "Owner: Alice", "Due: 2026-03-01", "Ticket: PAY-1", "Status: done".
  INLINE_FIELD.lastIndex = 0;
  const mayHoldField = (raw.includes(":") || raw.includes("=")) && FIELD_HINT.test(raw);
  for (
    let m = mayHoldField ? INLINE_FIELD.exec(raw) : null;
    m !== null;
    m = INLINE_FIELD.exec(raw)
  ) {
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    const key = m[2].toLowerCase();
    const value = m[3].trim();
    if (start < pos) {
      continue;
    }
    removals.push({ start, end });
    if (
      /^(?:owners?|assignees?|assigned to|dri|who|responsible|poc|point of contact|driver|accountable)$/.test(
        key,
      )
    ) {
      const found = ownersFrom(value, "field", ctx, { start, end });
      if (found === undefined && value !== "") {
        addOwners([
          {
            name: toPlainText(value),
            isGroup: false,
            isDecisionMaker: false,
            source: "field",
            span: { start, end },
          },
        ]);
      } else {
        addOwners(found ?? "unassigned");
      }
    } else if (/^(?:due(?: date)?|deadline|eta|target(?: date)?|by when)$/.test(key)) {
      if (isPlaceholder(value) || isNoDeadline(value)) {
        deadlineUnset = true;
      } else {
        const found = findDeadline(toPlainText(value), ctx.reference);
        deadline ??= { text: value, date: found?.date, source: "field", span: { start, end } };
      }
    } else if (
      /^(?:tickets?|bugs?|issues?|tracking|jira|tracker|links?|prs?|github|gitlab|linear)$/.test(
        key,
      )
    ) {
      if (!isPlaceholder(value)) {
        trackerFieldValue = true;
        if (
          !trackerRefs.some(
            (ref) => ref.span !== undefined && ref.span.start >= start && ref.span.end <= end,
          )
        ) {
          trackerRefs.push({
            text: value.slice(0, referenceLength(value)),
            kind: "cell",
            source: "field",
            span: { start, end },
          });
        }
      }
    } else if (/^(?:status|state)$/.test(key)) {
      claimStatus("field", statusFromWord(value, { start, end }));
    } else if (/^(?:reason|rationale|why|notes?)$/.test(key)) {
      reasonText = value;
    }
  }

  OWNED_BY.lastIndex = 0;
  for (
    let m = OWNED_BY_HINT.test(raw) ? OWNED_BY.exec(raw) : null;
    m !== null;
    m = OWNED_BY.exec(raw)
  ) {
    if (addOwners(ownersFrom(m[1], "text", ctx, { start: m.index, end: m.index + m[0].length }))) {
      removals.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (raw.includes("@")) {
    MENTION.lastIndex = 0;
    for (let m = MENTION.exec(raw); m !== null; m = MENTION.exec(raw)) {
      if (
        removals.some(
          (r) =>
            m.index >= r.start && m.index < r.end && owners.some((o) => o.span?.start === r.start),
        )
      ) {
        continue;
      }
      if (NOT_OWNER_BEFORE_MENTION.test(raw.slice(Math.max(0, m.index - 32), m.index))) {
        continue; // "cc @ben", "as suggested by @ana", "thanks to @ben": named, but not the owner.
      }
      addOwners(ownersFrom(m[0], "mention", ctx, { start: m.index, end: m.index + m[0].length }));
      removals.push({ start: m.index, end: m.index + m[0].length });
    }
  }

  // Trailing annotations: "(Alice, by Friday)", "— Alice", "(done)".
  let tailEnd = raw.trimEnd().length;
  for (let attempt = 0; attempt < 3; attempt++) {
    const head = raw.slice(0, tailEnd);
    const last = head.charAt(head.length - 1);
    // Only an item ending in a bracket or after a dash can carry a trailing annotation.
    if (
      last !== ")" &&
      last !== "]" &&
      last !== "." &&
      last !== "_" &&
      last !== "*" &&
      !/\s(?:[–—]|--?)\s/.test(head)
    ) {
      break;
    }
    const trailingStatus =
      last === ")" || last === "]" || last === "." ? TRAILING_STATUS.exec(head) : null;
    const doneSentence =
      trailingStatus === null && !hasStatus() ? TRAILING_DONE_SENTENCE.exec(head) : null;
    if (doneSentence !== null && doneSentence.index >= pos) {
      // "… dashboard. _Done in Grafana._", "… runbook. Done.": a closing sentence that reports it done.
      claimStatus("marker", {
        state: "done",
        evidence: toPlainText(doneSentence[0]).replace(/^[.;\s]+/, ""),
        span: { start: doneSentence.index, end: tailEnd },
      });
      removals.push({ start: doneSentence.index, end: tailEnd });
      tailEnd = doneSentence.index;
      continue;
    }
    if (trailingStatus !== null) {
      claimStatus(
        "marker",
        statusFromWord(trailingStatus[1], { start: trailingStatus.index, end: tailEnd }),
      );
      removals.push({ start: trailingStatus.index, end: tailEnd });
      tailEnd = trailingStatus.index;
      continue;
    }
    const paren = TRAILING_PAREN.exec(head) ?? TRAILING_DASH.exec(head);
    if (paren === null || paren.index < pos) {
      break;
    }
    if (
      paren[0].trimStart().startsWith("(") &&
      OWNER_FIELD_BEFORE.test(head.slice(Math.max(0, paren.index - 80), paren.index))
    ) {
      // "Owner: Tariq Mensah (Enterprise Applications)": the brackets say where the owner sits, not who owns it.
      removals.push({ start: paren.index, end: tailEnd });
      tailEnd = paren.index;
      continue;
    }
    const span = { start: paren.index, end: tailEnd };
    let understood = false;
    for (const part of paren[1].split(/\s*[,;]\s*/)) {
      const plain = toPlainText(part);
      if (plain === "") {
        continue;
      }
      if (findTrackerRefs(part, { trackerKeys: ctx.trackerKeys }).length > 0) {
        understood = true;
        continue;
      }
      if (DONE_WORDS.test(plain) || OPEN_WORDS.test(plain)) {
        claimStatus("marker", statusFromWord(plain, span));
        understood = true;
        continue;
      }
      const dateInPart = findDeadline(plain, ctx.reference);
      if (dateInPart !== undefined && isDocumentDay(dateInPart, ctx)) {
        understood = true;
        continue;
      }
      if (
        dateInPart !== undefined &&
        dateInPart.text.length >= plain.replace(/^(?:by|due|before|until|eta)\s+/i, "").length - 2
      ) {
        deadline ??= { text: plain, date: dateInPart.date, source: "parenthetical", span };
        understood = true;
        continue;
      }
      const ownerPart = plain.replace(/^(?:owner|assignee|dri|who)\s*[:=]?\s*/i, "");
      if (addOwners(ownersFrom(ownerPart, "parenthetical", ctx, span))) {
        understood = true;
        continue;
      }
    }
    if (!understood) {
      break;
    }
    removals.push(span);
    tailEnd = paren.index;
  }

  if (!hasStatus()) {
    const inline =
      raw.includes("(") || raw.includes("[") || raw.includes("**") ? INLINE_STATUS.exec(raw) : null;
    if (inline !== null) {
      // Group 1 is the bracketed word, group 2 the bold one ("**DONE**").
      claimStatus(
        "marker",
        statusFromWord(inline[1] ?? inline[2], {
          start: inline.index,
          end: inline.index + inline[0].length,
        }),
      );
      removals.push({ start: inline.index, end: inline.index + inline[0].length });
    }
  }

  // Deadline in the running text.
  // Tracker references are cut out first; without any, there is nothing to strip.
  const trackerRemovals =
    trackerRefs.length === 0
      ? []
      : removals.filter((r) => trackerRefs.some((ref) => ref.span?.start === r.start));
  const plainAll = toPlainText(
    trackerRemovals.length === 0 ? raw : stripSpans(raw, trackerRemovals),
  );
  // A Due field left empty or TBD is the item's answer: a duration in its text ("expires within 7 days")
  // is then a condition, not a deadline.
  if (deadline === undefined && !deadlineUnset) {
    const found = findDeadline(plainAll, ctx.reference);
    if (found !== undefined && !isDocumentDay(found, ctx)) {
      const at = locate(raw, found.text, pos);
      const span =
        at === undefined ? undefined : widenDeadlineSpan(raw, at, at + found.text.length);
      deadline = { text: found.text, date: found.date, source: "text", span };
      if (span !== undefined) {
        removals.push(span);
      }
    }
  }

  // Status words anywhere: won't do, strikethrough, "(done)".
  const struck = raw.includes("~~") ? /~~([\s\S]+?)~~/.exec(raw) : null;
  if (struck !== null) {
    const outside = toPlainText(
      raw.slice(0, struck.index) + " " + raw.slice(struck.index + struck[0].length),
    );
    const outsideWords = outside.replace(/^[\s\-–—:;,.()[\]]+|[\s\-–—:;,.()[\]]+$/g, "");
    const span = { start: struck.index, end: struck.index + struck[0].length };
    if (
      /\b(?:done|completed?|fixed|resolved|closed|shipped|merged|finished|implemented|deployed)\b/i.test(
        outsideWords,
      ) ||
      DONE_EMOJI.test(outside)
    ) {
      claimStatus("strikethrough", { state: "done", evidence: "strikethrough", span });
    } else {
      claimStatus("strikethrough", {
        state: "deprioritized",
        reason: reasonAfter(outsideWords) ?? reasonText,
        evidence: "strikethrough",
        span,
      });
    }
  }
  // The whole text is the reason when it gives one ("… because the service is retired"); only asked for dropped items.
  const reasonCue = (): string | undefined => (REASON_CUE.test(plainAll) ? plainAll : undefined);
  const dropped = struck === null ? statusWordIn(plainAll) : null;
  if (dropped !== null) {
    const after = plainAll.slice(dropped.index + dropped[0].length);
    const prefixed = statusPrefix !== null && DEPRIORITIZED_WORDS.test(statusPrefix[1]);
    claimStatus("dropped-words", {
      state: "deprioritized",
      reason: (prefixed ? undefined : reasonAfter(after)) ?? reasonCue() ?? reasonText,
      evidence: dropped[0],
    });
  }

  // The action text proper.
  const actionRaw = stripSpans(
    raw.slice(0, tailEnd),
    removals.filter((r) => r.start < tailEnd),
    pos,
  );
  const actionText = cleanAction(toPlainText(actionRaw));
  let verbText = actionText;
  let verbSearchFrom = pos;
  if (titleText !== undefined && titleEnd !== undefined) {
    const explanation = cleanAction(
      toPlainText(stripSpans(raw.slice(0, tailEnd), removals, titleEnd)),
    );
    // The explanation is the deliverable when it opens with a verb ("**Better dashboards.** Build a latency
    // dashboard") or when the title names a theme rather than an action.
    if (explanation !== "" && (startsWithVerb(explanation) || !startsWithVerb(titleText))) {
      verbText = explanation;
      verbSearchFrom = titleEnd;
    }
  }
  const isQuestion =
    actionText.includes("?") && (/\?\s*$/.test(actionText) || INTERROGATIVE.test(actionText));
  const firstVerbWord = ctx.pastTenseMeansDone ? firstWord(verbText) : undefined;
  if (ctx.pastTenseMeansDone) {
    claimStatus("grammar", statusFromGrammar(verbText));
  }
  if (ctx.pastTenseMeansDone) {
    if (
      firstVerbWord !== undefined &&
      PAST_TENSE_DONE.has(firstVerbWord) &&
      !/^(?:set up|built-in)/i.test(verbText)
    ) {
      claimStatus("grammar", { state: "done", evidence: "past tense", inferred: true });
    }
  }
  if (ctx.pastTenseMeansDone && !isVerb(firstVerbWord)) {
    // Only the first ten words are searched for a past-tense verb ("Alerting on lag added in v2").
    const words = firstWords(verbText.toLowerCase(), LOWER_CASE_WORD, 10);
    if (words.length > 0 && !PAST_TENSE_DONE.has(words[0])) {
      const at = words.findIndex((word) => PAST_TENSE_DONE.has(word));
      const before = words.slice(0, Math.max(at, 0));
      // "Alerting on lag added in v2": a reduced passive, the participle followed by no object.
      const reducedPassive =
        at > 0 &&
        /^(?:in|on|to|for|by|via|with|at|since|during|as|and|,|$)/.test(words[at + 1] ?? "");
      if (
        at > 0 &&
        reducedPassive &&
        !before.some(
          (word) =>
            /^(?:will|to|be|been|being|should|must|need|needs|is|are|was|were|can|could|would|may|might|shall|that|which|who|when|if|not|get|gets)$/.test(
              word,
            ) ||
            OUTCOME_VERBS.has(word) ||
            PROCESS_VERBS.has(word),
        )
      ) {
        claimStatus("grammar", { state: "done", evidence: "past tense", inferred: true });
      }
    }
  }
  if (
    trackerFieldValue === false &&
    (plainAll.includes("completed") || plainAll.includes("done")) &&
    /\b(?:completed|done) (?:on|in) (?:20\d\d|[A-Z][a-z]+ \d)/.test(plainAll)
  ) {
    claimStatus("grammar", { state: "done", evidence: "completed on", inferred: true });
  }
  let status = resolveTextStatus(statusClaims);
  if (status?.state === "deprioritized" && status.reason === undefined) {
    status = { ...status, reason: reasonCue() ?? reasonText };
  }
  const leadingVerb = findLeadingVerb(verbText, raw, verbSearchFrom, ctx.processVerbs);
  return {
    owners,
    ownerUnassigned: ownerUnassigned && owners.length === 0,
    subjectIsEveryone: subjectIsEveryone && owners.length === 0,
    deadline,
    deadlineUnset: deadlineUnset && deadline === undefined,
    trackerRefs,
    status,
    actionText,
    verbText,
    textStart: pos,
    ownerInsertAt,
    leadingVerb,
    isQuestion,
    reasonText,
  };
}

/** "(2026-11-20)" on an item of a post-mortem written that day says when it was raised, not when it is due. */
function isDocumentDay(found: { text: string; date?: Date }, ctx: FieldContext): boolean {
  return (
    found.date !== undefined &&
    ctx.documentDate !== undefined &&
    found.date.getTime() === ctx.documentDate.getTime() &&
    /\d{4}-\d\d-\d\d/.test(found.text)
  );
}

/** True when the roster does not list `name` (a roster entry always wins over grammar). */
function rosterless(name: string, ctx: OwnerContext): boolean {
  const lower = name.toLowerCase();
  return !ctx.people.some(
    (person) =>
      person.name.toLowerCase().split(/\s+/)[0] === lower ||
      person.aliases.some((alias) => alias.toLowerCase() === lower),
  );
}

/** The item names an owner, a deadline, a ticket or a status, or opens with a verb: it reads as an action, not a statement. */
export function readsAsAction(fields: TextFields): boolean {
  return (
    fields.owners.length > 0 ||
    fields.deadline !== undefined ||
    fields.trackerRefs.length > 0 ||
    fields.status !== undefined ||
    fields.isQuestion ||
    startsWithVerb(fields.verbText) ||
    (fields.leadingVerb !== undefined && startsWithVerb(fields.leadingVerb.text))
  );
}

export function startsWithVerb(text: string): boolean {
  return isVerb(firstWord(text));
}

function isVerb(word: string | undefined): boolean {
  return (
    word !== undefined &&
    (OUTCOME_VERBS.has(word) || PROCESS_VERBS.has(word) || VAGUE_LEADS.has(word))
  );
}

const LOWER_CASE_WORD = /[a-z][a-z'-]*/g;

/** The first `limit` matches of a global word pattern, without reading the rest of the text. */
function firstWords(text: string, pattern: RegExp, limit: number): string[] {
  const words: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    words.push(m[0]);
    if (words.length === limit) {
      break;
    }
  }
  return words;
}

function firstWord(text: string): string | undefined {
  const match = /^[^A-Za-z]*([A-Za-z][A-Za-z'-]*)/.exec(text);
  return match?.[1].toLowerCase();
}

export function statusFromWord(
  word: string,
  span?: { start: number; end: number },
): ActionStatus | undefined {
  const plain = toPlainText(word).trim();
  const lower = plain.toLowerCase();
  if (/^\[\s*[xX]\s*\]$/.test(plain)) {
    return { state: "done", evidence: plain, span }; // A checkbox in a table cell.
  }
  if (/^\[\s*\]$/.test(plain) || OPEN_BOX.test(plain)) {
    return { state: "open", evidence: plain, span };
  }
  if (DUPLICATE.test(plain)) {
    // "Duplicate of IMG-3", "Superseded by PAY-9": closed on purpose, and the words say why.
    return { state: "deprioritized", reason: plain, evidence: plain, span };
  }
  if (DEPRIORITIZED_WORDS.test(plain)) {
    const reason = reasonAfter(plain.replace(DEPRIORITIZED_WORDS, ""));
    return { state: "deprioritized", reason, evidence: plain, span };
  }
  const firstTwo = lower.split(/\s+/).slice(0, 2).join(" ");
  if (
    DONE_WORDS.test(lower) ||
    DONE_WORDS.test(lower.split(/[\s,:(]+/)[0] ?? "") ||
    DONE_EMOJI.test(plain) ||
    /^(?:yes|y|\u2714|x)$/i.test(lower)
  ) {
    return { state: "done", evidence: plain, span };
  }
  if (
    OPEN_WORDS.test(lower) ||
    OPEN_WORDS.test(firstTwo) ||
    OPEN_WORDS.test(lower.split(/[\s,:(]+/)[0] ?? "")
  ) {
    return { state: "open", evidence: plain, span };
  }
  return undefined;
}

/** The explanation after a status word: "won't do — risk is low" gives "risk is low". */
function reasonAfter(text: string): string | undefined {
  const cleaned = text.replace(/^[\s\-–—:;,.()[\]]+|[\s\-–—:;,.()[\]]+$/g, "").trim();
  const words = cleaned.split(/\s+/).filter((word) => /[a-z]/i.test(word));
  if (
    words.length >= 3 ||
    /\b(?:because|since|due to|superseded|replaced|covered|duplicate|instead|no longer|risk|cost|effort)\b/i.test(
      cleaned,
    )
  ) {
    return cleaned;
  }
  return undefined;
}

function stripSpans(raw: string, removals: Removal[], from = 0): string {
  const sorted = [...removals].sort((a, b) => a.start - b.start);
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

const EMPTY_BRACKETS = /\(\s*[,;]?\s*\)|\[\s*\]/g;
const DANGLING_DEADLINE_WORD = /\s+(?:by|due|before|until|eta|deadline)\s*[:,.;]?\s*$/i;
const DEADLINE_WORD_AT_END = /(?:by|due|before|until|eta|deadline)$/i;
const EDGE_PUNCTUATION = /^[\s\-–—:;,.|]+|[\s\-–—:;,|]+$/g;
const LEADING_PUNCTUATION = /^[\s\-–—:;,.|]/;
const TRAILING_PUNCTUATION = /^[\s\-–—:;,|]$/;

/**
 * Removes what is left around the action once its annotations are cut out: empty brackets, a
 * dangling "by", stray punctuation at either end. Each replacement runs only when a cheap check
 * of the characters it needs passes, since most texts need none of them.
 */
const ITEM_NUMBER = /^\d{1,3}[.)]\s+(?=[A-Za-z])/;

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
  if (cleaned.endsWith(" .")) {
    cleaned = cleaned.slice(0, -2) + "."; // "… the host cycler ." once "by 2027-01-20" is cut out.
  }
  if (
    LEADING_PUNCTUATION.test(cleaned) ||
    TRAILING_PUNCTUATION.test(cleaned.charAt(cleaned.length - 1))
  ) {
    cleaned = cleaned.replace(EDGE_PUNCTUATION, "");
  }
  return cleaned.trim();
}

/** A necessary condition for DANGLING_DEADLINE_WORD: the text ends in the word, maybe then one mark. */
function mayEndWithDeadlineWord(text: string): boolean {
  let end = text.trimEnd();
  if (/[:,.;]$/.test(end.slice(-1))) {
    end = end.slice(0, -1).trimEnd();
  }
  return DEADLINE_WORD_AT_END.test(end.slice(-"deadline".length));
}

function locate(raw: string, needle: string, from: number): number | undefined {
  const index = raw.toLowerCase().indexOf(needle.toLowerCase(), from);
  if (index !== -1) {
    return index;
  }
  const anywhere = raw.toLowerCase().indexOf(needle.toLowerCase());
  return anywhere === -1 ? undefined : anywhere;
}

function widenDeadlineSpan(
  raw: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const before = raw.slice(0, start);
  const lead =
    /(?:,\s*|\s)(?:by|due|before|until|no later than|deadline|eta|target)\s*:?\s*$/i.exec(before);
  return { start: lead === null ? start : lead.index, end };
}

/** "Messages are dropped", "put deploys on hold": the words describe the system, not the item's status. */
const DESCRIBED_BEFORE =
  /\b(?:are|is|was|were|be|been|being|get|gets|got|getting|put|puts|placed|go|goes|went)\s+(?:[\p{L}\d-]+\s+)?$/iu;

const ADJECTIVE_ON_NOUN =
  /^\s+(?!(?:as|is|was|has|this|its|thus|plus|yes|us|unless|less|pass|process|progress|focus|status|always|afterwards|towards|besides)\b)[a-z][a-z-]*[a-z]s\b/;

function statusWordIn(text: string): RegExpExecArray | null {
  const found = DEPRIORITIZED_WORDS.exec(text);
  if (found === null) {
    return null;
  }
  const after = text.slice(found.index + found[0].length, found.index + found[0].length + 30);
  // "Declined cards", "dropped messages", "abandoned carts": an adjective on a plural noun.
  if (
    DESCRIBED_BEFORE.test(text.slice(Math.max(0, found.index - 40), found.index)) ||
    ADJECTIVE_ON_NOUN.test(after)
  ) {
    return null;
  }
  return found;
}
