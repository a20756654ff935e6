import type { ActionStatus, Deadline, Owner, Span, TrackerRef } from "../types";
import { resolveTextFields } from "./itemFields";
import { toPlainText } from "./markdownText";
import type { OwnerContext } from "./owners";
import { actionTextOf, stripSpans } from "./readers/actionText";
import { readBoldTitle } from "./readers/boldTitle";
import { readTextDeadline } from "./readers/deadlineText";
import { readInlineFields } from "./readers/inlineFields";
import { readGitLabMarks } from "./readers/gitlabMarks";
import { readLeadingMarks } from "./readers/leadingMarks";
import {
  readEmojiOwner,
  readMentions,
  readBareOwnerKey,
  readOwnedBy,
  readPassiveAgent,
  readOwnsThis,
} from "./readers/ownerMentions";
import { readOwnerPrefixes } from "./readers/ownerPrefix";
import { readRequestToAnyone } from "./readers/requestToAnyone";
import { readAcronymSubject, readRequestSubject, readWillSubject } from "./readers/ownerSubject";
import { startReading } from "./readers/reading";
import {
  readDroppedWords,
  readInlineStatus,
  readStrikethrough,
  reasonIn,
} from "./readers/statusText";
import { readCommitLink, readCompletedOn, readTense } from "./readers/statusTense";
import { readTrailing } from "./readers/trailing";
import { readMidParenFields } from "./readers/trailingParts";
import { readTrackerRefs } from "./readers/trackerClaims";
import { firstWord, startsWithVerb } from "./readers/verbs";
import { resolveTextStatus } from "./status/claims";
import { isPastTense, laterSentenceStillToCome } from "./status/grammar";
import { findTrackerRefs } from "./trackerRefs";
import { withoutStruckFields } from "./corrections";
import { DASHED_FIELD_KEY, DASHED_FIELD_KEY_LINES, DASHED_FIELD_SENTENCE } from "./lineShapes";
import { readingText } from "./readingText";
import { FUTURE_TENSE, JOINED_STILL_TO_COME, NOT_YET, STILL_TO_COME } from "./lexicon";
import { findLeadingVerb, type LeadingVerb } from "./wording";

export { statusFromWord } from "./readers/statusWord";
export { startsWithVerb } from "./readers/verbs";

// Reads the fields of one action item out of its raw Markdown: the readers in parse/readers/ each
// claim what they recognise (an owner, a deadline, a tracker ref, a status) and mark it as annotation;
// itemFields.ts and status/claims.ts resolve the claims. All offsets are relative to the raw text; the
// caller adds the item's base offset.

export interface FieldContext extends OwnerContext {
  reference: Date;
  /** The document writes slash dates day first ("30/11/2026"). */
  dayFirst?: boolean;
  /** The post-mortem's own date, when it states one: never an item's due date. */
  documentDate?: Date;
  trackerKeys: string[];
  /** The document's link reference definitions, label to destination ("[ops-12]: https://…"). */
  linkReferences?: ReadonlyMap<string, string>;
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
  /** No status written, and the sentence says the work is still to come ("We will add …", "We are moving …"). */
  stillToCome?: boolean;
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
  /** A "Description:" / "Details:" field's value, if the text has one. */
  descriptionText?: string;
}

const SEPARATOR_DASH = /\s[-–—→]\s/;

