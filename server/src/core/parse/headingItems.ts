import type { InsertionPoint } from "../types";
import { onlyFieldLines } from "./fieldBlocks";
import { pushItem, type Builder, type SectionContext } from "./builder";
import { readFields, shiftSpans, startsWithVerb, type TextFields } from "./fields";
import {
  isActionCategoryHeadingText,
  isActionHeadingText,
  isNarrativeHeadingText,
} from "./headings";
import { FIELD_LINE, fieldKey } from "./lineShapes";
import { toPlainText } from "./markdownText";
import {
  isFieldNode,
  isLineRightOverList,
  rawListItem,
  readFieldLines,
  type ListNode,
} from "./lists";
import {
  DEADLINE_FIELD_KEYS,
  LEADING_OWNER_KEYS,
  STATUS_FIELD_KEYS,
  TRACKER_FIELD_KEYS,
} from "./lexicon";

// "### 2. Add a dead-letter queue" (the number optional) as the action's own title; "### AI-3 Add …" and
// "### Action Item #1: Add …" number it with a label.
const HEADING_MARKER = /^\s{0,3}#{1,6}\s+(?:\d{1,3}[.)]\s+)?/;
// "### 2) Alerts configured", "#### 1. Cron cleanup": a sub-heading numbered as one of a list of actions.
const NUMBERED_HEADING = /^\s{0,3}#{1,6}\s+\d{1,3}[.)]\s+\S/;
const BOLD_LINE_MARKER = /^\s{0,3}(?=(?:\*\*|__)[^*_\n]{2,120}(?:\*\*|__)\s*:?\s*$)/;
const LABELLED_TITLE =
  /^(?:\*\*|__)?(?:action items?|action points?|actions?|ai|follow[- ]?ups?|tasks?|items?)\s*(?:#\s?\d{1,3}|-?\d{1,3})(?:\*\*|__)?(?:\s*[:.\-–—]\s*|\s+)(?:\*\*|__)?(?=\S)/i;

/**
 * The text of the sub-heading a section opened with, when that heading can be an action of its own: it
 * sits under an action heading and is neither one itself ("Follow-up actions") nor a category
 * ("Short term"). Offsets are the document's.
 */
export function headingAsItem(
  builder: Builder,
  section: SectionContext | undefined,
  boldLine = false,
): { raw: string; base: number; end: number; lineStart: number } | undefined {
  const line = section?.headingLine;
  if (section === undefined || line === undefined) {
    return undefined;
  }
  const lineText = builder.lines.lineText(line);
  // "**Block manual ledger edits**" alone on a line over its fields: a bold line titles the action too.
  const marker =
    HEADING_MARKER.exec(lineText) ?? (boldLine ? BOLD_LINE_MARKER.exec(lineText) : null);
  if (marker === null) {
    return undefined;
  }
  // "### Action Item #1: Alert on disk usage": the label numbers the action; the title after it is the action.
  const label = LABELLED_TITLE.exec(lineText.slice(marker[0].length));
  if (
    label === null &&
    (isActionHeadingText(section.title) || isActionCategoryHeadingText(section.title))
  ) {
    return undefined;
  }
  const start = marker[0].length + (label?.[0].length ?? 0);
  const headingStart = builder.lines.lineStart(line);
  return {
    raw: lineText.slice(start).replace(/\s+#+\s*$/, ""),
    base: headingStart + start,
    end: builder.lines.lineEnd(line),
    lineStart: headingStart,
  };
}

/**
 * "### 2. Add a dead-letter queue" over "- **Owner:** …", "- **Due:** …", "- **Status:** …" and nothing
 * else: the heading is the action and the list its fields (one action per heading, as incident tools
 * and wiki templates write them). Returns whether the list was read that way.
 */
export function readHeadingFieldList(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext | undefined,
): boolean {
  if (
    !canBeHeadingItem(section) ||
    nodes.length < 2 ||
    !nodes.every((node) => isFieldNode(builder, node))
  ) {
    return false;
  }
  return pushHeadingItem(builder, section, (base) => readFieldLines(builder, nodes, base), true);
}

/** A section whose heading may still be read as an action: no item under it has been read yet. */
function canBeHeadingItem(section: SectionContext | undefined): section is SectionContext {
  return section !== undefined && !section.hasStructuredItems;
}

/**
 * A line of its own right over a list of nothing but its fields ("**CA-1** — Reconcile the ledger" over
 * "- Owner: …", "- Target date: …"): the line is the action, as a sub-heading over the same list is.
 */
export function readTitleOverFieldList(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext,
  map: [number, number],
  listLine: number,
): boolean {
  if (!isLineRightOverList(map, listLine) || !nodes.every((node) => isFieldNode(builder, node))) {
    return false;
  }
  const raw = builder.lines.lineText(map[0]);
  const base = builder.lines.lineStart(map[0]);
  const fields = readFields(raw, builder.ctx);
  if (raw.trimEnd().endsWith(":") || FIELD_LINE.test(raw) || fields.actionText.trim() === "") {
    return false;
  }
  pushItem(builder, {
    raw,
    base,
    end: builder.lines.lineEnd(map[0]),
    format: "paragraph",
    fields,
    section,
    ...readFieldLines(builder, nodes, base),
  });
  return true;
}

const OWNER_FIELD = new RegExp(String.raw`^\s*${fieldKey(LEADING_OWNER_KEYS)}\s*:`, "i");
const TRACKING_FIELD = new RegExp(
  String.raw`^\s*${fieldKey(`${STATUS_FIELD_KEYS}|${TRACKER_FIELD_KEYS}|${DEADLINE_FIELD_KEYS}`)}\s*:`,
  "i",
);

/**
 * "### Refetch signing keys on a failure" over "- Owner: …", "- Status: …" outside an action section (the
 * "Opportunities" of an incident-analysis export): a verb-led heading someone owns and tracks is work,
 * wherever it sits. A title or "### Incident details" over the same fields is not verb-led.
 */
export function readOwnedHeading(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext | undefined,
): boolean {
  if (
    !canBeHeadingItem(section) ||
    section.level < 2 ||
    isNarrativeHeadingText(section.title, false) ||
    !startsWithVerb(section.title)
  ) {
    return false;
  }
  const lines = nodes.map((node) => rawListItem(builder, node)?.raw ?? "");
  return (
    lines.some((line) => OWNER_FIELD.test(line)) &&
    lines.some((line) => TRACKING_FIELD.test(line)) &&
    readHeadingFieldList(builder, nodes, section)
  );
}

/**
 * "### 2. Add a dead-letter queue" over a paragraph of "**Owner:** …", "**Due:** …" lines (hard line
 * breaks, no list): the heading is the action and the lines its fields. Returns whether it was read so.
 */
export function readHeadingFieldLines(
  builder: Builder,
  map: [number, number],
  section: SectionContext,
): boolean {
  if (!canBeHeadingItem(section) || map[1] - map[0] < 2 || !onlyFieldLines(builder, map)) {
    return false;
  }
  return pushHeadingItem(builder, section, (base) => {
    const extra: TextFields[] = [];
    for (let line = map[0]; line < map[1]; line++) {
      const lineText = builder.lines.lineText(line).replace(/(?:\s{2,}|\\)$/, "");
      const indent = lineText.length - lineText.trimStart().length;
      const lineFields = readFields(lineText.slice(indent), builder.ctxPastTenseOpen);
      shiftSpans(lineFields, builder.lines.lineStart(line) + indent - base);
      extra.push(lineFields);
    }
    return { extra };
  });
}

/**
 * "### 4. Add a synthetic card transaction" over prose ("Owner: Tomasz. Due: 2026-12-19. Tracked in
 * CARD-88.", "Nobody has picked this up yet."): the heading is the action and the prose its details,
 * read for fields. Only when the heading opens with a verb and no paragraph does: "### Improve alerting"
 * over "Add an alert on …" lines is a category over its actions. Returns whether it was read so.
 */
export function readHeadingOverProse(
  builder: Builder,
  maps: [number, number][],
  section: SectionContext,
): boolean {
  if (!canBeHeadingItem(section) || maps.length === 0) {
    return false;
  }
  const heading = headingAsItem(builder, section);
  if (heading === undefined) {
    return false;
  }
  const verbLed = startsWithVerb(toPlainText(heading.raw));
  // "#### 2) Alerts configured `@ana`" over what was done: a numbered sub-heading that names its owner or
  // reports the work done titles one action, verb-led or not, and the prose under it tells the action. A
  // numbered topic ("### 2. Database") over prose leaves the prose the item.
  const numbered =
    !verbLed &&
    NUMBERED_HEADING.test(builder.lines.lineText(section.headingLine ?? 0)) &&
    titlesOwnedOrDoneWork(readFields(heading.raw, builder.ctx));
  if (
    (!verbLed && !numbered) ||
    maps.some((map) => startsWithVerb(toPlainText(builder.lines.lineText(map[0]))))
  ) {
    return false;
  }
  const first = builder.text.slice(
    builder.lines.lineStart(maps[0][0]),
    builder.lines.lineEnd(maps[0][1] - 1),
  );
  const prose = verbLed ? undefined : { raw: first, fields: readFields(first, builder.ctx) };
  return pushHeadingItem(builder, section, (base) => ({
    prose,
    extra: maps.map((map) => {
      const start = builder.lines.lineStart(map[0]);
      const text = builder.text.slice(start, builder.lines.lineEnd(map[1] - 1));
      // The details tell about the action; a past tense there ("Tracked in …") reports nothing done. Under
      // a title that is no request ("Cache limits"), the prose is the action and its tense tells.
      const details = readFields(text, verbLed ? builder.ctxPastTenseOpen : builder.ctx);
      shiftSpans(details, start - base);
      return details;
    }),
  }));
}

/**
 * "### Add a lag alert on the relay" with nothing under it before the next heading at its level: a heading
 * led by a verb is the action itself. "### Detection" with nothing under it is an empty category.
 */
export function readBareHeading(builder: Builder, section: SectionContext): boolean {
  if (!canBeHeadingItem(section) || !section.isAction) {
    return false;
  }
  const heading = headingAsItem(builder, section);
  if (heading === undefined || !startsWithVerb(toPlainText(heading.raw))) {
    return false;
  }
  return pushHeadingItem(builder, section, () => ({ extra: [] }));
}

/** The section's heading as one action whose fields `readFieldLayers` reads, relative to its text. */
function pushHeadingItem(
  builder: Builder,
  section: SectionContext,
  readFieldLayers: (base: number) => {
    extra: TextFields[];
    prose?: { raw: string; fields: TextFields };
    insert?: InsertionPoint;
    insertStatus?: InsertionPoint;
  },
  boldLine = false,
): boolean {
  const heading = headingAsItem(builder, section, boldLine);
  if (heading === undefined) {
    return false;
  }
  const fields = readFields(heading.raw, builder.ctx);
  if (fields.actionText.trim() === "") {
    return false;
  }
  pushItem(builder, {
    raw: heading.raw,
    base: heading.base,
    end: heading.end,
    format: "paragraph",
    fields,
    section,
    ...readFieldLayers(heading.base),
  });
  section.hasStructuredItems = true;
  return true;
}

function titlesOwnedOrDoneWork(fields: TextFields): boolean {
  return fields.owners.length > 0 || fields.status?.state === "done";
}
