import type { Token } from "markdown-it";
import type { Deadline, Owner, TrackerRef } from "../types";
import { PSEUDO_LEVEL, type Builder, type SectionContext } from "./builder";
import { findDeadline, MONTHS } from "./dates";
import {
  isActionCategoryHeadingText,
  isActionHeadingText,
  isActionListLabelText,
  isChangeKindLabelText,
  isTimelineEntryText,
  isActionsTakenHeadingText,
  isActionsTakenText,
  isDocumentTitleText,
  isDoneHeadingText,
  isDroppedHeadingText,
  isLessonsHeadingText,
  isMixedHeadingText,
  isNarrativeHeading,
  isFindingsHeadingText,
  isNarrativeHeadingText,
  isStoryWordAsTopicText,
  isNumberedFindingText,
  isMitigationHeadingText,
  isTimelineStepText,
  isResponseHeadingText,
  isResponseStepText,
  isSingleActionLabelText,
  isWorkToComeText,
  headingWords,
  withoutHeadingNumber,
} from "./headings";
import {
  COMPONENT_NAMES,
  AGREED_WORK_INTRO,
  FOLLOW_UP_INTRO_COMMIT,
  GROUP_WORDS,
  MAKING_THE_FOLLOWING,
  SUBJECT_OVER_LIST,
  WAYS_INTRO,
  MEANS_INTRO,
  STILL_TO_COME,
  WORK_STILL_TO_COME,
} from "./lexicon";
import type { LineIndex } from "./lineIndex";
import { toPlainText } from "./markdownText";
import { classifyOwner } from "./owners";
import { startsWithVerb } from "./readers/verbs";
import { findTrackerRefs } from "./trackerRefs";

// A bold line alone: "**Follow-up actions:**", "**Short term ([tracking issue](https://…/issues/39))**".
const PSEUDO_HEADING = /^\s*(\*\*|__)([^\n]{2,240}?)\s*:?\s*\1\s*:?\s*$/;
const MAX_PSEUDO_TITLE = 80;

/** The title of a bold line that stands alone as a heading (its words, a link's text), or undefined. */
export function pseudoHeadingTitle(content: string): string | undefined {
  const label = PSEUDO_HEADING.exec(content);
  if (label === null || label[2].includes(label[1])) {
    return undefined;
  }
  const title = toPlainText(label[2]);
  return title.length <= MAX_PSEUDO_TITLE ? title : undefined;
}
// "*What steps are we taking so it does not happen again?*": a question-and-answer write-up puts its questions
// in italics on lines of their own; one that names follow-up work heads the answer as a heading would.
const ITALIC_LINE = /^\s*([*_])(?![*_\s])([^*_\n]{2,160}?)\1\s*$/;

/** The title of an italic line alone that names follow-up work, or undefined. */
export function italicActionHeadingTitle(content: string): string | undefined {
  const line = ITALIC_LINE.exec(content);
  if (line === null) {
    return undefined;
  }
  const title = toPlainText(line[2]).trim();
  // "*How was it resolved? How can we improve?*": a template's prompt of several questions, not a heading;
  // nor is "*Note the root cause and describe what needs to change*", which tells the writer what to fill in.
  return isActionHeadingText(title) && !SECOND_SENTENCE.test(title) && !WRITER_PROMPT.test(title)
    ? title
    : undefined;
}
const SECOND_SENTENCE = /[.?!]\s+\S/;
const WRITER_PROMPT =
  /^(?:please\s+)?(?:note|describe|list|explain|summari[sz]e|outline|provide|detail|give|fill in|enter|insert)\s+(?:the|any|all|what|how|why|who|each|every|a|an|your|our|here)\b/i;
const MAX_ITALIC_LABEL_WORDS = 5;

/**
 * "_Lessons learned_" alone on a line, a few words naming a part of the story: in an action section it ends
 * the work as a heading would. Its title, or undefined; an italic sentence ("_All times are UTC_") is no label.
 */
