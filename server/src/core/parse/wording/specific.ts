import { OUTCOME_VERBS, REFERENCE_STANDARD, SPECIFIC_MARK, VAGUE_LEADS } from "../lexicon";
import { type Clause, type WordingInput } from "./clause";
import { verbOf } from "./words";

// Evidence of a specific outcome: what keeps an item from being read as vague.

/** "By adding …", "via rotating …": the change is named by its means. */
export const MEANS = /\b(?:by|via|through)\s+([a-z-]+ing)\b/;

/** A checkable end state: a number, code, a quotation, "so that", or a means ("by adding …"). */
export function isSpecific(clause: Clause, input: WordingInput): boolean {
  if (
    SPECIFIC_MARK.test(clause.text) ||
    REFERENCE_STANDARD.test(clause.sentence) ||
    (input.raw.includes("`") && /`[^`]*[\d<>=%][^`]*`/.test(input.raw))
  ) {
    return true;
  }
  const means = clause.lower.includes("ing") ? MEANS.exec(clause.lower) : null;
  return (
    means !== null && OUTCOME_VERBS.has(verbOf(means[1])) && !VAGUE_LEADS.has(verbOf(means[1]))
  );
}
