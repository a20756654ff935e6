import type { Deadline, Owner } from "../types";
import { findDeadline } from "./dates";
import {
  MODAL,
  OTHER_LANGUAGE_DONE_WORDS,
  TAKE_ON_VERBS,
  TAKE_UP_PHRASES,
  WHOLE_ORGANISATION,
} from "./lexicon";
import { lastSentence, sentencesOf, toPlainText } from "./markdownText";
import { ownersFrom, type OwnerContext } from "./owners";
import { readFields, startsWithVerb, type FieldContext, type TextFields } from "./fields";

// A sentence that opens an action section and names who will do its items ("These are the follow-ups for
// the platform team to implement:", "Owned by Dana Okafor:", "QXP will drive the following:") gives every
// item below it that owner, unless the item names its own.

const NAME = String.raw`((?:the\s+)?(?:@?[\p{Lu}\d][\p{L}\d&.'’_-]*|@[\p{Ll}][\p{L}\d_.-]*|[\p{Ll}][\p{L}\d_-]*\s+team)(?:\s+(?:\+|&|and)?\s*@?[\p{L}\d&.'’_-]+){0,4}?)`;
const DUTY = String.raw`(?:implement|do|make|ship|complete|address|handle|deliver|carry out|conduct|undertake|take|follow up on|work on|action|${TAKE_ON_VERBS}|${TAKE_UP_PHRASES})`;
const INTRO_OWNER = [
  new RegExp(
    String.raw`\b(?:items?|actions?|follow[- ]?ups?|tasks?|work|changes|steps)\s+for\s+${NAME}\s+to\s+${DUTY}\b`,
    "u",
  ),
  new RegExp(
    String.raw`(?:^|\b(?:are|is|will be|shall be|to be)\s+)(?:owned|driven|led|implemented|handled|addressed|delivered|picked up|taken on|taken up|tackled|actioned)\s+by\s+${NAME}(?:\s*[:.,;]|\s+unless\b|$)`,
    "iu",
  ),
  new RegExp(
    String.raw`(?:^|,\s*)${NAME}\s+(?:will|is going to|are going to|is to|are to|should|must|needs? to|has agreed to|have agreed to|owns?)\s+(?:${DUTY}\s+)?(?:(?:all (?:of )?)?the following|these|all (?:of )?(?:the )?(?:items?|actions?|follow[- ]?ups?))\b`,
    "u",
  ),
  // "Jonas will also:", "Dana is going to:": the list right under the sentence finishes it.
  new RegExp(
    String.raw`(?:^|,\s*)${NAME}\s+(?:will|is going to|are going to)(?:\s+(?:also|then|additionally))?\s*:$`,
    "u",
  ),
  // "As a next step, @dana is going to write two documents:": a count of things, then the list that names them.
  new RegExp(
    String.raw`(?:^|,\s*)${NAME}\s+(?:will|is going to|are going to)\s+\p{Ll}+\s+(?:two|three|four|five|six|\d)\s+[\p{L}-]+\s*:$`,
    "u",
  ),
  // "Owner: Dana", "Owner for all of the below: Eli Park. Target: Q1 2027.", "Action owner: Dana unless stated
  // otherwise."
  new RegExp(
    String.raw`^(?:(?:action|item) )?(?:owners?|assignees?|dri)(?:\s+(?:for|of)\s+(?:all|each|every)\b[^:]{0,30})?\s*:\s*${NAME}\s*(?:unless (?:otherwise )?(?:stated|noted|given|shown)(?: otherwise)?\s*)?(?:[.;]|$)`,
    "iu",
  ),
];

/** The owner an action section's opening sentence names for all its items, if it names one. */
export function ownersFromIntro(raw: string, ctx: OwnerContext): Owner[] | undefined {
  const plain = toPlainText(raw).replace(/\s+/g, " ").trim();
  if (plain.length > 300) {
    return undefined;
  }
  for (const pattern of INTRO_OWNER) {
    const match = pattern.exec(plain);
    if (match === null || WHOLE_ORGANISATION.test(match[1])) {
      continue; // "We will do the following": everyone, so nobody by name.
    }
    const found = ownersFrom(match[1].replace(/^the\s+/i, ""), "section", ctx);
    if (Array.isArray(found) && found.length > 0) {
      return found;
    }
  }
  return undefined;
}

// "All due by the end of cycle 58 unless noted.", "Everything below is due in Q1 2027.": the timebox the
// opening sentence sets for every item that names none.
const INTRO_DEADLINE =
  /\b(?:all|everything|each|every (?:item|action|one)|these|the (?:items|actions|follow[- ]?ups) below)\b[^.!?;:]{0,40}?\b(?:due|targeted|target|to be (?:done|completed|finished|shipped))\b([^.!?;]{1,80})/i;

