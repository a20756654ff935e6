// Line shapes the item readers share: field lines, list markers, "Action item:" labels, lines that are no item.
import { DONE_TICK, FIELD_KEYS, OPEN_BOX_MARKS } from "./lexicon";

/** A key as it opens a field, bold or not: "Owner", "**Due**", "__Ticket__". */
export function fieldKey(keys: string): string {
  return String.raw`(?:\*\*|__)?(?:${keys})(?:\*\*|__)?`;
}
/** Any field's key so; the field lines below and the reading text's own lines are built from it. */
export const FIELD_KEY = fieldKey(FIELD_KEYS);

// "Owner: Ana", and with a dash or an arrow for the colon: "Assignee - Ana", "DRI → Ana"; not "Owner —
// Dmitri: add …", where the colon after the name labels an action.
const DASHED_KEY = String.raw`\s+[-–—→](?=\s)(?![^\n]*:\s)`;
export const FIELD_LINE = new RegExp(String.raw`^\s*${FIELD_KEY}(?:\s*[:=]|${DASHED_KEY})`, "i");
/** A field line whose key is followed by a dash or an arrow: the separator, to be read as a colon. */
export const DASHED_FIELD_KEY = new RegExp(
  String.raw`^(\s*${FIELD_KEY})(\s+)[-–—→](?=\s)(?![^\n]*:\s)`,
  "i",
);
/** The same at the start of any line of a wrapped item: "1. Cap the backoff\n   Owner - Ana\n   Due - EOQ". */
export const DASHED_FIELD_KEY_LINES = new RegExp(DASHED_FIELD_KEY.source, "gim");
/** A line's start, with its list marker if it has one ("- ", "2. "): the labels below may open a list item. */
const MARKED_LINE_START = String.raw`^\s*(?:[-*+]\s+|\d+[.)]\s+)?`;
export const LIST_MARKER = /^(\s*(?:>\s*)*)([-*+]|\d{1,9}[.)])(\s+)(?:\[([ xX\-~/]?)\](\s+|$))?/;
// "→ Action: add jitter": an arrow may lead the label. Meeting notes also tag a line "**[Action Item]** add …"
// or "ACTION:Publish …" with no space after the colon.
const ACTION_LABEL_WORDS = String.raw`(?:action items?|action points?|action|AI|follow[- ]?up(?: action)?|TODO|future goal|next step)(?:[\s-]?#?\d{1,3})?`;
export const ACTION_LABEL = new RegExp(
  String.raw`${MARKED_LINE_START}(?:(?:→|⇒|->|=>)\s*)?(?:\*\*|__)?(?:${ACTION_LABEL_WORDS}(?:\*\*|__)?\s*[:\-–—](?:\*\*|__)?\s+\S|\[${ACTION_LABEL_WORDS}\](?:\*\*|__)?\s*(?:[:\-–—]\s*)?[^\s*_\]]|(?:action(?: items?)?|todo):(?=[a-z]))`,
  "i",
);
// "**Action planned:** we will …" on the line it labels; "Action taken:" counts only under a lesson (see headings.ts).
export const PLANNED_ACTION_LABEL =
  /^\s*(?:\*\*|__)?actions? planned\s*(?::(?:\*\*|__)?|(?:\*\*|__):)\s*\S/i;
export const TAKEN_ACTION_LABEL =
  /^\s*(?:\*\*|__)?actions? taken\s*(?::(?:\*\*|__)?|(?:\*\*|__):)\s*\S/i;
// "- **fixed:** automated config generation …", "- **fixing:** …": under a lesson, a bold tag of the state of
// the change that answers it, in any case; the lesson's own lines carry none. Bold only, so a lesson that opens
// "Fixed: …" in plain words is not one. Group 1 is the state's word.
export const LESSON_STATE_TAG = new RegExp(
  String.raw`${MARKED_LINE_START}(?:\*\*|__)(fixed|resolved|done|fixing|in progress|todo)\s*(?::(?:\*\*|__)|(?:\*\*|__):)\s*\S`,
  "i",
);
// "**DONE**: Ana added …", "**TODO** page on pool usage", "DOING: …", an outliner's "TODO add …": a paragraph tagged with its state is a
// piece of work wherever it sits. Upper case or bold only, so a sentence that opens "Done:" in a story is not.
export const STATUS_TAG = new RegExp(
  String.raw`${MARKED_LINE_START}(?:(?:\*\*|__)(?:DONE|TODO|DOING|IN PROGRESS|WIP)\s*:?(?:\*\*|__)\s*[:\-–—]?|(?:DONE|DOING|IN PROGRESS|WIP)\s*[:\-–—]|(?:DONE|TODO|DOING)\s+(?=[a-z]))\s*[^\s*_]`,
);

