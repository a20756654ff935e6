import type { ActionItem } from "../types";
import {
  PSEUDO_LEVEL,
  pushItem,
  readAsBareTrackerLink,
  type Builder,
  type SectionContext,
} from "./builder";
import {
  isFieldBlockShape,
  joinFieldParagraphs,
  readFieldBlock,
  readTicketBlock,
  readTitledParagraph,
} from "./fieldBlocks";
import { readFields, readsAsAction, shiftSpans, startsWithVerb, type TextFields } from "./fields";
import {
  FIELD_SENTENCE_GAP,
  FIRST_FIELD_SENTENCE,
  INTRO_WORDS,
  isNotAnItem,
  labelsWork,
  ON_BEHALF,
  SENTENCE_FIELD,
  UPDATE_NOTE,
} from "./lineShapes";
import {
  COMMITMENT_OPENING,
  EVERYONE_WORDS,
  FINDING_PAST,
  MODAL_EFFECT,
  MODAL,
  OUTCOME_VERBS,
  PAST_TENSE_DONE,
  PROPOSAL_WORDS,
  TIME_PHRASE,
} from "./lexicon";
import { toPlainText } from "./markdownText";
import { MAX_LINE_LENGTH, MAX_WRAPPED_LENGTH, paragraphText, wrappedLines } from "./paragraphLines";
import { ownersFromIntro } from "./sectionIntro";
import { isPastOfVerb } from "./readers/verbs";
import { isCalendarWord } from "./dates";
import { laterSentenceStillToCome } from "./status/grammar";
import {
  headerNames,
  isStandaloneActionTable,
  mapColumns,
  splitRow,
  supportingColumnCount,
} from "./table";

/** "quintus<br/>" over "on behalf of the TSC team.": the writer's name and whom they sign for, no items. */
function signsOff(builder: Builder, map: [number, number]): boolean {
  const last = builder.lines.lineText(map[1] - 1).trim();
  return map[1] - map[0] <= 3 && ON_BEHALF.test(last);
}

/** "![Requests by day](chart.png)": a picture between the lines, its caption no action. */
const IMAGE_ONLY = /^!\[[^\]\n]*\](?:\([^()\n]*\)|\[[^\]\n]*\])\s*$/;

const HAS_LETTER = /\p{L}/u;
const URL_ONLY = /^<?https?:\/\/\S+?>?$/;
const READING = /^[^:\n]{1,40}:[^\p{L}\n]*$/u;

// A line that ends in a colon introduces what follows it ("Longer term:"); see INTRO_WORDS for the words.
const ENDS_IN_COLON = /:\s*$/;

// A line told in the past: "nobody"/"no one" as its subject, or "was"/"were"/"had"/"did" as its verb
// within its first words ("The alert was routed to email"; not "More tests for X, which had none").
const PAST_NARRATIVE =
  /^(?:nobody|no one|none of)\b|^(?:\S+\s+){0,3}(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t)\b/i;
// "All future schema migrations will run …": a rule for what comes next, written as a commitment.
const FUTURE_RULE_OPENING =
  /^(?:all|every|any)\s+(?:future|new|subsequent|upcoming)\s+(?:[a-z][\w-]*\s+){1,4}(?:will|must|shall)\s+(?:now\s+|also\s+|always\s+)?[a-z]{3,}\b/i;
/**
 * "The stale cache will be purged at the next deploy.", "The retry limit should be raised.": a change promised
 * or asked for in the passive, its subject the thing changed. Only a verb of change counts ("will be
 * affected" promises nothing).
 */
const PASSIVE_COMMITMENT =
  /^[^.;:!?]{3,80}?\b(?:will|should|must|shall|needs? to|has to|have to)\s+(?:also\s+|now\s+|then\s+)?be\s+([a-z]+)\b/i;
/**
 * A line whose subject points back at the line above ("These farmers will be …", "This will be done …", "They
 * are …"): the same action's detail, not another one.
 */
const REFERS_BACK =
  /^(?:(?:these|those|this|that)(?:\s+[a-z]+){0,2}|it|they)\s+(?:will|would|shall|should|must|can|are|is|were|was|have|has)\b/i;
