import {
  ALWAYS_VAGUE_LEADS,
  COMPARATIVE_WISH,
  DEFINITE_WORDS,
  UNNAMED_WORDS,
  EXERCISE_NOUNS,
  FILLER_WORDS,
  HALT_VERBS,
  OUTCOME_VERBS,
  QUALIFIER_WORDS,
  SAFEGUARD_NOUNS,
  HARM_GOALS,
  VAGUE_ADJECTIVES,
  VAGUE_LEADS,
  VAGUE_MODIFIERS,
  SUBORDINATORS,
} from "../lexicon";
import { type Reader, deliverable } from "./clause";
import { isAbstractWord, isQuality, isTopicWord, isVerbWord, verbOf } from "./words";

// The last vague reader: what the lead word and the head of its object say together.

// Word gates as one pattern each: one scan, where a chain of includes made a call per word.
const COMPARATIVE_HINT = /more|less|better|earlier|sooner|faster|quicker/;
const COUNT_HINT = /more|fewer/;

/**
 * "… more people", "fewer retries", "more spare printers", "more replicas to the pool" closing what is
 * asked for, with no number to reach ("two more people" has one; "no more manual deploys" is a ban). A
 * comparative adjective ("more careful") is left to the readers of degrees.
 */
const COUNT_WISH =
  /(?<!\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|no|any|once)\s)\b(?:more|fewer)\s+(?!than\b)(?![a-z-]*(?:ive|ful|ous|able|ible|al|ic|ly)\b)[a-z-]+(?:\s[a-z-]+)?(?:\s(?:to|for|in|on|at|across|into|behind)\s(?:the |our |each |every |a |an )?[a-z-]+(?:\s[a-z-]+)?)?\s*$/;

/** Participles without -ed or -en: "backups to be kept in a second region" is a passive change. */
const IRREGULAR_PARTICIPLES = new Set([
  "kept",
  "set",
  "put",
  "held",
  "run",
  "built",
  "sent",
  "shut",
  "cut",
  "split",
  "made",
  "paid",
  "left",
  "sold",
  "told",
  "found",
  "bound",
  "spent",
  "read",
  "moved",
]);

/** The older readings of a lead word and its object. */
export const leadAndObject: Reader = (clause) => {
  const { words, index, lead } = clause;
  const rest = words.slice(index + 1);
  const object = rest.filter((word) => !FILLER_WORDS.has(word));
  // The head of the object, before any qualifier: "team ownership" in "fix team ownership of ledger-api".
  const headEnd = rest.findIndex((word) => QUALIFIER_WORDS.has(word));
  const head = (headEnd === -1 ? rest : rest.slice(0, headEnd)).filter(
    (word) => !FILLER_WORDS.has(word),
  );
  const vague = (why: string) => ({ class: "vague" as const, why });
  const { lower } = clause;
  const comparative = COMPARATIVE_HINT.test(lower)
    ? COMPARATIVE_WISH.exec(words.slice(index).join(" "))
    : null;
  // "… more monitoring", "… more useful": more of an area or a quality, with no measure of enough.
  if (
    comparative !== null &&
    (comparative[1] === undefined || isAbstractWord(comparative[1]) || isQuality(comparative[1]))
  ) {
    return vague("a comparison with nothing to measure it by");
  }
  // "Notify more people when the queue backs up": how many more, the deliverable does not say.
  const countless = COUNT_HINT.test(lower) ? COUNT_WISH.exec(deliverable(clause)) : null;
  if (countless !== null) {
    return vague(`"${countless[0].trim()}" says neither how many nor how much`);
  }
  // "Be more careful"; "be signed by the pipeline", "be properly closed on shutdown" are passive changes.
  const participle = rest[0]?.endsWith("ly") === true ? rest[1] : rest[0];
  // "Expand and improve the tracing": the second verb shares the object, and it names a direction.
  const joined = rest[0] === "and" && isVerbWord(lead) ? rest[1] : undefined;
  if (joined !== undefined && joined !== "be" && ALWAYS_VAGUE_LEADS.has(joined)) {
    return vague(`"${joined}" names a direction, not a change`);
  }
  if (
    ALWAYS_VAGUE_LEADS.has(lead) &&
    !(
      lead === "be" &&
      (/(?:ed|en)$/.test(participle ?? "") || IRREGULAR_PARTICIPLES.has(participle ?? ""))
    )
  ) {
    return vague(`"${lead}" names a direction, not a change`);
  }
  // "More aggressive host replacement before disks fail": a clause after the noun phrase says when, not how much.
  const clauseAt = object.findIndex((word) => SUBORDINATORS.has(word));
  const phrase = clauseAt === -1 ? object : object.slice(0, clauseAt);
  if (VAGUE_ADJECTIVES.has(lead) && phrase.length <= 4) {
    return vague("names an area to get better at, not a change");
  }
  // "Update the deploy checklist to require …": the purpose names the change.
  const purpose =
    headEnd !== -1 && rest[headEnd] === "to" && isVerbWord(verbOf(rest[headEnd + 1] ?? ""));
  if (
    VAGUE_LEADS.has(lead) &&
    head.length > 0 &&
    head.length <= 3 &&
    head.every(isAbstractWord) &&
    !purpose
  ) {
    return vague(`"${lead} ${head.join(" ")}" has no checkable end state`);
  }
  // "Add safeguards around the rollout", "put stronger guardrails in place": protections named by kind only.
  const guard = head.length <= 3 ? head.find((word) => SAFEGUARD_NOUNS.has(word)) : undefined;
  // "… measures to prevent abuse": a purpose that only names the harm says no more which protection.
  const goalOnly = purpose && HARM_GOALS.has(verbOf(rest[headEnd + 1] ?? ""));
  if (
    guard !== undefined &&
    isVerbWord(lead) &&
    (!purpose || goalOnly) &&
    head.every(
      (word) =>
        SAFEGUARD_NOUNS.has(word) || VAGUE_MODIFIERS.has(word) || VAGUE_ADJECTIVES.has(word),
    )
  ) {
    return vague(`"${lead} ${guard}" names a kind of protection, not which`);
  }
  // "Add monitoring", "add more tests"; "add the alert" points at a known one, "the relevant alerts" does not.
  // Halting a whole kind of activity ("freeze deploys", "disable retries") is checkable: every one of them stops.
  const unnamed = rest.some((word) => UNNAMED_WORDS.has(word));
  if (
    OUTCOME_VERBS.has(lead) &&
    !HALT_VERBS.has(lead) &&
    words.length - index <= (unnamed ? 4 : 3) &&
    object.length > 0 &&
    object.every(isAbstractWord) &&
    (unnamed || !rest.some((word) => DEFINITE_WORDS.has(word))) &&
    // "DB failover test", "Restore drill": the verb names the kind of one exercise to run.
    !(object.length === 1 && EXERCISE_NOUNS.has(object[0]))
  ) {
    return vague(`"${lead} ${object.join(" ")}" names an area, not what to add or change`);
  }
  // "Alerting", "Monitoring": an activity named alone, with nothing to add or change.
  if (words.length === index + 1 && words[index].endsWith("ing") && OUTCOME_VERBS.has(lead)) {
    return vague(`"${words[index]}" names an area, not a change`);
  }
  // "Data quality", "checkout monitoring": a part of the system and an area of it, nothing more.
  if (
    !isVerbWord(lead) &&
    words.length - index <= 3 &&
    (words.length === index || isAbstractWord(words[words.length - 1])) &&
    words.slice(index).every(isTopicWord)
  ) {
    return vague("names an area, not a change");
  }
  return undefined;
};
