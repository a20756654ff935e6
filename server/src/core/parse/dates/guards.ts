import {
  CHECK_PARTICIPLES,
  DEADLINE_PARTICIPLES,
  EXAMPLE_MARKERS,
  FINDING_PAST,
  HOLD_VERBS,
  INCIDENT_NOUNS,
  IRREGULAR_PARTICIPLES,
  NOT_PAST_TENSE,
  RELEASE_PARTS,
} from "../lexicon";
import { RANGE_JOINT } from "./patterns";
import { MONTHS } from "./words";

// A date in the text that is not when the work is due: when something happened, or which thing it names.

export function recorded(text: string, index: number, end?: number): boolean {
  const before = text.slice(Math.max(0, index - 45), index);
  if (end !== undefined && timestamped(text, index, end, before)) {
    return true;
  }
  if (!RECORDED_BEFORE.test(before) && !EVENT_ON.test(before) && !happenedOn(text, index, before)) {
    return false;
  }
  // "from Dec 3 to Dec 5": the start of a range, which is due by its end, not a day something happened.
  return !(end !== undefined && FROM_BEFORE.test(before) && RANGE_JOINT.test(text.slice(end)));
}

const FROM_BEFORE = /\bfrom\s*$/i;

/**
 * "On 26/04/2023 at 19:18 (UTC), a notice was posted", "the Jul 7 13:00–14:00 UTC window": a day with its time
 * stamps an event; a deadline gives the day ("by 2027-01-10 17:00" is still one, led by its "by").
 */