/** "It …", "They …": a pronoun that may point back or be a mere subject ("It would be useful to …"). */
const STARTS_WITH_PRONOUN = /^(?:it|they)\b/i;
/** "We have already added …", "We've also paused …": a report of the work, which opens a done item. */
const DONE_REPORT_OPENING = new RegExp(
  String.raw`^(?:[^,.;:]{1,40},\s+|${TIME_PHRASE})?(?:${EVERYONE_WORDS})(?:\s+have|['’]ve)\s+(?:(?:already|also|now|since|just)\s+)*([a-z]+)\b`,
  "i",
);
/** "Looking at the queue depth we found that …", "We noticed …": a finding told in its first sentence. */
const FINDING = new RegExp(
  String.raw`^(?:\d{1,2}[.)]\s+)?[^.!?]{0,80}?\b(?:we|I|the team)\s+(?:(?:also|then|quickly|soon|later)\s+)?(?:${FINDING_PAST})\b`,
  "i",
);
/** "should have staged", "could have caught": what might have been. */
const HINDSIGHT = /\b(?:should|could|would|might|must)(?:\s+not)?\s+have\s+[a-z]+(?:ed|en|wn)\b/i;

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
  // "Action owner: Günter Albrecht unless stated otherwise." over the lines names the owner of each of them.
  const introOwners =
    section.owners.length === 0 && paragraphs.length > 1
      ? ownersFromIntro(paragraphText(builder, paragraphs[0].map).raw, builder.ctx)
      : undefined;
  const itemSection = introOwners === undefined ? section : { ...section, owners: introOwners };
  // A pointer ("See the whole patch [there](…).") is no item, so it does not make a section of one item per paragraph.
  const prose = paragraphs.filter((paragraph) => {
    const raw = paragraphText(builder, paragraph.map).raw;
    return paragraph.lines.length > 0 && !isNotAnItem(toPlainText(raw)) && !isFurniture(raw);
  });
  const onePerParagraph =
    prose.length >= 2 &&
    prose.every((paragraph) => paragraph.lines.length === 1) &&
    prose.filter((paragraph) => proposesChange(builder, paragraph.map)).length * 2 > prose.length;
  let lastItem: ActionItem | undefined;
  // The item the paragraph right above made, for a paragraph that only goes on about it.
  let itemAbove: ActionItem | undefined;
  for (const paragraph of paragraphs) {
    const aboveThis = itemAbove;
    itemAbove = undefined;
    if (lastItem !== undefined && readUpdateNote(builder, paragraph.map, lastItem)) {
      continue;
    }
    if (
      readTicketBlock(builder, paragraph.map, section) ||
      readFieldBlock(builder, paragraph.map, section) ||
      readTitledParagraph(builder, paragraph.map, section, false) ||
      signsOff(builder, paragraph.map)
    ) {
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
    // In a section of one item per paragraph, "That component will allow …" opening the next paragraph tells
    // what the item above will bring: its detail, as it would be on the next line.
    let previous: ActionItem | undefined = onePerParagraph ? aboveThis : undefined;
    for (const candidate of candidates) {
      if (section.mixed === true && !actionList && !readsAsAction(candidate.fields)) {
        continue;
      }
      // "These farmers will be taken from the snapshot …" right below the line it speaks of: its detail.
      if (
        previous !== undefined &&
        (previous === aboveThis
          ? // Across paragraphs only what the work above will bring: "That component will allow …" (not
            // "These dashboards should show …", a request, nor "It would help to …", a wish of its own).
            MODAL_EFFECT.test(candidate.raw) && !STARTS_WITH_PRONOUN.test(candidate.raw)
          : REFERS_BACK.test(candidate.raw))
      ) {
        (previous.annotations ??= []).push({
          text: toPlainText(candidate.raw).trim(),
          span: { start: candidate.base, end: candidate.end },
        });
        continue;
      }
      previous = pushItem(builder, {
        ...candidate,
        format: "line",
        extra: [],
        section: itemSection,
      });
      lastItem = previous;
      itemAbove = previous;
    }
  }
}

/**
 * Beside a list, "Reject any config with zero shards. Owner: Priya. Due: 2026-12-20." is still an item: one
 * line that opens with a verb and states its own fields in sentences after it. Returns whether it was one.
 */
