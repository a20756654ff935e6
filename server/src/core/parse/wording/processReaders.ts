import {
  CHECKING_VERBS,
  HEDGE_WORDS,
  LIGHT_VERBS,
  LOOK_NOUNS,
  MEETING_NOUNS,
  NEEDS_A_LOOK,
  PROCESS_PHRASES,
  PROCESS_VERBS,
  PROCESS_NOUNS,
  QUESTION_AUXILIARIES,
  QUESTION_FOLLOWERS,
  QUESTION_SUBJECTS,
  QUESTION_WORDS,
  RECURRENCE_WORDS,
  SPECIFIC_MARK,
  STUDY_OBJECTS,
  UNDECIDED_TAG,
  WISH_OPENER,
} from "../lexicon";
import { type Clause, type Reader } from "./clause";
import { findLeadingVerb } from "./leadingVerb";
import { futurePassive } from "./vagueStates";
import { ARTICLE, isVerbWord } from "./words";

// Process readers: the deliverable is an activity, wherever the verb stands.

// Word gates as one pattern each: one scan, where a chain of includes made a call per word.
const VERSUS_HINT = / vs| versus /;
const NEEDS_A_LOOK_HINT = /need|could|thought/;
const SPACED_DASH = / — | - | – | -- /;

// Only an item opening with one of these words is tried as a wish.
const WISH_FIRST_WORDS = new Set(["it", "would", "i", "we", "ideally", "nice", "nice-to-have"]);
const VERSUS = /\s(?:vs\.?|versus)\s/i;
const QUESTION_SENTENCE = /^(?:[^.!?]|\.(?!\s))*\?(?=\s|$)/;

export const question: Reader = (clause, input) => {
  if (input.isQuestion || (clause.text.includes("?") && QUESTION_SENTENCE.test(clause.text))) {
    return { class: "process", why: "a question is not a commitment" };
  }
  const [first, second] = clause.words;
  // "Managed OpenSearch vs self-hosted": two options to weigh, with no verb to choose one.
  if (VERSUS_HINT.test(clause.lower) && !isVerbWord(clause.lead) && VERSUS.test(clause.main)) {
    return { class: "process", why: "weighs two options rather than committing to one" };
  }
  // "Is the old region fallback still needed": a question whose mark was left off.
  if (
    first !== undefined &&
    QUESTION_AUXILIARIES.has(first) &&
    second !== undefined &&
    QUESTION_SUBJECTS.has(second)
  ) {
    return {
      class: "process",
      why: `"${first} ${second} …" asks a question rather than committing to a change`,
    };
  }
  // "How we would fail over …", "how to roll back …": a question without its question mark.
  if (
    first !== undefined &&
    QUESTION_WORDS.has(first) &&
    second !== undefined &&
    QUESTION_FOLLOWERS.has(second)
  ) {
    return {
      class: "process",
      why: `"${first} ${second} …" asks a question rather than committing to a change`,
    };
  }
  return undefined;
};

export const hedge: Reader = (clause, input) => {
  const word = clause.words[clause.index];
  if (word !== undefined && HEDGE_WORDS.has(word)) {
    return { class: "process", why: `"${word}" offers a possibility, not a commitment` };
  }
  // "It would be nice if the player retried …", "I wish we had …": a wish, not a commitment.
  const wish = WISH_FIRST_WORDS.has(clause.words[0] ?? "") ? WISH_OPENER.exec(clause.lower) : null;
  if (wish !== null) {
    return { class: "process", why: `"${wish[0]}" states a wish, not a commitment` };
  }
  // A tag read off before the action: "TBD: retention policy …", "Idea: add a canary …". Before a verb
  // "TBD:" holds the owner's place ("TBD: rotate the key"), which the owner rules read.
  const tag = input.textStart > 0 ? UNDECIDED_TAG.exec(input.raw.slice(0, input.textStart)) : null;
  return tag === null || (/^tb[dc]$/i.test(tag[1]) && isVerbWord(clause.lead))
    ? undefined
    : { class: "process", why: `"${tag[1]}" leaves it undecided, not a commitment` };
};

export const processVerb: Reader = (_clause, input) => {
  const verb = input.leadingVerb;
  return verb !== undefined && verb.isProcess
    ? { class: "process", why: `"${verb.text.toLowerCase()}" describes activity, not a change` }
    : undefined;
};

