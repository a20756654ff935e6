import type {
  ActionItem,
  ActionStatus,
  Deadline,
  InsertionPoint,
  ItemFormat,
  Owner,
  Span,
  TrackerRef,
  WordingClaim,
} from "../types";
import type { FieldContext, TextFields } from "./fields";
import type { LineIndex } from "./lineIndex";
import { asCompletionDate } from "./dates";
import { stableWordHash, toPlainText } from "./markdownText";
import { resolveItemFields, type FieldLayer } from "./itemFields";
import { resolveItemStatus } from "./status/claims";
import type { Cell } from "./table";
import { isPlaceholder } from "./trackerRefs";
import { findLeadingVerb, readWording, type WordingReading } from "./wording";
import { stripSpans } from "./readers/actionText";
import { ACTION_LABEL } from "./lineShapes";
import { opensWithItemLabel } from "./readers/itemLabels";
import { reasonBeside } from "./readers/statusText";
import { firstWord, startsWithVerb } from "./readers/verbs";
import { OUTCOME_VERBS } from "./lexicon";

const MAX_ID_CHAIN = 64;
export const PSEUDO_LEVEL = 7;

/** An action section no heading opened: a label, an intro sentence or a list's shape says its items are work. */
export function pseudoActionSection(title: string, owners: Owner[]): SectionContext {
  return {
    title,
    level: PSEUDO_LEVEL,
    isAction: true,
    owners,
    trackerRefs: [],
    hasStructuredItems: true,
  };
}

export interface SectionContext {
  title: string;
  level: number;
  isAction: boolean;
  owners: Owner[];
  deadline?: Deadline;
  trackerRefs: TrackerRef[];
  hasStructuredItems: boolean;
  /** "Lessons learned and action items": statements share the list with actions, so only items that read as actions count. */
  mixed?: boolean;
  /** The heading's line, for a heading that is itself an action (a Field / Value table under it). */
  headingLine?: number;
  /** "Already done", "Immediate actions (complete)": items under it without a status of their own are done. */
  done?: boolean;
  /** "Not doing", "Ideas we parked", "Out of scope": items under it without a status of their own are dropped. */
  dropped?: boolean;
  /** Opened by a "<summary>" line; "</details>" closes it. */
  fromSummary?: boolean;
  /** Under a "Lessons learned" heading, where "Action taken:" is the change a lesson led to. */
  lessons?: boolean;
  /** A part of the story or of its reference material ("Technical details") and the sections under it. */
  story?: boolean;
  /** "Action taken:", "Action item:" in the singular: the paragraph under it is one action, a list under that its notes. */
  single?: boolean;
  /** The action a `single` section has read, for the lines under it to annotate. */
  singleItem?: ActionItem;
  /** The document's title ("# Sprint 31 retrospective and follow-ups"): its sub-sections are judged on their own. */
  documentTitle?: boolean;
  /** "Resolution and recovery" and the parts under it: they tell the responders' steps, not follow-up work. */
  response?: boolean;
  /** Paragraphs between the heading and its first sub-heading, read as items only if the sub-sections list none. */
  intro?: { paragraphs: [number, number][]; actionsBefore: number };
  /** That intro says a numbered release holds the work ("The 2.4 release includes these fixes."). */
  released?: boolean;
}

export interface Builder {
  text: string;
  lines: LineIndex;
  ctx: FieldContext;
  /** For text that is not under an action heading's own list (field lines, labelled lines, loose tasks). */
  ctxPastTenseOpen: FieldContext;
  actions: ActionItem[];
  ids: Set<string>;
  /** The last id given to each repeated text and its suffix number (see pushItem). */
  idChains: Map<string, { id: string; n: number }>;
}

const EXPLICIT_ID = /<!--\s*ft:([\w-]+)\s*-->/;

export interface PushInput {
  raw: string;
  base: number;
  end: number;
  format: ItemFormat;
  checkbox?: string;
  fields: TextFields;
  extra: TextFields[];
  section?: SectionContext;
  parentFields?: TextFields;
  insert?: InsertionPoint;
  insertStatus?: InsertionPoint;
  cells?: { owner?: Cell; due?: Cell; tracker?: Cell; status?: Cell; lineStart: number };
  cellOwners?: Owner[];
  cellDeadline?: Deadline;
  cellTracker?: TrackerRef[];
  cellStatus?: ActionStatus;
  /** The prose under a title that only labels the action ("### 2) Bigger hosts" over "We need …"): its request. */
  prose?: { raw: string; fields: TextFields };
}

