import {
  FAULT_AFTER_MODAL,
  FAULT_CONDITIONS,
  FAULT_OBJECT_DETERMINERS,
  FAULT_WORDS,
  OUTCOME_VERBS,
  PAST_REPORT_VERBS,
  REQUEST_WORDS,
  THRESHOLD_WORDS,
} from "../lexicon";
import { type Clause } from "./clause";
import { lowerWords, isAbstractWord, isVerbWord, verbOf } from "./words";
import { pastStems } from "../readers/verbs";

// What went wrong, written where the action should be: after a title ("Alert routing — pages went to the
// wrong rota") or before the request ("The dashboards were confusing; add a p99 panel per region").

/** Where a title ends: a dash or a colon within the first words. */
const TITLE_END = /\s(?:[-–—]|--)\s|:\s/;

export interface Complaint {
  /** The request after the complaint's semicolon, to be judged instead; undefined when there is none. */
  request?: string;
  /** Why it is vague, when there is no request. */
  why?: string;
}

/**
 * The complaint the item opens with, after at most a short title, or undefined when it asks for a change.
 * `afterBold` says the words follow a bold title the item reader has already cut off.
 */
export function complaintOf(clause: Clause, afterBold: boolean): Complaint | undefined {
  const { sentence } = clause;
  const semicolon = sentence.indexOf("; ");
  // Only a separator within the first words can end a title: the search looks at those alone.
  const title = afterBold ? null : TITLE_END.exec(sentence.slice(0, 44));
  // A title is a few words with no request of its own: "Alert routing", not "Add alerts".
  const titled =
    afterBold || (title !== null && title.index <= 40 && isTitle(sentence.slice(0, title.index)));
  if (!titled && semicolon === -1) {
    // "Alarm flooding during the event was a problem", "Residents could not pay for 5 hours": the trouble
    // named, and nothing asked in the sentence.
    return (PROBLEM_WORD.test(sentence) ? problemNamed(sentence) : undefined) ?? notDone(clause);
  }
  const from =
    title !== null && titled && (semicolon === -1 || title.index < semicolon)
      ? title.index + title[0].length
      : 0;
  // The complaint ends at a semicolon, a dash or the sentence's end; whatever follows is the request.
  const after = clause.text.slice(from);
  const end = REPORT_END.exec(after);
  const report = end === null ? after : after.slice(0, end.index);
  if (!isReport(report)) {
    return undefined;
  }
  const request = end === null ? "" : after.slice(end.index + end[0].length).trim();
  if (request !== "") {
    return { request };
  }
  return titled ? {} : undefined;
}
const REPORT_END = /;\s|\s(?:[-–—]|--)\s|[.!](?:\s|$)/;

function problemNamed(sentence: string): Complaint | undefined {
  return PROBLEM_NAMED.test(sentence) ? { why: "names what went wrong, not a change" } : undefined;
}
const PROBLEM_NAMED =
  /^[A-Za-z][\w -]{0,60}\s(?:was|were)\s(?:a|an)\s(?:(?:big|real|major|huge|significant)\s)?(?:problem|issue)\.?$/i;

/** A subject and what it could not do or did not get, then perhaps the request in the next sentence. */
function notDone(clause: Clause): Complaint | undefined {
  const { sentence, text } = clause;
  // One clause only: "… did not run on Sundays, so we moved it to Monday" reports the change too.
  if (
    !hasNegation(sentence) ||
    !NEGATIVE_PAST.test(sentence) ||
    sentence.includes(",") ||
    ONE_MORE_CLAUSE.test(sentence)
  ) {
    return undefined;
  }
  const words = lowerWords(sentence.toLowerCase());
  if (words.some((word) => REQUEST_WORDS.has(word))) {
    return undefined;
  }
  const request = text
    .slice(sentence.length)
    .replace(/^[.!]\s*/, "")
    .trim();
  return request === "" ? { why: "names what went wrong, not a change" } : { request };
}
function hasNegation(sentence: string): boolean {
  return NEGATION.test(sentence);
}
// Word gates as one pattern each: one scan, where a chain of includes made a call per word.
const NEGATION = / not |n't | had no | never /;
const PROBLEM_WORD = / problem| issue/;
const ONE_MORE_CLAUSE = /\s(?:so|but|and|until|because|since|which|after)\s/i;
const NEGATIVE_PAST =
  /^(?:the\s+|our\s+)?[A-Za-z-]+(?:\s[a-z-]+)?\s(?:could not|couldn't|did not|didn't|were not|was not|weren't|wasn't|had no|never)\s/i;