function timestamped(text: string, index: number, end: number, before: string): boolean {
  return (
    (CLOCK_AFTER.test(text.slice(end, end + 16)) || CLOCK.test(text.slice(index, end))) &&
    !DEADLINE_LEAD.test(before)
  );
}
const CLOCK = /\b\d{1,2}:\d{2}\b/;
const CLOCK_AFTER = /^,?\s*(?:at\s+|from\s+|between\s+)?\(?\d{1,2}:\d{2}\b/i;
const DEADLINE_LEAD =
  /\b(?:by|before|until|till|due|deadline|eta|target|no later than|not later than)\b[^.;]{0,20}$/i;

// "Write up the outage of 12 March", "the incident on 3 Nov": the date says when the event was.
const EVENT_ON = new RegExp(String.raw`\b(?:${INCIDENT_NOUNS})s?\s+(?:of|on)\s*$`, "i");

// "Restore the files deleted on 3 Nov", "why the changes made on Saturday did not deploy", "the jobs skipped
// today": a participle after the item's verb dates what was done to its object. "Deployed on 3 Nov" opens the
// item; "scheduled on …", "fixed on …" and "get the keys rotated on Monday" (the state asked for) still set a date.
const PARTICIPLE_ON = /\b([a-z]{2,})\s+on\s*$/i;
const PARTICIPLE_RIGHT_BEFORE = /\b([a-z]{2,})\s+$/i;
const ON_START = /^on\s/i;
const PLURAL_BEFORE = /\b[a-z]{2,}s\s+$/i;
const CAUSATIVE = /\b(?:get|gets|getting|got|have|has|having)\s+(?:\S+\s+){1,5}(?:on\s+)?$/i;

/**
 * The date at `index` follows "<participle> on" ("dropped on 3 Nov"), or the participle right before it when
 * `bare` or when the date is read with its "on" ("made" + "on Saturday").
 */
export function happenedOn(text: string, index: number, before: string, bare = false): boolean {
  const right = bare || ON_START.test(text.slice(index, index + 3));
  const participle = (right ? PARTICIPLE_RIGHT_BEFORE : PARTICIPLE_ON).exec(before);
  if (participle === null || CAUSATIVE.test(before)) {
    return false;
  }
  const lower = participle[1].toLowerCase();
  // "made", "taken" only after a plural noun ("the changes made on …"): "the spring cut on 13 May" is a noun.
  const form =
    (lower.length > 4 && lower.endsWith("ed")) ||
    (IRREGULAR_PARTICIPLES.has(lower) && PLURAL_BEFORE.test(before.slice(0, participle.index)));
  return (
    form &&
    !NOT_PAST_TENSE.has(lower) &&
    !DEADLINE_PARTICIPLES.has(lower) &&
    /\S\s/.test(text.slice(0, index - (before.length - participle.index)).trim() + " ")
  );
}

// "(exported from the tracker on 2026-11-30)": a few words may stand between the verb and its "on".
// The task-list marks for a created, start or done date ("➕ 2026-11-01", "🛫 …", "✅ …") say when, not by when.
// A finding's verb dates the finding: "secured when discovered today", "identified on 3 March".
const RECORDED_BEFORE = new RegExp(
  String.raw`\b(?:agreed|raised|created|written|updated|opened|filed|reported|logged|${FINDING_PAST}|identified|detected|started|began|occurred|happened|took place|went live|ended|published|reviewed|discussed|decided|since|from|as of|dated|last (?:updated|edited|reviewed))\s*(?:on|in|at)?\s*[:,]?\s*$|\b(?:exported|generated|compiled|pulled|printed|written|updated|created)(?:\s+[\w-]+){1,4}\s+on\s*$|(?:\u2795|\uD83D\uDEEB|\u2705)\s*$`,
  "i",
);

/**
 * "Restore from the 2026-05-01 snapshot", "fix the 2026-11-02 regression": a date between "the" and a noun
 * names which thing, not by when; "by the 2026-12-01 freeze" still is a deadline.
 */
export function namesAThing(text: string, match: { index: number; 0: string }): boolean {
  const before = text.slice(Math.max(0, match.index - 30), match.index);
  if (VERSION_BEFORE.test(before)) {
    return true; // "pin the API version to 2026-03-01": a version named by its date.
  }
  const after = text.slice(match.index + match[0].length);
  return (
    (THE_BEFORE.test(before) && !DEADLINE_THE_BEFORE.test(before) && WORD_AFTER.test(after)) ||
    (VERB_BEFORE.test(before) && !PREPOSITION_BEFORE.test(before) && DATA_AFTER.test(after))
  );
}

/**
 * "Backfill Nov 17-18 partitions", "Re-run Dec 3 exports": a date straight after the verb and before
 * the records it dates names them; the work's own date follows a preposition or closes the item.
 */
const VERB_BEFORE = /^\s*[A-Za-z][\w-]*\s+$/;
const PREPOSITION_BEFORE =
  /\b(?:by|before|until|till|due|on|in|at|for|from|to|through|since|after|eta|deadline|target)\s+$/i;
const DATA_AFTER =
  /^(?:\s*[-–]\s*\d{1,2})?\s+(?:[a-z]{3,}(?<!across|class|address|access|process|status|less|ness|ss)s|data|export|backup|batch|snapshot|dump|import|run|build|release|report|invoices?|payroll|billing)\b/;

const THE_BEFORE = /\bthe\s+$/i;

const VERSION_BEFORE = /\b(?:version|schema|snapshot|revision)\s+(?:to\s+|=\s*|:\s*)?$/i;

const DEADLINE_THE_BEFORE =
  /\b(?:by|before|until|till|due|ahead of|prior to|in time for|for|deadline|eta)\s+the\s+$/i;

const WORD_AFTER = /^\s+[a-z]/;

/**
 * "Replay the jobs cancelled by the deploy", "fix the bug caused by the release": after a participle "by
 * the …" names who or what did it; "by the next release" still asks for the next one.
 */
export function byAnAgent(text: string, match: { index: number; 0: string }): boolean {
  if (!BY_THE.test(match[0])) {
    return false;
  }
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
  if (word === undefined) {
    return false;
  }
  const lower = word.toLowerCase();
  const participle =
    IRREGULAR_PARTICIPLES.has(lower) ||
    (lower.length > 4 && lower.endsWith("ed") && !NOT_PAST_TENSE.has(lower));
  return participle && !DEADLINE_PARTICIPLES.has(lower);
}

/**
 * "Configurations are security tested before deployment", "test plugin updates before production deployment": a
 * bare event (no "the", no "next", no version, month or holiday) happens again and again, so "before" it orders
 * the process's steps; "before the next release" or "before 2.0 release" asks for a date.
 */
export function standingBeforeEvent(text: string, match: { index: number; 0: string }): boolean {
  if (!BARE_BEFORE.test(match[0])) {
    return false;
  }
  // "Test plugin updates on staging before production deployment", "… before merge": before every such
  // event, a standing order; "before 2.0 release" or "before the next deploy" names one.
  if (!NAMED_OCCASION.test(match[0])) {
    return true;
  }
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
  return word !== undefined && CHECK_PARTICIPLES.has(word.toLowerCase());
}

const BARE_BEFORE =
  /^(?:before|prior to)\s+(?!the\b|next\b|upcoming\b|coming\b|following\b|this\b)\w/i;
// One occasion however it is written: a version, a month or season, a holiday, a launch, general availability
// ("before GA") or a freeze.
const NAMED_OCCASION = new RegExp(
  String.raw`\d|\b(?:${MONTHS}|spring|summer|autumn|fall|winter|christmas|xmas|easter|thanksgiving|new year|holidays?|year[- ]end|black friday|launch|go[- ]?live|ga|general availability|cut-?over|freeze|kick-?off)\b`,
  "i",
);
const BY_THE = /^by\s+(?:the\s+)?(?!next|upcoming|coming|following)\w/i;
const WORD_BEFORE = /([A-Za-z]+)\s+$/;

/**
 * "Update the package versions for v10.6.3": "for" a version after a part of a release names which release's
 * part it is; "ship the fix for v2.4" still names the release the work must ship in.
 */
export function namesItsRelease(text: string, match: { index: number; 0: string }): boolean {
  if (!FOR_VERSION.test(match[0])) {
    return false;
  }
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
  return word !== undefined && RELEASE_PARTS.has(word.toLowerCase());
}

const FOR_VERSION = /^for\s/i;

/**
 * "Before cutting the release branch, we will …": the event word names a part of the release ("release
 * branch", "release notes"), so "before cutting the release" is a step of the procedure, not a due date;
 * "before the next release" still asks for one.
 */
export function eventNamesAPart(text: string, match: { index: number; 0: string }): boolean {
  const next = NEXT_WORD.exec(text.slice(match.index + match[0].length))?.[1];
  return next !== undefined && RELEASE_PARTS.has(next.toLowerCase());
}

const NEXT_WORD = /^\s+([A-Za-z]+)/;

/**
 * "For a release date of (for example) June 25th, this would mean triggering it on June 24th": a date in a
 * sentence that gives an example illustrates a rule; it is not when the work is due.
 */
export function inAnExample(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 160), index);
  if (!EXAMPLE_HINT.test(before)) {
    return false;
  }
  let start = 0;
  for (const sentenceBreak of before.matchAll(SENTENCE_BREAK)) {
    start = sentenceBreak.index + sentenceBreak[0].length;
  }
  let afterMark: string | undefined;
  for (const mark of before.slice(start).matchAll(EXAMPLE_MARK)) {
    afterMark = before.slice(start + mark.index + mark[0].length);
  }
  // "(for example https://…) by end of March": the example closed with its bracket before the date;
  // "(for example) June 25th" introduces what follows it.
  const close = afterMark?.indexOf(")") ?? -1;
  return afterMark !== undefined && (close === -1 || afterMark.slice(0, close).trim() === "");
}

