import type { Token } from "markdown-it";
import type { InsertionPoint, ItemAnnotation, ItemFormat, TrackerRef } from "../types";
import {
  nothingButSpans,
  pushItem,
  readAsBareTrackerLink,
  type Builder,
  judgeBySubItems,
  type SectionContext,
} from "./builder";
import { readFields, readsAsAction, shiftSpans, startsWithVerb, type TextFields } from "./fields";
import {
  FIELD_LINE,
  FIELD_SENTENCE_GAP,
  FIRST_FIELD_SENTENCE,
  LIST_MARKER,
  NOT_AN_ITEM,
  ONLY_A_FILE,
  TYPED_LIST_MARK,
} from "./lineShapes";
import { headingWords, isDoneLabelText } from "./headings";
import { toPlainText } from "./markdownText";
import { closingTicket } from "./noteTickets";
import { OPEN_END } from "./paragraphLines";
import { gatherPartFields, takePartFields, type PartFields } from "./partFields";
import { ownerFieldLeadsAction } from "./readers/ownerPrefix";
import { findTrackerRefs } from "./trackerRefs";
import { verbOf } from "./wording/words";
import { firstWord } from "./readers/verbs";
import { OUTCOME_VERBS, PROCESS_VERBS } from "./lexicon";

// A list's items and sub-items as actions, their field lines and notes; an issue link alone under an
// item is its tracker. Lists that hold no actions are in listNonItems.ts, lists outside an action
// section in looseLists.ts.

export interface ListNode {
  map: [number, number];
  ordered: boolean;
  paragraph?: [number, number];
  /** The item's later paragraphs, before any list under it. */
  notes?: [number, number][];
  children: ListNode[];
  /** The item's first paragraph without its marker, read once (null: the item has no paragraph). */
  item?: RawItem | null;
  /** In a numbered list, its items' numbers as "#1", "#2": "same as #1" points back at one of them. */
  listNumbers: Set<string> | undefined;
}

const COMMENT_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

/**
 * "- one", "<!-- note -->", "- two": a comment on a line of its own ends a Markdown list, but the writer
 * (or an editor hiding a line) meant one list, so the list after it, of the same kind, goes on with it.
 */
function continuesAfterComment(tokens: Token[], close: number, open: Token): boolean {
  const comment = tokens[close + 1];
  const next = tokens[close + 2];
  return (
    comment?.type === "html_block" &&
    COMMENT_ONLY.test(comment.content) &&
    next?.type === open.type &&
    next.markup === open.markup
  );
}

export function readList(
  tokens: Token[],
  startIndex: number,
): { nodes: ListNode[]; end: number; lastLine: number } {
  const roots: ListNode[] = [];
  const itemStack: ListNode[] = [];
  const numbersStack: (Set<string> | undefined)[] = [];
  let i = startIndex;
  let depth = 0;
  let lastLine = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      depth++;
      lastLine = Math.max(lastLine, (token.map?.[1] ?? 0) - 1);
      numbersStack.push(token.type === "ordered_list_open" ? new Set() : undefined);
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") {
      depth--;
      numbersStack.pop();
      if (depth === 0 && !continuesAfterComment(tokens, i, tokens[startIndex])) {
        break;
      }
    } else if (token.type === "list_item_open" && token.map !== null) {
      const listNumbers = numbersStack[numbersStack.length - 1];
      listNumbers?.add(`#${Number(token.info)}`);
      const node: ListNode = {
        map: token.map,
        ordered: listNumbers !== undefined,
        children: [],
        item: undefined,
        listNumbers,
      };
      const parent = itemStack[itemStack.length - 1];
      (parent === undefined ? roots : parent.children).push(node);
      itemStack.push(node);
    } else if (token.type === "list_item_close") {
      itemStack.pop();
    } else if (token.type === "paragraph_open" && token.map !== null) {
      const owner = itemStack[itemStack.length - 1];
      if (owner !== undefined && owner.paragraph === undefined && owner.children.length === 0) {
        owner.paragraph = token.map;
      } else if (owner !== undefined && owner.children.length === 0) {
        (owner.notes ??= []).push(token.map);
      }
    }
  }
  return { nodes: roots, end: i, lastLine };
}

interface RawItem {
  raw: string;
  base: number;
  checkbox?: string;
}

