import { pseudoActionSection, pushItem, type Builder, type SectionContext } from "./builder";
import { readLabelledLines } from "./labelledLines";
import { readFields, startsWithVerb } from "./fields";
import { isActionHeading, isNarrativeHeading } from "./headings";
import { FUTURE_TENSE, TEAM_PROMISE } from "./lexicon";
import { ACTION_LABEL } from "./lineShapes";
import { toPlainText } from "./markdownText";
import { rawListItem, readListNode, type ListNode } from "./lists";

// Lists outside an action section: a label over sub-bullets that are actions, labelled lines inside
// items, open task boxes.

const MAX_LABEL_WORDS = 6;
const MIN_OUTLINE_ITEMS = 3;
/** How far down a list a "ToDo:" label over its tasks is looked for. */
const MAX_LABEL_DEPTH = 2;

/** A label's words, without the closing colon; undefined when the item is longer than a label. */
function labelOf(builder: Builder, node: ListNode): string | undefined {
  const item = rawListItem(builder, node);
  if (item === undefined) {
    return undefined;
  }
  const label = toPlainText(item.raw).replace(/:\s*$/, "");
  return label.split(/\s+/).length <= MAX_LABEL_WORDS ? label : undefined;
}

/**
 * "1. Incident Summary", "2. Root Cause", "3. Preventative Measures", each a short title over sub-bullets: the
 * list is the page's outline, so its titles are headings, colon or not. A title ending as a sentence is an item.
 */
function isOutline(builder: Builder, nodes: ListNode[]): boolean {
  return (
    nodes.length >= MIN_OUTLINE_ITEMS &&
    nodes.every((node) => {
      if (node.children.length === 0) {
        return false;
      }
      const label = labelOf(builder, node);
      return label !== undefined && !/[.!?]$/.test(label);
    })
  );
}

/**
 * "- **Review actions**:" with sub-bullets, outside an action section, or "7. Preventative Measures" in a list
 * that is the page's outline: the sub-bullets are actions. Returns the labels whose sub-bullets were read that way.
 */
export function readActionLabelGroups(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext | undefined,
  read: Set<ListNode> = new Set(),
  depth = 0,
): Set<ListNode> {
  let outline: boolean | undefined;
  for (const node of nodes) {
    if (node.children.length === 0) {
      continue;
    }
    const item = rawListItem(builder, node);
    const label = labelOf(builder, node);
    if (item === undefined || label === undefined || !isActionHeading(label)) {
      // "* 15.07.2020:" over "  * ToDo:" over the tasks: in a log of incidents the label sits a level down.
      if (depth < MAX_LABEL_DEPTH) {
        readActionLabelGroups(builder, node.children, section, read, depth + 1);
      }
      continue;
    }
    const colon = /:\s*(?:\*\*|__)?\s*$/.test(item.raw);
    if (!colon && depth === 0) {
      outline ??= isOutline(builder, nodes);
    }
    if (colon || outline === true) {
      const context = pseudoActionSection(label, section?.owners ?? []);
      for (const child of node.children) {
        readListNode(builder, child, context);
      }
      read.add(node);
    }
  }
  return read;
}

/** A title set in bold on its own: "**Better Monitoring & Alerting**". */
const BOLD_TITLE = /^(?:\*\*|__)[^*_\n]{2,80}(?:\*\*|__)\s*:?$/;

/**
 * "1. **Clearer DNS procedures**" over "   * We will document …": outside an action section, a list of bold titles
 * each holding one commitment below it ("We will …", "the registrar will …") is the work the write-up promises,
 * under "What we learned" as under "Next steps". Returns whether the list was read so.
 */
export function readCommittedTitles(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext | undefined,
): boolean {
  if (nodes.length < 2) {
    return false;
  }
  for (const node of nodes) {
    if (node.children.length !== 1) {
      return false;
    }
    const title = rawListItem(builder, node);
    const below = rawListItem(builder, node.children[0]);
    if (
      title === undefined ||
      below === undefined ||
      !BOLD_TITLE.test(title.raw.trim()) ||
      !FUTURE_TENSE.test(toPlainText(below.raw).split(/[.;!?](?:\s|$)/, 1)[0])
    ) {
      return false;
    }
  }
  readAsActions(builder, nodes, section);
  return true;
}

