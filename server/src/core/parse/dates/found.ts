// A deadline phrase found in the text, and how the candidate search builds and ranks them.

export interface FoundDeadline {
  text: string;
  index: number;
  date?: Date;
}

export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

export function candidate(match: RegExpExecArray, date: Date | undefined): FoundDeadline {
  return { text: match[0].trim(), index: match.index, date };
}

/** A resolved date beats an unresolved one; among equals, the earlier mention (the first found on a tie). */
export function isBetter(deadline: FoundDeadline, best: FoundDeadline): boolean {
  const resolved = Number(deadline.date !== undefined) - Number(best.date !== undefined);
  return resolved > 0 || (resolved === 0 && deadline.index < best.index);
}
