import {
  COLLABORATION_VERBS,
  INCEPTIVE_FORMS,
  INVESTIGATION_LABELS,
  NAMED_CHANGE,
  NOUN_VERBS,
  ONGOING_WATCH,
  OUTCOME_VERBS,
  PROCESS_NEEDS_NEXT,
  PROCESS_NOUNS,
  PROCESS_PHRASES,
  PROCESS_VERBS,
  TALKING_VERBS,
  THING_NOUNS,
  TOGETHER_VERBS,
} from "../lexicon";
import { leadInLength } from "./leadIn";
import { isOpener, verbOf } from "./words";
import { presentStems } from "../readers/verbs";

// The leading verb of an action, and whether it names activity (a process) rather than a change.

export interface LeadingVerb {
  text: string;
  start: number;
  end: number;
  isProcess: boolean;
}

const WORD = /[A-Za-z][A-Za-z'-]*/g;

const CONTINUATION =
  /(?:\band\b|\bthen\b|[,;:]|\s[-–—]\s)\s*(?:then\s+|and\s+)?(?:we\s+)?(?:will\s+)?([a-z][a-z-]*)/gi;

const STUDY_NEEDED =
  /^(?!no\b|none\b)(?:there\s+(?:is|are|may be|might be|will be)\s+)?(?:(?:an?|the|some|further|more|additional)\s+)?(?:[a-z][\w-]*\s+){0,3}?(analysis|investigation|review|assessment|evaluation|study|deep[- ]dive|follow[- ]?up|discussion|conversation)\s+(?:is\s+|are\s+|will be\s+)?(?:still\s+|also\s+)?(?:needed|necessary|warranted)\b(?!\s+(?:for|before|on|after)\s+(?:every|each|all|any)\b)/i;
const STUDY_ASKED =
  /^\s+(?:is|are|will be)\s+(?:still\s+|also\s+)?(?:needed|required|necessary|warranted|ongoing|underway|planned|pending)\b/i;
const ARTICLES = /^(?:the|a|an|our|all|any|each|every|this|these|those|its|their|some)$/;
// "…ed", "written", "sent": a change reported as made, in one scan.
const REPORTED_HINT = /ed|written|sent/;
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

export function findLeadingVerb(
  fullVerbText: string,
  raw: string,
  searchFrom: number,
  extraProcess: string[],
): LeadingVerb | undefined {
  const verbText = fullVerbText.slice(leadInLength(fullVerbText));
  // "A configuration drift analysis is needed.", "There may be some follow-up needed with the DNS team …": the
  // sentence asks for a study or a talk, however the noun before it is built.
  const asked = STUDY_NEEDED.exec(verbText);
  if (asked !== null) {
    const at = indexAnyCase(raw, asked[1], searchFrom);
    const start = at === -1 ? Math.max(indexAnyCase(raw, asked[1], 0), 0) : at;
    return { text: asked[1], start, end: start + asked[1].length, isProcess: true };
  }
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
  // "Started investigating …", "begin mapping out how …": the work that starts is the verb.
  while (
    index < words.length - 1 &&
    INCEPTIVE_FORMS.has(words[index].toLowerCase()) &&
    words[index + 1].toLowerCase().endsWith("ing")
  ) {
    index++;
  }
  // "A review of the schedule should take place", "The investigation into …", "Further investigation is needed":
  // the study after its article or its amount.
  const studyLed =
    index <= 1 &&
    words.length > 1 &&
    /^(?:a|an|the|further|more|deeper|additional|some)$/i.test(words[0]) &&
    PROCESS_NOUNS.has(words[1].toLowerCase());
  if (studyLed) {
    index = 1;
  }
  const first =
    index === 1 && (studyLed || !isOpener(words[0].toLowerCase(), words[1].toLowerCase())) ? 1 : 0;
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
  } else if (lower === "keep" && next.endsWith("ing") && keepsStudying(verbText, next)) {
    // "Keep investigating the leak", "keep looking into …": the study goes on, with no end named.
    isProcess = true;
    text = `${word} ${words[index + 1]}`;
  } else if (PROCESS_PHRASE_FIRST_WORDS.has(lower) && PROCESS_PHRASE_SET.has(`${lower} ${next}`)) {
    isProcess = true;
    text = `${word} ${words[index + 1]}`;
  } else if (
    COLLABORATION_VERBS.has(lower) &&
    (next === "with" ||
      next === "up" ||
      (next === "to" && TALKING_VERBS.has(lower)) ||
      (TOGETHER_VERBS.has(lower) && WITH_OTHERS.test(verbText.slice(verbAt + lower.length))))
  ) {
    const purpose = PURPOSE_VERB.exec(verbText.slice(verbAt + lower.length))?.[1].toLowerCase();
    isProcess = purpose === undefined || PROCESS_VERBS.has(purpose);
    // "coordinate with", "talk to"; "Coordinate major upgrades with …" names the verb alone.
    text = next === "with" || next === "up" || next === "to" ? `${word} ${words[index + 1]}` : word;
  } else if (
    PROCESS_VERBS.has(lower) ||
    extraProcess.includes(lower) ||
    (lower.endsWith("ing") && PROCESS_VERBS.has(verbOf(lower)))
  ) {
    // "Mapping out how …" asks what "map out how …" does.
    const needs = PROCESS_NEEDS_NEXT[verbOf(lower)];
    const after = verbText
      .slice(verbAt + lower.length)
      .trimStart()
      .toLowerCase();
    isProcess = needs === undefined || needs.test(after);
    // "reach out", "follow up": the verb is named with its particle.
    if (isProcess && needs !== undefined && /^(?:out|up)$/.test(next)) {
      text = `${word} ${words[index + 1]}`;
    }
  } else if (
    PROCESS_NOUNS.has(lower) &&
    (index === first ||
      lower.endsWith("ing") ||
      /^(?:of|into|on|for|the|a|an|and|to|whether|if|with|about|around)$/.test(next))
  ) {
    isProcess =
      !OUTCOME_VERBS.has(lower) ||
      /^(?:of|into|on|for|whether|if|about|around)$/.test(next) ||
      lower === "review";
  }
  const rest = verbText.slice(verbAt + lower.length);
  // "Further investigation is needed into …": the study is what is asked for, not a thing named before a change.
  const studyAsked = isProcess && STUDY_ASKED.test(rest);
  // "Review step added to the checklist": the word names a thing, and the sentence what was done to it.
  if (
    isProcess &&
    !studyAsked &&
    index === first &&
    !ARTICLES.test(next) &&
    // "Look into whether the cache can be removed": a question about the change, not the change made.
    !QUESTION_AFTER.test(next) &&
    REPORTED_HINT.test(rest) &&
    NAMED_CHANGE.test(rest)
  ) {
    isProcess = false;
  }
  // "Evaluation job for the model fails the pipeline when …", "Investigation tools for ops": the noun names
  // a kind of thing, or a thing which then acts.
  if (
    isProcess &&
    !studyAsked &&
    index === first &&
    text === word &&
    PROCESS_NOUNS.has(lower) &&
    !PROCESS_VERBS.has(lower) &&
    !ARTICLES.test(next) &&
    !PROCESS_NOUNS.has(next) &&
    !/^(?:of|into|on|for|whether|if|about|around|with|to|and)$/.test(next) &&
    (THING_NOUNS.has(next) || actsLater(rest))
  ) {
    isProcess = false;
  }
  // "Investigate button on the build page opens the logs", "Review queue … shows …": a process verb as the
  // first noun of a thing that then acts, right after its name or after a place ("in the deploy tool").
  if (
    isProcess &&
    !studyAsked &&
    index === first &&
    text === word &&
    PROCESS_VERBS.has(lower) &&
    !ARTICLES.test(next) &&
    !NOT_A_THING.test(next) &&
    rest.includes("s ") &&
    actsAfterName(rest)
  ) {
    isProcess = false;
  }
  // "Spike: measure …", "Investigation - add …": a label names the kind of work, whatever the verb after it.
  const labelled = index === first && INVESTIGATION_LABELS.has(lower) && KIND_LABEL.test(rest);
  if (labelled) {
    isProcess = true;
  } else if (lower === "review" && index === first && KIND_LABEL.test(rest) && actsLater(rest)) {
    // "Review: cart team signs off on config changes": the word titles the review process, and the rule
    // follows it ("Discuss: the vendor sends …" still asks for talk).
    isProcess = false;
  } else if (isProcess) {
    // An outcome clause later on ("investigate X and add Y") makes the item deliver a change.
    CONTINUATION.lastIndex = 0;
    for (let m = CONTINUATION.exec(rest); m !== null; m = CONTINUATION.exec(rest)) {
      const candidate = m[1].toLowerCase();
      if (
        OUTCOME_VERBS.has(candidate) &&
        !processAt(candidate, rest.slice(CONTINUATION.lastIndex)) &&
        !joinsNouns(rest, m.index, CONTINUATION.lastIndex) &&
        candidate !== "monitor" &&
        candidate !== "ensure"
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

/** "Keep investigating …", "keep looking into …": a study kept up; "keep pushing files to …" is no study. */
function keepsStudying(verbText: string, ing: string): boolean {
  const at = verbText.toLowerCase().indexOf(ing);
  return processAt(verbOf(ing), verbText.slice(at + ing.length));
}

/**
 * "… recovery options and backup strategies": a word that is a noun as well as a verb, between two plurals
 * joined by "and", is the first word of the second noun phrase, not a change to make.
 */
function joinsNouns(rest: string, joinAt: number, wordEnd: number): boolean {
  const before = /([a-z]+)\s+$/i.exec(rest.slice(Math.max(0, joinAt - 40), joinAt));
  const candidate = /([a-z-]+)$/i.exec(rest.slice(0, wordEnd))?.[1].toLowerCase();
  const after = /^\s+([a-z]+)/i.exec(rest.slice(wordEnd))?.[1].toLowerCase();
  return (
    before !== null &&
    /^and\b/i.test(rest.slice(joinAt)) &&
    candidate !== undefined &&
    after !== undefined &&
    NOUN_VERBS.has(candidate) &&
    /[^s]s$/i.test(before[1]) &&
    /[^s]s$/.test(after)
  );
}

/** An outcome verb in the present after the subject: "… fails the pipeline", "… pages the on-call when …". */
function actsLater(rest: string): boolean {
  const words = rest.toLowerCase().split(/[^a-z'-]+/);
  // "Discussion threads … get a mute button": after a plural the verb has no -s.
  const plural = words[1]?.endsWith("s") === true;
  for (let at = 2; at < words.length - 1; at++) {
    const word = words[at];
    const acts =
      word.length > 3 && word.endsWith("s")
        ? isPresentVerb(word)
        : plural && (OUTCOME_VERBS.has(word) || word === "get" || word === "have");
    if (acts && !ARTICLES.test(words[at - 1]) && ACT_OBJECT.test(words[at + 1])) {
      return true;
    }
  }
  return false;
}
const ACT_OBJECT =
  /^(?:the|a|an|its|their|every|each|all|any|when|if|once|after|before|on|at|to|in)$/;

const QUESTION_AFTER = /^(?:into|whether|if|why|how|what|when|where|which|who)$/;
const NOT_A_THING =
  /^(?:of|into|on|for|whether|if|about|around|with|to|and|why|how|what|when|where|which|who|that|it|them|this|us|we|our|options|alternatives|ways)$/;
const PLACE_WORDS = /^(?:in|on|at|for|from|of|under|inside)$/;

/** "… button on the build page opens the …": a thing's name, a place, then its verb in the present. */
function actsAfterName(rest: string): boolean {
  const words = rest.toLowerCase().split(/[^a-z'-]+/);
  // words[1] is the thing's name; a place may follow it before the verb, nothing else.
  const verbAt = PLACE_WORDS.test(words[2] ?? "")
    ? words.findIndex((w, at) => at > 3 && /s$/.test(w) && isPresentVerb(w))
    : 2;
  const verb = words[verbAt] ?? "";
  if (verbAt === -1 || !isPresentVerb(verb)) {
    return false;
  }
  // Between the place and the verb only the place's words: no clause of its own ("that", "which", "when").
  if (words.slice(3, verbAt).some((word) => CLAUSE_WORDS.test(word))) {
    return false;
  }
  const object = words[verbAt + 1] ?? "";
  return ACT_OBJECT.test(object) || (object.length > 3 && object.endsWith("s"));
}
const CLAUSE_WORDS = /^(?:that|which|who|when|where|why|how|if|whether|and|or|but)$/;

function isPresentVerb(word: string): boolean {
  return word.length > 3 && presentStems(word).some((stem) => OUTCOME_VERBS.has(stem));
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
/** "… major upgrades with the other operators": the others the work is done with, a few words on. */
const WITH_OTHERS = /^(?:\s+[\w'’-]+){1,6}?\s+with\s/i;

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
