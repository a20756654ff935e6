import {
  ABSTRACT_NOUNS,
  ALWAYS_VAGUE_LEADS,
  AMOUNT_PHRASES,
  AMOUNT_VERBS,
  AGAINST_REPEAT,
  APPROACH_NOUNS,
  AREA_WORDS,
  COLLABORATION_VERBS,
  COMPARATIVE_WISH,
  COMPONENT_NAMES,
  MINDSET_LEADS,
  MINDSET_NOUNS,
  COPULAS,
  DEFINITE_WORDS,
  DIRECTION_NOUNS,
  DETERMINERS,
  ENSURE_WORDS,
  EVERYONE_SUBJECTS,
  FAULT_ADJECTIVES,
  FILLER_WORDS,
  FUTURE_PASSIVE,
  GUIDANCE_LEADS,
  GUIDANCE_NOUNS,
  HEDGED_QUANTITY,
  HABIT,
  HABIT_LEADS,
  HEDGE_WORDS,
  INTENT_OPENERS,
  INVESTIGATION_LABELS,
  KEPT_STATES,
  KNOWING_WORDS,
  LESSON_NOUNS,
  LESSON_VERBS,
  MANNER_ADVERBS,
  MANNER_STATE,
  MANNER_STEM,
  INCEPTIVE_VERBS,
  LIGHT_VERBS,
  LOOK_NOUNS,
  MEETING_NOUNS,
  NEEDS_A_LOOK,
  NEVER_AGAIN,
  ONGOING_ADVERBS,
  ONGOING_WATCH,
  OUTCOME_VERBS,
  PLAN_NOUNS,
  PROCESS_NEEDS_NEXT,
  PROCESS_NOUNS,
  PROCESS_PHRASES,
  PROCESS_VERBS,
  PROGRESSIVE_AUXILIARIES,
  QUALIFIER_WORDS,
  QUALITY_ADJECTIVES,
  QUALITY_SUFFIX,
  QUESTION_FOLLOWERS,
  QUESTION_WORDS,
  RECURRENCE_WORDS,
  REFERENCE_STANDARD,
  SAFEGUARD_NOUNS,
  SPECIFIC_MARK,
  STATE_MODAL,
  UNDECIDED_TAG,
  UNMEASURED_COMPARATIVES,
  VAGUE_ADJECTIVES,
  VAGUE_LEADS,
  VAGUE_MODIFIERS,
  VERB_OPENERS,
  VIA_PARTNER,
  VISIBILITY_LEADS,
  VISIBILITY_NOUNS,
  WORKS_AS_STATE,
} from "./lexicon";

// The wording judgement of one action: does it name a change someone can later check, an activity
// (a process), or a direction with no end state (vague)? `findLeadingVerb` reads the verb; `readWording`
// returns one claim with its evidence, which the process-verb and vague-outcome rules report as they find it.

export interface LeadingVerb {
  text: string;
  start: number;
  end: number;
  isProcess: boolean;
}

const WORD = /[A-Za-z][A-Za-z'-]*/g;

const CONTINUATION =
  /(?:\band\b|\bthen\b|[,;:]|\s[-–—]\s)\s*(?:then\s+)?(?:we\s+)?(?:will\s+)?([a-z][a-z-]*)/gi;

const PROCESS_PHRASE_SET = new Set(PROCESS_PHRASES);
const KIND_LABEL = /^\s*(?::|[-–—]\s)/;
const CONTINUE_OR_KEEP = /continue|keep/i;
// The words that open a process phrase: only after one is the two-word phrase built and looked up.
const PROCESS_PHRASE_FIRST_WORDS = new Set(PROCESS_PHRASES.map((phrase) => phrase.split(" ")[0]));

/** The opening words up to the first that is not an opener, and the word after it: all a verb needs. */
function openingWords(text: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words.push(m[0]);
    const at = words.length - 2;
    if (at >= 0 && !isOpener(words[at].toLowerCase(), words[at + 1].toLowerCase())) {
      break;
    }
  }
  return words;
}

/** Words before the verb: "we will", "to", "we plan to", "we are going to", "we'll be looking …". */
function isOpener(word: string, next: string): boolean {
  return (
    VERB_OPENERS.has(word) ||
    // "The team will …", "everyone should …": everyone, who owns nothing by name, before a modal.
    ((word === "the" || word === "our") && (next === "team" || next === "teams")) ||
    (EVERYONE_SUBJECTS.has(word) && VERB_OPENERS.has(next)) ||
    (next === "to" && INTENT_OPENERS.has(word)) ||
    ((word === "be" || PROGRESSIVE_AUXILIARIES.has(word)) &&
      (next.endsWith("ing") || VERB_OPENERS.has(next))) ||
    // "Further investigation into …": a degree before a process noun.
    ((word === "further" || word === "more" || word === "deeper") && PROCESS_NOUNS.has(next))
  );
}

