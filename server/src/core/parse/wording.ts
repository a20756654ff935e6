import {
  ABSTRACT_NOUNS,
  ALWAYS_VAGUE_LEADS,
  AREA_WORDS,
  COMPARATIVE_WISH,
  DEFINITE_WORDS,
  FILLER_WORDS,
  NEVER_AGAIN,
  ONGOING_WATCH,
  OUTCOME_VERBS,
  PROCESS_NEEDS_NEXT,
  PROCESS_NOUNS,
  PROCESS_PHRASES,
  PROCESS_VERBS,
  QUALIFIER_WORDS,
  SPECIFIC_MARK,
  VAGUE_ADJECTIVES,
  VAGUE_LEADS,
  VERB_OPENERS,
  VIA_PARTNER,
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

const CONTINUATION = /(?:\band\b|\bthen\b|[,;:]|\s[-–—]\s)\s*(?:then\s+)?(?:we\s+)?(?:will\s+)?([a-z][a-z-]*)/gi;

const PROCESS_PHRASE_SET = new Set(PROCESS_PHRASES);

/** The opening words up to the first that is not an opener, and the word after it: all a verb needs. */
function openingWords(text: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words.push(m[0]);
    if (words.length >= 2 && !VERB_OPENERS.has(words[words.length - 2].toLowerCase())) {
      break;
    }
  }
  return words;
}

