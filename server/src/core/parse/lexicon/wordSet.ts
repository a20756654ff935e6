/** A word list written "a | b | c", or one word per line, as a set. */
export const set = (words: string): Set<string> =>
  new Set(
    words
      .trim()
      .split(/\s*\|\s*|\n\s*/)
      .filter(Boolean),
  );
