import type { Token } from "markdown-it";
import type { ResolvedConfig } from "../config";
import type { ActionItem, ActionStatus, Deadline, InsertionPoint, ItemFormat, Owner, ParseProblem, PostMortem, Section, Span, TrackerRef, WordingClaim } from "../types";
import { findBlame } from "./blame";
import { parseBlocks } from "./blockParser";
import { findDeadline, parseDocumentDate, startOfUtcDay } from "./dates";
import { readFields, readsAsAction, startsWithVerb, statusFromWord, type FieldContext, type TextFields } from "./fields";
import { readFrontMatter } from "./frontMatter";
import { resolveItemStatus } from "./status/claims";
import { isActionHeading, isActionHeadingText, isMixedHeadingText, isNarrativeHeading, isNarrativeHeadingText, isNotActionHeadingText, isActionCategoryHeadingText } from "./headings";
import { markOrganisationOwners, organisationNames } from "./learnedGroups";
import { LineIndex } from "./lineIndex";
import { stableWordHash, toPlainText } from "./markdownText";
import { classifyOwner, ownersFrom } from "./owners";
import { headerNames, isActionColumnHeader, isRowNumber, isStandaloneActionTable, mapColumns, splitRow, type Cell } from "./table";
import { findTrackerRefs, isNoDeadline, isPlaceholder } from "./trackerRefs";
import { readWording } from "./wording";

const MAX_HEADING_DEPTH = 6;
const MAX_ID_CHAIN = 64;
const PSEUDO_LEVEL = 7;

interface SectionContext {
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
  /** Opened by a "<summary>" line; "</details>" closes it. */
  fromSummary?: boolean;
}

interface ListNode {
  map: [number, number];
  ordered: boolean;
  paragraph?: [number, number];
  children: ListNode[];
  /** The item's first paragraph without its marker, read once (null: the item has no paragraph). */
  item?: RawItem | null;
}

