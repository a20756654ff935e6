import type { ActionItem } from "../types";
import { pushItem, readAsBareTrackerLink, type Builder, type SectionContext } from "./builder";
import { readFields, readsAsAction, startsWithVerb, type TextFields } from "./fields";
import {
  ACTION_LABEL,
  BOX_LED,
  DOCUMENT_TODO,
  FIELD_LINE,
  LIST_MARKER,
  NOT_AN_ITEM,
  PLANNED_ACTION_LABEL,
  STATUS_TAG,
  TAKEN_ACTION_LABEL,
  TYPED_LIST_MARK,
} from "./lineShapes";
import {
  EVERYONE_WORDS,
  MODAL,
  OWNER_COMMITMENTS,
  PAST_TENSE_DONE,
  PROPOSAL_WORDS,
} from "./lexicon";
import { toPlainText } from "./markdownText";
import { headerNames, isStandaloneActionTable, mapColumns, splitRow } from "./table";

const INTRO_LINE =
  /(?:\b(?:the following|following (?:actions?|items?|steps?)|below|as follows|here are|we(?:'ve| have) identified|listed|these (?:actions?|items?))\b|:\s*$)/i;
const SENTENCE_FIELD =
  /^\s*(?:owners?|assignees?|assigned to|dri|responsible|due(?: date)?|deadline|eta|target(?: date)?|tickets?|ref(?:erence)?|jira|issues?|bugs?|tracking|status|priority)\s*:/i;
const FIELD_SENTENCE_GAP =
  /(?<=[.;])\s(?=(?:\*\*|__)?(?:owners?|assignees?|assigned to|dri|responsible|due(?: date)?|deadline|eta|target(?: date)?|tickets?|ref(?:erence)?|jira|issues?|bugs?|tracking|status|priority)(?:\*\*|__)?\s*:)/gi;

// A line of a paragraph is hard-wrapped text, not an item of its own, when the line before it is long, does
// not end its sentence, and either this line goes on in lower case or the line before ends on a word that
// cannot end one ("… ping the whole", "… (filed").
const WRAP_MIN_LENGTH = 50;
const SENTENCE_END = /[.!?]["'’”)*_]*$/;
const OPEN_END =
  /(?:[,(\-–—&/]|\b(?:a|an|the|and|or|but|of|to|for|with|in|on|at|by|from|that|which|who|would|should|will|can|could|is|are|was|were|be|as|than|into|about|our|their|its|your|this|these)|\(\w+)$/i;
// A line told in the past: "nobody"/"no one" as its subject, or "was"/"were"/"had"/"did" as its verb
// within its first words ("The alert was routed to email"; not "More tests for X, which had none").
const PAST_NARRATIVE =
  /^(?:nobody|no one|none of)\b|^(?:\S+\s+){0,3}(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t)\b/i;
/**
 * "We will …", "The team is going to …", "Over the next two weeks, we will …": a commitment, even when
 * a later sentence names its owner. A short opening phrase before it says when or why. "We should have
 * staged it" looks back, and commits to nothing.
 */
const TIME_PHRASE = String.raw`(?:over|within|during|in|by|before|after|starting|later|next|this)\s[^,.;:]{0,40}?\s`;
const COMMITMENT_OPENING = new RegExp(
  String.raw`^(?:[^,.;:]{1,40},\s+|${TIME_PHRASE})?(?:${EVERYONE_WORDS})\s+(?:also\s+)?(?:${OWNER_COMMITMENTS}|['’]ll|are going to|plan to)\b(?!\s+have\s+[a-z]+(?:ed|en|wn)\b)`,
  "i",
);
/** "We have already added …", "We've also paused …": a report of the work, which opens a done item. */
const DONE_REPORT_OPENING = new RegExp(
  String.raw`^(?:[^,.;:]{1,40},\s+|${TIME_PHRASE})?(?:${EVERYONE_WORDS})(?:\s+have|['’]ve)\s+(?:(?:already|also|now|since|just)\s+)*([a-z]+)\b`,
  "i",
);
/** "should have staged", "could have caught": what might have been. */
const HINDSIGHT = /\b(?:should|could|would|might|must)(?:\s+not)?\s+have\s+[a-z]+(?:ed|en|wn)\b/i;
const MAX_LINE_LENGTH = 300;
const MAX_WRAPPED_LENGTH = 600;

/**
 * The bare paragraphs of an action section that holds no list or table. Each line is an item ("one item per
 * bare line"), a hard-wrapped line joined to the one it continues. When the section is several paragraphs of
 * one such line each, most of them proposing a change ("should", "would be useful", "we'll", or an action), each paragraph
 * is an item whatever its number of sentences; otherwise two full sentences in one line are prose ("We are
 * adding … We'll also review …"), not an item.
 */
export function readBareParagraphs(
  builder: Builder,
  maps: [number, number][],
  section: SectionContext,
): void {
  if (section.single === true) {
    readSingleAction(builder, maps, section);
    return;
  }
  const paragraphs = joinFieldParagraphs(builder, maps).map((map) => ({
    map,
    lines: isFieldBlockShape(builder, map) ? [] : wrappedLines(builder, map),
  }));
  const prose = paragraphs.filter((paragraph) => paragraph.lines.length > 0);
  const onePerParagraph =
    prose.length >= 2 &&
    prose.every((paragraph) => paragraph.lines.length === 1) &&
    prose.filter((paragraph) => proposesChange(builder, paragraph.map)).length * 2 > prose.length;
  for (const paragraph of paragraphs) {
    if (readFieldBlock(builder, paragraph.map, section)) {
      continue;
    }
    const candidates: BareLine[] = [];
    for (const [first, last] of paragraph.lines.length > 0
      ? paragraph.lines
      : wrappedLines(builder, paragraph.map)) {
      const candidate = readBareLine(builder, first, last, onePerParagraph);
      if (candidate !== undefined) {
        candidates.push(candidate);
      }
    }
    // Under "Lessons learned and improvements" a line must read as an action to count, unless at least half
    // the paragraph's lines do: then the paragraph is the list of improvements, wishes ("Paid red-team review …") and all.
    const readAsActions =
      section.mixed === true
        ? candidates.filter((candidate) => readsAsAction(candidate.fields)).length
        : candidates.length;
    const actionList = readAsActions >= 2 && readAsActions * 2 >= candidates.length;
    for (const candidate of candidates) {
      if (section.mixed === true && !actionList && !readsAsAction(candidate.fields)) {
        continue;
      }
      pushItem(builder, { ...candidate, format: "line", extra: [], section });
    }
  }
}

interface BareLine {
  raw: string;
  base: number;
  end: number;
  fields: TextFields;
}

/**
 * Under "Action taken:" or "Action item:" in the singular, the first paragraph is the action, whatever its
 * number of sentences or a colon at its end; later paragraphs are its notes.
 */
function readSingleAction(
  builder: Builder,
  maps: [number, number][],
  section: SectionContext,
): void {
  for (const map of maps) {
    const { start, end, raw } = paragraphText(builder, map);
    if (section.singleItem !== undefined) {
      (section.singleItem.annotations ??= []).push({
        text: toPlainText(raw).trim(),
        span: { start, end },
      });
      continue;
    }
    const fields = readFields(raw, builder.ctx);
    if (
      raw.length > MAX_WRAPPED_LENGTH ||
      NOT_AN_ITEM.test(fields.actionText) ||
      (fields.actionText === "" && !readAsBareTrackerLink(fields, raw))
    ) {
      continue;
    }
    section.singleItem = pushItem(builder, {
      raw,
      base: start,
      end,
      format: "paragraph",
      fields,
      extra: [],
      section,
    });
  }
}

/** A paragraph's text from its first word to the end of its last line, and where it starts and ends. */
function paragraphText(
  builder: Builder,
  map: [number, number],
): { start: number; end: number; raw: string } {
  const firstText = builder.lines.lineText(map[0]);
  const start = builder.lines.lineStart(map[0]) + (firstText.length - firstText.trimStart().length);
  const end = builder.lines.lineEnd(map[1] - 1);
  return { start, end, raw: builder.text.slice(start, end).trimEnd() };
}

function proposesChange(builder: Builder, map: [number, number]): boolean {
  const raw = builder.text
    .slice(builder.lines.lineStart(map[0]), builder.lines.lineEnd(map[1] - 1))
    .trim();
  return PROPOSAL_WORDS.test(raw) || opensAsAction(toPlainText(raw), readFields(raw, builder.ctx));
}

/** The paragraph's lines as [first, last] line pairs, each wrapped line joined to the line it continues. */
function wrappedLines(builder: Builder, map: [number, number]): [number, number][] {
  const units: [number, number][] = [];
  for (let line = map[0]; line < map[1]; line++) {
    const last = units[units.length - 1];
    if (
      last !== undefined &&
      last[1] === line - 1 &&
      continuesLine(builder.lines.lineText(line - 1), builder.lines.lineText(line))
    ) {
      last[1] = line;
    } else {
      units.push([line, line]);
    }
  }
  return units;
}

function continuesLine(previous: string, next: string): boolean {
  const before = previous.trim();
  const after = next.trim();
  if (
    before.length < WRAP_MIN_LENGTH ||
    after === "" ||
    SENTENCE_END.test(before) ||
    FIELD_LINE.test(after) ||
    LIST_MARKER.test(after) ||
    TYPED_LIST_MARK.test(after)
  ) {
    return false;
  }
  if (OPEN_END.test(before)) {
    return true;
  }
  // Lines that each open with a lower-case verb are a list of actions ("add …" / "remove …"), not one wrapped line.
  const lowerCaseVerb = (line: string): boolean => /^[a-z]/.test(line) && startsWithVerb(line);
  return /^[a-z(`]/.test(after) && !(lowerCaseVerb(after) && lowerCaseVerb(before));
}

function readBareLine(
  builder: Builder,
  first: number,
  last: number,
  onePerParagraph: boolean,
): BareLine | undefined {
  const firstText = builder.lines.lineText(first);
  const start = builder.lines.lineStart(first) + (firstText.length - firstText.trimStart().length);
  const end = builder.lines.lineEnd(last);
  const raw = builder.text.slice(start, end).trimEnd();
  if (
    raw === "" ||
    raw.startsWith("<!--") ||
    raw.length > (first === last ? MAX_LINE_LENGTH : MAX_WRAPPED_LENGTH)
  ) {
    return undefined;
  }
  const plain = toPlainText(raw);
  if (INTRO_LINE.test(plain) || NOT_AN_ITEM.test(plain)) {
    return undefined;
  }
  if (/^(?:\*\*|__)[^*_]+(?:\*\*|__):?$/.test(raw)) {
    return undefined; // A bold label acting as a sub-heading.
  }
  if (raw.includes("|") && isHeaderRow(raw)) {
    return undefined; // "| Action | Owner | Due |" over rows, with no separator line: a header, not an item.
  }
  // Each field sentence is read as a field line of its own; a newline for the space keeps every offset.
  const fields = readFields(raw.replace(FIELD_SENTENCE_GAP, "\n"), builder.ctx);
  const bareLink = readAsBareTrackerLink(fields, raw);
  if (fields.actionText === "" && !bareLink) {
    return undefined;
  }
  // "… by 2027-01-31. Owner: Tariq Mensah. Ref: CHG-20931": field sentences after the action are not more prose.
  const sentences = onePerParagraph
    ? 1
    : plain
        .split(/[.!?](?:\s+|$)/)
        .filter((s) => s.trim().split(/\s+/).length > 2 && !SENTENCE_FIELD.test(s)).length;
  // Several sentences are prose ("We went through every alert. Most were noise."), unless the line opens as an
  // action: "Add a schema check. In particular, reject empty keys." is an action and its detail.
  if (sentences > 1 && !opensAsAction(plain, fields)) {
    return undefined;
  }
  if (!readsAsAction(fields) && PAST_NARRATIVE.test(plain) && !MODAL.test(plain)) {
    return undefined; // "Nobody was paged because the alert went to email.": what happened, not what to do.
  }
  if (!readsAsAction(fields) && HINDSIGHT.test(plain.split(/[.!?](?:\s|$)/, 1)[0])) {
    return undefined; // "In hindsight, we should have staged the rollout.": a look back, not a plan.
  }
  return { raw, base: start, end, fields };
}

/**
 * The text opens with a verb, once its number and bold title are read ("**1. Route around a failing
 * acquirer.** …"), with a named person as its owner ("Priya: size the replica …"), or with a commitment
 * ("We will cap the migration job … Hollis owns this.").
 */
function opensAsAction(plain: string, fields: TextFields): boolean {
  return (
    startsWithVerb(plain) ||
    startsWithVerb(fields.actionText) ||
    startsWithVerb(fields.verbText) ||
    fields.subjectIsEveryone ||
    COMMITMENT_OPENING.test(plain) ||
    reportsWorkDone(plain) ||
    fields.owners.some((owner) => !owner.isGroup && owner.source === "prefix")
  );
}

function reportsWorkDone(plain: string): boolean {
  const report = DONE_REPORT_OPENING.exec(plain);
  return report !== null && PAST_TENSE_DONE.has(report[1].toLowerCase());
}

/**
 * "**2. Add node-local DNS caching**" with "**Owner:** …", "**Due:** …" lines under it and no blank line
 * between (exports from Confluence and Google Docs): one item whose fields are the lines below its title.
 */
export function readFieldBlock(
  builder: Builder,
  map: [number, number],
  section: SectionContext,
): boolean {
  if (!isFieldBlockShape(builder, map)) {
    return false;
  }
  const titleLine = builder.lines.lineText(map[0]);
  const start = builder.lines.lineStart(map[0]) + (titleLine.length - titleLine.trimStart().length);
  const end = builder.lines.lineEnd(map[1] - 1);
  const raw = builder.text.slice(start, end);
  const fields = readFields(raw, builder.ctx);
  if (fields.actionText === "") {
    return false;
  }
  pushItem(builder, { raw, base: start, end, format: "paragraph", fields, extra: [], section });
  return true;
}

/** A title line with only field lines under it (blank lines between them, as word processors export them). */
function isFieldBlockShape(builder: Builder, map: [number, number]): boolean {
  if (map[1] - map[0] < 2) {
    return false;
  }
  const titleLine = builder.lines.lineText(map[0]);
  if (titleLine.trim() === "" || FIELD_LINE.test(titleLine)) {
    return false;
  }
  let fields = 0;
  for (let line = map[0] + 1; line < map[1]; line++) {
    const text = builder.lines.lineText(line);
    if (text.trim() !== "" && !FIELD_LINE.test(text)) {
      return false;
    }
    fields += text.trim() === "" ? 0 : 1;
  }
  return fields > 0;
}

/**
 * "Add the alert", a blank line, then "Owner: Dana" and "Due: …" in paragraphs of their own (each line of a
 * word processor's export is one): a one-line paragraph and the paragraphs of field lines after it are one
 * field block.
 */
export function joinFieldParagraphs(
  builder: Builder,
  maps: [number, number][],
): [number, number][] {
  const joined: [number, number][] = [];
  for (const map of maps) {
    const last = joined[joined.length - 1];
    if (
      last !== undefined &&
      onlyFieldLines(builder, map) &&
      (last[1] - last[0] === 1 || isFieldBlockShape(builder, last)) &&
      !onlyFieldLines(builder, last) &&
      builder.lines.lineText(last[1]).trim() === "" &&
      map[0] <= last[1] + 2
    ) {
      joined[joined.length - 1] = [last[0], map[1]];
    } else {
      joined.push(map);
    }
  }
  return joined;
}

/** Every line of the block is a field line ("Owner: Dana", "**Due:** …"). */
export function onlyFieldLines(builder: Builder, map: [number, number]): boolean {
  for (let line = map[0]; line < map[1]; line++) {
    if (!FIELD_LINE.test(builder.lines.lineText(line))) {
      return false;
    }
  }
  return true;
}

/**
 * "Action item: …" and "**DONE**: …" paragraphs anywhere in the document, each with the wrapped lines that
 * continue it. Returns the item read from the paragraph's last line and that line, for a list right under it to annotate.
 */
export function readLabelledLines(
  builder: Builder,
  map: [number, number],
  section: SectionContext | undefined,
): { item: ActionItem; lastLine: number } | undefined {
  let last: { item: ActionItem; lastLine: number } | undefined;
  // Most paragraphs hold no label: each line is tested first, and only a labelled one looks for its continuation.
  for (let first = map[0]; first < map[1]; first++) {
    const lineText = builder.lines.lineText(first);
    const taken = section?.lessons === true && TAKEN_ACTION_LABEL.test(lineText);
    if (
      !(
        ACTION_LABEL.test(lineText) ||
        STATUS_TAG.test(lineText) ||
        BOX_LED.test(lineText) ||
        PLANNED_ACTION_LABEL.test(lineText) ||
        taken
      ) ||
      DOCUMENT_TODO.test(lineText)
    ) {
      continue;
    }
    let lastLine = first;
    while (
      lastLine + 1 < map[1] &&
      continuesLine(builder.lines.lineText(lastLine), builder.lines.lineText(lastLine + 1))
    ) {
      lastLine++;
    }
    const start = builder.lines.lineStart(first);
    const marker = LIST_MARKER.exec(lineText);
    const lead = marker === null ? lineText.length - lineText.trimStart().length : marker[0].length;
    // "→ Action: …": the arrow only points at the label.
    const offset = lead + (ARROW_LEAD.exec(lineText.slice(lead))?.[0].length ?? 0);
    const end = builder.lines.lineEnd(lastLine);
    const raw = builder.text.slice(start + offset, end).trimEnd();
    first = lastLine;
    const fields = readFields(raw, builder.ctxPastTenseOpen);
    if (isWritersNote(fields)) {
      continue;
    }
    // Under a lesson, "Action taken: …" reports the change made: done unless the line says otherwise.
    const context = taken && section !== undefined ? { ...section, done: true } : section;
    last = {
      item: pushItem(builder, {
        raw,
        base: start + offset,
        end,
        format: "paragraph",
        fields,
        extra: [],
        section: context,
      }),
      lastLine,
    };
  }
  // Only a labelled line that ends its paragraph has the list below it as its notes.
  return last?.lastLine === map[1] - 1 ? last : undefined;
}

const ARROW_LEAD = /^(?:→|⇒|->|=>)\s*/;

/** "TODO: vendor email": two words and no verb, a note the writer left for the write-up, not an action. */
function isWritersNote(fields: TextFields): boolean {
  return (
    fields.actionText.split(/\s+/).filter(Boolean).length <= 2 &&
    !startsWithVerb(fields.verbText) &&
    fields.trackerRefs.length === 0 &&
    fields.owners.length === 0
  );
}

// "Finally, we will retire …" right after a list of follow-ups: one more follow-up, written as a paragraph.
const CONTINUED_COMMITMENT =
  /^(?:lastly|finally|also|additionally|in addition|furthermore|moreover|on top of (?:that|this)),?\s+we(?: will|'ll|’ll| are going to| plan to| intend to)\s/i;

/** The paragraph right after a follow-up list that adds one more commitment to it: the whole paragraph is the item. */
export function readFollowUpContinuation(
  builder: Builder,
  map: [number, number],
  section: SectionContext,
): { item: ActionItem; lastLine: number } | undefined {
  if (!CONTINUED_COMMITMENT.test(toPlainText(builder.lines.lineText(map[0]).trim()))) {
    return undefined;
  }
  const { start, end, raw } = paragraphText(builder, map);
  if (raw.length > MAX_WRAPPED_LENGTH) {
    return undefined;
  }
  const fields = readFields(raw, builder.ctxPastTenseOpen);
  return {
    item: pushItem(builder, {
      raw,
      base: start,
      end,
      format: "paragraph",
      fields,
      extra: [],
      section,
    }),
    lastLine: map[1] - 1,
  };
}

/** A row of column names that make an action table: "Action | Owner | Due | Ticket". */
function isHeaderRow(raw: string): boolean {
  const cells = splitRow(raw);
  return (
    cells.length >= 2 &&
    cells.every((cell) => cell.text.trim().split(/\s+/).length <= 3) &&
    isStandaloneActionTable(mapColumns(headerNames(cells)))
  );
}