/** A bracketed or parenthesised tag of up to three words before the action ("[dana?] …", "(ops, infra) …"), not read as an owner; longer brackets are link text. */
const TAG_LEAD_IN =
  /^\s*(?:\[+\s*[^\]\s]+(?:\s+[^\]\s]+){0,2}\s*\][\s\]]*|\(\s*[^)\s]+(?:\s+[^)\s]+){0,2}\s*\)\s*)(?:[:\-–—]\s*)?/;
/** A capitalised name or acronym before a lower-case verb ("ICL check how …"). */
const NAME_LEAD_IN = /^\s*([A-Z][\w.&+-]*)\s+(?=([a-z][a-z'-]*)\b)/;

// The verb reader and the wording reader both skip the lead-in of the same text, one right after the other.
let lastLeadInText: string | undefined;
let lastLeadIn = 0;

/** How many characters of tags and names precede the action's verb; the wording is read after them. */
export function leadInLength(text: string): number {
  if (text !== lastLeadInText) {
    lastLeadIn = readLeadInLength(text);
    lastLeadInText = text;
  }
  return lastLeadIn;
}

function readLeadInLength(text: string): number {
  let at = 0;
  for (
    let tag = TAG_LEAD_IN.exec(text);
    tag !== null && tag[0].length > 0;
    tag = TAG_LEAD_IN.exec(text.slice(at))
  ) {
    at += tag[0].length;
  }
  const name = NAME_LEAD_IN.exec(text.slice(at));
  if (name !== null && isNameLike(name[1]) && isVerbWord(name[2])) {
    at += name[0].length;
  }
  return at;
}

/** An acronym or a capitalised word that is none of the words the wording reads ("Continuously", "Maybe"). */
function isNameLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^[A-Z]{2,}/.test(word) ||
    !(
      isVerbWord(lower) ||
      /ly$|ing$|ed$/.test(lower) ||
      HEDGE_WORDS.has(lower) ||
      QUESTION_WORDS.has(lower) ||
      VERB_OPENERS.has(lower) ||
      VAGUE_ADJECTIVES.has(lower) ||
      VAGUE_MODIFIERS.has(lower) ||
      PROCESS_NOUNS.has(lower)
    )
  );
}

function isVerbWord(word: string): boolean {
  return OUTCOME_VERBS.has(word) || PROCESS_VERBS.has(word) || VAGUE_LEADS.has(word);
}

export function findLeadingVerb(
  fullVerbText: string,
  raw: string,
  searchFrom: number,
  extraProcess: string[],
): LeadingVerb | undefined {
  const verbText = fullVerbText.slice(leadInLength(fullVerbText));
  const words = openingWords(verbText);
  if (words.length === 0) {
    return undefined;
  }
  // Skip a leading "we will" / "to" / "please".
  let index = 0;
  while (
    index < words.length - 1 &&
    isOpener(words[index].toLowerCase(), words[index + 1].toLowerCase())
  ) {
    index++;
  }
  const word = words[index];
  const lower = word.toLowerCase();
  const next = (words[index + 1] ?? "").toLowerCase();
  let isProcess = false;
  let text = word;
  const verbAt = indexAnyCase(verbText, lower, 0);
  // "Continue to monitor …", "keep an eye on …": the pattern needs one of its two opening words.
  const watch = CONTINUE_OR_KEEP.test(verbText)
    ? ONGOING_WATCH.exec(verbText.slice(Math.max(verbAt, 0)))
    : null;
  if (watch !== null) {
    isProcess = true;
    text = watch[0];
  } else if (PROCESS_PHRASE_FIRST_WORDS.has(lower) && PROCESS_PHRASE_SET.has(`${lower} ${next}`)) {
    isProcess = true;
    text = `${word} ${words[index + 1]}`;
  } else if (COLLABORATION_VERBS.has(lower) && (next === "with" || next === "up")) {
    const purpose = PURPOSE_VERB.exec(verbText.slice(verbAt + lower.length))?.[1].toLowerCase();
    isProcess = purpose === undefined || PROCESS_VERBS.has(purpose);
    text = `${word} ${words[index + 1]}`;
  } else if (PROCESS_VERBS.has(lower) || extraProcess.includes(lower)) {
    const needs = PROCESS_NEEDS_NEXT[lower];
    const after = verbText
      .slice(verbAt + lower.length)
      .trimStart()
      .toLowerCase();
    isProcess = needs === undefined || needs.test(after);
  } else if (
    PROCESS_NOUNS.has(lower) &&
    (index === 0 ||
      lower.endsWith("ing") ||
      /^(?:of|into|on|for|the|a|an|and|to|whether|if|with|about|around)$/.test(next))
  ) {
    isProcess =
      !OUTCOME_VERBS.has(lower) ||
      /^(?:of|into|on|for|whether|if|about|around)$/.test(next) ||
      lower === "review";
  }
  const rest = verbText.slice(verbAt + lower.length);
  // "Spike: measure …", "Investigation - add …": a label names the kind of work, whatever the verb after it.
  const labelled = index === 0 && INVESTIGATION_LABELS.has(lower) && KIND_LABEL.test(rest);
  if (labelled) {
    isProcess = true;
  } else if (isProcess) {
    // An outcome clause later on ("investigate X and add Y") makes the item deliver a change.
    CONTINUATION.lastIndex = 0;
    for (let m = CONTINUATION.exec(rest); m !== null; m = CONTINUATION.exec(rest)) {
      const candidate = m[1].toLowerCase();
      if (
        OUTCOME_VERBS.has(candidate) &&
        !processAt(candidate, rest.slice(CONTINUATION.lastIndex)) &&
        candidate !== "monitor"
      ) {
        isProcess = false;
        break;
      }
    }
  }
  const at = indexAnyCase(raw, text, searchFrom);
  const start = at === -1 ? Math.max(indexAnyCase(raw, lower, 0), 0) : at;
  return { text, start, end: start + text.length, isProcess };
}

/** A verb that is process work with the words after it: "raise the issue with …", not "raise the limit". */
function processAt(verb: string, after: string): boolean {
  if (!PROCESS_VERBS.has(verb)) {
    return false;
  }
  const needs = PROCESS_NEEDS_NEXT[verb];
  return needs === undefined || needs.test(after.trimStart().toLowerCase());
}

/** The verb of a purpose in the same sentence: "… with the DB team to understand …". */
const PURPOSE_VERB = /^[^.;:]*?\bto\s+([A-Za-z][A-Za-z-]*)/;

/**
 * The first index of `needle` in `text` from `from` on, in any case, as `text.toLowerCase().indexOf(…)`
 * gives it, lower-casing only the text before an exact match (most are found as written, and early).
 */
function indexAnyCase(text: string, needle: string, from: number): number {
  const exact = text.indexOf(needle, from);
  if (exact === from) {
    return exact;
  }
  const end = exact === -1 ? text.length : exact + needle.length - 1;
  const at = text.slice(from, end).toLowerCase().indexOf(needle.toLowerCase());
  return at === -1 ? exact : from + at;
}

/** A claim about the wording, offsets relative to the item's raw text. */
export interface WordingReading {
  class: "process" | "vague" | "outcome";
  why: string;
  start: number;
  end: number;
  alsoVague?: string;
}

/** What the reader needs from the fields already read. */
export interface WordingInput {
  raw: string;
  /** The length of `raw` without its trailing whitespace. */
  rawEnd: number;
  /** The part of the action that carries the verb. */
  verbText: string;
  /** Where the action text starts in `raw`. */
  textStart: number;
  leadingVerb?: LeadingVerb;
  isQuestion: boolean;
}

const LOWER_WORD = /[a-z0-9'-]+/g;

/** The item's words as the readers see them. */
interface Clause {
  /** The action after any tag, as written (plain text). */
  text: string;
  /** Its first sentence. */
  sentence: string;
  /** The first sentence before an explanation (": …", " - …"), without asides in parentheses: what the item asks for. */
  main: string;
  /**
   * The deliverable: the first sentence before a purpose, an explanation or a relative clause. Read
   * on first use (see `deliverable`): only the degree reader needs it, and most items are judged first.
   */
  deliverable?: string;
  /** The text in lower case. */
  lower: string;
  /** Lower-case words of the text. */
  words: string[];
  /** The first word after openers ("we will", "to", "please"). */
  index: number;
  /** That word, with an -ing form read as its verb ("improving" → "improve"). */
  lead: string;
}

type Reader = (
  clause: Clause,
  input: WordingInput,
) => { class: "process" | "vague"; why: string } | undefined;

/** The first sentence: up to ". ", "! " or "? " (a full stop inside "e.g." or a version does not end it). */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl))[.!?](?=\s|$)/;
/** Where an explanation starts: "Title: why …", "do X - because …". */
const EXPLANATION = /:\s|\s[-–—]\s/;
/** Where the deliverable ends: a dash or colon explanation, a purpose, or a relative clause. */
const DELIVERABLE_END =
  /\s[-–—]\s|[:;(]|\b(?:so|in order to|which|that|because|since|as|when|where|while|following|after|before|until)\b/;
const PURPOSE = /\bto\s+([a-z][a-z-]*)/g;
const QUESTION_SENTENCE = /^(?:[^.!?]|\.(?!\s))*\?(?=\s|$)/;
const ARTICLE = /^(?:a|an|the|one|some)$/;

function clauseOf(input: WordingInput): Clause {
  const text = input.verbText.slice(leadInLength(input.verbText)).replace(VIA_PARTNER, "").trim();
  const end = SENTENCE_END.exec(text);
  const sentence = end === null ? text : text.slice(0, end.index);
  const lower = text.toLowerCase();
  const words = lower.match(LOWER_WORD) ?? [];
  let index = 0;
  while (
    index < words.length - 1 &&
    (isOpener(words[index], words[index + 1]) || PROGRESSIVE_AUXILIARIES.has(words[index]))
  ) {
    index++;
  }
  // "A better process for …", "an improved runbook": the noun phrase is read from its adjective.
  if (index === 0 && (words[0] === "a" || words[0] === "an") && words.length > 2) {
    index++;
  }
  const explanation = EXPLANATION.exec(sentence);
  const asked = explanation === null ? sentence : sentence.slice(0, explanation.index);
  // Asides in parentheses ("(including the odd cases)") explain; they are not what is asked for.
  const main = asked.includes("(") ? asked.replace(/\s*\([^()]*\)/g, "") : asked;
  const lead = words[index] === undefined ? "" : leadOf(words[index], words[index + 1], main);
  return { text, sentence, main, deliverable: undefined, lower, words, index, lead };
}

function deliverable(clause: Clause): string {
  return (clause.deliverable ??= deliverableOf(clause.main));
}

/** The sentence up to its first purpose ("to catch …"), explanation or relative clause. */
function deliverableOf(sentence: string): string {
  const lower = sentence.toLowerCase();
  let cut = DELIVERABLE_END.exec(lower)?.index ?? lower.length;
  PURPOSE.lastIndex = 0;
  for (let m = PURPOSE.exec(lower); m !== null && m.index < cut; m = PURPOSE.exec(lower)) {
    // "to require …", "to catch …": a purpose; "to the team", "from 3 to 5" are not.
    if (m.index > 0 && isVerbWord(verbOf(m[1]))) {
      cut = m.index;
    }
  }
  return lower.slice(0, cut);
}

/** The lead word as a verb: an -ing form or a direction noun before its object ("improvements to …"). */
function leadOf(word: string, next: string | undefined, main: string): string {
  const noun = DIRECTION_NOUNS.get(word);
  // "Improvements to the dashboard are tracked in …": the noun is a subject, and the sentence says something else.
  return noun !== undefined &&
    next !== undefined &&
    QUALIFIER_WORDS.has(next) &&
    !FINITE_VERB.test(main)
    ? noun
    : verbOf(word);
}
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|should|must|can|could)\b/i;

