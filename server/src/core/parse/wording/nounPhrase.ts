import {
  AMOUNT_HEADS,
  PRACTICE_HEADS,
  DIRECTION_NOUNS,
  IRREGULAR_PARTICIPLES,
  MEETING_NOUNS,
  NOUN_ADJUNCT_VERBS,
  PROCESS_NOUNS,
  RULE_WORDS,
  TOPIC_HEADS,
  WORK_AREA_HEADS,
} from "../lexicon";
import { type Clause, type Reader } from "./clause";
import { lowerWords, isVerbWord, verbOf } from "./words";

// A noun phrase with no verb: its head says whether it names a thing to build ("Health check on the LB",
// "Runbook for the failover") or a topic ("Print spooler stability", "Budget discussion for …").

/** The words that end a noun phrase's head and open what it is about. */
const ABOUT = new Set([
  "of",
  "for",
  "in",
  "into",
  "on",
  "across",
  "around",
  "with",
  "at",
  "within",
  "between",
  "regarding",
  "about",
  "re",
  "among",
  "to",
  "from",
]);
/** A verb in what the noun phrase is about makes it a sentence: "Resilience of checkout is tested in …". */
const FINITE = new Set([
  "is",
  "are",
  "was",
  "were",
  "will",
  "must",
  "should",
  "can",
  "be",
  "been",
  "has",
  "have",
  "gets",
  "get",
  "needs",
]);
const EXPLANATION = /:\s+|\s[-–—]\s+/;
const QUESTION_AFTER = new Set(["whether", "if", "how", "why", "what", "which"]);
const ARTICLES = new Set([
  "the",
  "a",
  "an",
  "our",
  "this",
  "these",
  "those",
  "its",
  "their",
  "some",
]);

/** "Audit trail review for the template editor" is process; "Pricing QA coverage" is vague. */
export const namedByNoun: Reader = (clause) => {
  const { index } = clause;
  const first = clause.words[index];
  if (first === undefined) {
    return undefined;
  }
  // "Dashboard improvements for checkout": a verb's spelling before a direction noun is that noun's adjunct.
  const verbFirst = isVerbWord(first) && !NOUN_ADJUNCT_VERBS.has(first);
  if (verbFirst && !DIRECTION_NOUNS.has(clause.words[index + 1] ?? "")) {
    return undefined;
  }
  // "Relay resilience: look into …", "Spooler stability - pin the driver": a title, and the action after it.
  const explained = clause.main === clause.sentence ? null : EXPLANATION.exec(clause.sentence);
  const next =
    explained === null
      ? undefined
      : /^[A-Za-z][a-z'-]*/.exec(clause.sentence.slice(explained.index + explained[0].length))?.[0];
  if (next !== undefined && isVerbWord(verbOf(next.toLowerCase()))) {
    return undefined;
  }
  const words: string[] = lowerWords(clause.main.toLowerCase());
  const start = words.indexOf(first);
  let end = start;
  // "Spare transceiver inventory review and restocking": the first of two joined activities heads the phrase.
  while (end < words.length && !ABOUT.has(words[end]) && !(words[end] === "and" && end > start)) {
    end++;
  }
  // The head and up to three nouns before it, none of them an article or a verb's object ("Add the …").
  if (start === -1 || end === start || end - start > 4) {
    return undefined;
  }
  const phrase = words.slice(start, end);
  const tail = words.slice(end);
  const head = phrase[phrase.length - 1];
  // "Examination of whether the server can be moved": a study of a question, however long, whatever its verb.
  if (PROCESS_NOUNS.has(head) && QUESTION_AFTER.has(tail[tail[0] === "of" ? 1 : 0] ?? "")) {
    return { class: "process", why: `"${phrase.join(" ")}" names an activity, not a change` };
  }
  if (
    end + 8 < words.length ||
    phrase.slice(1).some((word) => ARTICLES.has(word)) ||
    phrase.slice(1, -1).some((word) => isVerbWord(word) && !NOUN_ADJUNCT_VERBS.has(word)) ||
    tail.some((word, at) => FINITE.has(word) || RULE_WORDS.has(word) || statedDone(tail, at)) ||
    phrase.some((word) => RULE_WORDS.has(word))
  ) {
    return undefined;
  }
  if (PROCESS_NOUNS.has(head) || MEETING_NOUNS.has(head)) {
    return { class: "process", why: `"${phrase.join(" ")}" names an activity, not a change` };
  }
  return TOPIC_HEADS.has(head) ||
    WORK_AREA_HEADS.has(head) ||
    (AMOUNT_HEADS.has(head) && tail.length === 0) ||
    (PRACTICE_HEADS.has(head) && tail.length === 0 && namesOnly(clause))
    ? { class: "vague", why: `"${phrase.join(" ")}" names a topic, not a change` }
    : undefined;
};

/** "Synthetic testing" and nothing more: no explanation, aside or second sentence says what it covers. */
function namesOnly(clause: Clause): boolean {
  return clause.main === clause.text.replace(/[.!]+$/, "").trim();
}

/**
 * "Sentinel metrics review — it keeps seven days": an activity named by its noun is a process whatever the
 * explanation's numbers, so this runs with the process readers, before a specific mark can end the reading.
 */
export const activityByNoun: Reader = (clause, input) => {
  // Most items name no activity noun at all: one pass over the words spares the phrase reading.
  if (!clause.words.some((word) => PROCESS_NOUNS.has(word) || MEETING_NOUNS.has(word))) {
    return undefined;
  }
  const claim = namedByNoun(clause, input);
  return claim?.class === "process" ? claim : undefined;
};

/** "… verified by a restore test", "… shown on the dashboard": a participle that states the check. */
function statedDone(words: string[], at: number): boolean {
  const word = words[at];
  const participle = (word.length > 4 && word.endsWith("ed")) || IRREGULAR_PARTICIPLES.has(word);
  return participle && PARTICIPLE_FOLLOWERS.has(words[at + 1] ?? "");
}
const PARTICIPLE_FOLLOWERS = new Set(["by", "in", "on", "to", "at", "with", "into", "from", "for"]);