export function rawListItem(builder: Builder, node: ListNode): RawItem | undefined {
  if (node.item === undefined) {
    node.item = readRawListItem(builder, node) ?? null;
  }
  return node.item ?? undefined;
}

function readRawListItem(builder: Builder, node: ListNode): RawItem | undefined {
  if (node.paragraph === undefined) {
    return undefined;
  }
  const start = builder.lines.lineStart(node.paragraph[0]);
  const end = builder.lines.lineEnd(node.paragraph[1] - 1);
  const text = builder.text.slice(start, end);
  const marker = LIST_MARKER.exec(text);
  const offset = marker === null ? 0 : marker[0].length;
  return {
    raw: beforeTypedSubItems(text.slice(offset)),
    base: start + offset,
    // "- [] File the tickets": a box typed without its space is still an empty box.
    checkbox: marker?.[4] === "" ? " " : marker?.[4],
  };
}

/**
 * "1. Update the runbook – Owner - Ana" over "   a. Add a check step": a word processor's sub-list, which
 * Markdown reads as more lines of the item; the item ends before it, so its own line keeps its fields.
 */
function beforeTypedSubItems(raw: string): string {
  if (!raw.includes("\n")) {
    return raw;
  }
  const lines = raw.split("\n");
  const sub = lines.findIndex((line, index) => index > 0 && TYPED_LIST_MARK.test(line));
  return sub < 0 ? raw : lines.slice(0, sub).join("\n");
}

export function isFieldNode(builder: Builder, node: ListNode): boolean {
  const item = rawListItem(builder, node);
  return (
    item !== undefined &&
    node.children.length === 0 &&
    FIELD_LINE.test(item.raw) &&
    !ownerFieldLeadsAction(item.raw)
  );
}

/** "  - PAY-2", "  - https://github.com/acme/pay/pull/12" under an item: where the item is tracked. */
function isTrackerLinkNode(builder: Builder, node: ListNode): boolean {
  const item = rawListItem(builder, node);
  if (item === undefined || item.checkbox !== undefined || node.children.length > 0) {
    return false;
  }
  // Only a line of nothing but references is read for fields: the other notes under an item never are.
  const found = findTrackerRefs(item.raw, { trackerKeys: builder.ctx.trackerKeys });
  return (
    found.length > 0 &&
    nothingButSpans(item.raw, found) &&
    readAsBareTrackerLink(readFields(item.raw, builder.ctxPastTenseOpen), item.raw)
  );
}