/** The item opens with a bold title that the words to judge do not repeat. */
export function followsBoldTitle(raw: string, text: string): boolean {
  const bold = BOLD_TITLE.exec(raw);
  return bold !== null && !text.startsWith(bold[2].trim());
}
// A bold status tag ("**[Done]**") is no title.
const BOLD_TITLE = /^\s*(?:\[[ xX]\]\s*)?(\*\*|__)([^[*_].*?)\1/;

function isTitle(label: string): boolean {
  const words = lowerWords(label.toLowerCase());
  const first = words[0] ?? "";
  return (
    words.length > 0 &&
    words.length <= 4 &&
    !/\d/.test(label) &&
    !(isVerbWord(verbOf(first)) && !isAbstractWord(first))
  );
}

/**
 * A statement of what happened: a subject, then a verb in the past ("pages went …", "managers did not
 * know …", "the SIMs had lapsed"), with no request ("we need to …") and no report of a change made
 * ("snapshots were moved …").
 */
function isReport(text: string): boolean {
  const words = lowerWords(text.toLowerCase());
  // "99% of messages processed within 2 min" states a target; a request names what to do.
  // "the volume was grown to 2 TB": a new setting.
  if (
    SET_TO.test(text) ||
    words.length < 3 ||
    words.some((word) => REQUEST_WORDS.has(word) || THRESHOLD_WORDS.has(word))
  ) {
    return false;
  }
  // "we found 3 unused keys and revoked them": the change made is reported too.
  if (
    words.some(
      (word, at) => at > 0 && CHANGE_REPORTED_AFTER.has(words[at - 1]) && isChangeMade(word),
    )
  ) {
    return false;
  }
  // "Assess why the scheduler failed" asks for work; "staff kept rebooting tills" is a subject and its verb.
  const first = words[0] ?? "";
  if (isVerbWord(verbOf(first)) && !PAST_REPORT_VERBS.has(words[1] ?? "")) {
    return false;
  }
  for (let at = 1; at < Math.min(words.length, 6); at++) {
    const word = words[at];
    if (QUESTION_OPENERS.has(word)) {
      return false;
    }
    // "the failed export": after an article the word is no verb.
    if (PAST_REPORT_VERBS.has(word) && !notASubject(words[at - 1] ?? "")) {
      // "were moved", "was added", "had been scaled": a change made, not a complaint.
      const next = words[at + 1] ?? "";
      // "we went with the second provider": a choice made.
      if (word === "went" && next === "with") {
        return false;
      }
      const participle = next === "been" ? (words[at + 2] ?? "") : next;
      return !((word === "was" || word === "were" || next === "been") && isChangeMade(participle));
    }
    // "staff kept …" but not "Add detailed logging": the regular past after a subject.
    if (
      word.endsWith("ed") &&
      !isVerbWord(verbOf(first)) &&
      !isChangeMade(word) &&
      !notASubject(words[at - 1])
    ) {
      return true;
    }
  }
  return false;
}

const SET_TO = /\bto \d/;
const CHANGE_REPORTED_AFTER = new Set(["and", "then", "we", "they", "so"]);
const QUESTION_OPENERS = new Set(["why", "whether", "if", "how", "what", "when", "where", "who"]);

// Before a participle that is no verb of its own: "of messages processed", "is measured", "be fixed".
const NOT_A_SUBJECT = new Set([
  "of",
  "to",
  "be",
  "been",
  "being",
  "is",
  "are",
  "and",
  "or",
  "the",
  "a",
  "an",
]);

/** "the 312 affected customers": after a count the participle describes, as after an article. */
function notASubject(word: string): boolean {
  return NOT_A_SUBJECT.has(word) || COUNT.test(word);
}
const COUNT = /^\d+$/;

/** A participle of an outcome verb: "moved", "added", "fixed". */
function isChangeMade(word: string): boolean {
  return pastStems(word).some((stem) => OUTCOME_VERBS.has(stem));
}

// "checksums failed", "hg replication times out while pushing", "the hooks can delay merges": a thing and
// what goes wrong with it, written where the action should be, with no verb asking for a change (the words
// are in lexicon/specific.ts).
const TIMES_OUT = new Set(["times", "timed"]);
// Before a fault word that is no predicate: "retry the failed jobs", "jobs that failed", "no longer fails".
// A condition ("alert if it fails") ends the search before it reaches the fault word.
const NOT_BEFORE_FAULT = new Set([
  ...NOT_A_SUBJECT,
  "for",
  "on",
  "in",
  "with",
  "after",
  "before",
  "that",
  "which",
  "who",
  "no",
  "never",
  "longer",
]);

/** The fault word of an item that only reports what goes wrong ("snap failed"), or undefined. */
export function faultReported(clause: Clause): string | undefined {
  const words = clause.words;
  const first = words[0] ?? "";
  if (words.length < 2) {
    return undefined;
  }
  // "Snap failed", "Deploy failed: 404 …" open with a word that can be a verb too; "Retry failed payments"
  // is that verb. Only a fault word ending the request, within its first words, reports a fault then.
  const asVerb = isVerbWord(verbOf(first)) && !isAbstractWord(first);
  const mainWords = asVerb ? lowerWords(clause.main.toLowerCase()) : words;
  if (asVerb && (mainWords.length > 3 || !FAULT_WORDS.has(mainWords[mainWords.length - 1]))) {
    return undefined;
  }
  const last = Math.min(words.length, 8);
  for (let at = 0; at < last; at++) {
    const word = words[at];
    // "If the deploy fails twice, add …": the fault is the condition of a request.
    if (REQUEST_WORDS.has(word) || QUESTION_OPENERS.has(word) || FAULT_CONDITIONS.has(word)) {
      return undefined;
    }
    if (at === 0 || NOT_BEFORE_FAULT.has(words[at - 1])) {
      continue;
    }
    // "… fails the pipeline when recall drops": a gate that makes something fail, asked for.
    if (FAULT_WORDS.has(word) && !FAULT_OBJECT_DETERMINERS.has(words[at + 1] ?? "")) {
      return word;
    }
    if (TIMES_OUT.has(word) && words[at + 1] === "out") {
      return `${word} out`;
    }
    if ((word === "can" || word === "could") && FAULT_AFTER_MODAL.has(words[at + 1] ?? "")) {
      return `${word} ${words[at + 1]}`;
    }
  }
  return undefined;
}