interface Builder {
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

const FIELD_LINE = /^\s*(?:\*\*|__)?(?:owners?|assignees?|assigned to|dri|who|due(?: date)?|deadline|eta|target(?: date)?|tickets?|bugs?|issues?|tracking|jira|links?|prs?|status|state|reason|rationale|why|notes?|priority|type|severity|estimate)(?:\*\*|__)?\s*[:=]/i;
const LIST_MARKER = /^(\s*(?:>\s*)*)([-*+]|\d{1,9}[.)])(\s+)(?:\[([ xX\-~/])\](\s+|$))?/;
const ACTION_LABEL = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:action items?|action points?|AI|follow[- ]?up(?: action)?|TODO)(?:\*\*|__)?\s*[:\-–—](?:\*\*|__)?\s+\S/i;
// A TODO about the write-up itself ("TODO: fill in the timeline") is not a follow-up action.
const DOCUMENT_TODO = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?TODO(?:\*\*|__)?\s*[:\-–—]\s*(?:fill|finish|complete|write|expand|flesh|clean up|polish|proofread|format|add (?:the |a |more )?(?:graphs?|screenshots?|details?|timeline|links?|context|numbers|data|section)|link (?:to )?(?:the )?(?:dashboard|graph|doc)|tbd)\b/i;
const PSEUDO_HEADING = /^\s*(\*\*|__)([^*_\n]{2,80}?)\s*:?\s*\1\s*:?\s*$/;
const INTRO_LINE = /(?:\b(?:the following|following (?:actions?|items?|steps?)|below|as follows|here are|we(?:'ve| have) identified|listed|these (?:actions?|items?))\b|:\s*$)/i;
// Lines under an action heading that say there is nothing, that the list lives elsewhere, or that the
// section is still a blank: "None.", "No further action needed", "See the review notes", "To be filled in".
const NOT_AN_ITEM = /^(?:(?:none|n\/a|na|nil|nothing(?: (?:to do|further|else))?|not applicable|tbd|tba|todo|to do)\s*[.!]?\s*$|no (?:further |additional |new |other |more )?(?:action|actions|action items?|follow[- ]?ups?|items?|changes?|work)(?: (?:is |are )?(?:needed|required|identified|planned|necessary|at this time|for now))?\s*(?:[.:;,!\u2013\u2014(-]|$)|(?:to be|will be|tbd:?) (?:filled in|added|decided|determined|completed|written|defined|agreed|updated)\b|\(?(?:fill in|placeholder)\b|(?:see|refer to) (?:the |our |this )?(?:\[|review|retro|meeting|notes|epic|board|doc|document|ticket|tickets|jira|issue|issues|project|tracker|link|below|above|attached)|(?:all |the )?(?:follow[- ]?ups?|action items?|actions|items|tasks) (?:are|is|were|will be) (?:tracked|listed|recorded|captured|kept|filed|managed)\b|please (?:follow|see|visit|refer to|contact|reach out|let us know|check (?:our|the) status)\b|thank(?:s| you)\b|we (?:sincerely |deeply )?apologi[sz]e\b|we(?: are|'re) (?:sorry|grateful)\b|if you (?:have|experience|see|notice|were|are)\b|for (?:more|further) (?:information|details)\b|questions\?)/i;
// A list of "**Term**: meaning" lines whose terms are action types or priorities is the legend, not the actions.
const LEGEND_ITEM = /^\s*(?:[-*+]\s+)?(?:\*\*|__)(?:prevent(?:ive|ion)?|detect(?:ion)?|mitigat(?:e|ion)|repair|process|other|respond|response|recover(?:y)?|document(?:ation)?|p[0-4]|sev-?[0-4]|high|medium|low|critical|short[- ]term|medium[- ]term|long[- ]term|immediate|type|priority|kind|category)(?:\*\*|__)\s*(?:[:\-–—=]|\(|$)/i;
// "REMEDIATION AND PREVENTION" on a line of its own (Google Cloud and other public reports): a heading without "#".
const CAPS_HEADING = /^\s*[A-Z][A-Z&/'’,:()\- ]{4,79}\s*$/;
// "To avoid this in the future we are making the following changes:" over a list, outside any action heading.
const FOLLOW_UP_INTRO_WORDS = /\b(?:following|these|several|some|a few|the next)\b/i;
const FOLLOW_UP_INTRO_KIND = /\b(?:actions?|changes|steps|improvements|follow[- ]?ups?|remediations?|measures|work|fixes)\b/i;
const FOLLOW_UP_INTRO_AIM = /\b(?:prevent\w*|avoid\w*|recurren\w*|in the future|going forward|from now on|next time|future)\b/i;
const FOLLOW_UP_INTRO_COMMIT = /\b(?:we(?:'re| are| will|'ll| plan to| intend to| have committed to| commit to)|(?:will|are|is) being|(?:is|are) planned|planned|(?:will|shall) be|next steps?)\b/i;
const FOLLOW_UP_INTRO_PAST = /\b(?:took|taken|made|did|performed|applied|during|were|was|been|already|completed|implemented|deployed|shipped|rolled out)\b/i;
// A sub-heading that says its items are finished: "Already done", "Completed", "Immediate actions (complete)".
const DONE_HEADING = /^(?:(?:already|work|items?|actions?)\s+)?(?:done|completed?|finished|shipped|closed|resolved)(?:\s+(?:actions?|items?|work|tasks|follow[- ]?ups?))?$|\((?:already\s+)?(?:done|completed?|finished|shipped|closed|resolved)\)\s*$/i;
const SENTENCE_FIELD = /^\s*(?:owners?|assignees?|assigned to|dri|responsible|due(?: date)?|deadline|eta|target(?: date)?|tickets?|ref(?:erence)?|jira|issues?|bugs?|tracking|status|priority)\s*:/i;
const FIELD_SENTENCE_GAP = /(?<=[.;])\s(?=(?:\*\*|__)?(?:owners?|assignees?|assigned to|dri|responsible|due(?: date)?|deadline|eta|target(?: date)?|tickets?|ref(?:erence)?|jira|issues?|bugs?|tracking|status|priority)(?:\*\*|__)?\s*:)/gi;
const TEAM_HEADING = /^@[\w.-]+(?:\/[\w.-]+)?$|\b(?:team|squad|group|crew|guild|tribe|department|dept|on-?call|rota|rotation)$/i;
const SUMMARY_TAG = /<summary[^>]*>([^\n]{1,200}?)<\/summary>/i;
const EXPLICIT_ID = /<!--\s*ft:([\w-]+)\s*-->/;
const METADATA_DATE = /^\s*(?:[-*]\s*)?(?:\|\s*)?(?:\*\*|__)?(?:date|incident date|date of incident|occurred(?: on)?|incident start|start(?:ed)?(?: at)?|published|written on)(?:\*\*|__)?\s*(?::|\|)\s*(?:\*\*|__)?\s*(.+?)\s*\|?\s*$/i;

export function parsePostMortem(text: string, config: ResolvedConfig, fileName?: string): PostMortem {
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [];
  const { frontMatter, bodyStart, problems: frontMatterProblems } = readFrontMatter(text);
  problems.push(...frontMatterProblems);
  const bodyStartLine = lines.positionAt(bodyStart).line;
  const source = bodyStart === 0 ? text : "\n".repeat(bodyStartLine) + text.slice(bodyStart);

  let tokens: Token[];
  try {
    tokens = parseBlocks(source);
  } catch (error) {
    problems.push({ message: `Markdown could not be parsed: ${(error as Error).message}`, span: { start: 0, end: 0 } });
    tokens = [];
  }

  const title = frontMatter?.title ?? firstHeading(tokens);
  const date = frontMatter?.date ?? metadataDate(lines, bodyStartLine) ?? fileNameDate(fileName) ?? titleDate(title);
  const people = config.people;
  const ctx: FieldContext = {
    people,
    groups: config.groups,
    reference: date ?? startOfUtcDay(new Date()),
    trackerKeys: config.trackerKeys,
    processVerbs: config.processVerbs,
    pastTenseMeansDone: true,
  };
  const builder: Builder = { text, lines, ctx, ctxPastTenseOpen: { ...ctx, pastTenseMeansDone: false }, actions: [], ids: new Set(), idChains: new Map() };
  const sections: Section[] = [];
  const excludedLines = new Set<number>();
  for (let line = 0; line < bodyStartLine; line++) {
    excludedLines.add(line);
  }

  const stack: SectionContext[] = [];
  const current = (): SectionContext | undefined => stack[stack.length - 1];
  const inActionSection = (): boolean => current()?.isAction === true;
  let pendingParagraphs: [number, number][] = [];
  const flushParagraphs = (): void => {
    const section = current();
    if (section?.isAction === true && !section.hasStructuredItems) {
      for (const map of pendingParagraphs) {
        readBareLines(builder, map, section);
      }
    } else if (section?.isAction === true) {
      // Beside a list, a paragraph is prose, but an "Action item: …" line or a title over field lines is still an item.
      for (const map of pendingParagraphs) {
        if (!readFieldBlock(builder, map, section)) {
          readLabelledLines(builder, map, section);
        }
      }
    }
    pendingParagraphs = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "fence" || token.type === "code_block" || token.type === "html_block") {
      if (token.map !== null) {
        for (let line = token.map[0]; line < token.map[1]; line++) {
          excludedLines.add(line);
        }
      }
      if (token.type === "html_block" && token.map !== null) {
        // "<details><summary>Follow-up actions</summary>" (GitLab and GitHub issues): the summary is a heading
        // for the Markdown inside the block, and "</details>" ends it.
        const summary = SUMMARY_TAG.exec(token.content);
        const closes = /<\/details>/i.test(token.content);
        if (summary !== null || (closes && current()?.fromSummary === true)) {
          flushParagraphs();
          while (stack.length > 0 && stack[stack.length - 1].level >= PSEUDO_LEVEL && stack[stack.length - 1].fromSummary === true) {
            stack.pop();
          }
        }
        if (summary !== null && !(closes && summary.index < token.content.search(/<\/details>/i))) {
          const title = toPlainText(summary[1].replace(/<[^>]+>/g, " ").replace(/\s*\(\d+\)\s*$/, "").trim());
          stack.push(sectionContext(builder, title, PSEUDO_LEVEL, token.map[0], current(), { fromSummary: true }));
        }
      }
      continue;
    }
    if (token.type === "heading_open" && token.map !== null) {
      flushParagraphs();
      const level = Math.min(Number(token.tag.slice(1)), MAX_HEADING_DEPTH);
      const raw = tokens[i + 1]?.content ?? "";
      while (stack.length > 0 && stack[stack.length - 1].level >= level) {
        stack.pop();
      }
      const title = toPlainText(raw);
      const section = sectionContext(builder, title, level, token.map[0], current(), { headingLine: token.map[0] });
      const isAction = section.isAction;
      stack.push(section);
      const start = lines.lineStart(token.map[0]);
      sections.push({ title, level, span: { start, end: lines.lineEnd(token.map[0]) }, isActionSection: isAction });
      i += 2;
      continue;
    }
    if ((token.type === "bullet_list_open" || token.type === "ordered_list_open") && token.map !== null) {
      const followUpIntro = isFollowUpIntroBefore(tokens, i, current());
      const { nodes, end } = readList(tokens, i);
      i = end;
      const section = current();
      if (section?.isAction === true) {
        if (isLegend(builder, nodes)) {
          continue;
        }
        const before = builder.actions.length;
        for (const node of nodes) {
          readListNode(builder, node, section);
        }
        if (builder.actions.length > before) {
          section.hasStructuredItems = true;
        }
      } else if (followUpIntro && (section === undefined || !isNotActionHeadingText(section.title))) {
        // "We are taking the following actions to prevent a recurrence:" over a list: the list is the actions.
        const context: SectionContext = { title: section?.title ?? "", level: PSEUDO_LEVEL, isAction: true, owners: [], trackerRefs: [], hasStructuredItems: true };
        for (const node of nodes) {
          readListNode(builder, node, context);
        }
      } else {
        readActionLabelGroups(builder, nodes, section);
        readLabelledListItems(builder, nodes, section);
        if (!sections.some((s) => s.isActionSection)) {
          readLooseTasks(builder, nodes, section);
        }
      }
      continue;
    }
    if (token.type === "table_open" && token.map !== null) {
      let end = i;
      while (end < tokens.length && tokens[end].type !== "table_close") {
        end++;
      }
      const section = current();
      const added = readTable(builder, tableRows(tokens, i, end), section, inActionSection());
      if (added > 0 && section !== undefined) {
        section.hasStructuredItems = true;
      }
      i = end;
      continue;
    }
    if (token.type === "paragraph_open" && token.map !== null && token.level === 0) {
      const content = tokens[i + 1]?.content ?? "";
      const label = PSEUDO_HEADING.exec(content);
      const caps = label === null && isCapsHeading(content);
      if ((label !== null || caps) && token.map[1] - token.map[0] === 1) {
        // A bold line on its own ("**Follow-up actions:**"), or an ALL-CAPS one ("REMEDIATION AND PREVENTION"),
        // acts as a heading one level down.
        flushParagraphs();
        while (stack.length > 0 && stack[stack.length - 1].level >= PSEUDO_LEVEL) {
          stack.pop();
        }
        const title = toPlainText(label !== null ? label[2] : content.trim().replace(/:$/, ""));
        stack.push(sectionContext(builder, title, PSEUDO_LEVEL, token.map[0], current()));
        continue;
      }
      if (inActionSection()) {
        pendingParagraphs.push(token.map as [number, number]);
      } else {
        readLabelledLines(builder, token.map as [number, number], current());
      }
    }
  }
  flushParagraphs();

  const blame = findBlame(text, excludedLines, lines, people.map((p) => p.name.split(/\s+/)[0]));
  markOrganisationOwners(builder.actions, organisationNames(text, people));
  return {
    text,
    frontMatter,
    title,
    date,
    sections,
    actions: builder.actions,
    blame,
    problems,
    positionAt: (offset) => lines.positionAt(offset),
    offsetAt: (position) => lines.offsetAt(position),
  };
}

function firstHeading(tokens: Token[]): string | undefined {
  const index = tokens.findIndex((token) => token.type === "heading_open");
  return index === -1 ? undefined : toPlainText(tokens[index + 1]?.content ?? "");
}

function fileNameDate(fileName: string | undefined): Date | undefined {
  const match = fileName === undefined ? null : /(?:^|[\\/_-])((?:19|20)\d\d-\d\d-\d\d)[^\\/]*$/.exec(fileName);
  return match === null ? undefined : parseDocumentDate(match[1]);
}

const TITLE_DATE = /\b(?:(?:19|20)\d\d-\d\d-\d\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)? (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),? (?:19|20)\d\d)\b/i;

/** "Incident report July 11 2025 - …": a full date in the title, the last place to look for the document's date. */
function titleDate(title: string | undefined): Date | undefined {
  const match = title === undefined ? null : TITLE_DATE.exec(title);
  return match === null ? undefined : parseDocumentDate(match[0]);
}

function metadataDate(lines: LineIndex, fromLine: number): Date | undefined {
  for (let line = fromLine; line < Math.min(lines.lineCount, fromLine + 40); line++) {
    const match = METADATA_DATE.exec(lines.lineText(line));
    if (match !== null) {
      const date = parseDocumentDate(toPlainText(match[1]));
      if (date !== undefined) {
        return date;
      }
    }
  }
  return undefined;
}

/** An action heading, or a heading under one that does not start a narrative part ("Timeline"). */
function isActionSectionTitle(title: string, parent: SectionContext | undefined): boolean {
  const isAction = isActionHeadingText(title);
  return isAction || (parent?.isAction === true && (!isNarrativeHeadingText(title, isAction) || isActionCategoryHeadingText(title)));
}

function isDoneHeading(title: string): boolean {
  return DONE_HEADING.test(title.replace(/^[\d.\s)]+/, "").trim());
}

/** "REMEDIATION AND PREVENTION": two or more capitalised words alone on a line, with no digits or sentence end. */
function isCapsHeading(content: string): boolean {
  const text = content.trim();
  return !text.includes("\n") && CAPS_HEADING.test(text) && /[A-Z]{2,}[^A-Z]+[A-Z]{2,}/.test(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 6;
}

/** The paragraph just before the list at `index` says the list is follow-up work ("… the following changes:"). */
function isFollowUpIntroBefore(tokens: Token[], index: number, section: SectionContext | undefined): boolean {
  if (tokens[index - 1]?.type !== "paragraph_close" || tokens[index - 2]?.type !== "inline" || tokens[index - 1].level !== 0) {
    return false;
  }
  const lastLine = toPlainText((tokens[index - 2].content ?? "").split("\n").join(" ")).trim();
  const label = lastLine.replace(/:$/, "");
  const single = (tokens[index - 2].content ?? "").trim().split("\n").length === 1;
  if (single && lastLine.endsWith(":") && label.split(/\s+/).length <= 6 && isActionHeadingText(label) && !isMixedHeadingText(label) && !(section !== undefined && isNarrativeHeading(section.title))) {
    return true; // "Action items:", "Follow-ups (with owners + dates):" on a line of their own.
  }
  return (
    lastLine.endsWith(":") &&
    lastLine.length <= 300 &&
    FOLLOW_UP_INTRO_WORDS.test(lastLine) &&
    FOLLOW_UP_INTRO_KIND.test(lastLine) &&
    FOLLOW_UP_INTRO_AIM.test(lastLine) &&
    FOLLOW_UP_INTRO_COMMIT.test(lastLine) &&
    !FOLLOW_UP_INTRO_PAST.test(lastLine)
  );
}

/** Owners, a deadline and tracker links a heading states for every item under it ("Platform team, by Q3"). */
function readHeadingContext(plain: string, line: number, builder: Builder, isAction: boolean, parent?: SectionContext): { owners: Owner[]; deadline?: Deadline; trackerRefs: TrackerRef[] } {
  const owners: Owner[] = [];
  const trackerRefs: TrackerRef[] = [];
  if (!isAction) {
    return { owners, trackerRefs };
  }
  const bare = plain.replace(/^[\d.\s)]+/, "").trim();
  if (parent?.isAction === true && bare.split(/\s+/).length <= 4 && TEAM_HEADING.test(bare) && !isActionHeadingText(bare)) {
    // "### 6.1 Payouts team" under "## 6. Follow-up": the team the items below belong to. A topic
    // ("### Security", "### Customers") names no owner, so only a heading that says team counts.
    const verdict = classifyOwner(bare, builder.ctx);
    if (verdict.kind === "owner" && verdict.owner.isGroup) {
      owners.push({ ...verdict.owner, source: "section" });
    }
  }
  const forWhom = /\b(?:for|owned by|owner:?|assigned to)\s+(?:the\s+)?(.+?)\s*(?:\(|$|:)/i.exec(plain) ?? /^(.+?)(?:['’]s)?\s+(?:action items?|actions|follow[- ]?ups?|tasks|items)\s*$/i.exec(plain);
  if (forWhom !== null && owners.length === 0) {
    const verdict = classifyOwner(forWhom[1], builder.ctx);
    const candidate = forWhom[1].toLowerCase();
    if (verdict.kind === "owner" && (verdict.owner.isGroup || verdict.owner.isDecisionMaker || builder.ctx.people.length > 0 || /\bfor\b/i.test(forWhom[0]) || /team\b/.test(candidate))) {
      owners.push({ ...verdict.owner, source: "section" });
    }
  }
  const found = findDeadline(plain.replace(/\b(?:short|long|medium|mid|near)[- ]term\b/gi, ""), builder.ctx.reference);
  const deadline = found === undefined ? undefined : { text: found.text, date: found.date, source: "section" as const };
  const start = builder.lines.lineStart(line);
  const lineText = builder.lines.lineText(line);
  for (const ref of findTrackerRefs(lineText, { trackerKeys: builder.ctx.trackerKeys })) {
    trackerRefs.push({ ...ref.ref, source: "section", span: { start: start + ref.start, end: start + ref.end } });
  }
  return { owners, deadline, trackerRefs };
}

function readList(tokens: Token[], startIndex: number): { nodes: ListNode[]; end: number } {
  const roots: ListNode[] = [];
  const itemStack: ListNode[] = [];
  const orderedStack: boolean[] = [];
  let i = startIndex;
  let depth = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      depth++;
      orderedStack.push(token.type === "ordered_list_open");
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") {
      depth--;
      orderedStack.pop();
      if (depth === 0) {
        break;
      }
    } else if (token.type === "list_item_open" && token.map !== null) {
      const node: ListNode = { map: token.map as [number, number], ordered: orderedStack[orderedStack.length - 1] ?? false, children: [] };
      const parent = itemStack[itemStack.length - 1];
      (parent === undefined ? roots : parent.children).push(node);
      itemStack.push(node);
    } else if (token.type === "list_item_close") {
      itemStack.pop();
    } else if (token.type === "paragraph_open" && token.map !== null) {
      const owner = itemStack[itemStack.length - 1];
      if (owner !== undefined && owner.paragraph === undefined && owner.children.length === 0) {
        owner.paragraph = token.map as [number, number];
      }
    }
  }
  return { nodes: roots, end: i };
}

interface RawItem {
  raw: string;
  base: number;
  checkbox?: string;
}

function rawListItem(builder: Builder, node: ListNode): RawItem | undefined {
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
  return { raw: text.slice(offset), base: start + offset, checkbox: marker?.[4] };
}

function isFieldNode(builder: Builder, node: ListNode): boolean {
  const item = rawListItem(builder, node);
  return item !== undefined && node.children.length === 0 && FIELD_LINE.test(item.raw);
}

function readListNode(builder: Builder, node: ListNode, section: SectionContext, parentFields?: TextFields): void {
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
    (isFieldNode(builder, child) ? fieldChildren : otherChildren).push(child);
  }
  const fields = readFields(item.raw, builder.ctx);
  if (item.checkbox === undefined && otherChildren.length > 0 && isGroupHeader(item.raw, fields)) {
    for (const child of otherChildren) {
      readListNode(builder, child, section, mergeContext(fields, parentFields));
    }
    return;
  }
  if ((fields.actionText.trim() === "" && fields.owners.length === 0) || (item.checkbox === undefined && NOT_AN_ITEM.test(fields.actionText))) {
    return;
  }
  const format: ItemFormat = item.checkbox !== undefined ? "task" : node.ordered ? "numbered" : "bullet";
  const extra: TextFields[] = [];
  for (const child of fieldChildren) {
    const childItem = rawListItem(builder, child);
    if (childItem !== undefined) {
      const childFields = readFields(childItem.raw, builder.ctxPastTenseOpen);
      shiftSpans(childFields, childItem.base - item.base);
      extra.push(childFields);
    }
  }
  let insertSubfield: InsertionPoint | undefined;
  let insertStatus: InsertionPoint | undefined;
  const statusChild = fieldChildren.find((child) => /^\s*(?:\*\*|__)?(?:status|state)(?:\*\*|__)?\s*[:=]/i.test(rawListItem(builder, child)?.raw ?? ""));
  if (statusChild !== undefined) {
    // A reason belongs on the Status line that says it was dropped, not on a second one.
    insertStatus = { kind: "suffix", offset: builder.lines.lineEnd(statusChild.map[1] - 1) };
  }
  if (fieldChildren.length > 0) {
    const lastField = fieldChildren[fieldChildren.length - 1];
    const lastLine = lastField.map[1] - 1;
    const firstFieldLine = builder.lines.lineText(fieldChildren[0].map[0]);
    const marker = /^(\s*)([-*+]|\d+[.)])/.exec(firstFieldLine);
    insertSubfield = { kind: "subfield", offset: builder.lines.lineEnd(lastLine), indent: marker?.[1] ?? "  ", bullet: marker?.[2] ?? "-" };
  }
  if (section.mixed === true && item.checkbox === undefined && !readsAsAction(fields) && !extra.some((child) => child.owners.length > 0 || child.deadline !== undefined || child.trackerRefs.length > 0)) {
    return; // A lesson ("Rotating keys without overlap breaks sessions"), not an action.
  }
  const end = builder.lines.lineEnd((node.paragraph ?? node.map)[1] - 1);
  pushItem(builder, {
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
  for (const child of otherChildren) {
    const childItem = rawListItem(builder, child);
    if (childItem?.checkbox !== undefined) {
      readListNode(builder, child, section, mergeContext(fields, parentFields));
    }
  }
}

/** "- **Prevent**: stops it happening again", "- **P0**: before the next release": a key to the list, not items. */
function isLegend(builder: Builder, nodes: ListNode[]): boolean {
  return (
    nodes.length >= 2 &&
    nodes.every((node) => {
      const raw = rawListItem(builder, node)?.raw ?? "";
      if (node.children.length > 0 || !LEGEND_ITEM.test(raw)) {
        return false;
      }
      // "**Prevent**: add a rate limit (Ana, PAY-3)" is an action filed under its type.
      const fields = readFields(raw, builder.ctx);
      const meaning = toPlainText(raw.replace(LEGEND_ITEM, ""));
      return fields.owners.length === 0 && fields.trackerRefs.length === 0 && !startsWithVerb(meaning);
    })
  );
}

/** A list item that only labels its sub-items ("Monitoring:", "**Short term**", "Platform team"). */
function isGroupHeader(raw: string, fields: TextFields): boolean {
  const plain = toPlainText(raw);
  return (
    /:\s*$/.test(plain) ||
    /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*$/.test(raw) ||
    (plain.split(/\s+/).length <= 4 && fields.leadingVerb?.isProcess !== true && !startsLikeAction(fields) && fields.deadline === undefined && fields.trackerRefs.length === 0)
  );
}

function startsLikeAction(fields: TextFields): boolean {
  return fields.leadingVerb !== undefined && /^[a-z]/i.test(fields.leadingVerb.text) && fields.owners.length > 0;
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

function shiftSpans(fields: TextFields, delta: number): void {
  const shift = (span?: Span): Span | undefined => (span === undefined ? undefined : { start: span.start + delta, end: span.end + delta });
  fields.owners = fields.owners.map((owner) => ({ ...owner, span: shift(owner.span) }));
  if (fields.deadline !== undefined) {
    fields.deadline = { ...fields.deadline, span: shift(fields.deadline.span) };
  }
  fields.trackerRefs = fields.trackerRefs.map((ref) => ({ ...ref, span: shift(ref.span) }));
  if (fields.status?.span !== undefined) {
    fields.status = { ...fields.status, span: shift(fields.status.span) };
  }
}

interface PushInput {
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
}

function pushItem(builder: Builder, input: PushInput): void {
  const { fields, base } = input;
  const owners: Owner[] = [];
  addOwners(owners, input.cellOwners, undefined);
  addOwners(owners, fields.owners, base);
  for (const extra of input.extra) {
    addOwners(owners, extra.owners, base);
  }
  if (owners.length === 0 && input.parentFields !== undefined) {
    addOwners(owners, input.parentFields.owners.map((owner) => ({ ...owner, source: "section", span: undefined })), undefined);
  }
  if (owners.length === 0 && input.section !== undefined) {
    addOwners(owners, input.section.owners, undefined);
  }

  let deadline = input.cellDeadline ?? shiftedDeadline(fields.deadline, base);
  for (let index = 0; deadline === undefined && index < input.extra.length; index++) {
    deadline = shiftedDeadline(input.extra[index].deadline, base);
  }
  if (deadline === undefined && input.parentFields?.deadline !== undefined) {
    deadline = { ...input.parentFields.deadline, source: "section" as const, span: undefined };
  }
  deadline ??= input.section?.deadline;

  const trackerRefs: TrackerRef[] = input.cellTracker === undefined ? [] : [...input.cellTracker];
  addShiftedRefs(trackerRefs, fields.trackerRefs, base);
  for (const extra of input.extra) {
    addShiftedRefs(trackerRefs, extra.trackerRefs, base);
  }
  if (trackerRefs.length === 0 && input.parentFields !== undefined) {
    trackerRefs.push(...input.parentFields.trackerRefs.map((ref) => ({ ...ref, source: "section" as const, span: undefined })));
  }
  if (trackerRefs.length === 0 && input.section !== undefined) {
    trackerRefs.push(...input.section.trackerRefs);
  }

  // Text spans are relative to the item's raw text; the model's are absolute.
  const absoluteStatus = (found: ActionStatus | undefined): ActionStatus | undefined =>
    found?.span === undefined ? found : { ...found, span: { start: found.span.start + base, end: found.span.end + base } };
  let status = resolveItemStatus({
    cell: input.cellStatus,
    text: absoluteStatus(fields.status),
    subfields: input.extra.map((extra) => absoluteStatus(extra.status)),
    checkbox: input.checkbox,
    doneHeading: input.section?.done === true,
  });
  if (status.state === "deprioritized" && status.reason === undefined) {
    const reason = fields.reasonText ?? input.extra.map((extra) => extra.reasonText).find((r) => r !== undefined && !isPlaceholder(r));
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
  const item: ActionItem = {
    id,
    text: fields.actionText,
    raw: input.raw,
    span: { start: base, end: Math.max(trimmedEnd, base) },
    textSpan: { start: textStart, end: Math.max(trimmedEnd, textStart) },
    format: input.format,
    owners,
    deadline,
    trackerRefs,
    status,
    leadingVerb:
      fields.leadingVerb === undefined
        ? undefined
        : { text: fields.leadingVerb.text, isProcess: fields.leadingVerb.isProcess, span: { start: base + fields.leadingVerb.start, end: base + fields.leadingVerb.end } },
    wording: wordingClaim(readWording({ ...fields, raw: input.raw }), base),
    isQuestion: fields.isQuestion,
    sectionTitle: input.section?.title ?? "",
    insert: {
      owner: cellPoint(cells, cells?.owner, "owner") ?? input.insert ?? { kind: "prefix", offset: base + fields.ownerInsertAt },
      deadline: cellPoint(cells, cells?.due, "due") ?? input.insert ?? suffix,
      tracker: cellPoint(cells, cells?.tracker, "tracker") ?? input.insert ?? suffix,
      status: cellPoint(cells, cells?.status, "status") ?? input.insertStatus ?? input.insert ?? suffix,
    },
    explicitId: explicit,
  };
  // Keep fields the rules need but the public model does not name.
  (item as ActionItem & { verbText?: string; ownerUnassigned?: boolean }).verbText = fields.verbText;
  item.ownerUnassigned = fields.ownerUnassigned;
  item.subjectIsEveryone = fields.subjectIsEveryone;
  builder.actions.push(item);
}

function wordingClaim(reading: ReturnType<typeof readWording>, base: number): WordingClaim {
  const { start, end, ...claim } = reading;
  return { ...claim, span: { start: base + start, end: base + Math.max(end, start) } };
}

/** Adds owners not yet listed (by name, any case); `base` shifts their spans, undefined keeps the objects as they are. */
function addOwners(owners: Owner[], found: Owner[] | undefined, base: number | undefined): void {
  if (found === undefined) {
    return;
  }
  for (const owner of found) {
    const name = owner.name.toLowerCase();
    if (!owners.some((listed) => listed.name.toLowerCase() === name)) {
      owners.push(base === undefined ? owner : { ...owner, span: shiftedSpan(owner.span, base) });
    }
  }
}

function addShiftedRefs(refs: TrackerRef[], found: TrackerRef[], base: number): void {
  for (const ref of found) {
    refs.push({ ...ref, span: shiftedSpan(ref.span, base) });
  }
}

function shiftedDeadline(deadline: Deadline | undefined, base: number): Deadline | undefined {
  return deadline === undefined ? undefined : { ...deadline, span: shiftedSpan(deadline.span, base) };
}

function shiftedSpan(span: Span | undefined, base: number): Span | undefined {
  return span === undefined ? undefined : { start: span.start + base, end: span.end + base };
}

function cellPoint(cells: PushInput["cells"], cell: Cell | undefined, column: string): InsertionPoint | undefined {
  return cell === undefined || cells === undefined ? undefined : { kind: "cell", span: { start: cells.lineStart + cell.outerStart, end: cells.lineStart + cell.outerEnd }, column };
}

/** The row tokens of the table whose tokens run from `start` to `end`. */
function tableRows(tokens: Token[], start: number, end: number): Token[] {
  const rows: Token[] = [];
  for (let index = start; index <= end && index < tokens.length; index++) {
    if (tokens[index].type === "tr_open" && tokens[index].map !== null) {
      rows.push(tokens[index]);
    }
  }
  return rows;
}

function readTable(builder: Builder, rows: Token[], section: SectionContext | undefined, inAction: boolean): number {
  if (rows.length < 2) {
    return 0;
  }
  const headerLine = rows[0].map![0];
  const headers = headerNames(splitRow(builder.lines.lineText(headerLine)));
  if (inAction && isFieldTable(builder, rows, headers)) {
    return readFieldTable(builder, rows, section);
  }
  // Outside an action section a table holds actions only if a header names them (most such tables
  // are timelines), so the column mapping is skipped for the rest; isStandaloneActionTable would say no.
  if (!inAction && !headers.some(isActionColumnHeader)) {
    return 0;
  }
  const columns = mapColumns(headers);
  if (columns.text === undefined || (!inAction && !isStandaloneActionTable(columns))) {
    return 0;
  }
  if (section?.isAction !== true && section !== undefined && isNarrativeHeading(section.title) && !isStandaloneActionTable(columns)) {
    return 0;
  }
  if (section?.isAction !== true && section !== undefined && isNotActionHeadingText(section.title)) {
    return 0; // "Actions taken", "Previous action items": the table's header says action, the heading says not ours.
  }
  let added = 0;
  for (const row of rows.slice(1)) {
    const line = row.map![0];
    const lineText = builder.lines.lineText(line);
    const lineStart = builder.lines.lineStart(line);
    const cells = splitRow(lineText);
    const textCell = cells[columns.text];
    if (textCell === undefined || textCell.text === "" || /^[-:\s|]+$/.test(lineText)) {
      continue;
    }
    const cell = (index?: number): Cell | undefined => (index === undefined ? undefined : cells[index]);
    const ownerCell = cell(columns.owner);
    const dueCell = cell(columns.due);
    const trackerCell = cell(columns.tracker);
    const statusCell = cell(columns.status);
    const notesCell = cell(columns.notes);
    const fields = readFields(textCell.text, builder.ctx);
    const base = lineStart + textCell.start;
    const absolute = (c: Cell): Span => ({ start: lineStart + c.start, end: lineStart + c.end });

    let cellOwners: Owner[] | undefined;
    if (ownerCell !== undefined && !isPlaceholder(ownerCell.text)) {
      const found = ownersFrom(ownerCell.text, "cell", builder.ctx, absolute(ownerCell));
      cellOwners =
        found === "unassigned"
          ? []
          : found ?? [{ name: toPlainText(ownerCell.text), isGroup: false, isDecisionMaker: false, source: "cell", span: absolute(ownerCell) }];
    }
    let cellDeadline: Deadline | undefined;
    if (dueCell !== undefined && !isPlaceholder(dueCell.text) && !isNoDeadline(dueCell.text)) {
      const found = findDeadline(toPlainText(dueCell.text), builder.ctx.reference);
      cellDeadline = { text: toPlainText(dueCell.text), date: found?.date, source: "cell", span: absolute(dueCell) };
    }
    let cellTracker: TrackerRef[] | undefined;
    if (trackerCell !== undefined && !isPlaceholder(trackerCell.text) && !isRowNumber(columns.headers[columns.tracker!], trackerCell.text)) {
      cellTracker = [{ text: toPlainText(trackerCell.text), kind: "cell", source: "cell", span: absolute(trackerCell) }];
    }
    if (cellTracker === undefined) {
      // "Open ([#53](…))" in the Status cell, "see OPS-12" in Notes: a ticket written in another column.
      for (const [index, other] of cells.entries()) {
        if (index === columns.text || index === columns.owner || index === columns.due || index === columns.tracker || other.text === "" || !/[#\d/]/.test(other.text)) {
          continue;
        }
        const found = findTrackerRefs(other.text, { trackerKeys: builder.ctx.trackerKeys });
        if (found.length > 0) {
          cellTracker = found.map((ref) => ({ ...ref.ref, source: "cell" as const, span: { start: lineStart + other.start + ref.start, end: lineStart + other.start + ref.end } }));
          break;
        }
      }
    }
    let cellStatus: ActionStatus | undefined;
    if (statusCell !== undefined && !isPlaceholder(statusCell.text)) {
      cellStatus = statusFromWord(statusCell.text, absolute(statusCell));
      if (cellStatus?.state === "deprioritized" && cellStatus.reason === undefined && notesCell !== undefined && !isPlaceholder(notesCell.text)) {
        cellStatus = { ...cellStatus, reason: toPlainText(notesCell.text) };
      }
    }
    if (cellStatus === undefined) {
      // Google-style tables mark completion with **DONE** in whichever cell has room.
      const marked = cells.find((c, index) => index !== columns.text && /\*\*(?:DONE|COMPLETED?|FIXED)\*\*|^\s*(?:DONE|\u2705|\[[xX]\]|\u2611\uFE0F?)\s*$|\u2705/.test(c.text));
      if (marked !== undefined) {
        cellStatus = { state: "done", evidence: "DONE", span: absolute(marked) };
      } else if (notesCell !== undefined && !isPlaceholder(notesCell.text)) {
        const noted = statusFromWord(notesCell.text, absolute(notesCell));
        if (noted !== undefined && noted.state !== "open") {
          cellStatus = noted;
        }
      }
    }
    if (cellStatus === undefined && fields.status?.inferred === true && statusCell !== undefined) {
      fields.status = undefined; // An empty Status column says the row is still open.
    }
    if (notesCell !== undefined && fields.reasonText === undefined && !isPlaceholder(notesCell.text)) {
      fields.reasonText = toPlainText(notesCell.text);
    }
    pushItem(builder, {
      raw: textCell.text,
      base,
      end: lineStart + textCell.end,
      format: "table",
      fields,
      extra: [],
      section,
      cells: { owner: ownerCell, due: dueCell, tracker: trackerCell, status: statusCell, lineStart },
      cellOwners,
      cellDeadline,
      cellTracker,
      cellStatus,
    });
    added++;
  }
  return added;
}

const FIELD_NAME = /^(?:owners?|assignees?|assigned to|dri|who|responsible|accountable|due(?: date)?|deadline|eta|target(?: date)?|tickets?|jira|issues?|bugs?|tracking|links?|status|state|priority|type|category|kind|description|details|action(?: id)?|id|summary|root cause|time horizon|horizon|notes?|severity|effort|estimate|classification|3d classification|success criteria|acceptance criteria|verification|evidence|reason|rationale)$/;

/** A two-column Field / Value table ("| **Owner** | Leila |"): the fields of one action, not a list of them. */
function isFieldTable(builder: Builder, rows: Token[], headers: string[]): boolean {
  if (headers.length !== 2 || rows.length < 3) {
    return false;
  }
  let named = 0;
  for (const row of rows.slice(1)) {
    const key = toPlainText(splitRow(builder.lines.lineText(row.map![0]))[0]?.text ?? "").toLowerCase().replace(/[:*]/g, "").trim();
    if (FIELD_NAME.test(key)) {
      named++;
    }
  }
  return named >= 2 && named * 2 >= rows.length - 1;
}

/**
 * "### CA-1: Add a p99 alert" over a Field / Value table: the heading is the action and the rows are its
 * owner, due date, ticket and status. A field table under the action heading itself has no item to belong to.
 */
function readFieldTable(builder: Builder, rows: Token[], section: SectionContext | undefined): number {
  const line = section?.headingLine;
  if (section === undefined || line === undefined || isActionHeadingText(section.title) || isActionCategoryHeadingText(section.title)) {
    return 0;
  }
  const lineText = builder.lines.lineText(line);
  const marker = /^\s{0,3}#{1,6}\s+(?:\d{1,3}[.)]\s+)?/.exec(lineText);
  if (marker === null) {
    return 0;
  }
  const headingStart = builder.lines.lineStart(line);
  const raw = lineText.slice(marker[0].length).replace(/\s+#+\s*$/, "");
  const base = headingStart + marker[0].length;
  const fields = readFields(raw, builder.ctx);
  // Each value cell, shifted so that its offsets count from the heading's line like a table row's do.
  const cells: { owner?: Cell; due?: Cell; tracker?: Cell; status?: Cell; lineStart: number } = { lineStart: headingStart };
  let cellOwners: Owner[] | undefined;
  let cellDeadline: Deadline | undefined;
  let cellTracker: TrackerRef[] | undefined;
  let cellStatus: ActionStatus | undefined;
  for (const row of rows.slice(1)) {
    const rowStart = builder.lines.lineStart(row.map![0]);
    const [keyCell, valueCell] = splitRow(builder.lines.lineText(row.map![0]));
    if (keyCell === undefined || valueCell === undefined) {
      continue;
    }
    const shift = rowStart - headingStart;
    const value: Cell = { text: valueCell.text, start: valueCell.start + shift, end: valueCell.end + shift, outerStart: valueCell.outerStart + shift, outerEnd: valueCell.outerEnd + shift };
    const span: Span = { start: headingStart + value.start, end: headingStart + value.end };
    const role = mapColumns([toPlainText(keyCell.text).toLowerCase().replace(/[:*]/g, "").trim(), "value"]);
    const filled = !isPlaceholder(value.text);
    if (role.owner === 0) {
      cells.owner = value;
      if (filled) {
        const found = ownersFrom(value.text, "cell", builder.ctx, span);
        cellOwners = found === "unassigned" ? [] : found ?? [{ name: toPlainText(value.text), isGroup: false, isDecisionMaker: false, source: "cell", span }];
      }
    } else if (role.due === 0) {
      cells.due = value;
      if (filled && !isNoDeadline(value.text)) {
        const found = findDeadline(toPlainText(value.text), builder.ctx.reference);
        cellDeadline = { text: toPlainText(value.text), date: found?.date, source: "cell", span };
      }
    } else if (role.tracker === 0) {
      cells.tracker = value;
      if (filled) {
        cellTracker = [{ text: toPlainText(value.text), kind: "cell", source: "cell", span }];
      }
    } else if (role.status === 0) {
      cells.status = value;
      if (filled) {
        cellStatus = statusFromWord(value.text, span);
      }
    }
  }
  pushItem(builder, {
    raw,
    base,
    end: builder.lines.lineEnd(line),
    format: "table",
    fields,
    extra: [],
    section,
    cells,
    cellOwners,
    cellDeadline,
    cellTracker,
    cellStatus,
  });
  section.hasStructuredItems = true;
  return 1;
}

/** "One item per bare line" under an action heading that holds no list or table. */
function readBareLines(builder: Builder, map: [number, number], section: SectionContext): void {
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
    if (fields.actionText === "" || (section.mixed === true && !readsAsAction(fields))) {
      continue;
    }
    pushItem(builder, { raw: trimmed, base: start + leading, end: builder.lines.lineEnd(line), format: "line", fields, extra: [], section });
  }
}

/**
 * "**2. Add node-local DNS caching**" with "**Owner:** …", "**Due:** …" lines under it and no blank line
 * between (exports from Confluence and Google Docs): one item whose fields are the lines below its title.
 */
function readFieldBlock(builder: Builder, map: [number, number], section: SectionContext): boolean {
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

/**
 * The section a heading, a bold or ALL-CAPS line, or a `<summary>` opens: an action section inherits its
 * parent action section's owner, deadline and tracker unless the title states its own.
 */
function sectionContext(builder: Builder, title: string, level: number, line: number, parent: SectionContext | undefined, extra: Pick<SectionContext, "headingLine" | "fromSummary"> = {}): SectionContext {
  const isAction = isActionSectionTitle(title, parent);
  const headingContext = readHeadingContext(title, line, builder, isAction, parent);
  return {
    title,
    level,
    isAction,
    owners: headingContext.owners.length > 0 ? headingContext.owners : parent?.isAction ? parent.owners : [],
    deadline: headingContext.deadline ?? (parent?.isAction ? parent.deadline : undefined),
    trackerRefs: headingContext.trackerRefs.length > 0 ? headingContext.trackerRefs : parent?.isAction ? parent.trackerRefs : [],
    hasStructuredItems: false,
    mixed: isAction && isMixedHeadingText(title),
    done: isAction && (isDoneHeading(title) || parent?.done === true),
    // Every section has the same fields, set or not, so the parser's hot paths see one object shape.
    headingLine: extra.headingLine,
    fromSummary: extra.fromSummary,
  };
}

/** "- **Review actions**:" with sub-bullets, outside an action section: the sub-bullets are actions. */
function readActionLabelGroups(builder: Builder, nodes: ListNode[], section: SectionContext | undefined): void {
  for (const node of nodes) {
    if (node.children.length === 0) {
      continue;
    }
    const item = rawListItem(builder, node);
    if (item === undefined) {
      continue;
    }
    const label = toPlainText(item.raw).replace(/:\s*$/, "");
    if (label.split(/\s+/).length <= 6 && /:\s*(?:\*\*|__)?\s*$/.test(item.raw) && isActionHeading(label)) {
      const context: SectionContext = { title: label, level: PSEUDO_LEVEL, isAction: true, owners: section?.owners ?? [], trackerRefs: [], hasStructuredItems: true };
      for (const child of node.children) {
        readListNode(builder, child, context);
      }
    }
  }
}

/** "Action item: …" paragraphs anywhere in the document. */
function readLabelledLines(builder: Builder, map: [number, number], section: SectionContext | undefined): void {
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

function readLabelledListItems(builder: Builder, nodes: ListNode[], section: SectionContext | undefined): void {
  for (const node of nodes) {
    if (node.paragraph !== undefined) {
      readLabelledLines(builder, [node.paragraph[0], node.paragraph[0] + 1], section);
    }
    readLabelledListItems(builder, node.children, section);
  }
}

/** With no action heading at all, open task-list items anywhere are the actions. */
function readLooseTasks(builder: Builder, nodes: ListNode[], section: SectionContext | undefined): void {
  if (section !== undefined && isNarrativeHeading(section.title)) {
    return;
  }
  for (const node of nodes) {
    const item = rawListItem(builder, node);
    if (item?.checkbox === " " && !ACTION_LABEL.test(item.raw)) {
      const fields = readFields(item.raw, builder.ctxPastTenseOpen);
      const end = builder.lines.lineEnd(node.paragraph![1] - 1);
      pushItem(builder, { raw: item.raw, base: item.base, end, format: "task", checkbox: " ", fields, extra: [], section });
    }
    readLooseTasks(builder, node.children, section);
  }
}