const EXAMPLE_HINT = /xample|nstance|e\.\s?g|\beg\b/i;
const EXAMPLE_MARK = new RegExp(String.raw`(?:^|[\s(])(?:${EXAMPLE_MARKERS})(?=[\s,:)]|$)`, "gi");
// The end of a sentence before a capital, not the full stops of "e.g." or "i.e.".
const SENTENCE_BREAK = /(?<!\b(?:e\.\s?g|i\.\s?e|eg|ie|etc))[.!?]\s+(?=[A-Z(])/g;

/**
 * "Keep the old script until the migration completes", "retain the logs until the next audit": "until"
 * before a clause, or after a verb of a lasting state, says how long the state holds, not by when the
 * work is due; "before the migration completes" and "rotate the key until the audit" still ask for a date.
 */
export function untilItHappens(text: string, found: { index: number; text: string }): boolean {
  const until = UNTIL.exec(found.text) ?? UNTIL_BEFORE.exec(text.slice(0, found.index));
  if (until === null) {
    return false;
  }
  if (CLAUSE_AFTER.test(text.slice(found.index + found.text.length))) {
    return true;
  }
  const start = UNTIL.test(found.text) ? found.index : found.index - until[0].length;
  const clause = CLAUSE_START.exec(text.slice(0, start))?.[0] ?? "";
  return (clause.match(WORD) ?? []).some((word) => HOLD_VERBS.has(word.toLowerCase()));
}

/** The words of the clause before a match: back to the last sentence or clause mark. */
const CLAUSE_START = /[^.;:!?]*$/;
const WORD = /[A-Za-z]+/g;
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:the\s+)?$/i;
const UNTIL = /^(?:until|till)\s/i;
const CLAUSE_AFTER =
  /^\s+(?:is|are|has|have|completes?|finishe?s|ships|lands|ends|goes|starts|begins|happens|settles)\b/i;