export function italicNarrativeLabelTitle(content: string): string | undefined {
  const line = ITALIC_LINE.exec(content);
  if (line === null) {
    return undefined;
  }
  const title = toPlainText(line[2]).trim().replace(/:$/, "");
  return title.split(/\s+/).length <= MAX_ITALIC_LABEL_WORDS &&
    !/[:.?!]/.test(title) &&
    isNarrativeHeadingText(title, false)
    ? title
    : undefined;
}
// "REMEDIATION AND PREVENTION" on a line of its own (Google Cloud and other public reports): a heading without "#".
const CAPS_HEADING = /^\s*[A-Z][A-Z&/'’,:()\- ]{4,79}\s*$/;
// "To avoid this in the future we are making the following changes:" over a list, outside any action heading.
const FOLLOW_UP_INTRO_WORDS =
  /\b(?:following|these|several|some|a few|the next|this (?:procedure|process|plan)|(?:the )?(?:two|three|four|five|six) (?:main |key )?(?:things|changes|steps|actions|improvements|fixes))\b/i;
// "We will follow this procedure …:": a procedure or plan the team commits to lists its steps.
const FOLLOW_UP_INTRO_KIND =
  /\b(?:actions?|changes|steps|improvements|follow[- ]?ups?|remediations?|measures|work|fixes|items|things|procedure|plan|(?:do|doing|take|taking|make|making|implement|implementing) the following)\b/i;
const FOLLOW_UP_INTRO_AIM =
  /\b(?:prevent\w*|avoid\w*|recurren\w*|in the future|going forward|from now on|next time|future|(?:ahead of|before) the next|(?:happen|happens|occur|occurs|recur|recurs) again)\b/i;
// "We've taken the following steps to mitigate and remediate the issue:": remediation is follow-up work in any
// tense (done when told in the past), not "After remediation, the following signals were seen:";
// "improvements we will be applying" look ahead without saying "future".
const REMEDIATION_INTRO =
  /\bto\s+(?:[a-z]+\s+and\s+)?remediate\b|\bremediation\s+(?:steps|actions|work|items|measures|plan)\b/i;
const IMPROVEMENT_INTRO = /\bimprovements\b/i;
/** "Here is …", "So, here's …" in front of a label that names the work ("what we are going to do"). */
const HERE_IS = /^(?:[^,:]{1,80},\s+)?here(?:['’]s| is| are)\s+/i;
// "These include:", "They are:", "Namely:": a pointer at the list, not an intro of its own.
const POINTER_INTRO = /^(?:these|they|those|this|which|namely)\b[^.!?:]{0,30}:$/i;
const FOLLOW_UP_INTRO_PAST =
  /\b(?:took|taken|made|did|performed|applied|during|were|was|been|already|completed|implemented|deployed|shipped|rolled out)\b/i;
// "To keep the mirror from lapsing again, we have made some changes:": a sentence led by keeping it from
// happening again introduces follow-up work in any tense; the responders' steps are led by the incident.
const FOLLOW_UP_INTRO_PURPOSE =
  /^(?:and\s+)?(?:in order\s+)?to\s+(?:prevent|avoid|stop|keep)\b[^,:]{0,80}\b(?:in the future|again|recurren\w*|repeats?|similar|next time)\b/i;
// "We have created tickets in the build repository to track the work needed:": the tickets under it are the
// follow-ups, still to do, whatever the tense of their filing.
const TRACKED_WORK_INTRO =
  /\b(?:(?:created|opened|filed|raised|logged)\s+(?:[\w-]+\s+){0,3}?(?:tickets?|issues?|bugs?|tasks?)|(?:tickets?|issues?|bugs?|tasks?)\s+(?:(?:have|has)\s+been\s+)?(?:created|opened|filed|raised|logged))\b[^:]{0,120}?\b(?:to track|to follow up|tracking|for the (?:follow[- ]?up|remaining) work)\b[^:]{0,120}:$/i;
const TEAM_HEADING =
  /^@[\w.-]+(?:\/[\w.-]+)?$|\b(?:team|squad|group|crew|guild|tribe|department|dept|on-?call|rota|rotation)$/i;
const HANDLE_HEADING = /^@[\w.-]+$/;
export const SUMMARY_TAG = /<summary[^<>]*>([^\n]{1,200}?)<\/summary>/i;

/**
 * The section a heading, a bold or ALL-CAPS line, or a `<summary>` opens: an action section inherits its
 * parent action section's owner, deadline and tracker unless the title states its own.
 */
export function sectionContext(
  builder: Builder,
  title: string,
  level: number,
  line: number,
  parent: SectionContext | undefined,
  extra: Pick<SectionContext, "headingLine" | "fromSummary"> & {
    pageTitle?: boolean;
    /** The heading only offers options beside the page's agreed actions (optionHeadings.ts). */
    optionsOnly?: boolean;
  } = {},
): SectionContext {
  const words = headingWords(title);
  // "## The mitigation" whose lines say "we're working on …": the changes that follow, done and to come.
  const forwardMitigation =
    level < PSEUDO_LEVEL && isMitigationHeadingText(title) && commitsAhead(builder.lines, line);
  const takenAfterLesson = parent?.lessons === true && isActionsTakenText(words);
  const takenAsHeading =
    level < PSEUDO_LEVEL &&
    parent?.story !== true &&
    parent?.response !== true &&
    isActionsTakenHeadingText(words);
  // The page's own title ("# Code Fixes" over the write-ups), whose actions sit under a heading of their own.
  const documentTitle = extra.pageTitle === true || isDocumentTitleText(words, level);
  // Under the document's title a section is an action section by its own heading, not the title's words.
  const actionParent = parent?.documentTitle === true ? undefined : parent;
  const isAction =
    extra.pageTitle !== true &&
    extra.optionsOnly !== true &&
    (isActionSectionTitle(words, actionParent) ||
      takenAfterLesson ||
      takenAsHeading ||
      forwardMitigation);
  // The title's number, date or name are the incident's, not its items' tracker, deadline or owner.
  const headingContext = documentTitle
    ? { owners: [], trackerRefs: [] }
    : readHeadingContext(title, line, builder, isAction, actionParent);
  return {
    title,
    level,
    isAction,
    owners:
      headingContext.owners.length > 0
        ? headingContext.owners
        : actionParent?.isAction
          ? actionParent.owners
          : [],
    deadline:
      headingContext.deadline ?? (actionParent?.isAction ? actionParent.deadline : undefined),
    trackerRefs:
      headingContext.trackerRefs.length > 0
        ? headingContext.trackerRefs
        : actionParent?.isAction
          ? actionParent.trackerRefs
          : [],
    hasStructuredItems: false,
    // A bold label in a part of the story ("**Key improvements:**" under "Technical details") may list what
    // was built or checked: only its lines that read as actions count.
    mixed:
      isAction &&
      (isMixedHeadingText(words) ||
        (level === PSEUDO_LEVEL && parent?.story === true && isChangeKindLabelText(words))),
    done:
      isAction &&
      (isDoneHeadingText(words) ||
        takenAfterLesson ||
        takenAsHeading ||
        parent?.done === true ||
        // "### Hardening" under a section whose intro says "the 2.4 release includes …"; not "### Next steps".
        (parent?.released === true && !isWorkToComeText(words))),
    dropped: isAction && (isDroppedHeadingText(words) || parent?.dropped === true),
    // Every section has the same fields, set or not, so the parser's hot paths see one object shape.
    headingLine: extra.headingLine,
    fromSummary: extra.fromSummary,
    lessons: isLessonsHeadingText(words) || parent?.lessons === true,
    story:
      !isAction &&
      (isNarrativeHeadingText(words, false) ||
        isNumberedFindingText(words) ||
        parent?.story === true),
    single: isAction && isSingleActionLabelText(words),
    singleItem: undefined,
    documentTitle,
    response: !isAction && (isResponseHeadingText(words) || parent?.response === true),
    intro: undefined,
    released: undefined,
  };
}

/**
 * An action heading, or a heading under one that does not start a narrative part ("Timeline"); one led
 * by a verb is an action whatever its words ("Write a summary for support", "Schedule a discussion about …").
 */
function isActionSectionTitle(title: string, parent: SectionContext | undefined): boolean {
  const isAction = isActionHeadingText(title);
  if (isAction && parent?.response === true && isResponseStepText(title)) {
    return false; // "**First fixes:**" under "## Resolution and recovery": what the responders did.
  }
  if (isAction && parent !== undefined && isTimelineStepText(parent.title, title)) {
    return false; // "### Investigation and fixes" under "## Timeline": what the responders did.
  }
  return (
    isAction ||
    (parent?.isAction === true &&
      !isTimelineEntryText(title) &&
      (!isNarrativeHeadingText(title, isAction) ||
        isActionCategoryHeadingText(title) ||
        isStoryWordAsTopicText(title) ||
        (title.includes(" ") && startsWithVerb(title) && !isFindingsHeadingText(title))))
  );
}

/**
 * "**Lessons learned**" as the first line of a paragraph, the section's text on the lines right below it:
 * the bold line is a heading when its words name a section (not when it titles one action over its
 * explanation). Its title, or undefined.
 */
export function leadingSectionLabel(builder: Builder, line: number): string | undefined {
  const text = builder.lines.lineText(line);
  const title = pseudoHeadingTitle(text);
  if (title === undefined) {
    // "Next steps" and a hard break, as a status page exports its update labels: a plain label only when it
    // names follow-up work.
    const plain = HARD_BROKEN_LABEL.exec(text)?.[1];
    return plain !== undefined && isActionHeadingText(plain) ? plain : undefined;
  }
  return isActionHeadingText(title) || isNarrativeHeadingText(title, false) ? title : undefined;
}
/** A few words alone before a hard break (two spaces or a backslash), no sentence end: "Next steps  ". */
const HARD_BROKEN_LABEL = /^\s{0,3}(\p{Lu}[^.!?:;,\n]{0,40}?)(?: {2,}|\\)$/u;

/** "REMEDIATION AND PREVENTION": two or more capitalised words alone on a line, with no digits or sentence end. */
export function isCapsHeading(content: string): boolean {
  const text = content.trim();
  return (
    !text.includes("\n") &&
    CAPS_HEADING.test(text) &&
    /[A-Z]{2,}[^A-Z]+[A-Z]{2,}/.test(text) &&
    (text.match(/[A-Z]/g)?.length ?? 0) >= 6
  );
}

/**
 * A short label that names follow-up work ("Action items", "Next steps"), outside a narrative section and
 * not naming the responders' own fixes under "Resolution and recovery".
 */
function isActionLabel(label: string, section: SectionContext | undefined): boolean {
  return (
    label.split(/\s+/).length <= 6 &&
    isActionHeadingText(label) &&
    !isMixedHeadingText(label) &&
    // The page's own title ("Post-incident summary: …") is no narrative section the label sits in.
    !(
      section !== undefined &&
      section.documentTitle !== true &&
      isNarrativeHeading(section.title)
    ) &&
    !(section?.response === true && isResponseStepText(label))
  );
}

/** The paragraph just before the list at `index` says the list is follow-up work ("… the following changes:"). */
export function isFollowUpIntroBefore(
  tokens: Token[],
  index: number,
  section: SectionContext | undefined,
): boolean {
  if (
    tokens[index - 1]?.type !== "paragraph_close" ||
    tokens[index - 2]?.type !== "inline" ||
    tokens[index - 1].level !== 0
  ) {
    return false;
  }
  const paragraph = toPlainText((tokens[index - 2].content ?? "").split("\n").join(" ")).trim();
  const label = paragraph.replace(/:$/, "");
  const single = (tokens[index - 2].content ?? "").trim().split("\n").length === 1;
  if (single && isActionListLabelText(label)) {
    return true; // "Action Items" on a line of its own over a list, a heading without its marks, in any section.
  }
  if (single && paragraph.endsWith(":") && isActionLabel(label, section)) {
    return true; // "Action items:", "Follow-ups (with owners + dates):" on a line of their own.
  }
  // Only the sentence that ends in the colon introduces the list; the sentences before it tell the story
  // ("The backlog cleared on its own. Nobody posted an update. To prevent a repeat, we will do the following:").
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=["'(\u201c]?[A-Z])/);
  // "… we have identified improvements we will be applying. These include:": a pointer at the list leaves the
  // introducing to the sentence before it.
  const lastLine =
    sentences.length > 1 && POINTER_INTRO.test(sentences[sentences.length - 1])
      ? sentences.slice(-2).join(" ")
      : (sentences.pop() ?? paragraph);
  if (
    lastLine.endsWith(":") &&
    isActionLabel(lastLine.replace(/:$/, "").replace(HERE_IS, ""), section)
  ) {
    // "… took days to clear. Remediation plan: Our immediate action items:", the label last; "To keep this
    // from happening again, here is what we are doing:" points at the label.
    return true;
  }
  // The other intros are one sentence of reasonable length that ends in the colon.
  if (!lastLine.endsWith(":") || lastLine.length > 300) {
    return false;
  }
  return (
    TRACKED_WORK_INTRO.test(lastLine) ||
    // "… we're hardening our release process by:": the list is how, each line a change still to come.
    (lastLine.endsWith(" by:") &&
      MEANS_INTRO.test(lastLine) &&
      !FOLLOW_UP_INTRO_PAST.test(lastLine)) ||
    // "We're making the following changes:": the team commits to the list, whatever it is for.
    MAKING_THE_FOLLOWING.test(lastLine) ||
    // "Specifically, we:", "we will continue to:": the lines finish the team's sentence; under "Impact" or in
    // the story, what the team did in the response.
    (SUBJECT_OVER_LIST.test(lastLine) && section?.story !== true && section?.response !== true) ||
    WAYS_INTRO.test(lastLine) ||
    // "We have decided to do the following:", "The team agreed on these next steps:": a decision on work to
    // come; in the story or the response it is a step taken then.
    (AGREED_WORK_INTRO.test(lastLine) && section?.story !== true && section?.response !== true) ||
    (FOLLOW_UP_INTRO_WORDS.test(lastLine) &&
      FOLLOW_UP_INTRO_KIND.test(lastLine) &&
      (FOLLOW_UP_INTRO_PURPOSE.test(lastLine) ||
        REMEDIATION_INTRO.test(lastLine) ||
        ((FOLLOW_UP_INTRO_AIM.test(lastLine) || IMPROVEMENT_INTRO.test(lastLine)) &&
          FOLLOW_UP_INTRO_COMMIT.test(lastLine) &&
          !FOLLOW_UP_INTRO_PAST.test(lastLine))))
  );
}

const NAME_HEADING = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}$/u;

/**
 * The name is written on another line of the page as people are listed ("Authors: Priya Nair, Tomás
 * Reyes", "**Written by:** Priya Nair", "paged by Priya"); a vendor's name follows "to", "at" or "from" ("calls to Stripe").
 */
function namedElsewhere(name: string, line: number, builder: Builder): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const written = new RegExp(
    String.raw`(?<=[,:;(&]\s?(?:\*\*\s?)?|\b(?:by|and) )${escaped}(?![\p{L}])`,
    "gu",
  );
  const start = builder.lines.lineStart(line);
  const end = builder.lines.lineEnd(line);
  for (let m = written.exec(builder.text); m !== null; m = written.exec(builder.text)) {
    if (m.index < start || m.index >= end) {
      return true;
    }
  }
  return false;
}

// The name after the words that give it, up to a bracket, a comma, a semicolon, a colon or the end.
const NAMED_AFTER = String.raw`\s+(?:the\s+)?(.+?(?:\s*\([^()]*\))?)\s*(?:\(|\)|,|;|$|:)`;
const OWNED_BY = new RegExp(String.raw`\b(?:owned by|owner:?|assigned to)${NAMED_AFTER}`, "i");
const FOR_WHOM = new RegExp(String.raw`\b(?:for|owned by|owner:?|assigned to)${NAMED_AFTER}`, "i");

/**
 * "Mei Chen" or "Catalogue team (via their lead)" on a line of its own over a list in an action section:
 * the owner of that list's items, read as a sub-heading's would be.
 */
export function ownersOfLabelLine(
  builder: Builder,
  content: string,
  line: number,
  section: SectionContext,
): Owner[] {
  const plain = toPlainText(content).trim().replace(/:$/, "");
  if (plain.length > 60 || plain.includes("\n") || /[.!?;:]/.test(plain)) {
    return [];
  }
  const bare = plain.replace(/\s*\([^()]*\)$/, "");
  return readHeadingContext(bare, line, builder, true, section).owners;
}

/**
 * "For management access:", "For database changes:": "for" before a group word that is not the last word
 * names the topic the list is about ("access", "changes"), not a team; "For the platform team:" and "For
 * the payments API:" name one.
 */
function namesTopicAfterFor(matched: string, candidate: string, isGroup: boolean): boolean {
  const head = candidate.split(/\s+/).pop() ?? "";
  return (
    isGroup &&
    /^for\b/i.test(matched.trim()) &&
    candidate.includes(" ") &&
    !GROUP_WORDS.has(head) &&
    !COMPONENT_NAMES.has(head)
  );
}

/** Owners, a deadline and tracker links a heading states for every item under it ("Platform team, by Q3"). */
function readHeadingContext(
  plain: string,
  line: number,
  builder: Builder,
  isAction: boolean,
  parent?: SectionContext,
): { owners: Owner[]; deadline?: Deadline; trackerRefs: TrackerRef[] } {
  const owners: Owner[] = [];
  const trackerRefs: TrackerRef[] = [];
  if (!isAction) {
    return { owners, trackerRefs };
  }
  const bare = withoutHeadingNumber(plain).trim();
  if (
    parent?.isAction === true &&
    bare.split(/\s+/).length <= 4 &&
    TEAM_HEADING.test(bare) &&
    !isActionHeadingText(bare)
  ) {
    // "### 6.1 Payouts team" under "## 6. Follow-up": the team the items below belong to. A topic
    // ("### Security", "### Customers") names no owner, so only a heading that says team counts; a
    // handle alone ("### @carla") names its person.
    const verdict = classifyOwner(bare, builder.ctx);
    if (verdict.kind === "owner" && (verdict.owner.isGroup || HANDLE_HEADING.test(bare))) {
      owners.push({ ...verdict.owner, source: "section" });
    }
  } else if (parent?.isAction === true && NAME_HEADING.test(bare) && !isActionHeadingText(bare)) {
    // "### Priya" over a list under "## Action items": her items, when the page lists her elsewhere
    // ("Authors: Priya Nair"); a topic ("### Rate Limiting", "### Later") is not written that way.
    const verdict = classifyOwner(bare, builder.ctx);
    if (verdict.kind === "owner" && !verdict.owner.isGroup && namedElsewhere(bare, line, builder)) {
      owners.push({ ...verdict.owner, source: "section" });
    }
  }
  // A heading led by a verb is an action, and "for" there names who it serves ("### Build an onboarding course
  // for the on-call team"), not who owns it.
  const forWhom =
    (startsWithVerb(bare) ? OWNED_BY : FOR_WHOM).exec(plain) ??
    /^(.+?)(?:['’]s)?\s+(?:action items?|actions|follow[- ]?ups?|tasks|items)\s*$/i.exec(plain);
  if (forWhom !== null && owners.length === 0) {
    const verdict = classifyOwner(forWhom[1], builder.ctx);
    const candidate = forWhom[1].toLowerCase();
    if (
      verdict.kind === "owner" &&
      !namesTopicAfterFor(forWhom[0], candidate, verdict.owner.isGroup) &&
      (verdict.owner.isGroup ||
        verdict.owner.isDecisionMaker ||
        builder.ctx.people.length > 0 ||
        /\b(?:for|owner|owned by|assigned to)\b/i.test(forWhom[0]) ||
        /team\b/.test(candidate))
    ) {
      owners.push({ ...verdict.owner, source: "section" });
    }
  }
  const found = findDeadline(
    plain.replace(/\b(?:short|long|medium|mid|near)[- ]term\b/gi, ""),
    builder.ctx.reference,
    builder.ctx.dayFirst,
  );
  // "Action items (2026-11-20)" under a post-mortem of that day dates the list, not its deadline; "Immediate
  // (this week)" counts from that day, so it is a timebox even when its week ends on it.
  const datesTheList =
    found?.date !== undefined &&
    builder.ctx.documentDate !== undefined &&
    found.date <= builder.ctx.documentDate &&
    CALENDAR_DATE.test(found.text);
  const deadline =
    found === undefined || datesTheList
      ? undefined
      : { text: found.text, date: found.date, source: "section" as const };
  const start = builder.lines.lineStart(line);
  const lineText = builder.lines.lineText(line);
  for (const ref of findTrackerRefs(lineText, { trackerKeys: builder.ctx.trackerKeys })) {
    trackerRefs.push({
      ...ref.ref,
      source: "section",
      span: { start: start + ref.start, end: start + ref.end },
    });
  }
  return { owners, deadline, trackerRefs };
}

const SENTENCE_BREAK = /(?<=[.!?])\s+/;
/** How far a section is read for a commitment: a mitigation section is a few paragraphs. */
const COMMITMENT_LOOKAHEAD_LINES = 60;

/**
 * Whether the lines under the heading on `line`, up to the next heading, commit to work still to come ("We're
 * working on …", "The team will investigate …"): read only for a "Mitigation" heading, which is otherwise the
 * story of the response.
 */
function commitsAhead(lines: LineIndex, line: number): boolean {
  const end = Math.min(lines.lineCount, line + 1 + COMMITMENT_LOOKAHEAD_LINES);
  for (let at = line + 1; at < end; at++) {
    const text = lines.lineText(at).trim();
    if (text.startsWith("#")) {
      return false;
    }
    // A quoted message ("> We will share a fuller report …") speaks to its reader, not of the team's work.
    if (text.startsWith(">")) {
      continue;
    }
    for (const sentence of text.split(SENTENCE_BREAK)) {
      if (STILL_TO_COME.test(sentence) || WORK_STILL_TO_COME.test(sentence)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * "# Code Fixes" over "## Checkout halt" over "### Prevention": a page's first heading, of level 1, that names
 * action but has an action heading of its own further down titles the page, and the actions are under that one.
 * Returns the title's token index, or -1.
 */
export function actionPageTitleIndex(tokens: Token[]): number {
  const first = tokens.findIndex((token) => token.type === "heading_open");
  if (first === -1 || tokens[first].tag !== "h1") {
    return -1;
  }
  const titleOf = (at: number): string => toPlainText(tokens[at + 1]?.content ?? "");
  if (!isActionHeadingText(titleOf(first))) {
    return -1;
  }
  for (let at = first + 3; at < tokens.length; at++) {
    if (tokens[at].type === "heading_open" && isActionHeadingText(titleOf(at))) {
      return first;
    }
  }
  return -1;
}

/** A deadline written as a day of the calendar ("2026-11-20", "Nov 20"), not counted from the page's date. */
const CALENDAR_DATE = new RegExp(String.raw`\d|\b(?:${MONTHS})\b`, "i");
