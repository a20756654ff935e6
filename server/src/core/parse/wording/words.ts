import {
  ABSTRACT_NOUNS,
  AREA_WORDS,
  COMPONENT_NAMES,
  EVERYONE_SUBJECTS,
  FILLER_WORDS,
  INTENT_OPENERS,
  KEPT_STATES,
  OUTCOME_VERBS,
  PROCESS_NOUNS,
  PROCESS_VERBS,
  PROGRESSIVE_AUXILIARIES,
  QUALITY_ADJECTIVES,
  QUALITY_SUFFIX,
  VAGUE_ADJECTIVES,
  VAGUE_LEADS,
  VAGUE_MODIFIERS,
  VERB_OPENERS,
} from "../lexicon";
import { ingStems } from "../readers/verbs";

// The word tests the verb reader and the wording readers share.

/** Lower-case words as the readers split them. */
export const LOWER_WORD = /[a-z0-9'-]+/g;

/**
 * The runs of LOWER_WORD's characters (a-z, 0-9, "'" and "-") in `text`, as `text.match(LOWER_WORD) ?? []`
 * finds them, read in one pass over the characters: every item is split this way several times.
 */
export function lowerWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const inWord =
      (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || code === 45;
    if (inWord) {
      if (start === -1) {
        start = at;
      }
    } else if (start !== -1) {
      words.push(text.slice(start, at));
      start = -1;
    }
  }
  if (start !== -1) {
    words.push(text.slice(start));
  }
  return words;
}
export const ARTICLE = /^(?:a|an|the|one|some)$/;

/** Words before the verb: "we will", "to", "we plan to", "we are going to", "we'll be looking …". */
export function isOpener(word: string, next: string): boolean {
  return (
    VERB_OPENERS.has(word) ||
    // "The team will …", "everyone should …": everyone, who owns nothing by name, before a modal.
    ((word === "the" || word === "our") && (next === "team" || next === "teams")) ||
    (EVERYONE_SUBJECTS.has(word) && VERB_OPENERS.has(next)) ||
    (next === "to" && INTENT_OPENERS.has(word)) ||
    ((word === "be" || PROGRESSIVE_AUXILIARIES.has(word)) &&
      (next.endsWith("ing") || VERB_OPENERS.has(next))) ||
    // "Further investigation into …": a degree before a process noun.
    ((word === "further" || word === "more" || word === "deeper") && PROCESS_NOUNS.has(next))
  );
}

export function isVerbWord(word: string): boolean {
  return OUTCOME_VERBS.has(word) || PROCESS_VERBS.has(word) || VAGUE_LEADS.has(word);
}

/** An -ing form read as its verb: "improving" → "improve", "getting" → "get"; other words as they are. */
export function verbOf(word: string): string {
  if (!word.endsWith("ing") || word.length < 6 || isVerbWord(word)) {
    return word;
  }
  return ingStems(word).find(isVerbWord) ?? word;
}

export function isAbstractWord(word: string): boolean {
  return ABSTRACT_NOUNS.has(word) || VAGUE_ADJECTIVES.has(word) || AREA_WORDS.has(word);
}

export function isQuality(word: string | undefined): boolean {
  return (
    word !== undefined &&
    (QUALITY_ADJECTIVES.has(word) ||
      VAGUE_MODIFIERS.has(word) ||
      (QUALITY_SUFFIX.test(word) && !OUTCOME_VERBS.has(word)))
  );
}

export function isKeptState(word: string | undefined): boolean {
  return isQuality(word) || (word !== undefined && KEPT_STATES.has(word));
}

export function isTopicWord(word: string): boolean {
  return isAbstractWord(word) || COMPONENT_NAMES.has(word) || FILLER_WORDS.has(word);
}
