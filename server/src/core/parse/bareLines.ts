import { pushItem, readAsBareTrackerLink, type Builder, type SectionContext } from "./builder";
import { readFields, readsAsAction } from "./fields";
import { ACTION_LABEL, DOCUMENT_TODO, FIELD_LINE, LIST_MARKER, NOT_AN_ITEM } from "./lineShapes";
import { toPlainText } from "./markdownText";

const INTRO_LINE = /(?:\b(?:the following|following (?:actions?|items?|steps?)|below|as follows|here are|we(?:'ve| have) identified|listed|these (?:actions?|items?))\b|:\s*$)/i;
const SENTENCE_FIELD = /^\s*(?:owners?|assignees?|assigned to|dri|responsible|due(?: date)?|deadline|eta|target(?: date)?|tickets?|ref(?:erence)?|jira|issues?|bugs?|tracking|status|priority)\s*:/i;
const FIELD_SENTENCE_GAP = /(?<=[.;])\s(?=(?:\*\*|__)?(?:owners?|assignees?|assigned to|dri|responsible|due(?: date)?|deadline|eta|target(?: date)?|tickets?|ref(?:erence)?|jira|issues?|bugs?|tracking|status|priority)(?:\*\*|__)?\s*:)/gi;

/** "One item per bare line" under an action heading that holds no list or table. */
export function readBareLines(builder: Builder, map: [number, number], section: SectionContext): void {
  if (readFieldBlock(builder, map, section)) {
    return;
  }
  for (let line = map[0]; line < map[1]; line++) {
    const lineText = builder.lines.lineText(line);
    const trimmed = lineText.trim();
    if (trimmed === "" || trimmed.startsWith("<!--") || trimmed.length > 300) {
      continue;
    }
    const plain = toPlainText(trimmed);
    // "… by 2027-01-31. Owner: Tariq Mensah. Ref: CHG-20931": field sentences after the action are not more prose.
    const sentences = plain.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().split(/\s+/).length > 2 && !SENTENCE_FIELD.test(s)).length;
    // Two full sentences on one line are prose ("We are adding … We'll also review …"), not an item.
    if (INTRO_LINE.test(plain) || sentences > 1 || NOT_AN_ITEM.test(plain)) {
      continue;
    }
    if (/^(?:\*\*|__)[^*_]+(?:\*\*|__):?$/.test(trimmed)) {
      continue; // A bold label acting as a sub-heading.
    }
    const start = builder.lines.lineStart(line);
    const leading = lineText.length - lineText.trimStart().length;
    // Each field sentence is read as a field line of its own; a newline for the space keeps every offset.
    const fields = readFields(trimmed.replace(FIELD_SENTENCE_GAP, "\n"), builder.ctx);
    if ((fields.actionText === "" && !readAsBareTrackerLink(fields, trimmed)) || (section.mixed === true && !readsAsAction(fields))) {
      continue;
    }
    pushItem(builder, { raw: trimmed, base: start + leading, end: builder.lines.lineEnd(line), format: "line", fields, extra: [], section });
  }
}

/**
 * "**2. Add node-local DNS caching**" with "**Owner:** …", "**Due:** …" lines under it and no blank line
 * between (exports from Confluence and Google Docs): one item whose fields are the lines below its title.
 */
export function readFieldBlock(builder: Builder, map: [number, number], section: SectionContext): boolean {
  if (map[1] - map[0] < 2) {
    return false;
  }
  const titleLine = builder.lines.lineText(map[0]);
  if (titleLine.trim() === "" || FIELD_LINE.test(titleLine)) {
    return false;
  }
  for (let line = map[0] + 1; line < map[1]; line++) {
    if (!FIELD_LINE.test(builder.lines.lineText(line))) {
      return false;
    }
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

/** "Action item: …" paragraphs anywhere in the document. */
export function readLabelledLines(builder: Builder, map: [number, number], section: SectionContext | undefined): void {
  for (let line = map[0]; line < map[1]; line++) {
    const lineText = builder.lines.lineText(line);
    if (!ACTION_LABEL.test(lineText) || DOCUMENT_TODO.test(lineText)) {
      continue;
    }
    const start = builder.lines.lineStart(line);
    const marker = LIST_MARKER.exec(lineText);
    const offset = marker === null ? lineText.length - lineText.trimStart().length : marker[0].length;
    const raw = lineText.slice(offset);
    const fields = readFields(raw, builder.ctxPastTenseOpen);
    pushItem(builder, { raw, base: start + offset, end: builder.lines.lineEnd(line), format: "paragraph", fields, extra: [], section });
  }
}