export function readListNode(
  builder: Builder,
  node: ListNode,
  section: SectionContext,
  parentFields?: TextFields,
): void {
  const item = rawListItem(builder, node);
  if (item === undefined) {
    for (const child of node.children) {
      readListNode(builder, child, section, parentFields);
    }
    return;
  }
  const fieldChildren: ListNode[] = [];
  const otherChildren: ListNode[] = [];
  for (const child of node.children) {
    (isFieldNode(builder, child) || isTrackerLinkNode(builder, child)
      ? fieldChildren
      : otherChildren
    ).push(child);
  }
  // "2. Same as #1 for the billing relay": the list's own item 1, not a ticket.
  const fields = readFields(item.raw, builder.ctx, node.listNumbers);
  const finishedByChildren =
    otherChildren.length > 0 &&
    isSentence(item.raw) &&
    otherChildren.every((child) => continuesParent(builder, child, item.raw));
  // "3. **Implement request signing**" over "- Add HMAC signing …": a numbered plan's action, titled in bold,
  // over the steps that explain it; the title is the item, whatever its length.
  // "**Better monitoring**" or "**Improve alerting**" over concrete steps is a direction whose steps are the work.
  const titleVerb = firstWord(fields.verbText) ?? "";
  const numberedTitle =
    node.ordered &&
    BOLD_TITLE.test(item.raw.trim()) &&
    (OUTCOME_VERBS.has(titleVerb) || PROCESS_VERBS.has(titleVerb));
  const header =
    item.checkbox === undefined &&
    otherChildren.length > 0 &&
    !finishedByChildren &&
    !numberedTitle &&
    isGroupHeader(item.raw, fields, fieldChildren.length > 0);
  // "Improve the status page update:" over its parts asks for work itself, and so do its parts.
  const actionOverParts = header && asksOverItsParts(item.raw, fields);
  // "**Automatic failover** (in progress):" over "- Trigger: three failed checks": a label has no status, so the
  // line is the work and its sub-items, none of them work of its own, describe it.
  const workOverDetails =
    header &&
    !actionOverParts &&
    fields.status !== undefined &&
    !areDeliverables(builder, otherChildren, item.raw);
  if (header && !actionOverParts && !workOverDetails) {
    const groupSection =
      section.isAction &&
      section.done !== true &&
      isDoneLabelText(headingWords(toPlainText(item.raw).trim()))
        ? { ...section, done: true }
        : section;
    for (const child of otherChildren) {
      readListNode(builder, child, groupSection, mergeContext(fields, parentFields));
    }
    return;
  }
  const bareLink = readAsBareTrackerLink(fields, item.raw);
  if (
    (fields.actionText.trim() === "" &&
      (fields.owners.length === 0 || FIELD_LINE.test(item.raw)) &&
      !bareLink) ||
    (item.checkbox === undefined && NOT_AN_ITEM.test(fields.actionText)) ||
    (item.raw.includes("/") && ONLY_A_FILE.test(item.raw))
  ) {
    return;
  }
  const format: ItemFormat =
    item.checkbox !== undefined ? "task" : node.ordered ? "numbered" : "bullet";
  const {
    extra,
    insert: insertSubfield,
    insertStatus,
  } = readFieldLines(builder, fieldChildren, item.base);
  extra.push(...readNoteFields(builder, node, item.base));
  if (
    section.mixed === true &&
    item.checkbox === undefined &&
    !readsAsAction(fields) &&
    !extra.some(
      (child) =>
        child.owners.length > 0 || child.deadline !== undefined || child.trackerRefs.length > 0,
    )
  ) {
    return; // A lesson ("Rotating keys without overlap breaks sessions"), not an action.
  }
  const end = builder.lines.lineEnd((node.paragraph ?? node.map)[1] - 1);
  const pushed = pushItem(builder, {
    raw: item.raw,
    base: item.base,
    end,
    format,
    checkbox: item.checkbox,
    fields,
    extra,
    section,
    parentFields,
    insert: insertSubfield,
    insertStatus,
  });
  const deliverables =
    actionOverParts ||
    (!finishedByChildren && !numberedTitle && areDeliverables(builder, otherChildren, item.raw));
  const annotations: ItemAnnotation[] = [];
  // Sub-tasks of finished work keep its owner and ticket, not its date: that was for the work done
  // (or is when it was done, "— done 2026-11-18"), not when what is left is due.
  const context = mergeContext(fields, parentFields);
  const childContext =
    pushed.status.state === "done" && context.deadline !== undefined
      ? { ...context, deadline: undefined }
      : context;
  // Under a ticked box, sub-items with no boxes of their own are parts of the work it finished.
  const childSection =
    (item.checkbox === "x" || item.checkbox === "X") &&
    section.done !== true &&
    otherChildren.every((child) => rawListItem(builder, child)?.checkbox === undefined)
      ? { ...section, done: true }
      : section;
  const partFields: PartFields = { owners: [] };
  for (const child of otherChildren) {
    const childItem = rawListItem(builder, child);
    if (childItem?.checkbox !== undefined || deliverables) {
      readListNode(builder, child, childSection, childContext);
    } else {
      annotate(builder, child, annotations);
      if (childItem !== undefined) {
        gatherPartFields(builder, pushed, childItem, partFields);
      }
      // A note that closes with a ticket tracks part of the item's work: the item is in a tracker.
      const ticket =
        pushed.trackerRefs.length === 0 && childItem !== undefined
          ? closingTicket(builder, childItem.raw, childItem.base)
          : undefined;
      if (ticket !== undefined) {
        pushed.trackerRefs = [ticket];
      }
    }
  }
  takePartFields(pushed, partFields);
  if (pushed.trackerRefs.length === 0) {
    const ticket = closingNoteTicket(builder, node);
    if (ticket !== undefined) {
      pushed.trackerRefs = [ticket];
    }
  }
  if (annotations.length > 0) {
    pushed.annotations = annotations;
    judgeBySubItems(builder, pushed);
  }
}

