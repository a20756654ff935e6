import { pushItem, type Builder, type SectionContext } from "./builder";
import { readFields, shiftSpans, startsWithVerb } from "./fields";
import { FIELD_LINE, FIELD_SENTENCE_GAP, FIRST_FIELD_SENTENCE, INTRO_WORDS } from "./lineShapes";
import { MAX_WRAPPED_LENGTH, paragraphText } from "./paragraphLines";
import type { TextFields } from "./fields";

// Field blocks: a title line with its field lines under it ("Owner: …", "Due: …"), as word processors
// export an action, in one paragraph or in a paragraph per line.

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
  if (INTRO_WORDS.test(titleLine)) {
    return false; // "The items below are ordered by priority." over "Note: …": an intro and its note.
  }
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

// A ticket tool's export, one paragraph per ticket: "Key: PAY-1", "Summary: Add …", "Assignee: …", "Status: …";
// and a "Who: … / What: … / When: …" plan, whose "What" is the action.
const KEY_VALUE_LINE = /^\s*(?:\*\*|__)?[A-Z][\w ()/-]{0,24}?(?:\*\*|__)?\s*:(?:\*\*|__)?\s+\S/;
const TITLE_FIELD =
  /^\s*(?:\*\*|__)?(?:summary|title|subject|what)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+/i;

/**
 * A paragraph of "Key: value" lines, one of them the ticket's "Summary:" (or "Title:"), under an action heading:
 * one item whose action is the summary and whose fields are the other lines, not an item per line.
 */
export function readTicketBlock(
  builder: Builder,
  map: [number, number],
  section: SectionContext,
): boolean {
  if (map[1] - map[0] < 3) {
    return false;
  }
  let title = -1;
  for (let line = map[0]; line < map[1]; line++) {
    const text = builder.lines.lineText(line);
    if (!KEY_VALUE_LINE.test(text)) {
      return false;
    }
    title = title < 0 && TITLE_FIELD.test(text) ? line : title;
  }
  if (title < 0) {
    return false;
  }
  const titleText = builder.lines.lineText(title);
  const base = builder.lines.lineStart(title) + (TITLE_FIELD.exec(titleText)?.[0].length ?? 0);
  const raw = builder.text.slice(base, builder.lines.lineEnd(title)).trimEnd();
  const fields = readFields(raw, builder.ctx);
  if (fields.actionText === "") {
    return false;
  }
  const extra: TextFields[] = [];
  for (let line = map[0]; line < map[1]; line++) {
    if (line !== title) {
      const lineFields = readFields(builder.lines.lineText(line), builder.ctxPastTenseOpen);
      shiftSpans(lineFields, builder.lines.lineStart(line) - base);
      extra.push(lineFields);
    }
  }
  // "Status: Resolved" over "Resolution: Won't Fix": the resolution says the ticket was closed undone.
  extra.sort((a, b) => droppedFirst(a) - droppedFirst(b));
  const end = builder.lines.lineEnd(map[1] - 1);
  pushItem(builder, { raw, base, end, format: "paragraph", fields, extra, section });
  return true;
}

function droppedFirst(fields: TextFields): number {
  return fields.status?.state === "deprioritized" ? 0 : 1;
}

/** A title line with only field lines under it (blank lines between them, as word processors export them). */
export function isFieldBlockShape(builder: Builder, map: [number, number]): boolean {
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

// "**Add the dead-letter dashboard**" over "It shows the oldest message per queue. Owner: Ben Cho.": a bold
// title that opens with a verb, and the explanation right below it, are one item, as in a list item.
const BOLD_LINE = /^\s*(?:\*\*|__)([^*_\n]{2,120}?)(?:\*\*|__)\s*$/;

/**
 * Reads a paragraph whose first line is a bold action title as one item. Beside a list, where a paragraph
 * is prose, only when its explanation names a field ("Owner: …", "Due: …").
 */
export function readTitledParagraph(
  builder: Builder,
  map: [number, number],
  section: SectionContext,
  needsField: boolean,
): boolean {
  if (map[1] - map[0] < 2) {
    return false;
  }
  const title = BOLD_LINE.exec(builder.lines.lineText(map[0]));
  if (title === null || !startsWithVerb(title[1])) {
    return false;
  }
  const { start, end, raw } = paragraphText(builder, map);
  const explanation = builder.text.slice(builder.lines.lineStart(map[0] + 1), end).trimStart();
  if (raw.length > MAX_WRAPPED_LENGTH || (needsField && !FIRST_FIELD_SENTENCE.test(explanation))) {
    return false;
  }
  const fields = readFields(raw.replace(FIELD_SENTENCE_GAP, "\n"), builder.ctx);
  if (fields.actionText === "") {
    return false;
  }
  pushItem(builder, { raw, base: start, end, format: "paragraph", fields, extra: [], section });
  return true;
}
