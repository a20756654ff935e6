import type { ItemAnnotation } from "../types";
import { judgeBySubItems, pushItem, type Builder, type SectionContext } from "./builder";
import { readFields, startsWithVerb, type TextFields } from "./fields";
import { annotate, isLineRightOverList, rawListItem, type ListNode } from "./lists";
import { OPEN_CLAUSE_ENDS, STILL_TO_COME, TEAM_PROMISE } from "./lexicon";
import { toPlainText } from "./markdownText";
import { closingTicket } from "./noteTickets";
import { MAX_LINE_LENGTH } from "./paragraphLines";

// Meeting notes write an action as its owner, then the work: "**Ana** Move the disk alert into the ops
// channel", "Ana: write the runbook", "**Ana** to tell support". Such a line is an item even beside a list,
// where other paragraphs are prose, and over a list that only finishes its sentence ("**Ana** Add
// dashboards for:" / "- the ingest queue") the line is the item and the list its parts.

/** The fields of a line led by its owner and then a verb ("to" before it allowed), or undefined. */
function ownerLedAction(builder: Builder, raw: string): TextFields | undefined {
  if (raw.length > MAX_LINE_LENGTH) {
    return undefined;
  }
  const fields = readFields(raw, builder.ctx);
  const ownerInFront = fields.owners.some((owner) => owner.source === "prefix");
  return ownerInFront && startsWithVerb(fields.verbText.replace(/^to\s+/i, ""))
    ? fields
    : undefined;
}

// "Configure a jump host for the routers, allowing:" over "- SSH through one host": a line led by a verb whose
// last word leaves the sentence open is the action too, with or without an owner; its list finishes it. So is
// the team's promise so written: "We are adding automatic alerts for:" over "- replica lag".
const OPEN_CLAUSE_END = new RegExp(String.raw`,?\s+(?:${OPEN_CLAUSE_ENDS})\s*:$`, "i");

/** The fields of a line led by a verb (after a topic label) that ends by opening a clause, or undefined. */
function openClauseAction(builder: Builder, raw: string): TextFields | undefined {
  if (raw.length > MAX_LINE_LENGTH || !OPEN_CLAUSE_END.test(raw)) {
    return undefined;
  }
  const fields = readFields(raw, builder.ctx);
  // A topic in front ("Jump Server Access: Configure …") labels the action that follows it.
  const plain = toPlainText(raw).trim();
  return startsWithVerb(fields.verbText.replace(TOPIC_LABEL, "")) ||
    TEAM_PROMISE.test(plain) ||
    STILL_TO_COME.test(plain)
    ? fields
    : undefined;
}
const TOPIC_LABEL = /^(?:[^\s:]+\s+){0,3}[^\s:]+:\s+/;

/** The owned line at `line` as an item of its own, at the offsets of its words. */
function pushOwnedLine(
  builder: Builder,
  line: number,
  fields: TextFields,
  section: SectionContext,
) {
  const lineText = builder.lines.lineText(line);
  const raw = lineText.trim();
  const base = builder.lines.lineStart(line) + (lineText.length - lineText.trimStart().length);
  return pushItem(builder, {
    raw,
    base,
    end: base + raw.length,
    format: "line",
    fields,
    extra: [],
    section,
  });
}

/** A paragraph of one line beside a list, led by its owner and a verb: an item. */
export function readOwnerLedParagraph(
  builder: Builder,
  map: [number, number],
  section: SectionContext,
): boolean {
  if (map[1] - map[0] !== 1) {
    return false;
  }
  const raw = builder.lines.lineText(map[0]).trim();
  const fields = ownerLedAction(builder, raw);
  if (fields === undefined || raw.endsWith(":")) {
    return false;
  }
  pushOwnedLine(builder, map[0], fields, section);
  return true;
}

/**
 * "**Ana** Have badges on the build page for:" right over "- the main build", "- the nightly tests": the
 * owned line is the item; the list, none of it led by a verb or ticked, holds its parts and their links.
 */
export function readOwnerLedOverParts(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext,
  map: [number, number],
  listLine: number,
): boolean {
  if (!isLineRightOverList(map, listLine)) {
    return false;
  }
  const raw = builder.lines.lineText(map[0]).trim();
  const fields = raw.endsWith(":")
    ? (ownerLedAction(builder, raw) ?? openClauseAction(builder, raw))
    : undefined;
  if (
    fields === undefined ||
    !nodes.every((node) => {
      const part = rawListItem(builder, node);
      return (
        part !== undefined &&
        part.checkbox === undefined &&
        !startsWithVerb(toPlainText(part.raw).trimStart())
      );
    })
  ) {
    return false;
  }
  const item = pushOwnedLine(builder, map[0], fields, section);
  const annotations: ItemAnnotation[] = [];
  for (const node of nodes) {
    annotate(builder, node, annotations);
    const part = rawListItem(builder, node);
    const ticket =
      item.trackerRefs.length === 0 && part !== undefined
        ? closingTicket(builder, part.raw, part.base)
        : undefined;
    if (ticket !== undefined) {
      item.trackerRefs = [ticket];
    }
  }
  if (annotations.length > 0) {
    item.annotations = annotations;
    judgeBySubItems(builder, item);
  }
  return true;
}