/** "Book a call about …", "hold a meeting on …": the event is talk; a recurring one is an institution. */
export const meeting: Reader = (clause) => {
  if (!LIGHT_VERBS.has(clause.lead)) {
    return undefined;
  }
  const after = clause.words.slice(clause.index + 1, clause.index + 6);
  // "kick off", "set up", "carry out": the particle is part of the verb.
  const particle =
    after[0] === "off" || after[0] === "up" || after[0] === "out" ? after.shift() : undefined;
  const lead = particle === undefined ? clause.lead : `${clause.lead} ${particle}`;
  // "Schedule time to go over the thresholds", "set aside some time to discuss …": time for an activity.
  const toAt = after[0] === "time" ? 1 : after[0] === "some" && after[1] === "time" ? 2 : -1;
  const verb = toAt === -1 || after[toAt] !== "to" ? undefined : after[toAt + 1];
  if (
    verb !== undefined &&
    (PROCESS_VERBS.has(verb) || PROCESS_PHRASES.includes(`${verb} ${after[toAt + 2] ?? ""}`))
  ) {
    return {
      class: "process",
      why: `"${lead} time to ${verb}" plans an activity, not a change`,
    };
  }
  if (after.length === 0 || !(ARTICLE.test(after[0]) || EVENT_COUNT.test(after[0]))) {
    return undefined;
  }
  for (const word of after.slice(1, 4)) {
    if (RECURRENCE_WORDS.has(word)) {
      return undefined;
    }
    if (LOOK_NOUNS.has(word)) {
      return {
        class: "process",
        why: `"${lead} a ${word}" describes activity, not a change`,
      };
    }
    if (MEETING_NOUNS.has(word) || PROCESS_NOUNS.has(word)) {
      const many = EVENT_COUNT.test(after[0]) ? after[0] : "a";
      return { class: "process", why: `"${lead} ${many} ${word}" plans talk, not a change` };
    }
  }
  return undefined;
};

/** "Schedule any follow-up meetings", "hold further talks": how many events, none of them a change. */
const EVENT_COUNT = /^(?:any|more|further|another|several|two|three)$/;

/** "The autoscaler needs a closer look", "… needs more investigation": someone's time, not a change. */
export const needsALook: Reader = (clause) => {
  const { lower } = clause;
  const found = NEEDS_A_LOOK_HINT.test(lower)
    ? (NEEDS_A_LOOK.exec(clause.main.toLowerCase()) ?? saidOfTitle(clause))
    : null;
  return found === null
    ? undefined
    : { class: "process", why: `"${found[0]}" asks for someone's time, not a change` };
};

/** "Flags UX - needs work", "Retry logic: needs a closer look": the title is what the wish is about. */
function saidOfTitle(clause: Clause): RegExpExecArray | null {
  const said = clause.main === clause.sentence ? null : TITLE_THEN_WISH.exec(clause.sentence);
  return said === null ? null : NEEDS_A_LOOK.exec(clause.sentence.slice(said.index).toLowerCase());
}
const TITLE_THEN_WISH =
  /(?::\s+|\s[-–—]\s+)(?=(?:still |really )?(?:needs?|could use|could do with)\b)/i;

/** "Verify the possibility of a second acquirer", "check the feasibility of …": a study, not a change. */
export const studyOf: Reader = (clause) => {
  if (!CHECKING_VERBS.has(clause.lead)) {
    return undefined;
  }
  const object = clause.words
    .slice(clause.index + 1, clause.index + 3)
    .find((word) => !ARTICLE.test(word));
  return object !== undefined && STUDY_OBJECTS.has(object)
    ? { class: "process", why: `"${clause.lead} … ${object}" studies a question, not a change` }
    : undefined;
};

/**
 * "The event loop will be analyzed for other causes": a study in the passive is a process whatever the
 * sentence names, as "Analyze the event loop …" is; a number or a name in it ("the P2P loop") does not make
 * the study a change. The passive of a direction ("will be improved") stays with the vague readers.
 */
export const passiveStudy: Reader = (clause, input) => {
  const claim = futurePassive(clause, input);
  return claim?.class === "process" ? claim : undefined;
};

/** "Interface errors between the robot and the pharmacy system — investigate": a topic, and a bare study of it. */
export const studyAfterDash: Reader = (clause) => {
  const { sentence } = clause;
  const dash = SPACED_DASH.test(sentence) ? DASH_THEN_FEW_WORDS.exec(sentence) : null;
  // Only after a topic: "Add an alert … - review weekly" and "Disk alert at 80% - review" name the change.
  if (
    dash === null ||
    isVerbWord(clause.lead) ||
    SPECIFIC_MARK.test(sentence) ||
    dash[1].split(/\s+/).some((word) => RECURRENCE_WORDS.has(word.toLowerCase()))
  ) {
    return undefined;
  }
  const verb = findLeadingVerb(dash[1], dash[1], 0, []);
  return verb?.isProcess === true && verb.start === 0
    ? { class: "process", why: `"${verb.text.toLowerCase()}" describes activity, not a change` }
    : undefined;
};
/** The last dash and at most four words after it, closing the sentence. */
const DASH_THEN_FEW_WORDS = /\s(?:[-–—]|--)\s+((?:[A-Za-z'-]+\s*){1,4})[.!]?$/;
