import {
  ALWAYS_VAGUE_LEADS,
  FILLER_WORDS,
  OUTCOME_VERBS,
  PURPOSE_CONTENT_VERBS,
  SPECIFIC_MARK,
  TROUBLE_REPORT,
  TICKET_KIND_LABELS,
  UNMEASURED_COMPARATIVES,
  VAGUE_MODIFIERS,
} from "../lexicon";
import {
  type Clause,
  type Reader,
  type WordingInput,
  type WordingReading,
  clauseOf,
} from "./clause";
import { leadAndObject } from "./leadAndObject";
import { findLeadingVerb } from "./leadingVerb";
import { namedByNoun } from "./nounPhrase";
import { hedge, meeting, needsALook, processVerb, question, studyOf } from "./processReaders";
import { isSpecific } from "./specific";
import {
  amountWithoutTarget,
  degreeWithoutMeasure,
  lessons,
  madeComparative,
  improveIdiom,
  mindset,
  teaching,
} from "./vagueObjects";
import {
  againstRepeat,
  futurePassive,
  hedgedQuantity,
  inceptive,
  neverAgain,
  ongoing,
  qualityState,
} from "./vagueStates";
import { LOWER_WORD, isAbstractWord, isTopicWord, isVerbWord, verbOf } from "./words";

export { findLeadingVerb, type LeadingVerb } from "./leadingVerb";
export type { WordingInput, WordingReading } from "./clause";

// The wording judgement of one action: does it name a change someone can later check, an activity
// (a process), or a direction with no end state (vague)? `findLeadingVerb` (leadingVerb.ts) reads the
// verb; `readWording` runs the readers in precedence order and returns one claim with its evidence, which
// the process-verb and vague-outcome rules report as they find it.

/** The readers in precedence order: the first claim wins. Process before vague; a specific mark ends the vague readings after `neverAgain`. */
const PROCESS_READERS: Reader[] = [question, hedge, processVerb, meeting, needsALook, studyOf];
const VAGUE_READERS: Reader[] = [
  futurePassive,
  againstRepeat,
  qualityState,
  ongoing,
  inceptive,
  hedgedQuantity,
  mindset,
  teaching,
  improveIdiom,
  lessons,
  degreeWithoutMeasure,
  leadAndObject,
  amountWithoutTarget,
  madeComparative,
  namedByNoun,
];

/** The one wording claim for an item: process, vague or a checkable outcome, with why. */
export function readWording(input: WordingInput): WordingReading {
  const start = input.textStart;
  const end = input.rawEnd;
  const clause = clauseOf(input);
  if (clause.text === "") {
    return { class: "outcome", why: "no wording to judge", start, end };
  }
  const verb = input.leadingVerb;
  for (const read of PROCESS_READERS) {
    const claim = read(clause, input);
    if (claim === undefined) {
      continue;
    }
    if (read !== processVerb || verb === undefined) {
      return { class: claim.class, why: claim.why, start, end };
    }
    // A review with a short object names no deliverable either.
    const alsoVague =
      !isSpecific(clause, input) && objectWordCount(clause) <= 2
        ? "a review or investigation has no checkable end state"
        : undefined;
    return { class: claim.class, why: claim.why, start: verb.start, end: verb.end, alsoVague };
  }
  const vague =
    neverAgain(clause, input) ??
    (isSpecific(clause, input) ? undefined : firstClaim(VAGUE_READERS, clause, input));
  // "Better error message when the token expires: show the expiry time": a vague title, then the change.
  const explained = vague !== undefined && explainedBy(clause, input);
  const claim = explained
    ? undefined
    : (vague ?? (clause.sentence.includes(": ") ? afterTopic(clause, input) : undefined));
  if (claim !== undefined) {
    return { class: claim.class, why: claim.why, start, end };
  }
  return (
    afterLabel(clause, input) ?? {
      class: "outcome",
      why: "names a change that can be checked",
      start,
      end,
    }
  );
}

/** "CDN config. We need to revisit the cache rules": a label of a few words, then the request, which is read. */
function afterLabel(clause: Clause, input: WordingInput): WordingReading | undefined {
  const { sentence, text } = clause;
  if (text.charCodeAt(sentence.length) !== 46 /* . */ || sentence.length > 40) {
    return undefined;
  }
  const label = sentence.toLowerCase().match(LOWER_WORD) ?? [];
  const first = label[0] ?? "";
  const rest = text.slice(sentence.length + 1).trim();
  // "Alerting." names an area; "Add alerts." is a request of its own.
  if (
    label.length === 0 ||
    label.length > 5 ||
    rest === "" ||
    (isVerbWord(verbOf(first)) && !isAbstractWord(first)) ||
    SPECIFIC_MARK.test(sentence)
  ) {
    return undefined;
  }
  // "Comms. Customers were confused.": an area, and what went wrong in it.
  if (TROUBLE_REPORT.test(rest)) {
    const { textStart: start, rawEnd: end } = input;
    return { class: "vague", why: "names an area and what went wrong, not a change", start, end };
  }
  const reading = readWording({
    ...input,
    verbText: rest,
    leadingVerb: findLeadingVerb(rest, input.raw, input.textStart, []),
    isQuestion: false,
  });
  return reading.class === "outcome" ? undefined : reading;
}

/**
 * A vague title explained by a checkable change: after its colon ("Better error message: show the expiry
 * time"), in an aside ("Harden the service (remove the debug endpoints)") or as a purpose that says what it
 * will hold ("Improve the error message to include the decline code").
 */
function explainedBy(clause: Clause, input: WordingInput): boolean {
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
  // "… to include more examples": how many more, the purpose does not say either.
  const rest = clause.main.slice(purpose.index + 3);
  const words = rest.toLowerCase().match(LOWER_WORD) ?? [];
  return (
    !words.some((word) => VAGUE_MODIFIERS.has(word) || UNMEASURED_COMPARATIVES.has(word)) &&
    readsAsChange(rest, input)
  );
}
const PURPOSE_CONTENT = new RegExp(
  String.raw`\bto (?:${[...PURPOSE_CONTENT_VERBS].join("|")})\b`,
  "i",
);

/** The words open with an outcome verb and read as a checkable change. */
function readsAsChange(rest: string, input: WordingInput): boolean {
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
function afterTopic(clause: Clause, input: WordingInput): ReturnType<Reader> {
  const colon = clause.sentence.indexOf(": ");
  const label = clause.lower.slice(0, colon).match(LOWER_WORD) ?? [];
  // A noun phrase whose head names an area ("Kiosk alerting", "Push notifications", "Resilience") or a
  // ticket kind pasted before the summary ("Tech debt: review …").
  const topic =
    label.length > 0 &&
    label.length <= 3 &&
    isTopicWord(label[label.length - 1]) &&
    label.every((word) => isTopicWord(word) || !isVerbWord(verbOf(word)));
  if (!topic && !TICKET_KIND_LABELS.has(label.join(" "))) {
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

/** The words after the lead word that are not fillers. */
function objectWordCount(clause: Clause): number {
  let count = 0;
  for (let at = clause.index + 1; at < clause.words.length; at++) {
    if (!FILLER_WORDS.has(clause.words[at])) {
      count++;
    }
  }
  return count;
}

function firstClaim(readers: Reader[], clause: Clause, input: WordingInput): ReturnType<Reader> {
  for (const read of readers) {
    const claim = read(clause, input);
    if (claim !== undefined) {
      return claim;
    }
  }
  return undefined;
}