/** An -ing form read as its verb: "improving" → "improve", "getting" → "get"; other words as they are. */
export function verbOf(word: string): string {
  if (!word.endsWith("ing") || word.length < 6 || isVerbWord(word)) {
    return word;
  }
  const stem = word.slice(0, -3);
  for (const candidate of [stem, `${stem}e`, stem.slice(0, -1)]) {
    if (isVerbWord(candidate)) {
      return candidate;
    }
  }
  return word;
}

function isAbstractWord(word: string): boolean {
  return ABSTRACT_NOUNS.has(word) || VAGUE_ADJECTIVES.has(word) || AREA_WORDS.has(word);
}

function isQuality(word: string | undefined): boolean {
  return (
    word !== undefined &&
    (QUALITY_ADJECTIVES.has(word) ||
      VAGUE_MODIFIERS.has(word) ||
      (QUALITY_SUFFIX.test(word) && !OUTCOME_VERBS.has(word)))
  );
}

/** "By adding …", "via rotating …": the change is named by its means. */
const MEANS = /\b(?:by|via|through)\s+([a-z-]+ing)\b/;

/** A checkable end state: a number, code, a quotation, "so that", or a means ("by adding …"). */
function isSpecific(clause: Clause, input: WordingInput): boolean {
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

// Process readers: the deliverable is an activity, wherever the verb stands.

const question: Reader = (clause, input) => {
  if (input.isQuestion || (clause.text.includes("?") && QUESTION_SENTENCE.test(clause.text))) {
    return { class: "process", why: "a question is not a commitment" };
  }
  const [first, second] = clause.words;
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

const hedge: Reader = (clause, input) => {
  const word = clause.words[clause.index];
  if (word !== undefined && HEDGE_WORDS.has(word)) {
    return { class: "process", why: `"${word}" offers a possibility, not a commitment` };
  }
  // A tag read off before the action: "TBD: retention policy …", "Idea: add a canary …". Before a verb
  // "TBD:" holds the owner's place ("TBD: rotate the key"), which the owner rules read.
  const tag = input.textStart > 0 ? UNDECIDED_TAG.exec(input.raw.slice(0, input.textStart)) : null;
  return tag === null || (/^tb[dc]$/i.test(tag[1]) && isVerbWord(clause.lead))
    ? undefined
    : { class: "process", why: `"${tag[1]}" leaves it undecided, not a commitment` };
};

const processVerb: Reader = (_clause, input) => {
  const verb = input.leadingVerb;
  return verb !== undefined && verb.isProcess
    ? { class: "process", why: `"${verb.text.toLowerCase()}" describes activity, not a change` }
    : undefined;
};

/** "Book a call about …", "hold a meeting on …": the event is talk; a recurring one is an institution. */
const meeting: Reader = (clause) => {
  if (!LIGHT_VERBS.has(clause.lead)) {
    return undefined;
  }
  const after = clause.words.slice(clause.index + 1, clause.index + 6);
  if (after[0] === "off" || after[0] === "up") {
    after.shift();
  }
  if (after.length === 0 || !ARTICLE.test(after[0])) {
    return undefined;
  }
  for (const word of after.slice(1, 4)) {
    if (RECURRENCE_WORDS.has(word)) {
      return undefined;
    }
    if (LOOK_NOUNS.has(word)) {
      return {
        class: "process",
        why: `"${clause.lead} a ${word}" describes activity, not a change`,
      };
    }
    if (MEETING_NOUNS.has(word) || PROCESS_NOUNS.has(word)) {
      return { class: "process", why: `"${clause.lead} a ${word}" plans talk, not a change` };
    }
  }
  return undefined;
};

/** "The autoscaler needs a closer look", "… needs more investigation": someone's time, not a change. */
const needsALook: Reader = (clause) => {
  const found = clause.lower.includes("need") ? NEEDS_A_LOOK.exec(clause.main.toLowerCase()) : null;
  return found === null
    ? undefined
    : { class: "process", why: `"${found[0]}" asks for someone's time, not a change` };
};

// Vague readers: nothing says when it is done.

/** "Our alerting will be improved", "the limits are going to be reviewed": a direction or a process, in the passive. */
const futurePassive: Reader = (clause) => {
  const found = clause.lower.includes(" be ")
    ? FUTURE_PASSIVE.exec(clause.main.toLowerCase())
    : null;
  if (found === null) {
    return undefined;
  }
  const participle = found[1];
  const process = PROCESS_PARTICIPLE.test(participle);
  // "… will be reviewed weekly by the on-call lead": a recurring review is an institution.
  if (process && clause.words.some((word) => RECURRENCE_WORDS.has(word))) {
    return undefined;
  }
  return process
    ? { class: "process", why: `"be ${participle}" describes activity, not a change` }
    : { class: "vague", why: `"be ${participle}" names a direction, not a change` };
};
const PROCESS_PARTICIPLE =
  /^(?:revisited|reviewed|investigated|explored|evaluated|assessed|discussed|considered|looked)/;

/** "Guard against similar issues", "avoid a repeat": a wish about the future, with nothing to do named. */
const againstRepeat: Reader = (clause) => {
  const { lower } = clause;
  const found =
    lower.includes("against") || lower.includes("avoid") ? AGAINST_REPEAT.exec(clause.main) : null;
  return found === null
    ? undefined
    : { class: "vague", why: `"${found[0].toLowerCase()}" names no change that would do it` };
};

const NOT_AGAIN = /\b(?:never|not|n['’]t)\b[^.;]{0,40}\bagain\b/i;

const neverAgain: Reader = (clause) =>
  NEVER_AGAIN.test(clause.main) || (clause.lower.includes("again") && NOT_AGAIN.test(clause.main))
    ? { class: "vague", why: "says what must not happen, not what will change" }
    : undefined;

const UP_TO_DATE = /\bup to date\b/g;
const CONDITION_WORDS = new Set(["when", "whenever", "if", "unless", "until", "once", "while"]);

/** "Make sure each site has an answer for …", "ensure the steps are easy to find", "downgrades must be seamless". */
const qualityState: Reader = (clause) => {
  const lower = clause.main.toLowerCase();
  const sentence = lower.includes("up to date") ? lower.replace(UP_TO_DATE, "up-to-date") : lower;
  // "Keep the runbook up to date", "keep the dashboards accurate": a state to hold, with no measure.
  const kept = clause.lead === "keep" ? sentence.match(LOWER_WORD) : null;
  if (kept !== null && kept.length <= 8 && isKeptState(kept[kept.length - 1])) {
    return {
      class: "vague",
      why: `"keep … ${kept[kept.length - 1]}" is a quality with no measure`,
    };
  }
  const manner = sentence.includes("ly ") ? MANNER_STATE.exec(sentence) : null;
  if (manner !== null) {
    return { class: "vague", why: `"${manner[0]}" says how well, with no measure` };
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
      // "… is kept informed", "… are kept updated": a state held, read as the state.
      const held = rest[at] === "kept" && isKeptState(rest[at + 1]);
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
    const comparative =
      found === ensure ? rest.find((word) => UNMEASURED_COMPARATIVES.has(word)) : undefined;
    if (comparative !== undefined) {
      // "Ensure we catch this earlier next time": earlier than what?
      return {
        class: "vague",
        why: `"${found[0].trim()} … ${comparative}" has no measure to check`,
      };
    }
    // "Make sure on-call knows how to renew …": knowing, with no check of it.
    const knowing = found === ensure ? rest.find((word) => KNOWING_WORDS.has(word)) : undefined;
    if (knowing !== undefined) {
      return { class: "vague", why: `"${found[0].trim()} … ${knowing}" has no check of it` };
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

function isKeptState(word: string | undefined): boolean {
  return isQuality(word) || (word !== undefined && KEPT_STATES.has(word));
}

const ongoing: Reader = (clause) => {
  const word = clause.words[clause.index] ?? "";
  if (ONGOING_ADVERBS.has(word)) {
    return { class: "vague", why: `"${word}" makes it an activity with no end` };
  }
  const habit = HABIT_LEADS.has(word)
    ? HABIT.exec(clause.words.slice(clause.index, clause.index + 5).join(" "))
    : null;
  if (habit !== null) {
    return { class: "vague", why: `"${habit[0]}" is a habit to keep, not a change` };
  }
  // "Properly test config changes", "thoroughly document the failover": how well, with no measure.
  return MANNER_ADVERBS.has(word) && MANNER_STEM.test(clause.words[clause.index + 1] ?? "")
    ? { class: "vague", why: `"${word}" says how well, with no measure` }
    : undefined;
};

const inceptive: Reader = (clause) =>
  INCEPTIVE_VERBS.has(clause.lead) && DETERMINERS.has(clause.words[clause.index + 1] ?? "")
    ? {
        class: "vague",
        why: `"${clause.words[clause.index]}" begins the work; say what finished looks like`,
      }
    : undefined;

const hedgedQuantity: Reader = (clause) => {
  const found = HEDGED_QUANTITY.exec(clause.main.toLowerCase());
  return found === null
    ? undefined
    : { class: "vague", why: `"${found[0]}" cannot be counted as done` };
};

/** "Deeper coverage", "a stronger paging approach", "extensive soak testing": a degree with no measure. */
const degreeWithoutMeasure: Reader = (clause) => {
  const words: string[] = deliverable(clause).match(LOWER_WORD) ?? [];
  for (let at = 0; at < words.length; at++) {
    // "Lower alerting severity …": a leading verb, not a degree.
    if (!VAGUE_MODIFIERS.has(words[at]) || (at <= clause.index && isVerbWord(words[at]))) {
      continue;
    }
    const head = words
      .slice(at + 1, at + 4)
      .find((word) => ABSTRACT_NOUNS.has(word) || APPROACH_NOUNS.has(word));
    if (head !== undefined) {
      return {
        class: "vague",
        why: `"${words.slice(at, words.indexOf(head, at) + 1).join(" ")}" has no measure of enough`,
      };
    }
    // "Make the worker more resilient to failovers", "a more robust integration": a quality raised by
    // no measure. Not when an explanation, an aside or a means may say how ("more useful: include …").
    if (
      (words[at] === "more" || words[at] === "less") &&
      (isQuality(words[at + 1]) || FAULT_ADJECTIVES.has(words[at + 1] ?? "")) &&
      clause.main === clause.sentence &&
      !(clause.lower.includes("ing") && MEANS.test(clause.lower))
    ) {
      return { class: "vague", why: `"${words[at]} ${words[at + 1]}" has no measure of enough` };
    }
  }
  return undefined;
};

/** "Raise awareness of …", "build a culture of …": a state of mind to grow, with nothing to check it by. */
const mindset: Reader = (clause) => {
  // "Set expectations with the stores", "manage expectations": talk with no content named.
  const guidance = GUIDANCE_LEADS.has(clause.lead)
    ? clause.words
        .slice(clause.index + 1, clause.index + 3)
        .find((word) => GUIDANCE_NOUNS.has(word))
    : undefined;
  if (guidance !== undefined) {
    return { class: "vague", why: `"${clause.lead} ${guidance}" names no content to check` };
  }
  const knowing = VISIBILITY_LEADS.has(clause.lead);
  // "Gain visibility into depth via a panel per consumer", "… on the queue board": the view is the change.
  if (
    !(knowing || MINDSET_LEADS.has(clause.lead)) ||
    (knowing && (MEANS_NAMED.test(clause.main) || VIEW_NAMED.test(clause.main)))
  ) {
    return undefined;
  }
  const nouns = knowing ? VISIBILITY_NOUNS : MINDSET_NOUNS;
  const noun = clause.words
    .slice(clause.index + 1, clause.index + 4)
    .find((word) => nouns.has(word));
  if (noun === undefined) {
    return undefined;
  }
  const why = knowing
    ? "names no view or signal that gives it"
    : "names a state of mind, not a change";
  return { class: "vague", why: `"${clause.lead} ${noun}" ${why}` };
};

/** "Document learnings from the outage", "make sure lessons are shared": lessons name no content to check. */
const lessons: Reader = (clause) => {
  const { lower, words, index, lead } = clause;
  if (!(lower.includes("lesson") || lower.includes("learnings") || lower.includes("takeaway"))) {
    return undefined;
  }
  if (!LESSON_VERBS.has(lead)) {
    return undefined;
  }
  // The object's head: the first word after the verb that is no filler ("the", "any", "up", "sure that").
  const head = words
    .slice(index + 1, index + 5)
    .find((word) => !FILLER_WORDS.has(word) && !LESSON_SKIPPED.has(word));
  if (head === undefined || !LESSON_NOUNS.has(head)) {
    return undefined;
  }
  // "Share the lessons learned document with …": a document, which can be checked.
  const at = words.indexOf(head, index + 1);
  return words.slice(at + 1, at + 3).some((word) => DOCUMENT_NOUNS.has(word))
    ? undefined
    : { class: "vague", why: `"${lead} … ${head}" names no content to check` };
};
const DOCUMENT_NOUNS = new Set([
  "document",
  "doc",
  "write-up",
  "writeup",
  "summary",
  "page",
  "report",
  "post",
  "section",
]);
const LESSON_SKIPPED = new Set(["up", "sure", "key", "main", "these", "those", "any", "some"]);

const VIEW_NAMED = /\b(?:dashboard|board|panel|graph|chart|alert|report|page)s?\b/i;

/** "Reduce DNS lookups in checkout", "minimize retries": an amount to change with no target, and no means named. */
const amountWithoutTarget: Reader = (clause) => {
  const { lead } = clause;
  const phrase = AMOUNT_PHRASE_FIRST_WORDS.has(lead) ? amountPhrase(clause) : lead;
  return (AMOUNT_VERBS.has(lead) || AMOUNT_PHRASES.has(phrase)) &&
    !MEANS_NAMED.test(clause.main) &&
    !WORDED_TARGET.test(clause.main)
    ? { class: "vague", why: `"${phrase}" with no target says nothing checkable` }
    : undefined;
};
/** The lead and its particle, next to it or after the object: "speed up builds", "ramp the teams back up". */
function amountPhrase(clause: Clause): string {
  const { lead, words, index } = clause;
  const next = `${lead} ${words[index + 1] ?? ""}`;
  if (AMOUNT_PHRASES.has(next)) {
    return next;
  }
  const particle = words
    .slice(index + 2, index + 8)
    .find((word) => word === "up" || word === "down");
  return particle === undefined ? next : `${lead} ${particle}`;
}
const AMOUNT_PHRASE_FIRST_WORDS = new Set(
  [...AMOUNT_PHRASES].map((phrase) => phrase.split(" ")[0]),
);
/** A target written in words: "to one minute", "by half", "below a third". */
const WORDED_TARGET =
  /\b(?:to|below|under|above|over|by|within)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|zero|half|a (?:third|quarter|half|single))\b/i;
/** "… by caching resolver results", "… with a local cache": how, which is a change of its own. */
const MEANS_NAMED = /\s(?:by|with|using|via|through)\s+\S/i;

/**
 * "… more people", "fewer retries" closing what is asked for, with no number to reach ("two more
 * people" has one). A comparative adjective ("more careful") is left to the readers of degrees.
 */
const COUNT_WISH =
  /(?<!\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s)\b(?:more|fewer)\s+(?![a-z-]*(?:ive|ful|ous|able|ible|al|ic|ly)\b)[a-z-]+\s*$/;

/** "Make the export job faster", "get deploys safer": a comparative with nothing to measure it by. */
const madeComparative: Reader = (clause) => {
  if (!MAKE_VERBS.has(clause.lead)) {
    return undefined;
  }
  const words: string[] = deliverable(clause).match(LOWER_WORD) ?? [];
  const last = words[words.length - 1] ?? "";
  if (words.length - clause.index >= 3 && UNMEASURED_COMPARATIVES.has(last)) {
    return { class: "vague", why: `"${clause.lead} … ${last}" has no measure to check` };
  }
  // "Make alerts actionable", "get the cluster healthy": a quality closing what is asked for ("make it
  // possible to roll back" goes on to say what, and so does an explanation after a colon).
  if (clause.main !== clause.sentence) {
    return undefined;
  }
  const main: string[] = clause.main.toLowerCase().match(LOWER_WORD) ?? [];
  const end = main[main.length - 1] ?? "";
  return main.length - clause.index >= 3 && QUALITY_ADJECTIVES.has(end)
    ? { class: "vague", why: `"${clause.lead} … ${end}" is a quality with no measure` }
    : undefined;
};
const MAKE_VERBS = new Set(["make", "get", "keep", "render"]);

/** The older readings of a lead word and its object. */
const leadAndObject: Reader = (clause) => {
  const { words, index, lead } = clause;
  const rest = words.slice(index + 1);
  const object = rest.filter((word) => !FILLER_WORDS.has(word));
  // The head of the object, before any qualifier: "team ownership" in "fix team ownership of ledger-api".
  const headEnd = rest.findIndex((word) => QUALIFIER_WORDS.has(word));
  const head = (headEnd === -1 ? rest : rest.slice(0, headEnd)).filter(
    (word) => !FILLER_WORDS.has(word),
  );
  const vague = (why: string) => ({ class: "vague" as const, why });
  const comparative = COMPARATIVE_WISH.exec(words.slice(index).join(" "));
  // "… more monitoring", "… more useful": more of an area or a quality, with no measure of enough.
  if (
    comparative !== null &&
    (comparative[1] === undefined || isAbstractWord(comparative[1]) || isQuality(comparative[1]))
  ) {
    return vague("a comparison with nothing to measure it by");
  }
  // "Notify more people when the queue backs up": how many more, the deliverable does not say.
  const countless = COUNT_WISH.exec(deliverable(clause));
  if (countless !== null) {
    return vague(`"${countless[0].trim()}" says neither how many nor how much`);
  }
  // "Be more careful"; "be signed by the pipeline", "be properly closed on shutdown" are passive changes.
  const participle = rest[0]?.endsWith("ly") === true ? rest[1] : rest[0];
  if (ALWAYS_VAGUE_LEADS.has(lead) && !(lead === "be" && /(?:ed|en)$/.test(participle ?? ""))) {
    return vague(`"${lead}" names a direction, not a change`);
  }
  if (VAGUE_ADJECTIVES.has(lead) && object.length <= 4) {
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
  if (
    guard !== undefined &&
    isVerbWord(lead) &&
    !purpose &&
    head.every(
      (word) =>
        SAFEGUARD_NOUNS.has(word) || VAGUE_MODIFIERS.has(word) || VAGUE_ADJECTIVES.has(word),
    )
  ) {
    return vague(`"${lead} ${guard}" names a kind of protection, not which`);
  }
  // "Add monitoring", "add more tests"; "add the alert" points at a known one.
  if (
    OUTCOME_VERBS.has(lead) &&
    words.length - index <= 3 &&
    object.length > 0 &&
    object.every(isAbstractWord) &&
    !rest.some((word) => DEFINITE_WORDS.has(word))
  ) {
    return vague(`"${lead} ${object.join(" ")}" names an area, not what to add or change`);
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

/** The readers in precedence order: the first claim wins. Process before vague; a specific mark ends the vague readings after `neverAgain`. */
const PROCESS_READERS: Reader[] = [question, hedge, processVerb, meeting, needsALook];
const VAGUE_READERS: Reader[] = [
  futurePassive,
  againstRepeat,
  qualityState,
  ongoing,
  inceptive,
  hedgedQuantity,
  mindset,
  lessons,
  degreeWithoutMeasure,
  leadAndObject,
  amountWithoutTarget,
  madeComparative,
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
  const claim = vague ?? (clause.sentence.includes(": ") ? afterTopic(clause, input) : undefined);
  if (claim !== undefined) {
    return { class: claim.class, why: claim.why, start, end };
  }
  return { class: "outcome", why: "names a change that can be checked", start, end };
}

/** "Push notifications: improve reliability", "Resilience: reduce …": a topic label, then the action, which is read. */
function afterTopic(clause: Clause, input: WordingInput): ReturnType<Reader> {
  const colon = clause.sentence.indexOf(": ");
  const label = clause.lower.slice(0, colon).match(LOWER_WORD) ?? [];
  // A noun phrase whose head names an area: "Kiosk alerting", "Push notifications", "Resilience".
  if (
    label.length === 0 ||
    label.length > 3 ||
    !isTopicWord(label[label.length - 1]) ||
    !label.every((word) => isTopicWord(word) || !isVerbWord(verbOf(word)))
  ) {
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
  const inner = clauseOf({ ...input, verbText: rest });
  return isSpecific(inner, input) ? undefined : firstClaim(VAGUE_READERS, inner, input);
}

function isTopicWord(word: string): boolean {
  return isAbstractWord(word) || COMPONENT_NAMES.has(word) || FILLER_WORDS.has(word);
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
