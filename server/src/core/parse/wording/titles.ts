import {
  ALWAYS_VAGUE_LEADS,
  OUTCOME_VERBS,
  PURPOSE_CONTENT_VERBS,
  TICKET_KIND_LABELS,
  TOPIC_HEADS,
  UNMEASURED_COMPARATIVES,
  VAGUE_MODIFIERS,
} from "../lexicon";
import { type Clause, type Reader, type WordingInput, clauseOf } from "./clause";
import { findLeadingVerb } from "./leadingVerb";
import { isSpecific } from "./specific";
import { VAGUE_READERS, firstClaim } from "./vagueReaders";
import { lowerWords, isTopicWord, isVerbWord, verbOf } from "./words";

// Titles and what follows them: a vague title explained by a change, and a topic label before the action.

/**
 * A vague title explained by a checkable change: after its colon ("Better error message: show the expiry
 * time"), in an aside ("Harden the service (remove the debug endpoints)") or as a purpose that says what it
 * will hold ("Improve the error message to include the decline code").
 */
export function explainedBy(clause: Clause, input: WordingInput): boolean {
  const { sentence } = clause;
  const colon = sentence.indexOf(": ");
  if (colon !== -1 && readsAsChange(sentence.slice(colon + 2), input)) {
    return true;
  }
  const open = sentence.indexOf("(");
  // An aside that opens with a lower-case word: "(remove the debug endpoints, …)", not "(INC-12)".
  const lowerAside = open !== -1 && /[a-z]/.test(sentence[open + 1] ?? "");
  if (lowerAside) {
    const close = sentence.indexOf(")", open);
    if (readsAsChange(sentence.slice(open + 1, close === -1 ? undefined : close), input)) {
      return true;
    }
  }
  // Only after a verb of direction: "load testing to validate the pool" is still testing, with no end.
  const purpose =
    sentence.includes(" to ") && ALWAYS_VAGUE_LEADS.has(clause.lead)
      ? PURPOSE_CONTENT.exec(clause.main)
      : null;
  if (purpose === null) {
    return false;
  }
  return readsAsChange(clause.main.slice(purpose.index + 3), input);
}
const PURPOSE_CONTENT = new RegExp(
  String.raw`\bto (?:${[...PURPOSE_CONTENT_VERBS].join("|")})\b`,
  "i",
);

/** The words open with an outcome verb and read as a checkable change. */
function readsAsChange(rest: string, input: WordingInput): boolean {
  // "… to include more examples", "…: name it more clearly": how much more, the words do not say either.
  const words = lowerWords(rest.toLowerCase());
  if (words.some((word) => VAGUE_MODIFIERS.has(word) || UNMEASURED_COMPARATIVES.has(word))) {
    return false;
  }
  const verb = findLeadingVerb(rest, rest, 0, []);
  if (
    verb === undefined ||
    verb.isProcess ||
    verb.start !== 0 ||
    !OUTCOME_VERBS.has(verb.text.toLowerCase())
  ) {
    return false;
  }
  return vagueClaimOf(rest, input) === undefined;
}

/** The vague readers' claim on the words after a title or a topic, unless they mark a specific outcome. */
function vagueClaimOf(rest: string, input: WordingInput): ReturnType<Reader> {
  const inner = clauseOf({ ...input, verbText: rest });
  return isSpecific(inner, input) ? undefined : firstClaim(VAGUE_READERS, inner, input);
}

/** "Push notifications: improve reliability", "Resilience: reduce …": a topic label, then the action, which is read. */
export function afterTopic(clause: Clause, input: WordingInput): ReturnType<Reader> {
  const colon = clause.sentence.indexOf(": ");
  const label = lowerWords(clause.lower.slice(0, colon));
  if (!isTopicLabel(label) && !TICKET_KIND_LABELS.has(label.join(" "))) {
    return undefined;
  }
  const rest = clause.text.slice(colon + 2);
  // Only an action after it: "Rate limiter on /login: we need better …" explains a title instead.
  const first = /^[A-Za-z][a-z'-]*/.exec(rest)?.[0].toLowerCase() ?? "";
  if (!isVerbWord(verbOf(first))) {
    return undefined;
  }
  const verb = findLeadingVerb(rest, rest, 0, []);
  if (verb?.isProcess === true) {
    return {
      class: "process",
      why: `"${verb.text.toLowerCase()}" describes activity, not a change`,
    };
  }
  return vagueClaimOf(rest, input);
}

/** A noun phrase whose head names an area ("Kiosk alerting", "Push notifications", "Resilience"). */
function isTopicLabel(label: string[]): boolean {
  return (
    label.length > 0 &&
    label.length <= 3 &&
    isTopicWord(label[label.length - 1]) &&
    label.every((word) => isTopicWord(word) || !isVerbWord(verbOf(word)))
  );
}

/** A title naming a quality or a topic by its head: "Retry behaviour", "Deploy safety", "Monitoring". */
function isQualityTitle(label: string[]): boolean {
  const head = label[label.length - 1] ?? "";
  return (
    label.length > 0 &&
    label.length <= 3 &&
    (TOPIC_HEADS.has(head) || isTopicWord(head)) &&
    !(label.length === 1 && isVerbWord(head) && !isTopicWord(head))
  );
}

/** Where a title ends: a dash or a colon within the first words. */
const TITLE_END = /\s(?:[-–—]|--)\s|:\s/;

/**
 * "Retry behaviour — the retry logic needs to be more conservative": the words after a topic title, which
 * say what is asked in a sentence of their own; undefined when the item has no such title.
 */
export function requestAfterTopic(clause: Clause): string | undefined {
  const { sentence, text } = clause;
  const end = TITLE_END.exec(sentence.slice(0, 44));
  if (end === null) {
    return undefined;
  }
  const title = sentence.slice(0, end.index);
  if (/\d/.test(title) || !isQualityTitle(lowerWords(title.toLowerCase()))) {
    return undefined;
  }
  const rest = text.slice(end.index + end[0].length).trim();
  return rest === "" ? undefined : rest;
}