/** "Action item: …", "**Action planned:** …", "**TODO**: …": a label that says the line is a piece of work. */
export function labelsWork(line: string): boolean {
  return ACTION_LABEL.test(line) || PLANNED_ACTION_LABEL.test(line) || STATUS_TAG.test(line);
}
// A TODO about the write-up itself ("TODO: fill in the timeline", "TODO: finish this section") is not a
// follow-up action; "TODO: write the replay runbook", "TODO: finish the rollout" are.
const WRITE_UP_PART = String.raw`(?:up|out|this|it|the rest|(?:the |this )?(?:section|timeline|summary|write-?up|doc|document|post-?mortem|report|draft|intro|introduction|impact|details|analysis|root cause|conclusion|page))`;
// "TODO: add a section on release reviews to the handbook": the section goes into another document.
const ANOTHER_DOCUMENT = String.raw`(?![^.\n]{0,80}\b(?:to|in|into) (?:the |our |each |every )?(?:[\w-]+ )?(?:handbook|runbook|playbook|wiki|guide|guidelines|docs|documentation|readme|onboarding|checklist|template)\b)`;
export const DOCUMENT_TODO = new RegExp(
  String.raw`${MARKED_LINE_START}(?:\*\*|__)?TODO(?:\*\*|__)?\s*[:\-–—]\s*(?:fill|(?:finish|complete|write|expand|flesh)(?:\s+${WRITE_UP_PART}\b|\s*[.!]?\s*$)|clean up|polish|proofread|format|add (?:the |a |more )?(?:graphs?|screenshots?|details?|timeline|links?|context|numbers|data|section)\b${ANOTHER_DOCUMENT}|link (?:to )?(?:the )?(?:dashboard|graph|doc)|tbd)\b`,
  "i",
);
// Lines under an action heading that say there is nothing, that the list lives elsewhere, or that the
// section is still a blank: "None.", "No further action needed", "See the review notes", "To be filled in".
// The closing words of a published report: an apology, thanks, regret, "we take … seriously", "I realise this
// situation was not ideal" — also after
// "Finally," or "Again,", and as the last paragraph under an action heading, where they are no item.
const COURTESY = String.raw`(?:(?:finally|again|once again|lastly|above all|in closing|most importantly),?\s+)?(?:thank(?:s| you)\b|(?:apologies|sorry)\b|(?:we|i)\s+(?:(?:sincerely|deeply|truly|really|again|also|would like to|want to|wish to|wanted to)\s+)*(?:apologi[sz]e|thank|regret|appreciate)\b|(?:our|my)\s+(?:(?:sincere|sincerest|deepest|heartfelt|humble)\s+)?(?:apologies|thanks|gratitude|regrets)\b|(?:we|i)(?: are|'re|’re| am) (?:(?:very|truly|deeply|so|extremely)\s+)?(?:sorry|grateful|thankful)\b|we take [^.;:]{1,60}? seriously\b|we (?:know|understand|recogni[sz]e) how (?:much|important|critical)\b|(?:we|i)\s+(?:(?:fully|truly|do)\s+)?(?:realize|realise|understand|know|recogni[sz]e|appreciate)\s+(?:that\s+)?(?:this|the)\s+(?:situation|outage|incident|disruption|downtime|interruption|data loss|loss of data)\b|(?:we|i)\s+(?:(?:would like|want|wish|wanted)\s+to\s+)?(?:extend|express|offer|send|give)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:thanks|gratitude|appreciation|apologies|regrets)\b)`;
// Advice to the page's readers, what they should do on their side: "We strongly recommend changing your
// password …", "We advise all users to …". It asks nothing of the team.
const READER_ADVICE = String.raw`(?:we|i)\s+(?:(?:strongly|highly|also|again|would)\s+)*(?:recommend|advise|encourage|urge|suggest)\s+(?:that\s+)?(?:(?:you|everyone|readers)\b|(?:all |our |affected )?(?:users|customers)\b|[a-z]+ing\s+(?:your|their)\b)`;
// Who wrote or reviewed the page, when it changed, what is attached, which files the work touches
// ("File: `src/retry.ts`"): the page's own furniture.
// "We will share a follow-up once these are in place", "We'll keep you updated", "We will check progress on
// these at the weekly": a promise to report on the items above, not one more item.
const UPDATE_PROMISE = String.raw`we(?:'ll|’ll| will)(?: also)? (?:(?:check|review|track|follow up on|go over|monitor)(?: the)? progress (?:on|of|against) (?:these|this|them|those|the (?:above|items|actions|follow[- ]?ups|changes|fixes))\b|keep (?:you|everyone|customers|users|our [\w-]+) (?:updated|informed|posted)\b|(?:share|post|publish|provide|send|give)(?: you)? (?:an? |further |more |regular )?(?:updates?|follow[- ]?ups?|progress (?:updates?|reports?))\b[^.]{0,60}?\b(?:once|when|as) (?:these|this|they|those|each|all|the (?:above|items|actions|changes|fixes))\b)`;
// Notes on the list itself: "Legend: ✅ done", "Progress: 1 of 3 done", "(Items in bold are blockers.)",
// "Tracked in the epic OPS-100."
const LIST_NOTE = String.raw`legend\s*:|progress\s*:\s*\d+\s*(?:of|\/)\s*\d+\b|\(?(?:the\s+)?(?:items?|actions?|rows?|lines?|entries)\s+(?:in\s+(?:bold|italics?|red)|marked\s+(?:with\s+)?\S+|with\s+an?\s+\S+)\s+(?:are|is|need|needs|have|has|were|mean|means)\b|tracked\s+(?:in|on|under|via)\s+(?:the\s+|our\s+|this\s+)?(?:epic|project|board|milestone|issue|ticket|parent)\b`;
const PAGE_NOTE = String.raw`(?:(?:written|authored|prepared|compiled|drafted|reviewed|approved|edited|signed off)\s+by\b|(?:last\s+)?(?:updated|edited|modified|revised|reviewed|checked)\s*(?:on|at)?\s*:|(?:attachments?|links?|references?|see also|related(?: documents| links)?|authors?|reviewers?|contributors?|editors?)\s*:|files?\s*:\s*(?:[\`[]|[\w.-]*[/.][\w.-]*\w)|${LIST_NOTE})`;
// "The Risk Committee will monitor the measures in 4.2 monthly", "… a closure report once all measures are
// complete": a sentence about the actions themselves, how they are overseen, is no action of its own.
const ACTIONS_NOUN = String.raw`(?:(?:these|the|all|those|above|remaining|open|planned|agreed) )*(?:measures|actions|action items|follow[- ]?ups)\b`;
const OVERSIGHT = String.raw`[^.]{0,60}?\b(?:will|to|shall) (?:monitor|track|oversee|review|follow up on|report on|check on) (?:the )?(?:progress (?:of|on|against) )?${ACTIONS_NOUN}|[^.]{0,120}?\b(?:once|when|after) all ${ACTIONS_NOUN} (?:are|have been) (?:complete|completed|done|closed|implemented)\b`;
// "None from the infra side", "No further actions for the API team": whose share of the work is empty.
const NO_ACTION_FROM = String.raw`(?:from|for) (?:the |our |this )?[\w-]+(?: [\w-]+)?(?: side| team| group)?`;
// A file of the repository, as a post-mortem names what it added: ".github/workflows/drift.yml",
// "api/tests/test_infra.py", "docs/decisions/0004-layout.md".
export const REPO_FILE = String.raw`(?:\.?[\w-]+/)+[\w.-]+\.[a-z]{1,5}`;
/** "- `docs/planning/recovery-plan.md`": a file named and nothing else, a pointer to the page, no action. */
export const ONLY_A_FILE = new RegExp(String.raw`^\s*(\x60?)(?:\.{1,2}/)*${REPO_FILE}\1\s*$`);