/**
 * The ticket the item's last later paragraph closes with: the explanation below an item's first line
 * that ends "… should clear the queue. [issue](…/issues/12)" says where the work is tracked.
 */
function closingNoteTicket(builder: Builder, node: ListNode): TrackerRef | undefined {
  const last = node.notes?.[node.notes.length - 1];
  if (last === undefined) {
    return undefined;
  }
  const start = builder.lines.lineStart(last[0]);
  return closingTicket(
    builder,
    builder.text.slice(start, builder.lines.lineEnd(last[1] - 1)),
    start,
  );
}

// A list item longer than this is a sentence, not a label over its sub-items ("Monitoring:", "Short term").
const LABEL_WORDS = 6;

function isSentence(raw: string): boolean {
  return toPlainText(raw).trim().split(/\s+/).length > LABEL_WORDS;
}

/** A sub-item that opens in lower case finishes its parent's sentence ("… a handbook section that will:" / "- tell responders to …"). */
function continuesParent(builder: Builder, child: ListNode, parentRaw: string): boolean {
  const raw = rawListItem(builder, child)?.raw;
  if (raw === undefined || !/^[a-z]/.test(toPlainText(raw).trimStart())) {
    return false;
  }
  // A writer who opens every line in lower case: only a parent cut off mid-sentence ("… that will:") is
  // finished by its sub-items.
  const parent = toPlainText(parentRaw).trim();
  return !/^[a-z]/.test(parent) || OPEN_END.test(parent.replace(/\s*:$/, ""));
}

/**
 * Sub-items that are deliverables of their own ("- Cut cold-start time" / "  - Create a startup panel",
 * "  - Write a lazy-loading guide"): two or more, each a capitalised line (or in lower case under a lower-case parent), at least half of them led by a verb, none
 * with sub-items of its own other than its fields. Notes and explanations under an item ("This was missed because …") are not.
 */
// Verbs that say what a document holds: sub-items led by them are the parent's contents, not actions.
const CONTENT_VERB =
  /^(?:include|includes|cover|covers|mention|explain|describe|list|contain|show|outline|state|detail|spell out)\b/i;
// Under work on a system ("Update monitoring so …") these say what it will do: "- Show the deploy status".
const SYSTEM_CONTENT_VERB = /^(?:show|list|cover)\b/i;
// What the parent writes when its sub-items are the contents of a document.
const DOCUMENT_WORD =
  /\b(?:runbooks?|playbooks?|docs?|documentation|guides?|readme|wiki|articles?|pages?|handbook|checklists?|templates?|post-?mortems?|write-?ups?|sections?|procedures?|polic(?:y|ies)|sops?|notes|messages?|emails?|announcements?|posts?)\b/i;

function areDeliverables(builder: Builder, children: ListNode[], parentRaw: string): boolean {
  if (children.length < 2) {
    return false;
  }
  // Read only here: most items have fewer than two sub-items.
  const parent = toPlainText(parentRaw).trimStart();
  const lowerCaseParent = /^[a-z]/.test(parent);
  const ofDocument = DOCUMENT_WORD.test(parent);
  let verbLed = 0;
  for (const child of children) {
    const raw = rawListItem(builder, child)?.raw;
    // Sub-items of their own are fine only when they are its fields ("- Owner: Ana").
    if (raw === undefined || !child.children.every((field) => isFieldNode(builder, field))) {
      return false;
    }
    const plain = toPlainText(raw).trimStart();
    // Capitalised ("[Dana] Create …" too), or in lower case like a parent whose writer opens every line so.
    if (!(/^\[?[A-Z]/.test(plain) || (lowerCaseParent && /^[a-z]/.test(plain)))) {
      return false;
    }
    if (CONTENT_VERB.test(plain) && (ofDocument || !SYSTEM_CONTENT_VERB.test(plain))) {
      return false; // "- Include the restart command": what the parent's runbook or doc must say.
    }
    if (
      leadsWithWork(plain) ||
      (FIELD_PREFIX_END.test(plain) && leadsWithVerbAfterFields(builder, raw))
    ) {
      verbLed++;
    }
  }
  return verbLed >= 2 && verbLed * 2 >= children.length;
}

/**
 * "Gather the restore timings", "Regularly audit the hosted databases", "Defining capacity limits": a verb, after
 * an adverb of manner or as its -ing form, as a list written in gerunds names its work.
 */
function leadsWithWork(plain: string): boolean {
  const lead = plain.replace(MANNER_ADVERB, "");
  const word = /^[A-Za-z]+ing\b/.exec(lead)?.[0].toLowerCase();
  return startsWithVerb(lead) || (word !== undefined && verbOf(word) !== word);
}

// Where an owner, a ticket, a date or a label in front of the action may end: "Dana Whitfield: Create …",
// "[OPS-12] Create …", "By 2027-03-31: Create …", "TODO: Create …", "AI-7 Create …".
const FIELD_PREFIX_END = /^[^\s:]+(?: [^\s:]+){0,3}: |^\[[^\]]{1,40}\] |^[A-Z][A-Z\d]*(?:-\d+)? /;

