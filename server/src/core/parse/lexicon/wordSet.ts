/** A word list written "a | b | c", or one word per line, as a set. */
export const set = (words: string): Set<string> =>
  new Set(
    words
      .trim()
      .split(/\s*\|\s*|\n\s*/)
      .filter(Boolean),
  );

/** Phrase patterns written one per line, as one regex alternation: a line added is a line in a diff. */
export const phrases = (lines: string): string =>
  lines
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("|");
