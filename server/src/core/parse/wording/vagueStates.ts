import {
  AGAINST_REPEAT,
  CHECKED_DRILLS,
  CONDITION_WORDS,
  COPULAS,
  DETERMINERS,
  ENSURE_WORDS,
  FUTURE_PASSIVE,
  HABIT,
  HABIT_LEADS,
  HEDGED_QUANTITY,
  INCEPTIVE_VERBS,
  KNOWING_WORDS,
  MANNER_ADVERBS,
  MANNER_STATE,
  MANNER_STEM,
  MODAL_MANNER,
  NEVER_AGAIN,
  ONGOING_ADVERBS,
  OUTCOME_VERBS,
  PLAN_NOUNS,
  PROCESS_PARTICIPLE,
  QUALIFIER_WORDS,
  RECURRENCE_WORDS,
  STATE_MODAL,
  TOPIC_HEADS,
  UNMEASURED_COMPARATIVES,
  UNMEASURED_CRITERION,
  UNMEASURED_MANNER,
  UNTIMED_CADENCE,
  VAGUE_ADJECTIVES,
  WORKS_AS_STATE,
} from "../lexicon";
import { type Reader } from "./clause";
import { ARTICLE, LOWER_WORD, isKeptState, isQuality, isVerbWord, verbOf } from "./words";

// Vague readers: nothing says when it is done. These read the state or wish the sentence states.

// "ly " or " well", in one scan: the manner reader needs one of them.
const MANNER_HINT = /ly | well/;

// "against" or "avoid", in one scan: the repeat reader needs one of them.
const AGAINST_HINT = /against|avoid/;

/** "Our alerting will be improved", "the limits are going to be reviewed": a direction or a process, in the passive. */
export const futurePassive: Reader = (clause) => {
  const found = clause.lower.includes(" be ")
    ? FUTURE_PASSIVE.exec(clause.main.toLowerCase())
    : null;
  if (found === null) {
    return undefined;
  }
  const participle = found[2];
  // "Require config changes to be reviewed by …": a rule the verb sets. With "should" or "must" the
  // passive is the sentence's own ("The change board should be strengthened").
  if (!FINITE_MODALS.has(found[1]) && OUTCOME_VERBS.has(clause.lead)) {
    return undefined;
  }
  // "… should be reviewed and signed off by the COO": the sign-off is the check.
  const after = clause.main.slice(found.index + found[0].length);
  if (after.startsWith(" and ") && THEN_DONE.test(after)) {
    return undefined;
  }
  const process = PROCESS_PARTICIPLE.test(participle);
  // "… will be reviewed weekly by the on-call lead": a recurring review is an institution.
  if (process && clause.words.some((word) => RECURRENCE_WORDS.has(word))) {
    return undefined;
  }
  return process
    ? { class: "process", why: `"be ${participle}" describes activity, not a change` }
    : { class: "vague", why: `"be ${participle}" names a direction, not a change` };
};

const FINITE_MODALS = new Set(["will", "shall", "would", "going to", "should", "must"]);
// "… reviewed and unused accounts removed": what is done after it, with or without its own object.
const THEN_DONE =
  /^ and (?:then )?(?:[a-z-]+ ){0,3}?(?:signed off|approved|published|sent|written up|filed|recorded|documented|added|fixed|updated|changed|replaced|removed|deleted|revoked|disabled|rotated)\b/;

/** "Guard against similar issues", "avoid a repeat": a wish about the future, with nothing to do named. */
export const againstRepeat: Reader = (clause) => {
  const { lower } = clause;
  const found = AGAINST_HINT.test(lower) ? AGAINST_REPEAT.exec(clause.main) : null;
  return found === null
    ? undefined
    : { class: "vague", why: `"${found[0].toLowerCase()}" names no change that would do it` };
};

