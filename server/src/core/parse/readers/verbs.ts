import { OUTCOME_VERBS, PROCESS_VERBS, TEACHING_VERBS, VAGUE_LEADS } from "../lexicon";

// Whether a text opens with a verb: the test several readers use to tell an action from a label or a name.

export function startsWithVerb(text: string): boolean {
  return isVerb(firstWord(text));
}

export function isVerb(word: string | undefined): boolean {
  return (
    word !== undefined &&
    (OUTCOME_VERBS.has(word) ||
      PROCESS_VERBS.has(word) ||
      VAGUE_LEADS.has(word) ||
      TEACHING_VERBS.has(word) ||
      // "re-run", "re-enable": the verb again.
      (word.startsWith("re-") && isVerb(word.slice(3))))
  );
}

/**
 * "Cleared", "stopped", "retried": the past form of a known verb (of one `known` accepts), not a given name
 * ("Ahmed", "Jared").
 */
export function isPastOfVerb(
  word: string | undefined,
  known: (verb: string) => boolean = isVerb,
): boolean {
  if (word === undefined || !word.endsWith("ed") || word.length < 5) {
    return false;
  }
  const stem = word.slice(0, -2);
  return (
    known(stem) ||
    known(`${stem}e`) ||
    (stem.endsWith("i") && known(`${stem.slice(0, -1)}y`)) ||
    (stem.length > 2 && stem.at(-1) === stem.at(-2) && known(stem.slice(0, -1)))
  );
}

const FIRST_WORD = /^[^A-Za-z]*([A-Za-z][A-Za-z'-]*)/;

export function firstWord(text: string): string | undefined {
  const match = FIRST_WORD.exec(text);
  return match?.[1].toLowerCase();
}

/** The first `limit` matches of a global word pattern, without reading the rest of the text. */
export function firstWords(text: string, pattern: RegExp, limit: number): string[] {
  const words: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    words.push(m[0]);
    if (words.length === limit) {
      break;
    }
  }
  return words;
}