/** The deadline an action section's opening sentence sets for all its items, if it sets one. */
export function deadlineFromIntro(
  raw: string,
  reference: Date,
  dayFirst?: boolean,
): Deadline | undefined {
  if (!/\b(?:due|target|to be)\b/i.test(raw)) {
    return undefined;
  }
  const plain = toPlainText(raw).replace(/\s+/g, " ").trim();
  const match = plain.length > 300 ? null : INTRO_DEADLINE.exec(plain);
  const found = match === null ? undefined : findDeadline(match[1], reference, dayFirst);
  return found === undefined
    ? undefined
    : { text: found.text, date: found.date, source: "section" };
}

// "We have already made the following changes:", "These fixes are now in place:", "We've added the following
// safeguards:": the list under the
// sentence reports work finished; "we have identified the following actions:" only names it.
const INTRO_DONE =
  /\b(?:have|['’]ve|has|were|was|are|is)\s+(?:(?:now|already|also)\s+)*(?:been\s+)?(?:made|taken|implemented|completed|shipped|deployed|released|merged|applied|rolled out|put in place|done|fixed|finished|in place|live|(?:added|introduced|built|created|set up|enabled|installed) the following|(?<=\b(?:were|was|have been|has been)\s+)(?:added|introduced))\b/i;

// "… we have made some changes, and longer term improvements are planned:": later work rides in the same list,
// so each item's own tense says whether it is done.
const INTRO_LATER_WORK = /\b(?:long(?:er)?[- ]term|planned|upcoming|ongoing|still to come)\b/i;

// "Release 1.10.0 includes the following fixes:", "v2.3 ships these changes:": a numbered release, out, that
// holds the work ("The next release will include …" is still to come: a modal, or "upcoming", "planned"). A
// bare number is not enough: "The 1.29 upgrade contains these steps:" plans them.
const RELEASE_HOLDS =
  /\b(?:(?:release|version)\s+v?\d+(?:\.\d+)*|v\d+(?:\.\d+)+|\d+(?:\.\d+)+\s+release)\b[^.:;]{0,60}?\b(?:includes|included|contains|contained|ships|shipped|brings|brought|delivers|delivered)\b/i;

// "Completed:", "Already done:", "✅ Done:", "Gjort:" alone over a list: a label for work finished.
const DONE_LABEL = new RegExp(
  String.raw`^(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:(?:already|now)\s+)?(?:completed|done|finished|resolved|implemented|shipped|in place|${OTHER_LANGUAGE_DONE_WORDS})\s*:$`,
  "iu",
);

// "The main actions taken were:", "Steps taken after the review include:": the work is named as done first.
const TAKEN_WERE =
  /\b(?:actions?|steps?|changes|measures|fixes)\b(?:\s+[\w-]+){0,3}?\s+taken(?:\s+[\w-]+){0,4}?\s+(?:were|are|include|included)\s*:$/i;

/** The sentence just above a list says the items in it are already done. */
export function doneFromIntro(raw: string): boolean {
  const plain = toPlainText(raw).replace(/\s+/g, " ").trim();
  const last = lastSentence(plain);
  return (
    last.endsWith(":") &&
    last.length <= 160 &&
    (INTRO_DONE.test(last) ||
      DONE_LABEL.test(last) ||
      TAKEN_WERE.test(last) ||
      RELEASE_HOLDS.test(last)) &&
    leavesNothingToCome(last)
  );
}

/** A sentence of the text says a numbered release, out, holds the work ("The 2.4 release includes these fixes."). */
export function releaseHoldsWork(raw: string): boolean {
  return sentencesOf(toPlainText(raw).replace(/\s+/g, " ")).some(
    (sentence) => RELEASE_HOLDS.test(sentence) && leavesNothingToCome(sentence),
  );
}

/** No modal ("will include") and no later work ("longer term improvements are planned") in the sentence. */
function leavesNothingToCome(sentence: string): boolean {
  return !MODAL.test(sentence) && !INTRO_LATER_WORK.test(sentence);
}

/**
 * "Investigate" or "Look into:" on the last line right above a list: a verb alone that the list's items
 * finish ("- cross-cluster replication"), as the parent of sub-items would. Its fields, or undefined.
 */
export function verbLineOverList(raw: string, ctx: FieldContext): TextFields | undefined {
  const last = toPlainText(raw.split("\n").pop() ?? "")
    .trim()
    .replace(/:$/, "")
    .trim();
  if (last === "" || last.split(/\s+/).length > 3 || !startsWithVerb(last)) {
    return undefined;
  }
  return readFields(last, ctx);
}
