import {
  CHECKING_LEADS,
  MODAL,
  NOT_A_REPORT_BEFORE,
  OUTCOME_VERBS,
  PAST_TENSE_DONE,
  PRESENT_CHECKS,
  PROCESS_VERBS,
} from "../lexicon";
import type { ActionStatus } from "../../types";
import { REPO_FILE } from "../lineShapes";
import { laterSentenceStillToCome, statusFromGrammar } from "../status/grammar";
import { claimStatus, type Reading } from "./reading";
import { firstWord, firstWords, isVerb, presentStems } from "./verbs";

// Status claims from the grammar of the action, under an action heading only (where a report of past
// work is a completed action, not narrative): "Added the alert", "Alerting on lag added in v2",
// "has been disabled", "completed on 2026-03-02".

const SET_UP_OR_BUILT_IN = /^(?:set up|built-in)/i;
// Whole words only: "created_at" or "user.deleted" names a field, not work done.
const LOWER_CASE_WORD = /(?<!\w|\w\.)[a-z][a-z'-]*(?!\w|\.\w)/g;
/** What may follow a participle with no object ("added in v2", "shipped, …"): whole words, so "fixed tokenizer" is not "fixed to". */
const AFTER_REDUCED_PASSIVE = new Set([
  "in",
  "on",
  "to",
  "for",
  "by",
  "via",
  "with",
  "at",
  "since",
  "during",
  "as",
  "and",
  // A particle of the verb: "Firmware rolled back to 7.1 …", "Parcels scanned again at the dock".
  "back",
  "out",
  "up",
  "off",
  "down",
  "again",
  "",
]);
const COMPLETED_ON = /\b(?:completed|done) (?:on|in) (?:20\d\d|[A-Z][a-z]+ \d)/;

// A short title before a colon or a dash: "Scale up nodes: we quadrupled the capacity …".
const TITLE_BEFORE = /^(?:[^\s:.;!?]+\s+){0,4}[^\s:.;!?]+(?:\s*:\s+|\s+[-–—]\s+)(?=\S)/;

// The report has its subject: "we quadrupled …", "the relays were restarted …". Without one the words after a
// dash may be a condition on the action ("page the on-call — closed tickets do not count").
const REPORT_SUBJECT = /^(?:we|they|i|our|the|all|both|each|every)\s/i;

/** "Scale up nodes: we quadrupled the capacity": after a short title, a sentence that reports it done. */
function reportAfterTitle(verbText: string): ActionStatus | undefined {
  const title = TITLE_BEFORE.exec(verbText);
  const report = title === null ? "" : verbText.slice(title[0].length);
  const said = REPORT_SUBJECT.test(report) ? statusFromGrammar(report) : undefined;
  return said?.state === "done" ? said : undefined;
}

// "[fix: cap the cache](https://…/commit/587505e)": nothing but a link to a commit, whatever its words say.
const COMMIT = String.raw`https?:\/\/[^\s()<>]+\/commits?\/[0-9a-f]{7,40}\b[^\s()<>]*`;
const COMMIT_LINK_ONLY = new RegExp(
  String.raw`^\s*(?:\[[^\]\n]*\]\(\s*${COMMIT}\s*\)|<${COMMIT}>|${COMMIT})\s*$`,
  "i",
);

/** An item that is only a link to a commit reports code that landed: the commit exists, so the work is done. */
export function readCommitLink(r: Reading): void {
  if (r.ctx.pastTenseMeansDone && r.raw.includes("/commit") && COMMIT_LINK_ONLY.test(r.raw)) {
    claimStatus(r, "grammar", { state: "done", evidence: "a link to a commit", inferred: true });
  }
}

export function readTense(r: Reading, verbText: string): void {
  if (!r.ctx.pastTenseMeansDone) {
    return;
  }
  // "The team switched to X. They are also going to review Y.": done in part, the rest still to come.
  if (laterSentenceStillToCome(verbText)) {
    claimStatus(r, "grammar", {
      state: "open",
      evidence: "done in part; the rest is still to come",
      inferred: true,
    });
    return;
  }
  claimStatus(
    r,
    "grammar",
    statusFromGrammar(verbText) ?? reportAfterTitle(verbText) ?? artefactAtWork(verbText),
  );
  // "Added the alert", or a participle with no object after it ("Alerting on lag added in v2"): one claim.
  const first = firstWord(verbText);
  if (
    (first !== undefined && PAST_TENSE_DONE.has(first) && !SET_UP_OR_BUILT_IN.test(verbText)) ||
    (!isVerb(first) && reducedPassive(verbText)) ||
    (first !== undefined && !CHECKING_LEADS.has(first) && participleAfterNoun(verbText))
  ) {
    claimStatus(r, "grammar", { state: "done", evidence: "past tense", inferred: true });
  }
}

/** The file, then what it does in the present: "… (`ci/drift.yml`) — flags when …", "`test_x.py` asserts …". */
const FILE_DOES = new RegExp(
  String.raw`(?:^|[\s(\[])${REPO_FILE}[)\]]*\s*(?:(?:[—–:]|--?)\s*)?([a-z]+)s\b`,
);

/**
 * "Drift guard (ci/drift.yml) — flags when …", "Test guard: tests/test_infra.py asserts …": a file of the
 * repository said to do something now exists and works, so the item reports it done. A plan says "add a
 * workflow that flags …" or "will flag".
 */
function artefactAtWork(verbText: string): ActionStatus | undefined {
  if (!verbText.includes("/")) {
    return undefined;
  }
  const does = FILE_DOES.exec(verbText);
  if (does === null || MODAL.test(verbText.slice(0, does.index + does[0].length))) {
    return undefined;
  }
  const acts = presentStems(`${does[1].toLowerCase()}s`).some(
    (stem) => OUTCOME_VERBS.has(stem) || PRESENT_CHECKS.has(stem),
  );
  return acts ? { state: "done", evidence: `a file that ${does[1]}s`, inferred: true } : undefined;
}

/** "Alerting on lag added in v2": a participle in the first ten words, followed by no object. */
function reducedPassive(verbText: string): boolean {
  const words = firstWords(verbText.toLowerCase(), LOWER_CASE_WORD, 10);
  if (words.length === 0 || PAST_TENSE_DONE.has(words[0])) {
    return false;
  }
  const at = words.findIndex((word) => PAST_TENSE_DONE.has(word));
  if (at <= 0 || !AFTER_REDUCED_PASSIVE.has(words[at + 1] ?? "")) {
    return false;
  }
  // A verb before the participle asks for work only as an infinitive ("… to alert when it is added"): after
  // a noun it is a noun too ("Lag alert for the queue added in v2.3").
  return !words
    .slice(0, at)
    .some(
      (word, index) =>
        NOT_A_REPORT_BEFORE.test(word) ||
        (words[index - 1] === "to" && (OUTCOME_VERBS.has(word) || PROCESS_VERBS.has(word))),
    );
}

/**
 * "Alert added for replica lag", "Page updated to show the region": a first word that could be a verb, led straight
 * into a participle with no object, is the noun the work produced ("Verify deployed to prod" still orders a check).
 */
function participleAfterNoun(verbText: string): boolean {
  // Asked of every item: the second word's shape first, before any words are split out.
  const second = SECOND_WORD.exec(verbText)?.[1];
  if (second === undefined || !PAST_TENSE_DONE.has(second)) {
    return false;
  }
  const words = firstWords(verbText.toLowerCase(), LOWER_CASE_WORD, 3);
  return (
    words.length >= 2 &&
    PAST_TENSE_DONE.has(words[1]) &&
    !PAST_TENSE_DONE.has(words[0]) &&
    AFTER_REDUCED_PASSIVE.has(words[2] ?? "")
  );
}

const SECOND_WORD = /^\s*[A-Za-z][\w'-]*\s+([a-z]+)\b/;

/** "… completed on 2026-03-02", "done in March 2026": the text reports when it was done. */
export function readCompletedOn(r: Reading, plain: string): void {
  if (
    !r.trackerFieldValue &&
    (plain.includes("completed") || plain.includes("done")) &&
    COMPLETED_ON.test(plain)
  ) {
    claimStatus(r, "grammar", { state: "done", evidence: "completed on", inferred: true });
  }
}
