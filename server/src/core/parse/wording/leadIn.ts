import {
  ACTION_LABELS,
  GOAL_LABELS,
  CATENATIVE_VERBS,
  COMPOUND_NOUN_HEADS,
  HEDGE_WORDS,
  PREPOSITIONS,
  ORGANISATION_SUBJECTS,
  PROCESS_NOUNS,
  QUESTION_WORDS,
  SENTENCE_LEADS,
  VAGUE_ADJECTIVES,
  VAGUE_MODIFIERS,
  VERB_OPENERS,
} from "../lexicon";
import { isAbstractWord, isVerbWord } from "./words";

// The tags and names before an action's verb, which the verb and wording readers both skip.

// " should " or " must ", in one scan: the organisation-subject pattern needs one of them.
const MODAL_HINT = / should | must /;

/** A bracketed or parenthesised tag of up to three words before the action ("[dana?] …", "(ops, infra) …"), not read as an owner; longer brackets are link text. */
const TAG_LEAD_IN =
  /^\s*(?:\[+\s*[^\]\s]+(?:\s+[^\]\s]+){0,2}\s*\][\s\]]*|\(\s*[^)\s]+(?:\s+[^)\s]+){0,2}\s*\)\s*)(?:[:\-–—]\s*)?/;
/** Up to three capitalised words and "to" before a lower-case verb ("IT Services to review …"). */
const NAMED_TO = /^\s*((?:[A-Z][\w.&+-]*\s+){0,2}[A-Z][\w.&+-]*)\s+to\s+(?=([a-z][a-z'-]*)\b)/;
/** A capitalised name or acronym before a lower-case verb ("ICL check how …"). */
const NAME_LEAD_IN = /^\s*([A-Z][\w.&+-]*)\s+(?=([a-z][a-z'-]*)\b)/;

// The verb reader and the wording reader both skip the lead-in of the same text, one right after the other.
let lastLeadInText: string | undefined;
let lastLeadIn = 0;

/** How many characters of tags and names precede the action's verb; the wording is read after them. */
export function leadInLength(text: string): number {
  if (text !== lastLeadInText) {
    lastLeadIn = readLeadInLength(text);
    lastLeadInText = text;
  }
  return lastLeadIn;
}

function readLeadInLength(text: string): number {
  // "R1. The bank should …", "REC-4: …": a report's number for its recommendation.
  let at = isUpper(text.charCodeAt(0)) ? (RECOMMENDATION_NUMBER.exec(text)?.[0].length ?? 0) : 0;
  // "Action: look into …", "Task: …", "Key result: …": the field word the item's line kept before its action.
  const colon = text.indexOf(": ");
  const label = colon !== -1 && colon <= 24 ? text.slice(0, colon).trim() : undefined;
  if (label !== undefined && (ACTION_LABELS.test(label) || GOAL_LABELS.test(label))) {
    at = skipSpaces(text, colon + 2);
  }
  // "The bank should strengthen …", "Each site must …": an organisation, then its modal.
  const modal = MODAL_HINT.test(text) ? SUBJECT_MODAL.exec(text.slice(at)) : null;
  if (
    modal !== null &&
    ORGANISATION_SUBJECTS.has(modal[1].toLowerCase()) &&
    // "The board should be strengthened": the passive is read with its modal.
    !NOT_AFTER_MODAL.has(modal[2].toLowerCase())
  ) {
    return at + modal[0].length;
  }
  for (
    let tag = TAG_LEAD_IN.exec(at === 0 ? text : text.slice(at));
    tag !== null && tag[0].length > 0;
    tag = TAG_LEAD_IN.exec(text.slice(at))
  ) {
    at += tag[0].length;
  }
  const name = NAME_LEAD_IN.exec(text.slice(at));
  if (name !== null && isNameLike(name[1]) && isVerbWord(name[2])) {
    at += name[0].length;
  } else if (isUpper(text.charCodeAt(skipSpaces(text, at))) && text.includes(" to ")) {
    // "IT Services to review …", "Registry to consider …": a name the owner reader did not take, then "to".
    const named = NAMED_TO.exec(text.slice(at));
    if (named !== null && named[1].split(/\s+/).every(isNameBeforeTo) && isVerbWord(named[2])) {
      at += named[0].length;
    }
  }
  // "Going forward, the team should …", "It is important that we …": the commitment follows.
  const start = skipSpaces(text, at);
  const first = text.charCodeAt(start) | 32;
  const lead = SENTENCE_LEAD_FIRST.includes(first) ? SENTENCE_LEADS.exec(text.slice(start)) : null;
  if (lead === null && first === 119) {
    // "We rely on nightly scans but, after this attack, we should consider …": how things stand, then the request.
    const but = STATEMENT_BUT_REQUEST.exec(text.slice(start));
    return but === null ? at : start + but[0].length;
  }
  return lead === null ? at : start + lead[0].length;
}

/** "We <do something today> …, but [aside,] we should …": the request starts at the second "we". */
const STATEMENT_BUT_REQUEST =
  /^we\s+(?!(?:should|must|need|will|may|could|might|ought|shall)\b)[^.;:]{1,160}?\bbut\b,?\s+(?:[^,.;:]{1,60},\s+)?(?=we\s+(?:should|must|need to|will|may|ought to)\s)/i;

// "The deploy lock was ignored …": an article opens a noun phrase and is no name.
const DETERMINER_WORDS = new Set([
  "the",
  "a",
  "an",
  "our",
  "this",
  "these",
  "those",
  "each",
  "every",
  "all",
  "some",
  "any",
  "no",
]);
const NOT_AFTER_MODAL = new Set(["be", "have", "not", "never", "get"]);
const RECOMMENDATION_NUMBER = /^[A-Z]{1,3}-?\d{1,3}[.:)]\s+/;
/** Up to three words after an article or "each", the last the organisation, then "should" or "must". */
const SUBJECT_MODAL =
  /^\s*(?:(?:the|our|each|every|all|senior)\s+)?(?:["“]?[A-Za-z][\w.-]*["”]?\s+){0,2}([A-Za-z-]+)\s+(?:should|must)\s+(?=([a-z][a-z-]*)\b)/i;

/** The first letters of the sentence leads, lower-cased: a leading word outside them skips the pattern. */
const SENTENCE_LEAD_FIRST = [..."abcfgilmnorstuw"].map((letter) => letter.charCodeAt(0));

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && text.charCodeAt(at) <= 32) {
    at++;
  }
  return at;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** A name before "to": not a verb that takes one ("Remember to check …", "Plan to …"). */
function isNameBeforeTo(word: string): boolean {
  return isNameLike(word) && !CATENATIVE_VERBS.has(word.toLowerCase());
}

/** An acronym or a capitalised word that is none of the words the wording reads ("Continuously", "Maybe", "Health check"). */
function isNameLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^[A-Z]{2,}/.test(word) ||
    !(
      isVerbWord(lower) ||
      DETERMINER_WORDS.has(lower) ||
      COMPOUND_NOUN_HEADS.has(lower) ||
      isAbstractWord(lower) ||
      // "Post-incident review …": a hyphenated word with a lower-case part is no name ("Jean-Luc" is).
      /-[a-z]/.test(word) ||
      /ly$|ing$|ed$/.test(lower) ||
      HEDGE_WORDS.has(lower) ||
      QUESTION_WORDS.has(lower) ||
      VERB_OPENERS.has(lower) ||
      VAGUE_ADJECTIVES.has(lower) ||
      VAGUE_MODIFIERS.has(lower) ||
      PROCESS_NOUNS.has(lower) ||
      // "By default we …": a preposition opens the sentence, no name.
      PREPOSITIONS.has(lower)
    )
  );
}