const TOLD_AS_DONE =
  /\b(?:led to|resulted in|caused|we (?:made|took|did|changed|decided|implemented|deployed|shipped)|(?:was|were|have been|has been) (?:made|taken|done|changed|implemented|deployed|shipped))\b/i;

/**
 * A list outside any action heading in which every line is the team's promise ("1. We will separate the
 * workflow services …", "2. We will monitor …"): the follow-ups, unless the line over it tells them done.
 */
export function readPromiseList(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext | undefined,
  intro: string | undefined,
): boolean {
  // "… which led to us changing the following:": the promises were kept before the page was written.
  if (nodes.length < 2 || (intro !== undefined && TOLD_AS_DONE.test(intro))) {
    return false;
  }
  for (const node of nodes) {
    const item = rawListItem(builder, node);
    if (item === undefined || item.checkbox !== undefined) {
      return false;
    }
    if (!TEAM_PROMISE.test(toPlainText(item.raw).trim())) {
      return false;
    }
  }
  readAsActions(builder, nodes, section);
  return true;
}

/** Reads each line of the list as an action of the section it sits in, as if under an action heading. */
function readAsActions(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext | undefined,
): void {
  const context = pseudoActionSection(section?.title ?? "", section?.owners ?? []);
  for (const node of nodes) {
    readListNode(builder, node, context);
  }
}

/** Labelled lines inside list items ("Action: add TTL jitter"), except under a label already read (`labelGroups`). */
export function readLabelledListItems(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext | undefined,
  labelGroups: Set<ListNode> = new Set(),
): void {
  for (const node of nodes) {
    if (labelGroups.has(node)) {
      continue;
    }
    if (node.paragraph !== undefined) {
      // "1. Keys expired together.\n   Action: add TTL jitter": a labelled line may continue the item.
      readLabelledLines(builder, node.paragraph, section);
    }
    readLabelledListItems(builder, node.children, section, labelGroups);
  }
}

/**
 * "- [X] Infrastructure", "- [ ] App Solutions": the boxes of a filled-in form, one or more ticked among
 * choices that name no work (none opens with a verb), not a list of tasks.
 */
function isFormChoice(builder: Builder, nodes: ListNode[]): boolean {
  let boxes = 0;
  let ticked = false;
  for (const node of nodes) {
    const item = rawListItem(builder, node);
    if (item?.checkbox === undefined) {
      continue; // "- Do not edit the certificate" between the boxes: the form's free text.
    }
    if (startsWithVerb(toPlainText(item.raw).trim())) {
      return false;
    }
    boxes++;
    ticked ||= item.checkbox !== " ";
  }
  return boxes >= 2 && ticked;
}

/**
 * With no action heading at all, open task-list items anywhere are the actions, except under a label whose
 * sub-bullets were already read as actions (`labelGroups`).
 */
export function readLooseTasks(
  builder: Builder,
  nodes: ListNode[],
  section: SectionContext | undefined,
  labelGroups: Set<ListNode> = new Set(),
): void {
  if (
    (section !== undefined && isNarrativeHeading(section.title)) ||
    isFormChoice(builder, nodes)
  ) {
    return;
  }
  for (const node of nodes) {
    if (labelGroups.has(node)) {
      continue;
    }
    const item = rawListItem(builder, node);
    if (item?.checkbox === " " && !ACTION_LABEL.test(item.raw)) {
      const fields = readFields(item.raw, builder.ctxPastTenseOpen);
      const end = builder.lines.lineEnd(node.paragraph![1] - 1);
      pushItem(builder, {
        raw: item.raw,
        base: item.base,
        end,
        format: "task",
        checkbox: " ",
        fields,
        extra: [],
        section,
      });
    }
    readLooseTasks(builder, node.children, section, labelGroups);
  }
}