export function readFieldedLine(
  builder: Builder,
  map: [number, number],
  section: SectionContext,
): boolean {
  const lines = wrappedLines(builder, map);
  const candidate =
    lines.length === 1 ? readBareLine(builder, lines[0][0], lines[0][1], false) : undefined;
  if (
    candidate === undefined ||
    !FIRST_FIELD_SENTENCE.test(candidate.raw) ||
    !startsWithVerb(toPlainText(candidate.raw))
  ) {
    return false;
  }
  pushItem(builder, { ...candidate, format: "line", extra: [], section });
  return true;
}

/**
 * "_Update (July 2):_ This was merged in CDP-12 and deployed." after an item's paragraph: a note on that item,
 * whose report of the work finished and whose ticket are the item's. Returns whether the paragraph was one.
 */
function readUpdateNote(builder: Builder, map: [number, number], item: ActionItem): boolean {
  const { start, end, raw } = paragraphText(builder, map);
  const label = UPDATE_NOTE.exec(raw);
  if (label === null) {
    return false;
  }
  const note = raw.slice(label[0].length);
  const fields = readFields(note, builder.ctx);
  shiftSpans(fields, start + label[0].length);
  item.annotations = [
    ...(item.annotations ?? []),
    { text: toPlainText(note).trim(), span: { start, end } },
  ];
  if (item.status.state === "open" && fields.status?.state === "done") {
    item.status = fields.status;
  }
  if (item.trackerRefs.length === 0 && fields.trackerRefs.length > 0) {
    item.trackerRefs = fields.trackerRefs;
  }
  return true;
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
    // Under a heading "## Action taken", "We took these steps:" introduces the list: the steps are the actions.
    // Under a bold "**Action taken:**" label the sentence is the one action, the list its content.
    if (section.level < PSEUDO_LEVEL && raw.trimEnd().endsWith(":")) {
      continue;
    }
    const fields = readFields(raw, builder.ctx);
    if (
      raw.length > MAX_WRAPPED_LENGTH ||
      isNotAnItem(fields.actionText) ||
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

function proposesChange(builder: Builder, map: [number, number]): boolean {
  const raw = builder.text
    .slice(builder.lines.lineStart(map[0]), builder.lines.lineEnd(map[1] - 1))
    .trim();
  return PROPOSAL_WORDS.test(raw) || opensAsAction(toPlainText(raw), readFields(raw, builder.ctx));
}

/**
 * "`$ paris-traceroute 10.0.0.1`" alone, "_Figure 2: Failed checks per region_" under an image: a command shown
 * or a caption, page furniture around the prose, never an item.
 */
function isFurniture(raw: string): boolean {
  return raw.split("\n").every((line) => {
    const text = line.trim();
    return CODE_ONLY.test(text) || CAPTION.test(text) || IMAGE_ONLY.test(text);
  });
}
const CODE_ONLY = /^(?:`[^`\n]+`\s*)+[.:]?$/;
const CAPTION =
  /^(?:\*\*|__|[_*])?(?:fig(?:ure)?|table|image|chart|graph|screenshot|diagram)\.?\s*\d+[a-z]?\s*[:.–—-]/i;

/** "June 6, 2022", "Tue 14 March 2023": a date alone on its line heads the update written under it. */
function isDateLine(plain: string): boolean {
  const words = plain
    .trim()
    .replace(/[.:]$/, "")
    .split(/[\s,]+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.some((word) => /^\d{4}$/.test(word)) &&
    words.every((word) => /^\d{1,4}(?:st|nd|rd|th)?$/i.test(word) || isCalendarWord(word))
  );
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
    IMAGE_ONLY.test(raw) ||
    isFurniture(raw) ||
    // A paragraph per item, written unwrapped, is one long line: it may run as long as a wrapped one.
    raw.length > (first === last && !onePerParagraph ? MAX_LINE_LENGTH : MAX_WRAPPED_LENGTH)
  ) {
    return undefined;
  }
  const plain = toPlainText(raw);
  if (
    INTRO_WORDS.test(plain) ||
    ENDS_IN_COLON.test(plain) ||
    isNotAnItem(plain) ||
    isDateLine(plain)
  ) {
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
  // "Web client: 4.218": a reading, a label and its value; no words, no action. A web address alone that
  // names no issue or ticket is a page to read, not a piece of work.
  if (
    (!HAS_LETTER.test(fields.actionText) || READING.test(plain) || URL_ONLY.test(plain)) &&
    !bareLink
  ) {
    return undefined;
  }
  // "… by 2027-01-31. Owner: Tariq Mensah. Ref: CHG-20931", "… the code. — Dana Whitfield": the fields
  // after the action are not more prose. In a section of one paragraph per item, a paragraph of several
  // sentences that neither reads as an action nor opens as one sets the scene ("Latency went from 80 ms to
  // 4 s. Three changes follow.").
  const sentences = onePerParagraph
    ? readsAsAction(fields) || opensAsAction(plain, fields) || PROPOSAL_WORDS.test(plain)
      ? 1
      : sentenceCount(fields.actionText)
    : sentenceCount(fields.actionText);
  // Several sentences are prose ("We went through every alert. Most were noise."), unless the line opens as an
  // action: "Add a schema check. In particular, reject empty keys." is an action and its detail.
  // "The team switched to X. They are also going to review Y.": a later commitment makes it work too.
  if (sentences > 1 && !opensAsAction(plain, fields) && !laterSentenceStillToCome(plain)) {
    return undefined;
  }
  if (!readsAsAction(fields) && PAST_NARRATIVE.test(plain) && !MODAL.test(plain)) {
    return undefined; // "Nobody was paged because the alert went to email.": what happened, not what to do.
  }
  if (!readsAsAction(fields) && HINDSIGHT.test(plain.split(/[.!?](?:\s|$)/, 1)[0])) {
    return undefined; // "In hindsight, we should have staged the rollout.": a look back, not a plan.
  }
  if (!readsAsAction(fields) && FINDING.test(plain) && !MODAL.test(plain)) {
    return undefined; // "**3. Looking at the queue depth** we found …": what was learned, not what to do.
  }
  return { raw, base: start, end, fields };
}

/**
 * The text opens with a verb, once its number and bold title are read ("**1. Route around a failing
 * acquirer.** …"), with an action or status label ("**Action item:** …", "**TODO**: …"), with a named
 * person as its owner ("Priya: size the replica …"), or with a commitment ("We will cap the migration
 * job … Hollis owns this.").
 */
function opensAsAction(plain: string, fields: TextFields): boolean {
  return (
    startsWithVerb(plain) ||
    labelsWork(plain) ||
    startsWithVerb(fields.actionText) ||
    startsWithVerb(fields.verbText) ||
    fields.subjectIsEveryone ||
    COMMITMENT_OPENING.test(plain) ||
    FUTURE_RULE_OPENING.test(plain) ||
    promisesChangeInPassive(plain) ||
    reportsWorkDone(plain) ||
    fields.owners.some((owner) => !owner.isGroup && owner.source === "prefix")
  );
}

function promisesChangeInPassive(plain: string): boolean {
  if (!plain.includes(" be ")) {
    return false;
  }
  const promise = PASSIVE_COMMITMENT.exec(plain);
  const participle = promise?.[1].toLowerCase();
  // "will be flushed": a verb of change the past-tense list does not spell out, made regularly.
  return (
    participle !== undefined &&
    (PAST_TENSE_DONE.has(participle) || isPastOfVerb(participle, (verb) => OUTCOME_VERBS.has(verb)))
  );
}

function reportsWorkDone(plain: string): boolean {
  const report = DONE_REPORT_OPENING.exec(plain);
  return report !== null && PAST_TENSE_DONE.has(report[1].toLowerCase());
}

/**
 * A row of column names that make an action table: "Action | Owner | Due | Ticket", or a column of text beside
 * two of owner, due date, ticket and status ("Description | Type | Related Issue | Assignee").
 */
function isHeaderRow(raw: string): boolean {
  const cells = splitRow(raw);
  if (cells.length < 2 || cells.some((cell) => cell.text.trim().split(/\s+/).length > 3)) {
    return false;
  }
  const columns = mapColumns(headerNames(cells));
  return (
    isStandaloneActionTable(columns) ||
    (columns.text !== undefined && supportingColumnCount(columns) >= 2)
  );
}

/** The sentences of a line that say something, leaving out field sentences ("Owner: Ana.") and fragments. */
function sentenceCount(plain: string): number {
  return plain
    .split(/[.!?](?:\s+|$)/)
    .filter((s) => s.trim().split(/\s+/).length > 2 && !SENTENCE_FIELD.test(s)).length;
}
