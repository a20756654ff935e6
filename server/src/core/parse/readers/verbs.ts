import {
  OUTCOME_VERBS,
  PROCESS_VERBS,
  TEACHING_VERBS,
  TOGETHER_VERBS,
  VAGUE_LEADS,
} from "../lexicon";

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
      TOGETHER_VERBS.has(word) ||
      // "re-run", "re-enable": the verb again.
      (word.startsWith("re-") && isVerb(word.slice(3))))
  );
}

// The forms of a verb, read back to the verbs they may come from, each candidate to be tested against a
// vocabulary ("fails" → "fail", "fai"; only the vocabulary knows which is a verb).

/** "fails" → "fail", "catches" → "catch", "denies" → "deny": a present "-s" form's candidate verbs. */
export function presentStems(word: string): string[] {
  if (!word.endsWith("s")) {
    return [];
  }
  const stems = [word.slice(0, -1), word.slice(0, -2)];
  return word.endsWith("ies") ? [...stems, `${word.slice(0, -3)}y`] : stems;
}

/** "cleared" → "clear", "moved" → "move", "planned" → "plan", "denied" → "deny": an "-ed" form's. */
export function pastStems(word: string): string[] {
  if (!word.endsWith("ed")) {
    return [];
  }
  const stem = word.slice(0, -2);
  const stems = [stem, `${stem}e`];
  if (stem.endsWith("i")) {
    stems.push(`${stem.slice(0, -1)}y`);
  }
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) {
    stems.push(stem.slice(0, -1));
  }
  return stems;
}

/** "adding" → "add", "moving" → "move", "getting" → "get": an "-ing" form's. */
export function ingStems(word: string): string[] {
  if (!word.endsWith("ing")) {
    return [];
  }
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)];
}

/**
 * "Cleared", "stopped", "retried": the past form of a known verb (of one `known` accepts), not a given name
 * ("Ahmed", "Jared").
 */
export function isPastOfVerb(
  word: string | undefined,
  known: (verb: string) => boolean = isVerb,
): boolean {
  return word !== undefined && word.length >= 5 && pastStems(word).some(known);
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