/** "Dana Whitfield: Create the probe dashboard": a deliverable with its owner, ticket, date or label in front, led by a verb. */
function leadsWithVerbAfterFields(builder: Builder, raw: string): boolean {
  const fields = readFields(raw, builder.ctxPastTenseOpen);
  return fields.textStart > 0 && startsWithVerb(fields.verbText);
}

/** A paragraph of one line with at most a blank line between it and the list that starts at `listLine`. */
export function isLineRightOverList(map: [number, number], listLine: number): boolean {
  return map[1] - map[0] === 1 && listLine - map[1] <= 1;
}

/** The sub-item and everything under it, as annotations of the item above. */
export function annotate(builder: Builder, node: ListNode, annotations: ItemAnnotation[]): void {
  const item = rawListItem(builder, node);
  if (item !== undefined && node.paragraph !== undefined) {
    const text = toPlainText(item.raw).trim();
    if (text !== "") {
      annotations.push({
        text,
        span: { start: item.base, end: builder.lines.lineEnd(node.paragraph[1] - 1) },
      });
    }
  }
  for (const child of node.children) {
    annotate(builder, child, annotations);
  }
}

/**
 * A list item that only labels its sub-items ("Monitoring:", "**Short term**", "Platform team"). A short
 * line that opens with a verb and has field lines of its own ("- Owner: …") is an item, not a label.
 */
// "Continuously validate …": an adverb in front of the verb.
const MANNER_ADVERB = /^\p{L}+ly\s+/u;

// A sentence that ends before the closing clause: "Raise the timeout to 120s. Depending on how you run it:".
const SENTENCE_BEFORE_END = /[.!?]\s+\S/;

function isGroupHeader(raw: string, fields: TextFields, hasFieldLines: boolean): boolean {
  const plain = toPlainText(raw);
  const words = plain.split(/\s+/).length;
  return (
    // "Monitoring:", "In the future, when a change may break the API:" label what follows; an action said in a
    // whole sentence first ("**Give it time to stop.** Raise the timeout to 120s. Depending on the host:") is an
    // item whatever its last clause introduces.
    (/:\s*$/.test(plain) &&
      !(startsWithVerb(fields.verbText) && SENTENCE_BEFORE_END.test(plain.replace(/:\s*$/, ""))) &&
      // "Ana to write the failover runbook, covering:": an owner and a verb in a whole sentence ask for the work,
      // and the sub-items say what it covers; "Ana will do the following:" only introduces them.
      !(startsLikeAction(fields) && isSentence(raw) && !FOLLOWING.test(plain))) ||
    // "**Things we will change**" over sub-items labels them; "**Improve coverage of health probes**", led by
    // a verb and longer than a label, is an action like its plain twin.
    (BOLD_LABEL.test(raw.trim()) &&
      !(words > 4 && startsWithVerb(fields.verbText.replace(MANNER_ADVERB, "")))) ||
    (words <= 4 &&
      fields.leadingVerb?.isProcess !== true &&
      !startsLikeAction(fields) &&
      !(hasFieldLines && startsWithVerb(fields.verbText)) &&
      fields.deadline === undefined &&
      fields.trackerRefs.length === 0)
  );
}

/**
 * A line ending in a colon over sub-items that is itself a request, led by an outcome verb ("Improve the
 * status page update:"); not a label ("Monitoring:") nor an intro to what follows ("Add the following alerts:").
 */
