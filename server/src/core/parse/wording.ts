import { ONGOING_WATCH, OUTCOME_VERBS, PROCESS_NOUNS, PROCESS_PHRASES, PROCESS_VERBS } from "./lexicon";

// The wording of one action: its leading verb, and whether that verb describes activity rather than a change.

export interface LeadingVerb {
  text: string;
  start: number;
  end: number;
  isProcess: boolean;
}

const WORD = /[A-Za-z][A-Za-z'-]*/g;

const PROCESS_NEEDS_NEXT: Record<string, RegExp> = {
  check: /^(?:if|whether|on|that|in with)\b/,
  follow: /^(?:up)\b/,
  look: /^(?:into|at|for|over)\b/,
  see: /^(?:if|whether|how|what|why)\b/,
  try: /^(?:to|and|out)\b/,
  think: /^(?:about|through)\b/,
  dig: /^(?:into|deeper|in)\b/,
  figure: /^(?:out)\b/,
  talk: /^(?:to|with|about)\b/,
  sync: /^(?:with|on|up)\b/,
  align: /^(?:on|with|around)\b/,
  // "Clarify who owns …" asks; "clarify the error message for declined cards" rewrites it.
  clarify: /^(?:whether|if|who|how|what|why|when|with|ownership|expectations|responsibilit)/,
  // "Ask the DBA team whether …": a question to someone, not a change.
  ask: /^[^.;:]{0,60}?\b(?:whether|if|about|for (?:input|feedback|advice|a review))\b/,
  meet: /^(?:with|to)\b/,
  identify: /^(?:whether|if|why|how|ways|options|the root|root|potential|possible|opportunities)\b/,
  determine: /^(?:whether|if|why|how|what|the root|root)\b/,
  understand: /./,
};

const CONTINUATION = /(?:\band\b|\bthen\b|[,;:]|\s[-–—]\s)\s*(?:then\s+)?(?:we\s+)?(?:will\s+)?([a-z][a-z-]*)/gi;

/** Words a verb may follow: "we will", "to", "please". */
const OPENERS = new Set(["we", "will", "to", "please", "should", "must", "need", "needs", "let's", "lets", "let", "us", "i", "also", "then", "and", "first", "1st"]);
const PROCESS_PHRASE_SET = new Set(PROCESS_PHRASES);

/** The opening words up to the first that is not an opener, and the word after it: all a verb needs. */
function openingWords(text: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words.push(m[0]);
    if (words.length >= 2 && !OPENERS.has(words[words.length - 2].toLowerCase())) {
      break;
    }
  }
  return words;
}

export function findLeadingVerb(verbText: string, raw: string, searchFrom: number, extraProcess: string[]): LeadingVerb | undefined {
  const words = openingWords(verbText);
  if (words.length === 0) {
    return undefined;
  }
  // Skip a leading "we will" / "to" / "please".
  let index = 0;
  while (index < words.length - 1 && OPENERS.has(words[index].toLowerCase())) {
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
