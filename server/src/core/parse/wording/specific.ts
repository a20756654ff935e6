import {
  INCIDENT_REPORT,
  MATCHED_SETTING,
  NARRATIVE_PAST,
  OUTCOME_VERBS,
  PAST_REPORT_VERBS,
  REFERENCE_STANDARD,
  REQUEST_WORDS,
  SPECIFIC_MARK,
  VAGUE_LEADS,
  WITH_A_THING,
} from "../lexicon";
import { type Clause, type WordingInput } from "./clause";
import { lowerWords, verbOf } from "./words";

// Evidence of a specific outcome: what keeps an item from being read as vague.

/** "By adding …", "via rotating …": the change is named by its means. */
export const MEANS = /\b(?:by|via|through)\s+([a-z-]+ing)\b/;

/** A checkable end state: a number, code, a quotation, "so that", a means ("by adding …") or a thing added ("with a step …"). */
export function isSpecific(clause: Clause, input: WordingInput): boolean {
  if (
    markedOutsideReport(withoutLaterReports(clause)) ||
    REFERENCE_STANDARD.test(clause.sentence) ||
    ((clause.lead === "align" || clause.lead === "match") &&
      MATCHED_SETTING.test(clause.lower.slice(clause.lower.indexOf(clause.lead)))) ||
    (input.raw.includes("`") && /`[^`]*[\d<>=%][^`]*`/.test(input.raw)) ||
    (clause.lower.includes("with a") && WITH_A_THING.test(clause.lower))
  ) {
    return true;
  }
  const means = clause.lower.includes("ing") ? MEANS.exec(clause.lower) : null;
  return (
    means !== null && OUTCOME_VERBS.has(verbOf(means[1])) && !VAGUE_LEADS.has(verbOf(means[1]))
  );
}

/**
 * The text without the sentences after the first that tell what happened ("The new engineer started two
 * months ago."): their numbers and quotations are the story's, not a target the change can be checked by.
 */
function withoutLaterReports(clause: Clause): string {
  const { text, sentence } = clause;
  if (sentence.length >= text.length) {
    return text;
  }
  const later = text.slice(sentence.length).split(AFTER_SENTENCE_END);
  const kept = later.filter((part) => !isReport(part));
  return kept.length === later.length ? text : sentence + kept.join(" ");
}
const AFTER_SENTENCE_END = /(?<=[.!?])\s+/;

/** A sentence in the past that asks for nothing: "It took 3 hours.", "We were paged twice." */
function isReport(part: string): boolean {
  const words = lowerWords(part.toLowerCase());
  return (
    words.some(
      (word) => PAST_REPORT_VERBS.has(word) || NARRATIVE_PAST.has(word) || word === "ago",
    ) && !words.some((word) => REQUEST_WORDS.has(word))
  );
}

/** A specific mark, not counting the numbers of a report of the incident after a dash ("— we heard 3 hours later"). */
function markedOutsideReport(text: string): boolean {
  const mark = SPECIFIC_MARK.exec(text);
  if (mark === null) {
    return false;
  }
  // Only a mark after the first dash can sit in a report; most items have no dash, or the mark before it.
  const dash = firstDash(text);
  if (dash === -1 || mark.index < dash || !INCIDENT_REPORT.test(text.slice(dash))) {
    return true;
  }
  // The report runs to the end of its sentence; a mark after it still counts ("… Page at 5% errors.").
  const end = SENTENCE_END.exec(text.slice(dash));
  return end !== null && SPECIFIC_MARK.test(text.slice(dash + end.index + 1));
}
const SENTENCE_END = /[.!?;](?=\s|$)/;

function firstDash(text: string): number {
  return SPACED_DASH.exec(text)?.index ?? -1;
}
/** The leftmost spaced dash of any kind, in one scan. */
const SPACED_DASH = / - | — | – | -- /;