/** A bracketed or parenthesised tag before the action ("[dana?] …", "(ops, infra) …"), not read as an owner. */
const TAG_LEAD_IN = /^\s*(?:\[+[^\]\n]{1,60}\][\s\]]*|\([^)\n]{1,60}\)\s*)(?:[:\-–—]\s*)?/;
/** A capitalised name or acronym before a lower-case verb ("ICL check how …"). */
const NAME_LEAD_IN = /^\s*([A-Z][\w.&+-]*)\s+(?=([a-z][a-z'-]*)\b)/;

/** How many characters of tags and names precede the action's verb; the wording is read after them. */
export function leadInLength(text: string): number {
  let at = 0;
  for (let tag = TAG_LEAD_IN.exec(text); tag !== null && tag[0].length > 0; tag = TAG_LEAD_IN.exec(text.slice(at))) {
    at += tag[0].length;
  }
  const name = NAME_LEAD_IN.exec(text.slice(at));
  if (name !== null && !isVerbWord(name[1].toLowerCase()) && isVerbWord(name[2])) {
    at += name[0].length;
  }
  return at;
}

function isVerbWord(word: string): boolean {
  return OUTCOME_VERBS.has(word) || PROCESS_VERBS.has(word) || VAGUE_LEADS.has(word);
}

export function findLeadingVerb(fullVerbText: string, raw: string, searchFrom: number, extraProcess: string[]): LeadingVerb | undefined {
  const verbText = fullVerbText.slice(leadInLength(fullVerbText));
  const words = openingWords(verbText);
  if (words.length === 0) {
    return undefined;
  }
  // Skip a leading "we will" / "to" / "please".
  let index = 0;
  while (index < words.length - 1 && VERB_OPENERS.has(words[index].toLowerCase())) {
    index++;
  }
  const word = words[index];
  const lower = word.toLowerCase();
  const next = (words[index + 1] ?? "").toLowerCase();
  let isProcess = false;
  let text = word;
  const watch = ONGOING_WATCH.exec(verbText.slice(Math.max(verbText.toLowerCase().indexOf(lower), 0)));
  if (watch !== null) {
    isProcess = true;
    text = watch[0];
  } else if (PROCESS_PHRASE_SET.has(`${lower} ${next}`)) {
    isProcess = true;
    text = `${word} ${words[index + 1]}`;
  } else if (PROCESS_VERBS.has(lower) || extraProcess.includes(lower)) {
    const needs = PROCESS_NEEDS_NEXT[lower];
    const after = verbText.slice(verbText.toLowerCase().indexOf(lower) + lower.length).trimStart().toLowerCase();
    isProcess = needs === undefined || needs.test(after);
  } else if (PROCESS_NOUNS.has(lower) && (index === 0 || /^(?:of|into|on|for|the|a|an|and|to|whether|if|with|about|around)$/.test(next))) {
    isProcess = !OUTCOME_VERBS.has(lower) || /^(?:of|into|on|for|whether|if|about|around)$/.test(next) || lower === "review";
  }
  if (isProcess) {
    // An outcome clause later on ("investigate X and add Y") makes the item deliver a change.
    CONTINUATION.lastIndex = 0;
    const rest = verbText.slice(verbText.toLowerCase().indexOf(lower) + lower.length);
    for (let m = CONTINUATION.exec(rest); m !== null; m = CONTINUATION.exec(rest)) {
      const candidate = m[1].toLowerCase();
      if (OUTCOME_VERBS.has(candidate) && !PROCESS_VERBS.has(candidate) && candidate !== "monitor") {
        isProcess = false;
        break;
      }
    }
  }
  const lowerRaw = raw.toLowerCase();
  const at = lowerRaw.indexOf(text.toLowerCase(), searchFrom);
  const start = at === -1 ? Math.max(lowerRaw.indexOf(lower), 0) : at;
  return { text, start, end: start + text.length, isProcess };
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
  /** The part of the action that carries the verb. */
  verbText: string;
  /** Where the action text starts in `raw`. */
  textStart: number;
  leadingVerb?: LeadingVerb;
  isQuestion: boolean;
}

const LOWER_WORD = /[a-z0-9'-]+/g;

function isAbstractWord(word: string): boolean {
  return ABSTRACT_NOUNS.has(word) || VAGUE_ADJECTIVES.has(word) || AREA_WORDS.has(word);
}

/** The one wording claim for an item: process, vague or a checkable outcome, with why. */
export function readWording(input: WordingInput): WordingReading {
  const whole = { start: input.textStart, end: input.raw.trimEnd().length };
  const verb = input.leadingVerb;
  if (input.isQuestion) {
    return { class: "process", why: "a question is not a commitment", ...whole };
  }
  const vague = vagueness(input);
  if (verb !== undefined && verb.isProcess) {
    return { class: "process", why: `"${verb.text.toLowerCase()}" describes activity, not a change`, start: verb.start, end: verb.end, alsoVague: vague };
  }
  if (vague !== undefined) {
    return { class: "vague", why: vague, ...whole };
  }
  return { class: "outcome", why: "names a change that can be checked", ...whole };
}

/** Why an item names a direction rather than a checkable end state; undefined when it is specific. */
function vagueness(input: WordingInput): string | undefined {
  const text = input.verbText.replace(VIA_PARTNER, "");
  if (text === "") {
    return undefined;
  }
  if (NEVER_AGAIN.test(text)) {
    return "says what must not happen, not what will change";
  }
  if (SPECIFIC_MARK.test(text) || (input.raw.includes("`") && /`[^`]*[\d<>=%][^`]*`/.test(input.raw))) {
    return undefined;
  }
  const words = text.toLowerCase().match(LOWER_WORD) ?? [];
  let index = 0;
  while (index < words.length - 1 && VERB_OPENERS.has(words[index])) {
    index++;
  }
  const lead = words[index];
  if (lead === undefined) {
    return undefined;
  }
  const rest = words.slice(index + 1);
  const object = rest.filter((word) => !FILLER_WORDS.has(word));
  // The head of the object, before any qualifier: "team ownership" in "fix team ownership of ledger-api".
  const headEnd = rest.findIndex((word) => QUALIFIER_WORDS.has(word));
  const head = (headEnd === -1 ? rest : rest.slice(0, headEnd)).filter((word) => !FILLER_WORDS.has(word));
  if (input.leadingVerb?.isProcess === true) {
    return object.length <= 2 ? "a review or investigation has no checkable end state" : undefined;
  }
  const comparative = COMPARATIVE_WISH.exec(words.slice(index).join(" "));
  if (comparative !== null && (comparative[1] === undefined || isAbstractWord(comparative[1]))) {
    return "a comparison with nothing to measure it by";
  }
  if (ALWAYS_VAGUE_LEADS.has(lead)) {
    return `"${lead}" names a direction, not a change`;
  }
  if (VAGUE_ADJECTIVES.has(lead) && object.length <= 4) {
    return "names an area to get better at, not a change";
  }
  if (VAGUE_LEADS.has(lead) && head.length > 0 && head.length <= 3 && head.every(isAbstractWord)) {
    return `"${lead} ${head.join(" ")}" has no checkable end state`;
  }
  // "Add monitoring", "add more tests"; "add the alert" points at a known one.
  if (OUTCOME_VERBS.has(lead) && words.length - index <= 3 && object.length > 0 && object.every(isAbstractWord) && !rest.some((word) => DEFINITE_WORDS.has(word))) {
    return `"${lead} ${object.join(" ")}" names an area, not what to add or change`;
  }
  const isVerb = OUTCOME_VERBS.has(lead) || PROCESS_VERBS.has(lead) || VAGUE_LEADS.has(lead);
  if (!isVerb && words.length - index <= 3 && words.slice(index).every((word) => isAbstractWord(word) || FILLER_WORDS.has(word))) {
    return "names an area, not a change";
  }
  return undefined;
}