// "n't" follows its verb's letters with no word boundary: "don't expire again".
const NOT_AGAIN = /(?:\bnever|\bnot|n['’]t)\b[^.;]{0,40}\bagain\b/i;

export const neverAgain: Reader = (clause) =>
  NEVER_AGAIN.test(clause.main) || (clause.lower.includes("again") && NOT_AGAIN.test(clause.main))
    ? { class: "vague", why: "says what must not happen, not what will change" }
    : undefined;

const UP_TO_DATE = /\bup to date\b/g;

/** "Make sure each site has an answer for …", "ensure the steps are easy to find", "downgrades must be seamless". */
export const qualityState: Reader = (clause) => {
  const lower = clause.main.toLowerCase();
  const sentence = lower.includes("up to date") ? lower.replace(UP_TO_DATE, "up-to-date") : lower;
  // "Keep the runbook up to date", "keep the dashboards accurate", "(stakeholders to) be kept updated": a
  // state to hold, with no measure.
  const kept =
    clause.lead === "keep" || (clause.lead === "be" && clause.words[clause.index + 1] === "kept")
      ? sentence.match(LOWER_WORD)
      : null;
  if (kept !== null && kept.length <= 8 && isKeptState(kept[kept.length - 1])) {
    return {
      class: "vague",
      why: `"keep … ${kept[kept.length - 1]}" is a quality with no measure`,
    };
  }
  const manner = MANNER_HINT.test(sentence) ? MANNER_STATE.exec(sentence) : null;
  if (manner !== null) {
    return { class: "vague", why: `"${manner[0]}" says how well, with no measure` };
  }
  const cadence = UNTIMED_CADENCE.exec(sentence);
  if (cadence !== null) {
    return { class: "vague", why: `"${cadence[0].trim()}" names no interval to check` };
  }
  const unmeasured = sentence.endsWith("ly") ? UNMEASURED_MANNER.exec(sentence) : null;
  if (unmeasured !== null) {
    return { class: "vague", why: `"${unmeasured[0].trim()}" says how well, with no measure` };
  }
  const modalManner = sentence.endsWith("ly") ? MODAL_MANNER.exec(sentence) : null;
  if (modalManner !== null) {
    return {
      class: "vague",
      why: `"${modalManner[0].split(" ").pop()}" says how well, with no measure`,
    };
  }
  const ensure = ENSURE_WORDS.exec(sentence);
  const modal = STATE_MODAL.exec(sentence);
  for (const found of [ensure, modal]) {
    if (found === null) {
      continue;
    }
    const words =
      (sentence.slice(found.index + found[0].length).split(/[,;:.(]|\s[-–—]\s/)[0] ?? "").match(
        LOWER_WORD,
      ) ?? [];
    // "… fails when the vault is unreachable": the state after "when" is the condition, not the promise.
    const condition = words.findIndex((word) => CONDITION_WORDS.has(word));
    const rest = condition === -1 ? words : words.slice(0, condition);
    const copula = found === modal ? -1 : rest.findIndex((word) => COPULAS.has(word));
    const has = rest.findIndex((word) => word === "have" || word === "has");
    if (copula !== -1 || found === modal) {
      let at = copula + 1;
      if (rest[at]?.endsWith("ly") === true) {
        at++;
      }
      // "… should be made clearer", "staff should be made aware of …": the state made, read as the state;
      // "made visible on the status page" says where it will show, which can be checked.
      if (
        rest[at] === "made" &&
        found === modal &&
        (rest[at + 2] === undefined || rest[at + 2] === "of" || rest[at + 2] === "about")
      ) {
        at++;
      }
      // "… is kept informed", "… are kept updated": a state held, read as the state.
      const held = rest[at] === "kept" && isKeptState(rest[at + 1]);
      // "… should be open and compassionate": the second of two qualities.
      if (rest[at + 1] === "and" && !isQuality(rest[at]) && isQuality(rest[at + 2])) {
        at += 2;
      }
      if (held || isQuality(rest[at]) || isQuality(rest[at]?.split("/")[0])) {
        at += held ? 1 : 0;
        return {
          class: "vague",
          why: `"${rest.slice(Math.max(copula, 0), at + 1).join(" ")}" is a quality with no measure`,
        };
      }
    }
    if (found === ensure && rest.length > 1 && WORKS_AS_STATE.test(rest.join(" "))) {
      return { class: "vague", why: `"${found[0].trim()} … works" names no test of it` };
    }
    // "Set up integration tests of the core features to make sure we are alerted promptly": the tests
    // are the deliverable, the purpose after them says why.
    const purposeOnly =
      found === ensure &&
      !ENSURE_LEADS.has(clause.lead) &&
      OUTCOME_VERBS.has(clause.lead) &&
      PURPOSE_BEFORE.test(sentence.slice(0, found.index));
    const comparative =
      found === ensure && !purposeOnly
        ? rest.find((word) => UNMEASURED_COMPARATIVES.has(word))
        : undefined;
    if (comparative !== undefined) {
      // "Ensure we catch this earlier next time": earlier than what?
      return {
        class: "vague",
        why: `"${found[0].trim()} … ${comparative}" has no measure to check`,
      };
    }
    // "Make sure on-call knows how to renew …": knowing, with no check of it.
    const knowing =
      found === ensure && !purposeOnly ? rest.find((word) => KNOWING_WORDS.has(word)) : undefined;
    if (knowing !== undefined) {
      return { class: "vague", why: `"${found[0].trim()} … ${knowing}" has no check of it` };
    }
    // "Ensure data integrity", "ensure reliability of the payment flow": a quality named, with no check of
    // it. Only as the request: "game days to ensure standby resilience" are the deliverable.
    const quality =
      found === ensure && ENSURE_LEADS.has(clause.lead) ? qualityNamed(rest) : undefined;
    if (quality !== undefined) {
      return {
        class: "vague",
        why: `"${found[0].trim()} … ${quality}" names a quality, not a check`,
      };
    }
    // "Ensure we have enough headroom", "make sure the right people get paged": enough by what measure?
    const unmeasured =
      found === ensure && !purposeOnly ? UNMEASURED_CRITERION.exec(rest.join(" ")) : null;
    if (unmeasured !== null) {
      return {
        class: "vague",
        why: `"${found[0].trim()} … ${unmeasured[0].replace(/ [a-z]$/, "")}" has no measure to check`,
      };
    }
    if (
      found === ensure &&
      has !== -1 &&
      ARTICLE.test(rest[has + 1] ?? "") &&
      rest.slice(has + 2, has + 4).some((word) => PLAN_NOUNS.has(word))
    ) {
      return {
        class: "vague",
        why: `"${found[0].trim()} … ${rest.slice(has, has + 4).join(" ")}" has no criterion to check`,
      };
    }
  }
  return undefined;
};

export const ongoing: Reader = (clause) => {
  const word = clause.words[clause.index] ?? "";
  // "Regularly test restores on a spare server": a drill whose every run can be checked, unlike "regularly
  // review" or "continuously refine".
  if (
    ONGOING_ADVERBS.has(word) &&
    !CHECKED_DRILLS.has(verbOf(clause.words[clause.index + 1] ?? ""))
  ) {
    return { class: "vague", why: `"${word}" makes it an activity with no end` };
  }
  const habit = HABIT_LEADS.has(word)
    ? HABIT.exec(clause.words.slice(clause.index, clause.index + 8).join(" "))
    : null;
  if (habit !== null) {
    return { class: "vague", why: `"${habit[0]}" is a habit to keep, not a change` };
  }
  // "Properly test config changes", "thoroughly document the failover": how well, with no measure.
  return MANNER_ADVERBS.has(word) && MANNER_STEM.test(clause.words[clause.index + 1] ?? "")
    ? { class: "vague", why: `"${word}" says how well, with no measure` }
    : undefined;
};

/** "Start a canary for every deploy": a practice for each of them, which can be checked. */
const FOR_EACH = /\b(?:for|on|before|after|with|in) (?:every|each|all)\b/;

export const inceptive: Reader = (clause) =>
  INCEPTIVE_VERBS.has(clause.lead) &&
  DETERMINERS.has(clause.words[clause.index + 1] ?? "") &&
  !FOR_EACH.test(clause.lower)
    ? {
        class: "vague",
        why: `"${clause.words[clause.index]}" begins the work; say what finished looks like`,
      }
    : undefined;

/** ", which will allow us to …": what the change will bring, told after it; a hedge there qualifies the benefit. */
const EFFECT_CLAUSE = /,\s*which\s+(?:will|would|should|can|could|may)\s/;

/** "thank people who do things that …": a vague noun inside a clause about someone else names no outcome. */
const RELATIVE_BEFORE = /\b(?:who|that|which|whose)\s+(?:[a-z'’-]+\s+){0,2}$/;
const VAGUE_NOUN = /^(?:things|stuff|something)$/;

const CONCESSION = /\beven (?:if|when|though)\b/;

/** "If you need to check out stuff from public repos, use https": the condition, before the work it asks for. */
const CONDITION_LEAD = /^(?:if|when|whenever|once|unless)\s[^,]{1,120},\s+(?=[a-z])/;

export const hedgedQuantity: Reader = (clause) => {
  const lower = clause.main.toLowerCase();
  const condition = CONDITION_LEAD.exec(lower);
  const main = condition === null ? lower : lower.slice(condition[0].length);
  const effect = main.includes(", which") ? EFFECT_CLAUSE.exec(main) : null;
  const before = effect === null ? main : main.slice(0, effect.index);
  // "… delete the metadata even if some parts of it are gone": the case the change must cope with.
  const concession = before.includes("even ") ? CONCESSION.exec(before) : null;
  let text = concession === null ? before : before.slice(0, concession.index);
  let found = HEDGED_QUANTITY.exec(text);
  while (
    found !== null &&
    VAGUE_NOUN.test(found[0]) &&
    RELATIVE_BEFORE.test(text.slice(0, found.index))
  ) {
    text = text.slice(found.index + found[0].length);
    found = HEDGED_QUANTITY.exec(text);
  }
  return found === null
    ? undefined
    : { class: "vague", why: `"${found[0]}" cannot be counted as done` };
};

const ENSURE_LEADS = new Set(["ensure", "make", "guarantee"]);
/** "… to make sure", "… in order to ensure": a purpose after the deliverable. */
const PURPOSE_BEFORE = /\b(?:to|in order to|so as to)\s+$/;

/** The head of a short noun phrase when it names a quality: "data integrity", "high availability of …". */
function qualityNamed(words: string[]): string | undefined {
  const end = words.findIndex((word) => QUALIFIER_WORDS.has(word));
  const phrase = end === -1 ? words : words.slice(0, end);
  const head = phrase[phrase.length - 1];
  if (head === undefined || phrase.length > 3) {
    return undefined;
  }
  // "Ensure robust telemetry", "ensure consistent naming": a thing with a quality word and nothing more
  // ("ensure secure storage of the keys in Vault" says where).
  if (end === -1 && phrase.length > 1 && VAGUE_ADJECTIVES.has(phrase[0])) {
    return phrase[0];
  }
  return TOPIC_HEADS.has(head) && !phrase.some((word) => isVerbWord(word)) ? head : undefined;
}