/** A cell with something written in it: not blank, not only a dash. */
const WRITTEN = /[^\s*_`~\\–—-]/;

export function pushItem(builder: Builder, input: PushInput): ActionItem {
  const { fields, base } = input;
  // Field lines give both field layers and status claims; one pass, no closure per item.
  const fieldLines: FieldLayer[] = [];
  const subfields: (ActionStatus | undefined)[] = [];
  for (const extra of input.extra) {
    fieldLines.push(shiftedLayer(extra, base));
    subfields.push(absoluteStatus(extra.status, base));
  }
  // "| TBD |", "| ? |": the row writes the owner as a placeholder, as "Owner: TBD" does (a blank cell writes nothing).
  const ownerCell = input.cells?.owner?.text;
  const cellUnassigned =
    ownerCell !== undefined &&
    (input.cellOwners?.length ?? 0) === 0 &&
    WRITTEN.test(toPlainText(ownerCell));
  const hasCells =
    cellUnassigned ||
    input.cellOwners !== undefined ||
    input.cellDeadline !== undefined ||
    input.cellTracker !== undefined;
  const { owners, deadline, trackerRefs, ownerUnassigned, subjectIsEveryone } = resolveItemFields({
    // No row layer for an item outside a table, so an item that states all its fields skips the merge.
    cell: hasCells
      ? {
          owners: input.cellOwners,
          deadline: input.cellDeadline,
          trackerRefs: input.cellTracker,
          ownerUnassigned: cellUnassigned,
        }
      : undefined,
    text: shiftedLayer(fields, base),
    fieldLines,
    parent: input.parentFields,
    section: input.section,
  });

  let status = resolveItemStatus({
    cell: input.cellStatus,
    text: absoluteStatus(fields.status, base),
    subfields,
    checkbox: input.checkbox,
    doneHeading: input.section?.done === true,
    stillToCome: fields.stillToCome,
    droppedHeading: input.section?.dropped === true,
  });
  if (status.state === "deprioritized" && status.reason === undefined) {
    const reason =
      fields.reasonText ??
      input.extra
        .map((extra) => extra.reasonText)
        .find((r) => r !== undefined && !isPlaceholder(r)) ??
      (status.evidence === "heading" ? reasonBeside(fields.actionText) : undefined);
    if (reason !== undefined && reason.trim().split(/\s+/).length >= 2) {
      status = { ...status, reason };
    }
  }

  const explicit = input.raw.includes("<!--") ? EXPLICIT_ID.exec(input.raw)?.[1] : undefined;
  const baseId = explicit ?? stableWordHash(fields.actionText);
  let id = baseId;
  let n = 2;
  // The k-th item with the same text gets "id-2-3-…-k". Walking that chain from its start each time
  // made a document of many identical items cubic; the walk resumes where the last one ended, and past
  // MAX_ID_CHAIN duplicates the suffix is just the count.
  const resume = builder.idChains.get(baseId);
  if (resume !== undefined && builder.ids.has(baseId)) {
    id = resume.id;
    n = resume.n + 1;
  }
  for (; builder.ids.has(id); n++) {
    id = n > MAX_ID_CHAIN ? `${baseId}-${n}` : `${id}-${n}`;
  }
  if (n > 2) {
    builder.idChains.set(baseId, { id, n: n - 1 });
  }
  builder.ids.add(id);

  const trimmedEnd = base + input.raw.trimEnd().length;
  const textStart = base + fields.textStart;
  const suffix: InsertionPoint = { kind: "suffix", offset: Math.min(trimmedEnd, input.end) };
  const cells = input.cells;
  // verbText is for the rules; the public model does not name it.
  const item: ActionItem & { verbText: string } = {
    id,
    text: fields.actionText,
    raw: input.raw,
    span: { start: base, end: Math.max(trimmedEnd, base) },
    textSpan: { start: textStart, end: Math.max(trimmedEnd, textStart) },
    format: input.format,
    owners,
    deadline:
      status.state === "done"
        ? asCompletionDate(deadline, builder.ctx.documentDate ?? builder.ctx.reference)
        : deadline,
    trackerRefs,
    status,
    leadingVerb:
      fields.leadingVerb === undefined
        ? undefined
        : {
            text: fields.leadingVerb.text,
            isProcess: fields.leadingVerb.isProcess,
            span: { start: base + fields.leadingVerb.start, end: base + fields.leadingVerb.end },
          },
    wording: wordingClaim(itemWording(builder, input, trimmedEnd - base), base),
    isQuestion: fields.isQuestion,
    sectionTitle: input.section?.title ?? "",
    insert: {
      owner: cellPoint(cells, cells?.owner, "owner") ??
        input.insert ?? { kind: "prefix", offset: base + fields.ownerInsertAt },
      deadline: cellPoint(cells, cells?.due, "due") ?? input.insert ?? suffix,
      tracker: cellPoint(cells, cells?.tracker, "tracker") ?? input.insert ?? suffix,
      status:
        cellPoint(cells, cells?.status, "status") ?? input.insertStatus ?? input.insert ?? suffix,
    },
    explicitId: explicit,
    verbText: fields.verbText,
    ownerUnassigned,
    subjectIsEveryone,
  };
  builder.actions.push(item);
  return item;
}

/** Text and field-line spans are relative to the item's raw text; the model's are absolute. */
function shiftedLayer(layer: TextFields, base: number): FieldLayer {
  return {
    owners:
      layer.owners.length === 0
        ? layer.owners
        : layer.owners.map((owner) => ({ ...owner, span: shiftedSpan(owner.span, base) })),
    deadline: shiftedDeadline(layer.deadline, base),
    trackerRefs:
      layer.trackerRefs.length === 0
        ? layer.trackerRefs
        : layer.trackerRefs.map((ref) => ({ ...ref, span: shiftedSpan(ref.span, base) })),
    ownerUnassigned: layer.ownerUnassigned,
    subjectIsEveryone: layer.subjectIsEveryone,
  };
}

function absoluteStatus(found: ActionStatus | undefined, base: number): ActionStatus | undefined {
  return found?.span === undefined
    ? found
    : { ...found, span: { start: found.span.start + base, end: found.span.end + base } };
}

// "Investigate:" over "- cross-cluster replication", "- autoscaling": a verb alone over a list of what it
// acts on lends its verb to each, so "Investigate cross-cluster replication" is what each item asks.
const LONE_VERB_WORDS = 3;

function ledByParentVerb(
  builder: Builder,
  input: PushInput,
  own: WordingReading,
): WordingReading | undefined {
  const lead = input.parentFields?.actionText.trim().replace(/:$/, "").trim();
  const text = input.fields.verbText.trim();
  if (
    lead === undefined ||
    lead === "" ||
    lead.split(/\s+/).length > LONE_VERB_WORDS ||
    !startsWithVerb(lead) ||
    text === "" ||
    startsWithVerb(text)
  ) {
    return undefined;
  }
  const asked = `${lead.charAt(0).toLowerCase()}${lead.slice(1)} ${text}`;
  const lent = readWording({
    raw: asked,
    rawEnd: asked.length,
    verbText: asked,
    textStart: 0,
    leadingVerb: findLeadingVerb(asked, asked, 0, builder.ctx.processVerbs),
    isQuestion: false,
  });
  // The finding marks the item's own words; the reason names the verb it was lent.
  return lent.class === "outcome"
    ? undefined
    : { class: lent.class, why: `under "${lead}": ${lent.why}`, start: own.start, end: own.end };
}

/**
 * The wording of an item's text. A title that reads vague or as process ("Improve reconciliation") over
 * a Description field that names a checkable change is judged by the description: the title only labels it.
 */
function itemWording(builder: Builder, input: PushInput, rawEnd: number): WordingReading {
  const { fields } = input;
  // Only what the reader reads: spreading all of the item's fields cost more than the reading.
  const reading = readWording({
    raw: input.raw,
    rawEnd,
    verbText: fields.verbText,
    textStart: fields.textStart,
    leadingVerb: fields.leadingVerb,
    isQuestion: fields.isQuestion,
  });
  const led = reading.class === "outcome" ? ledByParentVerb(builder, input, reading) : undefined;
  if (led !== undefined) {
    return led;
  }
  // Under a title that only labels the action, the prose is the request: vague or process there, the item is.
  if (reading.class === "outcome" && input.prose !== undefined) {
    const { raw, fields: prose } = input.prose;
    const asked = readWording({
      raw,
      rawEnd: raw.trimEnd().length,
      verbText: prose.verbText,
      textStart: prose.textStart,
      leadingVerb: prose.leadingVerb,
      isQuestion: prose.isQuestion,
    });
    if (asked.class !== "outcome") {
      return { ...reading, class: asked.class, why: `the text under the title: ${asked.why}` };
    }
  }
  const description =
    reading.class === "outcome"
      ? undefined
      : (fields.descriptionText ??
        input.extra.find((extra) => extra.descriptionText !== undefined)?.descriptionText);
  if (description === undefined) {
    return reading;
  }
  const described = readWording({
    raw: description,
    rawEnd: description.length,
    verbText: description,
    textStart: 0,
    leadingVerb: findLeadingVerb(description, description, 0, builder.ctx.processVerbs),
    isQuestion: false,
  });
  return described.class === "outcome"
    ? {
        ...reading,
        class: "outcome",
        why: "its description names a change that can be checked",
        alsoVague: undefined,
      }
    : reading;
}

/**
 * "- [ ] Harden the resolver hosts" over "  - apply the CIS level 1 benchmark": a vague or process title whose
 * sub-item, led by an outcome verb, names a checkable change is judged by it, as by a Description field ("see
 * the thread" under it only points elsewhere).
 */
export function judgeBySubItems(builder: Builder, item: ActionItem): void {
  const annotations = item.annotations;
  if (item.wording.class === "outcome" || annotations === undefined) {
    return;
  }
  const named = annotations.some(
    ({ text }) => OUTCOME_VERBS.has(firstWord(text) ?? "") && namesAChange(builder, text),
  );
  // "… and will add alerts on:" over "- packet loss, CPU, disk space": the sub-items finish the sentence the
  // item leaves open, so what they name is the change (a process item still asks for activity).
  const finished =
    !named &&
    item.wording.class === "vague" &&
    item.raw.trimEnd().endsWith(":") &&
    annotations.some(({ text }) => namesAChange(builder, `Add ${text}`));
  if (named || finished) {
    const { span } = item.wording;
    item.wording = { class: "outcome", why: "a sub-item names a change that can be checked", span };
  }
}

/** Whether `text` reads as a change whose end state can be checked. */
function namesAChange(builder: Builder, text: string): boolean {
  return (
    readWording({
      raw: text,
      rawEnd: text.length,
      verbText: text,
      textStart: 0,
      leadingVerb: findLeadingVerb(text, text, 0, builder.ctx.processVerbs),
      isQuestion: false,
    }).class === "outcome"
  );
}

function wordingClaim(reading: WordingReading, base: number): WordingClaim {
  const span = { start: base + reading.start, end: base + Math.max(reading.end, reading.start) };
  return reading.alsoVague === undefined
    ? { class: reading.class, why: reading.why, span }
    : { class: reading.class, why: reading.why, span, alsoVague: reading.alsoVague };
}

function shiftedDeadline(deadline: Deadline | undefined, base: number): Deadline | undefined {
  return deadline === undefined
    ? undefined
    : { ...deadline, span: shiftedSpan(deadline.span, base) };
}

function shiftedSpan(span: Span | undefined, base: number): Span | undefined {
  return span === undefined ? undefined : { start: span.start + base, end: span.end + base };
}

function cellPoint(
  cells: PushInput["cells"],
  cell: Cell | undefined,
  column: string,
): InsertionPoint | undefined {
  return cell === undefined || cells === undefined
    ? undefined
    : {
        kind: "cell",
        span: { start: cells.lineStart + cell.outerStart, end: cells.lineStart + cell.outerEnd },
        column,
      };
}

// What may be left of a line of links once the links are cut out: "and", "or", commas.
const LINKS_ONLY_REST = /^[\s,;:.&+/()[\]*_-]*(?:(?:and|or)\b[\s,;:.&+/()[\]*_-]*)*$/i;

/** Whether only "and", "or" and punctuation are left of a line once the given spans are cut out. */
export function nothingButSpans(
  raw: string,
  spans: readonly { start: number; end: number }[],
): boolean {
  return LINKS_ONLY_REST.test(toPlainText(stripSpans(raw, [...spans])));
}

/**
 * A line that is nothing but a link to an issue or pull request ("* https://…/issues/1234"): the linked
 * ticket states the work, so the line is an item, and the link, having no other words, is its text.
 */
export function readAsBareTrackerLink(fields: TextFields, raw: string): boolean {
  if (!LINKS_ONLY_REST.test(fields.actionText) || fields.trackerRefs.length === 0) {
    return false;
  }
  // Only the links: with them cut out, no word is left ("Status: Done (WEB-7)" is fields, not a link);
  // or the links and the owner, date or status read around them ("OPS-12 — Dana Whitfield", "Dana: OPS-12",
  // "OPS-12 (in progress)").
  const spans = fields.trackerRefs.flatMap((ref) => (ref.span === undefined ? [] : [ref.span]));
  // "Action item: https://…/issues/88", "AI-7 https://…": the label says the line is an item; all it labels is the link.
  const label =
    fields.textStart > 0 &&
    (ACTION_LABEL.test(raw) || opensWithItemLabel(raw)) &&
    spans.every((span) => span.start >= fields.textStart)
      ? fields.textStart
      : 0;
  const linksOnly =
    fields.owners.length === 0 &&
    nothingButSpans(
      raw.slice(label),
      spans.map((span) => ({ start: span.start - label, end: span.end - label })),
    );
  const first = Math.min(...spans.map((span) => span.start));
  const linksThenFields =
    !linksOnly &&
    spans.length > 0 &&
    (fields.owners.length > 0 || fields.deadline !== undefined || fields.status !== undefined);
  if (!linksOnly && !linksThenFields) {
    return false;
  }
  const last = Math.max(...spans.map((span) => span.end));
  fields.actionText = toPlainText(linksOnly ? raw.slice(label) : raw.slice(first, last)).trim();
  fields.verbText = fields.actionText;
  fields.leadingVerb = undefined;
  return fields.actionText !== "";
}
