import { FILLER_WORDS, SPECIFIC_MARK, TROUBLE_REPORT } from "../lexicon";
import {
  type Clause,
  type Reader,
  type WordingInput,
  type WordingReading,
  clauseOf,
} from "./clause";
import { complaintOf, faultReported, followsBoldTitle } from "./complaint";
import { findLeadingVerb } from "./leadingVerb";
import {
  hedge,
  meeting,
  needsALook,
  passiveStudy,
  processVerb,
  question,
  studyAfterDash,
  studyOf,
} from "./processReaders";
import { activityByNoun } from "./nounPhrase";
import { isSpecific } from "./specific";
import { neverAgain } from "./vagueStates";
import { VAGUE_READERS, firstClaim } from "./vagueReaders";
import { afterTopic, explainedBy, requestAfterTopic } from "./titles";
import { lowerWords, isAbstractWord, isVerbWord, verbOf } from "./words";

export { findLeadingVerb, type LeadingVerb } from "./leadingVerb";
export type { WordingInput, WordingReading } from "./clause";

// The wording judgement of one action: does it name a change someone can later check, an activity
// (a process), or a direction with no end state (vague)? `findLeadingVerb` (leadingVerb.ts) reads the
// verb; `readWording` runs the readers in precedence order and returns one claim with its evidence, which
// the process-verb and vague-outcome rules report as they find it.

/** The readers in precedence order: the first claim wins. Process before vague (vagueReaders.ts); a specific mark ends the vague readings after `neverAgain`. */
const PROCESS_READERS: Reader[] = [
  question,
  hedge,
  processVerb,
  meeting,
  needsALook,
  studyOf,
  studyAfterDash,
  passiveStudy,
  activityByNoun,
];

/** The one wording claim for an item: process, vague or a checkable outcome, with why. */
export function readWording(input: WordingInput): WordingReading {
  const start = input.textStart;
  const end = input.rawEnd;
  const clause = clauseOf(input);
  if (clause.text === "") {
    return { class: "outcome", why: "no wording to judge", start, end };
  }
  // "Alert routing — pages went to the wrong rota": what went wrong, and the request after it if any.
  const afterBold = input.raw.includes("**") && followsBoldTitle(input.raw, clause.text);
  const complaint =
    afterBold || mayComplain(clause.sentence) ? complaintOf(clause, afterBold) : undefined;
  if (complaint !== undefined) {
    const request = complaint.request;
    return request === undefined
      ? {
          class: "vague",
          why: complaint.why ?? "names an area and what went wrong, not a change",
          start,
          end,
        }
      : readWording({
          ...input,
          verbText: request,
          leadingVerb: findLeadingVerb(request, input.raw, input.textStart, []),
          isQuestion: false,
        });
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
  // "checksums failed": what went wrong, however specific, is no change to check.
  const fault = faultReported(clause);
  if (fault !== undefined) {
    return {
      class: "vague",
      why: `reports what went wrong ("${fault}"), not a change`,
      start,
      end,
    };
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
    afterLabel(clause, input) ??
    afterTitle(clause, input) ?? {
      class: "outcome",
      why: "names a change that can be checked",
      start,
      end,
    }
  );
}

/** "**Retry behaviour** — the retry logic needs to be more conservative": a topic title, then the request, which is read. */
function afterTitle(clause: Clause, input: WordingInput): WordingReading | undefined {
  const { sentence } = clause;
  const rest = mayComplain(sentence) ? requestAfterTopic(clause) : undefined;
  if (rest === undefined) {
    return undefined;
  }
  return weakRequest(rest, input);
}

/** "CDN config. We need to revisit the cache rules": a label of a few words, then the request, which is read. */
function afterLabel(clause: Clause, input: WordingInput): WordingReading | undefined {
  const { sentence, text } = clause;
  if (text.charCodeAt(sentence.length) !== 46 /* . */ || sentence.length > 40) {
    return undefined;
  }
  const label = lowerWords(sentence.toLowerCase());
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
  return weakRequest(rest, input);
}

/** The request after a title or a label, read as an item of its own: its verdict when vague or process. */
function weakRequest(rest: string, input: WordingInput): WordingReading | undefined {
  const reading = readWording({
    ...input,
    verbText: rest,
    leadingVerb: findLeadingVerb(rest, input.raw, input.textStart, []),
    isQuestion: false,
  });
  return reading.class === "outcome" ? undefined : reading;
}

/** Only a sentence with a semicolon, a colon, a spaced dash or a problem named can open with a complaint. */
function mayComplain(sentence: string): boolean {
  return COMPLAINT_HINT.test(sentence);
}
// One scan for all the marks: it runs twice for every item, and a chain of includes cost a call per mark.
const COMPLAINT_HINT = /; |: | — | - | – | -- | problem| issue| not |n't | had no | never /;

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