/** `listNumbers`: the numbers of the numbered list the source is an item of. */
export function readFields(
  source: string,
  ctx: FieldContext,
  listNumbers?: ReadonlySet<string>,
): TextFields {
  const written = readingText(source);
  // "Assignee - Ana" reads as "Assignee:  Ana", the same length, so every offset still holds.
  const keyed = !SEPARATOR_DASH.test(written)
    ? written
    : (written.includes("\n")
        ? written.replace(DASHED_FIELD_KEY_LINES, "$1:$2")
        : written.replace(DASHED_FIELD_KEY, "$1:$2")
      ).replace(DASHED_FIELD_SENTENCE, "$1:$2");
  // "due ~~2026-12-01~~ 2027-01-12": a struck date or name is a corrected field, blanked.
  const raw = keyed.includes("~~") ? withoutStruckFields(keyed, ctx) : keyed;
  // Tracker references first, so their text never reads as an owner or a date.
  const r = startReading(
    raw,
    ctx,
    findTrackerRefs(raw, {
      trackerKeys: ctx.trackerKeys,
      listNumbers,
      linkReferences: ctx.linkReferences,
    }),
  );
  readTrackerRefs(r);
  // In front of the action: status marks, labels and owners, a bold title, the sentence's subject.
  readLeadingMarks(r);
  readGitLabMarks(r);
  readOwnerPrefixes(r);
  readBoldTitle(r);
  readRequestToAnyone(r);
  readAcronymSubject(r);
  readWillSubject(r);
  readRequestSubject(r);
  // Anywhere: inline fields, "owned by …", mentions; then what follows the action.
  readInlineFields(r);
  readOwnedBy(r);
  readPassiveAgent(r);
  readOwnsThis(r);
  readMentions(r);
  readEmojiOwner(r);
  readTrailing(r);
  readMidParenFields(r);
  readBareOwnerKey(r);
  readInlineStatus(r);
  // The plain text without its tracker refs, for the readers of running text.
  const plainSource =
    r.trackerRefs.length === 0 ? raw : stripSpans(raw, trackerRemovals(r.removals, r.trackerRefs));
  const plain = toPlainText(plainSource);
  readTextDeadline(r, plain);
  const struck = readStrikethrough(r);
  if (!struck) {
    readDroppedWords(r, plain);
  }
  readCommitLink(r);
  const text = actionTextOf(r, { source: plainSource, plain });
  // A question reports nothing done: "a canary stage for the new base images?" asks for one.
  if (!text.isQuestion) {
    readTense(r, text.verbText);
  }
  readCompletedOn(r, plain);

  let status = resolveTextStatus(r.statusClaims);
  if (status?.state === "deprioritized" && status.reason === undefined) {
    status = { ...status, reason: reasonIn(plain) ?? r.reasonText };
  }
  const { owners, ownerUnassigned, subjectIsEveryone, deadline, deadlineUnset } =
    resolveTextFields(r);
  return {
    owners,
    ownerUnassigned,
    subjectIsEveryone,
    deadline,
    deadlineUnset,
    trackerRefs: r.trackerRefs,
    status,
    // After a topic title too: "**Filtering**: We're adding …" is still under way. A title that reports the
    // work ("**Disabled the cache.** We are still evaluating …") says it was done.
    stillToCome:
      status === undefined &&
      (STILL_TO_COME.test(plain.trimStart()) ||
        JOINED_STILL_TO_COME.test(plain) ||
        NOT_YET.test(plain) ||
        dueLaterInFuture(plain, deadline, ctx.documentDate) ||
        (r.titleEnd !== undefined &&
          titleNamesTopic(r.titleText) &&
          STILL_TO_COME.test(toPlainText(raw.slice(r.titleEnd)).trimStart()))),
    actionText: text.actionText,
    verbText: text.verbText,
    textStart: r.pos,
    ownerInsertAt: r.ownerInsertAt,
    leadingVerb: findLeadingVerb(text.verbText, raw, text.verbSearchFrom, ctx.processVerbs),
    isQuestion: text.isQuestion,
    reasonText: r.reasonText,
    descriptionText: r.descriptionText,
  };
}

/** The removals that cut out a tracker ref. */
function trackerRemovals(
  removals: { start: number; end: number }[],
  refs: TrackerRef[],
): { start: number; end: number }[] {
  const starts = new Set(refs.map((ref) => ref.span?.start));
  return removals.filter((cut) => starts.has(cut.start));
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
    // "Besu team used X. They are also going to review Y.": a later commitment is work to follow.
    laterSentenceStillToCome(fields.actionText) ||
    (fields.leadingVerb !== undefined && startsWithVerb(fields.leadingVerb.text))
  );
}

/** A bold title that names a topic ("Content checks"), not one that reports work ("Disabled the cache."). */
function titleNamesTopic(title: string | undefined): boolean {
  const trimmed = (title ?? "").trim();
  return !/[.!?]$/.test(trimmed) && !isPastTense(firstWord(trimmed) ?? "");
}

/**
 * "Full service will resume on April 6": a future sentence with its own date after the write-up's is work to
 * come, whatever a heading or an intro above it says.
 */
function dueLaterInFuture(
  plain: string,
  deadline: Deadline | undefined,
  written: Date | undefined,
): boolean {
  return (
    written !== undefined &&
    deadline?.date !== undefined &&
    deadline.date.getTime() > written.getTime() &&
    FUTURE_TENSE.test(plain)
  );
}

/** Moves every span the fields hold by `delta`: from a line's own offsets to its item's or the document's. */
export function shiftSpans(fields: TextFields, delta: number): void {
  const shift = (span?: Span): Span | undefined =>
    span === undefined ? undefined : { start: span.start + delta, end: span.end + delta };
  fields.owners = fields.owners.map((owner) => ({ ...owner, span: shift(owner.span) }));
  if (fields.deadline !== undefined) {
    fields.deadline = { ...fields.deadline, span: shift(fields.deadline.span) };
  }
  fields.trackerRefs = fields.trackerRefs.map((ref) => ({ ...ref, span: shift(ref.span) }));
  if (fields.status?.span !== undefined) {
    fields.status = { ...fields.status, span: shift(fields.status.span) };
  }
}