export const NOT_AN_ITEM = new RegExp(
  String.raw`^(?:${COURTESY}|${READER_ADVICE}|${PAGE_NOTE}|${UPDATE_PROMISE}|(?:none|n\/a|na|nil|nothing(?: (?:to do|further|else|more))?|not applicable|tbd|tba|todo|to do)(?: (?:at (?:this|the) (?:time|moment|point)|at present|for now|yet|so far|identified|planned|needed|required|necessary|to report|${NO_ACTION_FROM}))*\s*[.!]?\s*$|no (?:further |additional |new |other |more )?(?:(?:action|actions|action items?|follow[- ]?ups?|items?)(?: ${NO_ACTION_FROM})?|changes?|work)(?: (?:is |are )?(?:needed|required|identified|planned|necessary|at this time|for now))?\s*(?:[.:;,!\u2013\u2014(-]|$)|(?:to be|will be|tbd:?) (?:filled in|added|decided|determined|completed|written|defined|agreed|updated)\b|\(?(?:fill in|placeholder)\b|(?:see|refer to) (?:the |our |this )?(?:(?:full|complete|whole|original|linked|related) )?(?:\[|review|retro|meeting|notes|epic|board|doc|document|ticket|tickets|jira|issue|issues|project|tracker|link|below|above|attached|diff|commit|commits|patch|pull request|thread|discussion|details\b)|(?:all |the )?(?:follow[- ]?ups?|action items?|actions|items|tasks|measures) (?:are|is|were|will be) (?:tracked|listed|recorded|captured|kept|filed|managed|reviewed|monitored)\b|${OVERSIGHT}|please (?:follow|see|visit|refer to|contact|reach out|let us know|check (?:our|the) status)\b|if you (?:have|experience|see|notice|were|are)\b|for (?:more|further) (?:information|details)\b|questions\?)`,
  "i",
);