function asksOverItsParts(raw: string, fields: TextFields): boolean {
  const plain = toPlainText(raw).trim();
  return (
    plain.endsWith(":") &&
    !BOLD_LABEL.test(raw.trim()) &&
    !FOLLOWING.test(plain) &&
    startsWithVerb(fields.verbText) &&
    fields.leadingVerb?.isProcess !== true
  );
}
const FOLLOWING = /\b(?:following|these|below|as follows)\b/i;
/** "**Implement request signing**": a title in bold alone, no colon. */
const BOLD_TITLE = /^(?:\*\*|__)[^*_:]+(?:\*\*|__)$/;
/** "**Retry safety**:": a label in bold over its items, whatever its first word. */
const BOLD_LABEL = /^(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?$|^(?:\*\*|__)[^*_]+:(?:\*\*|__)$/;

function startsLikeAction(fields: TextFields): boolean {
  return (
    fields.leadingVerb !== undefined &&
    /^[a-z]/i.test(fields.leadingVerb.text) &&
    fields.owners.length > 0
  );
}

function mergeContext(fields: TextFields, parent?: TextFields): TextFields {
  if (parent === undefined) {
    return fields;
  }
  return {
    ...fields,
    owners: fields.owners.length > 0 ? fields.owners : parent.owners,
    deadline: fields.deadline ?? parent.deadline,
    trackerRefs: fields.trackerRefs.length > 0 ? fields.trackerRefs : parent.trackerRefs,
  };
}

/**
 * An item's field lines ("- Owner: Dana", "- Status: done"), read with offsets relative to the item's
 * text, and where a new field line or a status reason would go.
 */
export function readFieldLines(
  builder: Builder,
  fieldNodes: ListNode[],
  itemBase: number,
): { extra: TextFields[]; insert?: InsertionPoint; insertStatus?: InsertionPoint } {
  const extra: TextFields[] = [];
  for (const child of fieldNodes) {
    const childItem = rawListItem(builder, child);
    if (childItem !== undefined) {
      const childFields = readFields(childItem.raw, builder.ctxPastTenseOpen);
      shiftSpans(childFields, childItem.base - itemBase);
      extra.push(childFields);
    }
  }
  let insert: InsertionPoint | undefined;
  let insertStatus: InsertionPoint | undefined;
  const statusChild = fieldNodes.find((child) =>
    /^\s*(?:\*\*|__)?(?:status|state)(?:\*\*|__)?\s*[:=]/i.test(
      rawListItem(builder, child)?.raw ?? "",
    ),
  );
  if (statusChild !== undefined) {
    // A reason belongs on the Status line that says it was dropped, not on a second one.
    insertStatus = { kind: "suffix", offset: builder.lines.lineEnd(statusChild.map[1] - 1) };
  }
  if (fieldNodes.length > 0) {
    const lastLine = fieldNodes[fieldNodes.length - 1].map[1] - 1;
    const marker = /^(\s*)([-*+]|\d+[.)])/.exec(builder.lines.lineText(fieldNodes[0].map[0]));
    insert = {
      kind: "subfield",
      offset: builder.lines.lineEnd(lastLine),
      indent: marker?.[1] ?? "  ",
      bullet: marker?.[2] ?? "-",
    };
  }
  return { extra, insert, insertStatus };
}

/**
 * "1. **Add queue depth alerting**", a blank line, then "We will page at 500. Owner: Ana Ruiz. Due: …": the
 * field sentences of the item's later paragraphs are its fields; the rest of them is its description.
 */
function readNoteFields(builder: Builder, node: ListNode, itemBase: number): TextFields[] {
  const read: TextFields[] = [];
  for (const note of node.notes ?? []) {
    const start = builder.lines.lineStart(note[0]);
    const text = builder.text.slice(start, builder.lines.lineEnd(note[1] - 1));
    const first = text.includes(":") ? FIRST_FIELD_SENTENCE.exec(text) : null;
    if (first === null) {
      continue;
    }
    const at = first.index + (first[0].length - first[0].trimStart().length);
    const fields = readFields(
      text.slice(at).replace(FIELD_SENTENCE_GAP, "\n"),
      builder.ctxPastTenseOpen,
    );
    shiftSpans(fields, start + at - itemBase);
    read.push(fields);
  }
  return read;
}
