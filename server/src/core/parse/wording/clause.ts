import { DIRECTION_NOUNS, PROGRESSIVE_AUXILIARIES, QUALIFIER_WORDS, VIA_PARTNER } from "../lexicon";
import { leadInLength } from "./leadIn";
import { type LeadingVerb } from "./leadingVerb";
import { isOpener, isVerbWord, lowerWords, verbOf } from "./words";

// The item's words as the wording readers see them: its first sentence, what it asks for and its lead word.

/** A claim about the wording, offsets relative to the item's raw text. */
export interface WordingReading {
  class: "process" | "vague" | "outcome";
  why: string;
  start: number;
  end: number;
  alsoVague?: string;
}

/** What the reader needs from the fields already read. */
export interface WordingInput {
  raw: string;
  /** The length of `raw` without its trailing whitespace. */
  rawEnd: number;
  /** The part of the action that carries the verb. */
  verbText: string;
  /** Where the action text starts in `raw`. */
  textStart: number;
  leadingVerb?: LeadingVerb;
  isQuestion: boolean;
}

/** The item's words as the readers see them. */
export interface Clause {
  /** The action after any tag, as written (plain text). */
  text: string;
  /** Its first sentence. */
  sentence: string;
  /** The first sentence before an explanation (": …", " - …"), without asides in parentheses: what the item asks for. */
  main: string;
  /**
   * The deliverable: the first sentence before a purpose, an explanation or a relative clause. Read
   * on first use (see `deliverable`): only the degree reader needs it, and most items are judged first.
   */
  deliverable?: string;
  /** The text in lower case. */
  lower: string;
  /** Lower-case words of the text. */
  words: string[];
  /** The first word after openers ("we will", "to", "please"). */
  index: number;
  /** That word, with an -ing form read as its verb ("improving" → "improve"). */
  lead: string;
}

export type Reader = (
  clause: Clause,
  input: WordingInput,
) => { class: "process" | "vague"; why: string } | undefined;

/**
 * The first sentence: up to ". ", "! " or "? " (a full stop inside "e.g." or a version does not end it, nor
 * one after a step's number that the sentence goes on from: "if steps 1. and 2. fail").
 */
const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl))[.!?](?=\s|$)(?!(?<=\b\d{1,2}\.)\s+[a-z])/;
/** Where an explanation starts: "Title: why …", "do X - because …". */
const EXPLANATION = /:\s|\s(?:[-–—]|--)\s/;
/** Where the deliverable ends: a dash or colon explanation, a purpose, or a relative clause. */
const DELIVERABLE_END =
  /\s[-–—]\s|[:;(]|\b(?:so|in order to|which|that|because|since|as|when|where|while|following|after|before|until)\b/;
const PURPOSE = /\bto\s+([a-z][a-z-]*)/g;
/**
 * "We will make it a priority to raise awareness …", "Take measures to reduce the spam load": the priority or the
 * steps wrap the work, which is judged.
 */
const WORK_WRAP =
  /^((?:we|the team)\s+(?:will|['’]ll|shall|must|should|are going to)\s+)?(?:make\s+(?:it\s+)?(?:a|our|the)\s+(?:top\s+|first\s+|high\s+|real\s+)?priority|take\s+(?:(?:the\s+)?(?:necessary|appropriate|further|additional|concrete|all)\s+)?(?:measures|steps|actions?))\s+to\s+/i;

/** "Insure we have spares on hand": the common misspelling of "ensure" that leads an item means it. */
const INSURE_FOR_ENSURE = /^([Ii])nsur(?=e\b|es\b|ing\b)/;

export function clauseOf(input: WordingInput): Clause {
  const text = input.verbText
    .slice(leadInLength(input.verbText))
    .replace(VIA_PARTNER, "")
    .replace(WORK_WRAP, "$1")
    .trim()
    .replace(INSURE_FOR_ENSURE, (_, i: string) => (i === "I" ? "Ensur" : "ensur"));
  const end = SENTENCE_END.exec(text);
  const sentence = end === null ? text : text.slice(0, end.index);
  const lower = text.toLowerCase();
  const words = lowerWords(lower);
  let index = 0;
  while (
    index < words.length - 1 &&
    (isOpener(words[index], words[index + 1]) || PROGRESSIVE_AUXILIARIES.has(words[index]))
  ) {
    index++;
  }
  // "A better process for …", "an improved runbook": the noun phrase is read from its adjective.
  if (index === 0 && (words[0] === "a" || words[0] === "an") && words.length > 2) {
    index++;
  }
  const explanation = EXPLANATION.exec(sentence);
  const asked = explanation === null ? sentence : sentence.slice(0, explanation.index);
  // Asides in parentheses ("(including the odd cases)") explain; they are not what is asked for.
  const main = asked.includes("(") ? asked.replace(/\s*\([^()]*\)/g, "") : asked;
  const lead = words[index] === undefined ? "" : leadOf(words[index], words[index + 1], main);
  return { text, sentence, main, deliverable: undefined, lower, words, index, lead };
}

export function deliverable(clause: Clause): string {
  return (clause.deliverable ??= deliverableOf(clause.main));
}

/** The sentence up to its first purpose ("to catch …"), explanation or relative clause. */
function deliverableOf(sentence: string): string {
  const lower = sentence.toLowerCase();
  let cut = DELIVERABLE_END.exec(lower)?.index ?? lower.length;
  PURPOSE.lastIndex = 0;
  for (let m = PURPOSE.exec(lower); m !== null && m.index < cut; m = PURPOSE.exec(lower)) {
    // "to require …", "to catch …": a purpose; "to the team", "from 3 to 5" are not, nor is "to be" after a
    // subject ("maintenance to be done more regularly"), the passive of what is asked.
    if (m.index > 0 && m[1] !== "be" && isVerbWord(verbOf(m[1]))) {
      cut = m.index;
    }
  }
  return lower.slice(0, cut);
}

/** The lead word as a verb: an -ing form or a direction noun before its object ("improvements to …"). */
function leadOf(word: string, next: string | undefined, main: string): string {
  const noun = DIRECTION_NOUNS.get(word);
  // "Improvements to the dashboard are tracked in …": the noun is a subject, and the sentence says something else.
  return noun !== undefined &&
    next !== undefined &&
    QUALIFIER_WORDS.has(next) &&
    !FINITE_VERB.test(main)
    ? noun
    : verbOf(word);
}
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|should|must|can|could)\b/i;