/**
 * "— The Platform Team", "-- Jane Doe": the writers signing the page off under its last section, no action.
 * Capitalised words only, so a dash-led line of work ("— add the alert") is not one.
 */
const SIGN_OFF =
  /^\s*(?:[—–]|--)\s*(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}\s*$/u;

/**
 * "Love, the Travis team!", "Cheers,", "Best regards, Ana": the closing of a letter, alone or with its signers.
 * The word must end the line or take a comma, so "Best practice is …" is not one.
 */
const VALEDICTION =
  /^(?:(?:with\s+)?(?:much\s+|lots\s+of\s+)?love|cheers|(?:(?:best|kind|warm(?:est)?)\s+)?regards|best(?:\s+wishes)?|all\s+the\s+best|sincerely|yours(?:\s+(?:truly|sincerely))?|warmly|take\s+care)\s*(?:,\s*\p{L}[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){0,4}\s*[!.]?|[,!.])?\s*$/iu;

/** "Mathias and the Travis team.", "The SRE team": the signers under a letter's closing, on their own line. */
const SIGNERS =
  /^\s*(?:\p{Lu}[\p{L}'’.-]*(?:,\s+|\s+and\s+|\s*&\s*))*(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*\s+(?:team|crew|folks)\s*[.!]?\s*$/u;

/** "on behalf of the TSC team.": the last line of a sign-off, under the writer's name (see bareLines.ts). */
export const ON_BEHALF = /^(?:[-–—]\s*)?on behalf of (?:the |our )?[\w .&'’-]{1,40}[.!]?$/i;

/**
 * "Types: PROCESS, CODE, CONFIG": a label over codes written in capitals is the key the items use, not an item.
 */
const CODE_KEY =
  /^[\p{L} -]{1,30}:\s*[A-Z][A-Z0-9_-]*(?:\s*[,/|]\s*[A-Z][A-Z0-9_-]*)+\s*[.;]?\s*$/u;

/**
 * A line that introduces the items after it rather than being one: "The following actions …", "… listed below",
 * "There are three key changes", "Actions we need to take".
 */
export const INTRO_WORDS =
  /\b(?:the following|following (?:actions?|items?|steps?)|below|as follows|here are|we(?:'ve| have) identified|listed|these (?:actions?|items?)|there (?:are|is) (?:several|a few|some|a number of|many|two|three|four|five|\d+) (?:(?:key|main|important|concrete|specific|further|other|big|major) )*(?:actions?|action items?|steps|changes|improvements|measures|follow[- ]?ups?|things|areas? (?:of|for) improvement)|(?:a host of|a number of|a range of|several|many) (?:areas?|things|changes|improvements) (?:where|in which|that) we (?:will|can|need to|want to|plan to|should) (?:improve|change|work on)|(?:actions?|steps|measures) (?:that |which )?we (?:need|must|have|should|will|want|plan|intend) to take)\b/i;

/** A line that is no item wherever it stands: see `NOT_AN_ITEM`, a sign-off or the closing of a letter. */
export function isNotAnItem(plain: string): boolean {
  return (
    NOT_AN_ITEM.test(plain) ||
    CODE_KEY.test(plain) ||
    SIGN_OFF.test(plain) ||
    SIGNERS.test(plain) ||
    (plain.length <= 80 && VALEDICTION.test(plain))
  );
}

/** "✅ No data lost": a line opened by a tick, which under "What went well" is praise, not work done. */
export const TICK_LED = new RegExp(String.raw`^\s*${DONE_TICK}\s+\S`, "u");

/** "☐ Add …", "☑ Page …": a line opened by a ballot box is a checklist line wherever it sits. */
export const BOX_LED = new RegExp(
  String.raw`^\s*(?:${OPEN_BOX_MARKS}|\u2612|${DONE_TICK})\uFE0F?\s+\S`,
  "u",
);

/**
 * A list marker Markdown does not know, as word processors and plain-text writers type them: "a) …",
 * "ii. …", "(1) …", "(b) …", and Word's "o " for a second-level bullet. Lower-case letters only, so an
 * initial ("J. Smith to …") is no marker.
 */
export const TYPED_LIST_MARK =
  /^\s*(?:\((?:[a-z]|[ivx]{1,4}|\d{1,3})\)|(?:[a-z]|[ivx]{2,4}|[IVX]{2,4})[.)]|o(?=\s+\p{Lu}))\s+(?=\S)/u;

// Field sentences in prose: "… by Friday. Owner: Tariq Mensah. Ref: CHG-20931". The keys a sentence may
// open with, and the gap before such a sentence (read as a line break, so each is a field line).
const SENTENCE_FIELD_KEYS = String.raw`owners?|assignees?|assigned to|dri|responsible|due(?: date)?|deadline|eta|target(?: date)?|tickets?|ref(?:erence)?|jira|issues?|bugs?|tracking|status|priority`;
export const SENTENCE_FIELD = new RegExp(String.raw`^\s*(?:${SENTENCE_FIELD_KEYS})\s*:`, "i");
export const FIELD_SENTENCE_GAP = new RegExp(
  String.raw`(?<=[.;])\s(?=(?:\*\*|__)?(?:${SENTENCE_FIELD_KEYS})(?:\*\*|__)?\s*:)`,
  "gi",
);
/** "… the load balancer. Owner - Identity team.": a field sentence with a dash for its colon. */
export const DASHED_FIELD_SENTENCE = new RegExp(
  String.raw`(?<=[.;]\s)((?:\*\*|__)?(?:${SENTENCE_FIELD_KEYS})(?:\*\*|__)?)(\s+)[-–—→](?=\s)`,
  "gi",
);
/** Where the first field sentence of a paragraph starts: at its start or after a sentence's end. */
export const FIRST_FIELD_SENTENCE = new RegExp(
  String.raw`(?:^\s*|(?<=[.;])\s)(?:\*\*|__)?(?:${SENTENCE_FIELD_KEYS})(?:\*\*|__)?\s*:`,
  "i",
);

/**
 * "_Update (July 2, 2021)_ …", "**Update:** …", "Update 2026-01-04: …": a later note on the work above it, not
 * work of its own. "Update the runbook" has no label shape and is an action.
 */
export const UPDATE_NOTE =
  /^(?:(?:\*\*|__|\*|_)update(?:\s*\([^()\n]{1,40}\))?:?(?:\*\*|__|\*|_)|update(?:\s*\([^()\n]{1,40}\)|\s+\d{4}-\d{2}-\d{2})?\s*[:–—])\s*/i;
