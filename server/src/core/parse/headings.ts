import { toPlainText } from "./markdownText";
import { correctedHeading } from "./headingTypos";
import { MONTHS } from "./dates/words";
import {
  ACTION_HEADING_PHRASES,
  DONE_HEADING,
  DROPPED_HEADING,
  DROPPED_HEADING_ALONE,
  FINDINGS_PHRASES,
  HOW_IT_WENT,
  NARRATIVE_HEADING_PHRASES,
  NUMBERED_FINDING,
  NOT_ACTION_HEADING_PHRASES,
  OTHER_LANGUAGE_ACTION_HEADINGS,
  PRIORITY_LEVELS,
  PROHIBITION_HEADING_PHRASES,
  READER_ADVICE_PHRASES,
  STORY_CONTINUATIONS,
  STORY_TOPIC_WORDS,
} from "./lexicon";

// Headings that open a list of follow-up work, and those that never do even with an action word in them
// (the phrases are in lexicon/headings.ts). "Mitigations" on its own, plural, lists the ways to keep it from
// happening again; "Mitigation" tells how the incident was stopped.
const ACTION_HEADING = new RegExp(String.raw`^mitigations$|\b(?:${ACTION_HEADING_PHRASES})\b`, "i");

// "Aksjonspunkter", "Maßnahmen", "Próximos pasos": letters beyond ASCII need Unicode word edges.
const OTHER_LANGUAGE_ACTION_HEADING = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${OTHER_LANGUAGE_ACTION_HEADINGS})(?![\p{L}\d])`,
  "iu",
);

const NOT_ACTION_HEADING = new RegExp(
  String.raw`\b(?:${READER_ADVICE_PHRASES})\b|` + String.raw`\b(?:${NOT_ACTION_HEADING_PHRASES})\b`,
  "i",
);

const NARRATIVE_HEADING = new RegExp(
  String.raw`\b(?:${FINDINGS_PHRASES})\b|\b(?:${NARRATIVE_HEADING_PHRASES})\b|` +
    String.raw`^(?:${PROHIBITION_HEADING_PHRASES})$`,
  "i",
);

export function isActionHeading(text: string): boolean {
  return isActionHeadingText(toPlainText(text));
}

/** Headings whose sections are never action sections, even nested under one. */
export function isNarrativeHeading(text: string): boolean {
  const plain = toPlainText(text);
  return isNarrativeHeadingText(plain, isActionHeadingText(plain));
}

// The same two judgements on a heading already turned into plain text, for the parser, which
// needs the plain text as the section title anyway.

// A document's title names the post-mortem ("# Incident report: recommendations outage #1", "# Sprint 31
// retrospective and follow-ups"): its other words name the incident, never a list of work.
// With "report": "Corrective and Preventive Action (CAPA) Report" titles the page, not one list of actions.
// A title led by the day of the incident ("# 2021-06-29: Deploys broken by the Actions budget") or naming an
// outage names the incident too, whatever other words it holds; the day may be written day or month first
// ("# 17-09-2025 - Webhooks stalled by the Actions quota", "# 3/14/2025: …") or in words ("# 4 March 2026 - …",
// "# March 4, 2026: …").
const DAY_IN_WORDS = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\.?,?\s+\d{4}|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
const DOCUMENT_TITLE = new RegExp(
  String.raw`\b(?:post[-\s]?mortems?|post[-\s]?incident|incidents?|retrospectives?|retros?|rcas?|pirs?|root[-\s]cause analysis|report|outages?)\b|^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?:\d{2})?|${DAY_IN_WORDS})\b`,
  "i",
);

export function isDocumentTitleText(plain: string, level: number): boolean {
  return level === 1 && DOCUMENT_TITLE.test(plain);
}

// What a heading may carry besides its words: an emoji before or after them, a colon at the end.
const HEADING_MARKS =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)+|(?:\s*\p{Extended_Pictographic}\uFE0F?)+$|\s*:$/gu;
const NOT_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * A heading's words as its section is judged by: "🛠️ Detection:" reads "Detection", and "What we’re
 * doing about it" (word processors curl the apostrophe) reads as typed with a straight one.
 */
export function headingWords(plain: string): string {
  if (!NOT_ASCII.test(plain)) {
    return plain.endsWith(":") ? plain.replace(HEADING_MARKS, "") : plain;
  }
  return plain.replace(/’/g, "'").replace(HEADING_MARKS, "").trim();
}

const HEADING_NUMBER = /^[\d.\s)]+/;

/** "6.1 Payouts team" reads "Payouts team": a heading's number is no part of what it names. */
export function withoutHeadingNumber(words: string): string {
  return words.replace(HEADING_NUMBER, "");
}

// What a done or dropped sub-heading may carry besides its words: a mark or emoji anywhere, the day it was done.
const STATUS_DECORATION =
  /\p{Extended_Pictographic}\uFE0F?|\s*\((?:as of |on )?[^()]*\d[^()]*\)\s*$/gu;

/** The words a sub-heading says its items' status with: "3. Done ✅ (2026-11-20)" reads "Done". */
function statusWords(words: string): string {
  return withoutHeadingNumber(words.replace(STATUS_DECORATION, " ")).trim();
}

/** "Already done", "Completed (2026-11-20)": the items under it are finished. */
export function isDoneHeadingText(words: string): boolean {
  return DONE_HEADING.test(statusWords(words).replace(/\s+/g, " "));
}

/** "Not doing", "Parked ideas", "Dropped": the items under it were let go. */
export function isDroppedHeadingText(words: string): boolean {
  const status = statusWords(words);
  return (
    (status.split(/\s+/).length <= 6 && DROPPED_HEADING.test(status)) ||
    DROPPED_HEADING_ALONE.test(status)
  );
}

// "Which checks could have been added to stop it?", "What might have caught the bad deploy?":
// a heading that asks what might have been asks about the past, so its section holds findings, not work.
const COUNTERFACTUAL_HEADING =
  /\b(?:should|could|would|might|must)(?:\s+\w+)?\s+have\s+(?:been|\w+ed)\b/i;

// A timeline entry as a heading: "### 4:09-4:56 PM: Follow-up call", "### Fix rolled out (10:30 - 14:00 UTC)",
// "### 14:30 UTC". It tells when something happened, whatever its words; never a list of work.
const TIMELINE_ENTRY =
  /^~?\d{1,2}:\d{2}\b|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:utc\s*)?[-–—]\s*~?\d{1,2}:\d{2}|\(\s*~?\d{1,2}:\d{2}[^()]*\)$/i;

/** "### 4:09 PM: Follow-up call", "### Fix rolled out (10:30 - 14:00 UTC)": a timeline entry, not work. */
export function isTimelineEntryText(plain: string): boolean {
  return TIMELINE_ENTRY.test(headingWords(plain));
}

export function isActionHeadingText(plain: string): boolean {
  const heading = headingWords(plain);
  if (TIMELINE_ENTRY.test(heading)) {
    return false;
  }
  const words = withoutHeadingNumber(heading);
  const action = ACTION_HEADING.exec(words);
  if (action !== null) {
    if (COUNTERFACTUAL_HEADING.test(words) || saysWhatItDoes(words, action)) {
      return false;
    }
    return !NOT_ACTION_HEADING.test(words) || joinsFollowUps(words);
  }
  if (OTHER_LANGUAGE_ACTION_HEADING.test(words)) {
    return !NOT_ACTION_HEADING.test(words);
  }
  // "Acton items", "ActionItems": a short heading with a typo or run together, read as meant.
  const corrected = words.length <= 60 ? correctedHeading(words) : undefined;
  return (
    corrected !== undefined && ACTION_HEADING.test(corrected) && !NOT_ACTION_HEADING.test(corrected)
  );
}

// "Fast fixes can increase risk", "Follow-ups must have one owner": the action word is the subject of the
// heading's verb, so the heading states a lesson about such work rather than titling a list of it.
const STATEMENT_AFTER =
  /^\s+(?:can(?:not)?|can't|could|may|might|must|should|would|will|won't|do not|don't)\s+(?!be\b)[a-z]/i;

function saysWhatItDoes(words: string, action: RegExpExecArray): boolean {
  return STATEMENT_AFTER.test(words.slice(action.index + action[0].length));
}

/**
 * "Actions taken and future prevention", "Steps taken / next steps": the work done during the incident joined
 * to the work still to come, one part of which names follow-ups on its own.
 */
function joinsFollowUps(words: string): boolean {
  const parts = words.split(HEADING_JOINT);
  return (
    parts.length > 1 &&
    parts.some((part) => ACTION_HEADING.test(part) && !NOT_ACTION_HEADING.test(part))
  );
}
const HEADING_JOINT = /\s+(?:and|&)\s+|\s*\/\s*|,\s+/i;

const FINDINGS_HEADING = new RegExp(String.raw`\b(?:${FINDINGS_PHRASES})\b`, "i");

/** "Audit results", "Known issues": what a check or the review found; "Audit" here is no order. */
export function isFindingsHeadingText(plain: string): boolean {
  return FINDINGS_HEADING.test(headingWords(plain));
}

export function isNarrativeHeadingText(plain: string, isAction: boolean): boolean {
  const words = headingWords(plain);
  return (NARRATIVE_HEADING.test(words) || TIMELINE_ENTRY.test(words)) && !isAction;
}

const NUMBERED_FINDING_HEADING = new RegExp(NUMBERED_FINDING, "i");

/**
 * "Bug 2 — the bundler rejects …": outside the action sections, one finding told as part of the story, so a
 * "**Fixes:**" label in it names what the responders changed. Under an action heading it may title the work
 * for that finding, so it is not a narrative heading.
 */
export function isNumberedFindingText(plain: string): boolean {
  return NUMBERED_FINDING_HEADING.test(headingWords(plain));
}

const MIXED_HEADING = new RegExp(
  String.raw`\b(?:lessons?|learnings?|learned|takeaways?|${HOW_IT_WENT}|observations?|findings?|conclusions?|discussion)\b`,
  "i",
);

/** An action heading that also names lessons or findings ("Lessons learned and action items"). */
export function isMixedHeadingText(plain: string): boolean {
  return MIXED_HEADING.test(plain);
}

const NOT_OURS_HEADING =
  /\b(?:actions? taken|taken actions?|response actions?|actions during|during the incident|(?:fixes|changes|steps|actions) (?:applied|made|completed|done)|(?:previous|prior|past|earlier|old) (?:action items?|actions|follow[- ]?ups?)|(?:action items?|actions|follow[- ]?ups?) from (?:the |a |our )?(?:previous|prior|last|earlier|past|old)\b|status of (?:the )?(?:previous|prior|past|earlier|old))\b/i;

/** Headings that name what is not this post-mortem's follow-up work: actions taken during the incident, an earlier post-mortem's items. */
export function isNotActionHeadingText(plain: string): boolean {
  return NOT_OURS_HEADING.test(withoutHeadingNumber(plain));
}

// Under an action heading these name a kind of action ("### Detection": the actions that find it sooner);
// on their own they are parts of the story ("## Detection": how it was found).
const ACTION_CATEGORY_HEADING =
  /^(?:detection|detect|mitigations?|mitigate|prevention|prevent|recovery|repair|response|process|tooling|monitoring|alerting|observability|documentation|testing)(?: (?:items?|actions?|follow[- ]?ups?|work))?$/i;

export function isActionCategoryHeadingText(plain: string): boolean {
  const words = withoutHeadingNumber(headingWords(plain)).replace(PRIORITY_TAG, "").trim();
  // "Detection and alerting", "Monitoring & detection": two kinds of work under one heading.
  return words.split(HEADING_JOINT).every((part) => ACTION_CATEGORY_HEADING.test(part.trim()));
}

/**
 * "Background jobs", "Impact reduction", "Timeline accuracy": a word that names a part of the story, used to
 * qualify the topic a sub-heading of two words names ("Impact on customers", "Timeline of events" stay the story).
 */
export function isStoryWordAsTopicText(plain: string): boolean {
  return STORY_WORD_AS_TOPIC.test(withoutHeadingNumber(headingWords(plain)).trim());
}
const STORY_WORD_AS_TOPIC = new RegExp(
  String.raw`^(?:${STORY_TOPIC_WORDS})\s+(?!(?:${STORY_CONTINUATIONS})$)[a-z]{3,}$`,
  "i",
);
/** "### Detection (P1)", "### Prevention [high priority]": the category's rank, not part of its name. */
const PRIORITY_TAG = new RegExp(
  String.raw`\s*[([](?:(?:${PRIORITY_LEVELS}|top)(?: priority)?|priority:? ?(?:[0-4]|high|medium|low))[)\]]\s*$`,
  "i",
);

// "Resolution and recovery", "Recovery": how the incident was ended. A part of it ("**First fixes (5 May):**",
// "### Short-term fix") names the responders' steps, not follow-up work.
// Also as the work is told: "Resolving the issue", "Fixing the outage", "How we resolved it".
const RESPONSE_HEADING =
  /^(?:(?:incident )?resolution|recovery|restoration)(?:\s+(?:and|&)\s+(?:recovery|resolution|restoration|mitigation))?$|^(?:how (?:we|it was) )?(?:resolv|fix|mitigat|restor)(?:ing|ed) (?:the |this |our )?(?:issue|incident|outage|problem|service|it)$/i;

// "Mitigation", "The mitigation": how the incident was stopped, or, when it says what is still to come, the
// changes that keep it from coming back (the caller looks for such a commitment in the section's lines).
const MITIGATION_HEADING = /^(?:the |our )?(?:incident )?mitigation$/i;

/** "Mitigation" in the singular: the story of the response, unless its lines commit to work still to come. */
export function isMitigationHeadingText(plain: string): boolean {
  return MITIGATION_HEADING.test(withoutHeadingNumber(headingWords(plain)).trim());
}

// "## Timeline", "## Chronology of events": the incident told in order.
const TIMELINE_HEADING = /\b(?:timeline|chronology|sequence of events)\b/i;

/** "Resolution and recovery": the section that tells how the incident was ended. */
export function isResponseHeadingText(plain: string): boolean {
  return RESPONSE_HEADING.test(withoutHeadingNumber(headingWords(plain)).trim());
}

// What the responders applied ("Immediate fixes", "Mitigations", "Workaround"), unless it says the work is still
// to come ("Next steps", "Follow-up fixes", "Permanent fix", "Preventive measures"). "Remediation" is left out:
// under "Resolution" it names the work that follows as often as the steps taken.
const RESPONSE_STEP = /\b(?:(?:hot-?)?fix(?:es)?|mitigations?|workarounds?)\b/i;
const WORK_TO_COME_WORDS =
  /\b(?:follow[- ]?ups?|next|future|long[- ]term|permanent|prevent\w*|corrective|action items?|to[- ]?dos?|planned|remaining|outstanding)\b/i;

// A label that names a kind of change and nothing more ("Key improvements", "Systematic prevention"): in a part
// of the story it may list what was built or now holds, not work to follow.
const CHANGE_KIND_LABEL =
  /^(?:[\w-]+\s+){0,2}(?:improvements?|enhancements?|prevention|fixes|changes)$/i;

/** "Key improvements", "Systematic prevention": a label that names a kind of change, not work still to come. */
export function isChangeKindLabelText(words: string): boolean {
  return CHANGE_KIND_LABEL.test(words.trim());
}

/** "Next steps", "Long-term fixes", "Follow-ups": a heading that says its work is still to come. */
export function isWorkToComeText(plain: string): boolean {
  return WORK_TO_COME_WORDS.test(plain);
}

/** "Immediate fixes (2 May)": under "Resolution and recovery", the fixes the responders applied. */
export function isResponseStepText(plain: string): boolean {
  return RESPONSE_STEP.test(plain) && !isWorkToComeText(plain);
}

/** "### Investigation and fixes" under "## Timeline": the fixes the responders applied, told in order. */
export function isTimelineStepText(parentTitle: string, plain: string): boolean {
  return TIMELINE_HEADING.test(parentTitle) && isResponseStepText(plain);
}

const LESSONS_HEADING = /\b(?:lessons?|learnings?|learned|learnt|takeaways?)\b/i;

/** "Lessons learned", "Learnings": the sections where a lesson and the change it led to sit side by side. */
export function isLessonsHeadingText(plain: string): boolean {
  return LESSONS_HEADING.test(plain);
}

// "Actions taken" names the incident response under most headings, but under a lesson it names the change
// the lesson led to: follow-up work, finished.
const ACTIONS_TAKEN_LABEL = /^actions? taken$/i;

export function isActionsTakenText(plain: string): boolean {
  return ACTIONS_TAKEN_LABEL.test(plain.trim());
}

// "## Actions taken", "## Immediate actions taken", "## Lessons learned and actions taken" as a heading of its
// own, outside the story of the response: the changes made, listed as follow-ups done. A bold "**Actions
// taken:**" in a part of the story, or a sub-heading of the response, lists the response's steps.
const ACTIONS_TAKEN_HEADING =
  /^(?:(?:the |our )?(?:lessons? learn(?:ed|t)|learnings) and |(?:immediate|corrective|remedial|mitigating|mitigation) )?actions? taken$/i;
export function isActionsTakenHeadingText(plain: string): boolean {
  return ACTIONS_TAKEN_HEADING.test(plain.trim());
}

// Inside an action section, a label over sub-items that says they were finished ("Immediate actions taken:",
// "Completed:") marks them done, as a sub-heading saying so would.
const TAKEN_LABEL = /^(?:[a-z-]+\s+){0,2}(?:actions?|steps|measures) taken$/i;

export function isDoneLabelText(words: string): boolean {
  return isDoneHeadingText(words) || TAKEN_LABEL.test(words.trim());
}

// "Action taken:", "Action planned:", "Action item:" in the singular, over a paragraph: that paragraph is one action.
const SINGLE_ACTION_LABEL = /^action(?: item| point)?(?: (?:taken|planned))?$/i;

export function isSingleActionLabelText(plain: string): boolean {
  return SINGLE_ACTION_LABEL.test(plain.trim());
}

/**
 * Labels that can only name a list of follow-up work, never the steps taken during the incident ("Next
 * steps:" in a timeline are the responders'): on a line of their own they open follow-ups in any section.
 */
const ACTION_LIST_LABEL =
  /^(?:action items?|action points?|follow[- ]?ups?|follow[- ]?up (?:actions|items|tasks)|to[- ]?dos?|remediation items|corrective actions)$/i;

export function isActionListLabelText(plain: string): boolean {
  return ACTION_LIST_LABEL.test(plain.trim());
}
