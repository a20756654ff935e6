import type { ActionStatus } from "../../types";
import { isVerb, pastStems, presentStems, startsWithVerb } from "../readers/verbs";
import { verbOf } from "../wording/words";
import {
  ADJECTIVE_PARTICIPLES,
  CLAUSE_PRONOUNS,
  DECISION_PARTICIPLES,
  DONE_PARTICIPLES,
  DONE_STATES,
  FILING_VERBS,
  FINDING_CLAUSE_PARTICIPLES,
  IN_SERVICE_STATES,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  JOINED_STILL_TO_COME,
  MODAL,
  MODAL_ASSESSMENT,
  MODAL_EFFECT,
  MODAL_POINTER,
  MODAL_CONSEQUENCE,
  NARRATIVE_PAST,
  NOT_A_DOER,
  NOT_PAST_TENSE,
  NOW_DOES,
  OUTCOME_VERBS,
  PARTICIPLE_ADJECTIVES,
  PAST_TENSE_DONE,
  PRESENT_CHECKS,
  PROCESS_NEEDS_NEXT,
  PROCESS_VERBS,
  RELATION_PARTICIPLES,
  REQUEST_PARTICIPLES,
  REST_TO_COME,
  RUNNING_STATES,
  SETS_UP_WORK,
  STILL_IN_REVIEW,
  STILL_TO_COME,
  STOPGAP_IN_PLACE,
  SUBORDINATORS,
  TICKET_NOUNS,
  UNCERTAIN_ADVERBS,
  UNDONE_OR_PUT_OFF,
  VERB_PREFIXES,
  WISH_PARTICIPLES,
} from "../lexicon";

// Reads whether an item reports its work done from the grammar of its sentence rather than from status
// words: "has been disabled", "is now documented", "We extended …", "[Lin] Removed …", "(fixed by …)".
// Future and conditional sentences stay open, and filing a ticket is not doing the work.

const WORD = "[A-Za-z][A-Za-z'’-]*";

// "property-based", "data-driven": a participle after a noun and a hyphen describes the noun that follows.
const COMPOUND_ADJECTIVE = /^([a-z]+)-[a-z-]+$/;

function isCompoundAdjective(lower: string): boolean {
  const compound = COMPOUND_ADJECTIVE.exec(lower);
  return compound !== null && !VERB_PREFIXES.has(compound[1]);
}

/** A regular past form ("added", "finalized"), or an irregular one ("made", "wrote"). */
export function isPastTense(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PAST_TENSE.has(lower) || isCompoundAdjective(lower)) {
    return false;
  }
  return (
    IRREGULAR_PAST.has(lower) ||
    (lower.length > 4 && lower.endsWith("ed")) ||
    // "reran", "re-ran", "rebuilt", "redid": a repeated action keeps its verb's past form.
    (lower.startsWith("re") && IRREGULAR_PAST.has(lower.slice(lower.startsWith("re-") ? 3 : 2)))
  );
}

/** A past participle: "disabled", "written", "done". */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    !NOT_PAST_TENSE.has(lower) &&
    !isCompoundAdjective(lower) &&
    (IRREGULAR_PARTICIPLES.has(lower) || (lower.length > 4 && lower.endsWith("ed")))
  );
}

// The words a reading below cannot match without, each set in one scan: a chain of includes made a call
// per word, and this runs for every item under an action heading.
const BACK_REFERENCE_HINT = /been| now|already|was|were| did/;
const PAST_PASSIVE_HINT = /was|were/;
const PERFECT_HINT = /ha|ve/;

const done = (evidence: string): ActionStatus => ({ state: "done", evidence, inferred: true });
const open = (evidence: string): ActionStatus => ({ state: "open", evidence, inferred: true });

const FILER_SUBJECT = String.raw`^(?:(?:we|i|they)\s+(?:have\s+|'ve\s+|’ve\s+)?)?`;
const FILER = String.raw`${FILER_SUBJECT}(?:${FILING_VERBS})`;
const FILED_LEAD = new RegExp(String.raw`${FILER}\b`, "i");
const TICKET_FILED = new RegExp(
  String.raw`${FILER}\s+(?:(?:a|an|the|one|two|three|several|some|new|follow-up|separate)\s+)*(?:${TICKET_NOUNS})s?\b[^.;]{0,80}?\b(?:to|for|about|on|tracking|that)\b`,
  "i",
);
/** "Filed #507 to add …", "created PAY-14 to add …" once the reference is read out of the text: "Filed to add …". */
const FILED_REFERENCE_TO = new RegExp(
  String.raw`${FILER_SUBJECT}(?:filed|raised|logged|created|opened|submitted)\s+(?:to|for)\s+[a-z]`,
  "i",
);
/**
 * "This has been done.", "— this is already done", "which is now complete"; with its doers, "We already
 * implemented that.", "we've already done this". A later sentence in the past says it too: "This was fixed
 * in #77.", "We did this in November." ("This was fixed temporarily" is not).
 */
const BACK_REFERENCE_DONE = new RegExp(
  String.raw`(?:^|[.;:!–—-]\s*|\s)(?:(?:this|that|it|which|these)\s+(?:(?:has|have)\s+(?:now\s+|already\s+|also\s+|since\s+)*been\s+(?:${DONE_PARTICIPLES})|(?:is|are)\s+(?:now\s+|already\s+)+(?:${DONE_STATES}))|(?:we|i|they)(?:\s+have|['’]ve)?\s+already\s+(?:${DONE_PARTICIPLES})\s+(?:this|that|it|these)(?:\s+now)?(?=\s*[.!]?\s*$))\b` +
    String.raw`|(?:^|[.;!]\s+|\s[–—]\s*)(?:(?:this|that|it)\s+(?:was|were)\s+(?:already\s+|also\s+)?(?:${DONE_PARTICIPLES})|(?:we|i|they)\s+did\s+(?:this|that|it))\b(?!\s+(?:temporarily|partially|partly|manually|for now|only)\b)`,
  "i",
);
/** A closing parenthetical that opens with a past form: "(fixed by …)", "(added a role …)". */
const CLOSING_PARENTHETICAL = /\(\s*(?:now\s+|already\s+)?([a-z][a-z-]*)\b[^()]*\)\s*[.;]?\s*$/i;
// "… that have become unverified", "Based on what we have observed, …": the perfect belongs to a relative clause.
const RELATIVE_BEFORE = /\b(?:that|which|who|what(?:\s+(?:we|they|i|you))?)\s+$/i;
const PERFECT = new RegExp(
  String.raw`\b(?:has|have|['’]ve)\s+(?:(?:now|already|also|just|since|recently|finally)\s+)*(?:been\s+)?(${WORD})`,
  "gi",
);
const BEGUN = /^(?:started|begun)$/i;
const STARTED_WORK = /^\s+(?:[a-z]+ing|to\s+[a-z])/i;
const PRESENT_PASSIVE_NOW = new RegExp(
  String.raw`\b(?:is|are)\s+(?:now|already)\s+(?:(?:fully|properly|clearly|also)\s+)?(${IN_SERVICE_STATES}|${WORD})`,
  "i",
);
const DEFINITE_COMPLETION = new RegExp(
  String.raw`^(?:(?:the|this|that|these|those|our|all)\s+)?[^,.;:]{1,60}?\s((?:is|are)\s+(?:${DONE_PARTICIPLES}|corrected|live)|went live|(?:has|have) been live|(?:took|went into|came into) effect)\b(?!\s+(?:by|when|if|once|after|before|until|whenever)\b)`,
  "i",
);
// "The parser is updated to skip empty events", "The limit is changed to 50": a thing, a present passive of a
// change, then what it does or is now.
// Only verbs of changing something that exists; "is set to", "is scheduled to", "is expected to" say nothing done.
const PRESENT_PASSIVE_CHANGE =
  /^((?:[\w.'’-]+\s+){1,6}?)(?:is|are)\s+(updated|changed|modified|amended|adjusted|patched|fixed|extended|rewritten|reworked|refactored|reconfigured)\s+to\b/i;
// Either number: "The policy now requires …", "Changes now require …"; and the checks a file does, "now flags".
const NOW_VERB = /\b(?:now|henceforth)\s+([a-z]+)(?:\s+(on|through)\b)?/gi;

/** "now requires", "now retries", "now relies on": the first "now" with a verb of what the thing does now. */
function nowPresent(sentence: string): RegExpExecArray | null {
  NOW_VERB.lastIndex = 0;
  for (let m = NOW_VERB.exec(sentence); m !== null; m = NOW_VERB.exec(sentence)) {
    const word = m[1].toLowerCase();
    const particle = m[2] === undefined ? "" : ` ${m[2].toLowerCase()}`;
    const forms = word === "has" ? ["have"] : [word, ...presentStems(word)];
    const does = (form: string): boolean =>
      NOW_DOES.has(form) || PRESENT_CHECKS.has(form) || NOW_DOES.has(`${form}${particle}`);
    if (forms.some(does)) {
      return m;
    }
  }
  return null;
}
const SUBJECT =
  /^(?:(?:we|i|they|the team|our team)\s+(?:also\s+|then\s+|have\s+|'ve\s+|’ve\s+|finally\s+|already\s+)*)/i;
const LATER_PRONOUN_SUBJECT =
  /(?:^|[\s,])(?:we|i|they)\s+(?:(?:also|then|have|'ve|’ve|finally|already|recently|quickly|immediately|just)\s+)*([a-z][a-z'’-]*)/i;
const DETERMINER =
  /^(?:the|a|an|our|their|its|his|her|all|every|each|this|that|these|those|some|two|three|several|new|[0-9]|`|["“'(]|[A-Z])/;

/** "Added jitter to the cache TTLs": where the noun went makes the participle a verb, not an adjective. */
const MOVED_SOMEWHERE =
  /^\s+(?:to|into|onto|from)\s+(?:the|a|an|our|their|its|all|every|each|this|that|these|those|\d)\b/i;

/**
 * A process verb that asks for a look only with certain words after it: "See if the cache holds" asks,
 * "See here" points at the change.
 */
function asksAsProcess(verb: string, after: string): boolean {
  const needs = PROCESS_NEEDS_NEXT[verb];
  return PROCESS_VERBS.has(verb) && (needs === undefined || needs.test(after));
}

/** A later sentence that asks for work: an imperative ("Add …") or a modal ("we should …"). */
function asksForMore(rest: string): boolean {
  for (const sentence of rest.split(/[.;!?]\s+/)) {
    const lead = /^[\s\-–—:,)*_]*([A-Za-z]+)\s*/.exec(sentence);
    const first = lead?.[1].toLowerCase();
    if (
      (first !== undefined &&
        (OUTCOME_VERBS.has(first) || asksAsProcess(first, sentence.slice(lead![0].length)))) ||
      // "… but that should not be an issue" judges how things stand, "This will give us room" tells what the
      // work brings; neither asks for more.
      (MODAL.test(
        sentence
          .replace(MODAL_ASSESSMENT, "")
          .replace(MODAL_POINTER, "")
          .replace(MODAL_CONSEQUENCE, ""),
      ) &&
        !MODAL_EFFECT.test(sentence.trim()))
    ) {
      return true;
    }
  }
  return false;
}

/** A sentence after the first that says its doers have more to do: "… They are also going to review Y." */
export function laterSentenceStillToCome(text: string): boolean {
  if (JOINED_STILL_TO_COME.test(text)) {
    return true;
  }
  const sentences = text.split(/[.;!?]\s+/);
  return sentences.slice(1).some((sentence) => STILL_TO_COME.test(sentence.trimStart()));
}

/**
 * "It has been identified that …": what was found or agreed, told before the that-clause saying it; "The Ops have
 * decided to replace …": a decision, with the work still to do after "to".
 */
function findingClause(participle: string, after: string): boolean {
  const lower = participle.toLowerCase();
  return (
    (FINDING_CLAUSE_PARTICIPLES.has(lower) && /^\s+that\b/i.test(after)) ||
    (DECISION_PARTICIPLES.has(lower) && /^\s+to\s+[a-z]/i.test(after))
  );
}

/** The first sentence, where a report of work states its verb. */
function firstSentence(text: string): string {
  const end = text.search(/[.;!?](?:\s|$)/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * What the grammar of an item's text says about its status: done, open (future, conditional, a ticket
 * filed), or nothing. Only asked for items under an action heading, where a report of past work is a
 * completed action rather than narrative.
 */
export function statusFromGrammar(text: string): ActionStatus | undefined {
  const trimmed = text.trim();
  if (trimmed === "") {
    return undefined;
  }
  // Each reader runs only when a word it cannot match without is present: most items open with a verb.
  if (
    FILED_LEAD.test(trimmed) &&
    (TICKET_FILED.test(trimmed.replace(/[[\]]/g, "")) || FILED_REFERENCE_TO.test(trimmed))
  ) {
    return open("a ticket was filed; the work itself is not reported done");
  }
  const backReference = BACK_REFERENCE_HINT.test(trimmed)
    ? BACK_REFERENCE_DONE.exec(trimmed)
    : null;
  if (backReference !== null && !afterSubordinator(trimmed, backReference.index)) {
    return done(backReference[0].replace(/^[\s.;:!–—-]+/, "").trim());
  }
  if (STOPGAP_IN_PLACE.test(trimmed)) {
    return done("a stop-gap kept in place now");
  }
  const closing =
    trimmed.endsWith(")") || trimmed.endsWith(").") ? CLOSING_PARENTHETICAL.exec(trimmed) : null;
  if (
    closing !== null &&
    closing.index > 0 &&
    isPastTense(closing[1]) &&
    !RELATION_PARTICIPLES.has(closing[1].toLowerCase()) &&
    !UNDONE_OR_PUT_OFF.test(trimmed.slice(closing.index + 1).trimStart())
  ) {
    return done(`(${closing[1].toLowerCase()} …)`);
  }
  const sentence = firstSentence(trimmed);
  const claim = sentenceStatus(withoutLeadingCondition(sentence));
  // "The cache has grown past its limit; add an eviction policy": a problem stated, then a request.
  if (
    claim?.state === "done" &&
    trimmed.length > sentence.length + 1 &&
    asksForMore(trimmed.slice(sentence.length))
  ) {
    return MODAL.test(sentence) ? open("future or conditional") : undefined;
  }
  // "Reverted the change; a safer version is in review": done in part, the rest still to come.
  if (
    claim?.state === "done" &&
    (REST_TO_COME.test(trimmed.slice(sentence.length)) || STILL_IN_REVIEW.test(sentence))
  ) {
    return open("done in part; the rest is still to come");
  }
  // An imperative asks for the work whatever its purpose clause says ("… to be more fault-tolerant"); a
  // later sentence may still report it done. "We will add …" keeps its own word.
  if (
    (claim === undefined || (claim.state === "open" && startsWithVerb(sentence))) &&
    trimmed.length > sentence.length + 1
  ) {
    return laterReport(trimmed.slice(sentence.length + 1)) ?? claim;
  }
  return claim;
}

// "We've updated these checks …", "The spam detection is now handled …", "This alert has already paid off":
// the writers, or the thing changed, reporting the change made; the first sentence may ask for it or state
// the problem it answers.
const REPORT_VOICE =
  /^(?:(?:[^,.;:]{1,60},\s+)?we(?:['’]ve|\s+have|\s+now)\b|(?:the|this|that|these|our|it)\b[^,.;:]{0,60}?\b(?:(?:is|are)\s+now|(?:has|have)\s+(?:now\s+|already\s+)+)\s*[a-z])/i;

/** A later sentence that reports the item done, with nothing asked for after it. */
function laterReport(rest: string): ActionStatus | undefined {
  const sentences = rest.split(/(?<=[.;!?])\s+/);
  for (let index = 0; index < sentences.length; index++) {
    const later = sentences[index].trim();
    if (!REPORT_VOICE.test(later)) {
      continue;
    }
    const claim = sentenceStatus(firstSentence(later));
    const after = sentences.slice(index + 1).join(" ");
    if (
      claim?.state === "done" &&
      !REST_TO_COME.test(sentences.slice(index).join(" ")) &&
      !asksForMore(after)
    ) {
      return claim;
    }
  }
  return undefined;
}

/** What ends a clause before a later verb: "Added alerts that will page …" reports the alerts added. */
const CLAUSE_BREAK =
  /[,;:()\u2013\u2014]|\s-\s|\b(?:that|which|who|so|and|but|because|until|when|once)\b/i;

const TO_A_VALUE = /\bto\s+~?\d/;

const ALREADY = /^already\s/i;
const DESCRIBED_SUBJECT =
  /^([A-Z][a-z]+ed)\s+[A-Za-z][\w-]*\s+(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|must|may|might)\b/;

// "If the alert was removed, re-add it", "Once the exporter has been deployed, add …": a clause of condition
// or time before the comma sets the scene; the clause after it says whether the work is done.
const LEADING_CONDITION =
  /^(?:if|when|whenever|once|unless|after|before|until|in case|as soon as)\s[^,;:]{2,120},\s*(?=\S)/i;

function withoutLeadingCondition(sentence: string): string {
  const condition = LEADING_CONDITION.exec(sentence);
  return condition === null ? sentence : sentence.slice(condition[0].length);
}

/** What the first sentence's grammar says: subject and tense, modals, perfect and passive completions. */
function sentenceStatus(sentence: string): ActionStatus | undefined {
  const subject = SUBJECT.exec(sentence);
  // "Affected users have been identified and will be contacted": a participle before its noun, then a finite
  // verb, is that subject's adjective, read as "The affected users …".
  const described = subject === null ? DESCRIBED_SUBJECT.exec(sentence) : null;
  if (described !== null && isPastTense(described[1])) {
    return sentenceStatus(`The ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`);
  }
  const predicate = subject === null ? sentence : sentence.slice(subject[0].length);
  // "Temporarily doubled …", "Already added …": an adverb may come before the verb.
  const lead = /^(?:(?:[a-z]+ly|already)\s+)?([A-Za-z][A-Za-z'’-]*)(\s+\S+)?/i.exec(predicate);
  const modal = MODAL.exec(sentence);
  // "Already run the restore script", "Already set the limit to 40": after "already" the form is the participle.
  if (
    lead !== null &&
    ALREADY.test(predicate) &&
    IRREGULAR_PARTICIPLES.has(lead[1].toLowerCase()) &&
    modal === null
  ) {
    return done(`already ${lead[1]}`);
  }
  if (
    lead !== null &&
    isPastTense(lead[1]) &&
    !NARRATIVE_PAST.has(lead[1].toLowerCase()) &&
    (modal === null || modal.index > sentence.indexOf(lead[1]))
  ) {
    const word = lead[1].toLowerCase();
    const next = (lead[2] ?? "").trim();
    // "Increased monitoring", "Automated alarms": a participle before a bare noun names a wish, not a deed,
    // unless a subject says who did it.
    if (
      subject === null &&
      PARTICIPLE_ADJECTIVES.has(word) &&
      next !== "" &&
      !DETERMINER.test(next) &&
      !MOVED_SOMEWHERE.test(predicate.slice(lead[0].length))
    ) {
      return open(`"${lead[1]} ${next}" reads as an adjective, not a report`);
    }
    // "Raised a ticket" sets work up; "raised the pool limit to 300" made the change.
    if (
      SETS_UP_WORK.has(word) &&
      !(word === "raised" && TO_A_VALUE.test(predicate.slice(lead[0].length)))
    ) {
      return open(`"${lead[1]}": the work is set up, not reported done`);
    }
    // "Printed copies of the checklist are to be posted …": the participle and its noun are the subject
    // of the modal that follows in the same clause.
    const leadAt = sentence.indexOf(lead[1]);
    if (
      subject === null &&
      modal !== null &&
      next !== "" &&
      !DETERMINER.test(next) &&
      !CLAUSE_BREAK.test(sentence.slice(leadAt + lead[1].length, modal.index))
    ) {
      return open(`"${lead[1]} ${next}" is the subject of "${modal[0]}"`);
    }
    return done(`past tense: "${lead[1]}"`);
  }
  if (modal !== null && !modalInLaterClause(sentence, modal.index)) {
    return open(`"${modal[0]}": future or conditional`);
  }
  // "Restore the alarm that was removed", "Check whether the fix has been deployed": an imperative asks for
  // work; a past form in one of its subordinate clauses tells of something else.
  const imperative = subject === null && lead !== null && isVerb(lead[1].toLowerCase());
  // "Adding a check unless the key has been verified": a plan led by its -ing form asks for work too, but a
  // relative clause may sit in its subject ("Adding the alert that pages on-call has been completed").
  const ingPlan =
    subject === null && lead !== null && !imperative && isVerb(verbOf(lead[1].toLowerCase()));
  const reports = (at: number): boolean =>
    imperative
      ? !SUBORDINATE.test(sentence.slice(0, at))
      : !ingPlan || !CONDITION_OPENER.test(sentence.slice(0, at));
  // "Over the past month we also shipped …": a pronoun subject after an opening phrase, then a past verb.
  // Not looked for in an imperative, which most items are.
  const pronoun = imperative ? null : LATER_PRONOUN_SUBJECT.exec(sentence);
  if (
    pronoun !== null &&
    isPastTense(pronoun[1]) &&
    !NARRATIVE_PAST.has(pronoun[1].toLowerCase())
  ) {
    return done(`past tense: "${pronoun[1]}"`);
  }
  // "Ops reviewed the runbook", "Marta added the panel": a named person or team, then a past verb.
  const named = NAMED_SUBJECT_PAST.exec(sentence);
  if (
    named !== null &&
    !isVerb(named[1].toLowerCase()) &&
    !NOT_A_DOER.has(named[1].toLowerCase()) &&
    isPastTense(named[2]) &&
    !NARRATIVE_PAST.has(named[2].toLowerCase())
  ) {
    return done(`past tense: "${named[2]}"`);
  }
  // The last readings need "has"/"have"/"'ve", "was"/"were", "now"/"already" or "now"/"henceforth".
  const lower = sentence.toLowerCase();
  const wasDone = PAST_PASSIVE_HINT.test(lower) ? passiveReport(sentence) : undefined;
  if (wasDone !== undefined && !NEGATED.test(sentence) && reports(wasDone.index)) {
    return done(wasDone.evidence.trim());
  }
  if (PERFECT_HINT.test(lower)) {
    // An exec loop rather than matchAll, which copies the pattern on every call.
    PERFECT.lastIndex = 0;
    for (let perfect = PERFECT.exec(sentence); perfect !== null; perfect = PERFECT.exec(sentence)) {
      // "We have started monitoring …", "has begun to roll out …": work under way, not done.
      if (
        BEGUN.test(perfect[1]) &&
        STARTED_WORK.test(sentence.slice(perfect.index + perfect[0].length))
      ) {
        return open(`"${perfect[0].trim()}": under way`);
      }
      // "… to addresses that have become unverified": a relative clause says what the thing is.
      if (
        isParticiple(perfect[1]) &&
        reports(perfect.index) &&
        !RELATIVE_BEFORE.test(sentence.slice(Math.max(0, perfect.index - 16), perfect.index)) &&
        !findingClause(perfect[1], sentence.slice(perfect.index + perfect[0].length))
      ) {
        return done(perfect[0].trim());
      }
    }
  }
  const hasNow = lower.includes("now");
  const passive = hasNow || lower.includes("already") ? PRESENT_PASSIVE_NOW.exec(sentence) : null;
  if (
    passive !== null &&
    (isParticiple(passive[1]) ||
      ADJECTIVE_PARTICIPLES.has(passive[1].toLowerCase()) ||
      DONE_STATE_WORDS.has(passive[1].toLowerCase()) ||
      RUNNING_STATES.has(passive[1].toLowerCase())) &&
    reports(passive.index)
  ) {
    return done(passive[0].trim());
  }
  const now = hasNow || lower.includes("henceforth") ? nowPresent(sentence) : null;
  if (now !== null && now.index > 0 && reports(now.index)) {
    return done(now[0].trim());
  }
  const changed =
    subject === null && lower.includes(" to ") ? PRESENT_PASSIVE_CHANGE.exec(sentence) : null;
  // "If the limit is changed to 50, …": a condition, not a report.
  if (changed !== null && !imperative && !SUBORDINATE.test(changed[1])) {
    return done(`"${changed[2]} to"`);
  }
  // "The domain configuration is corrected and …": a named thing, then a present passive of completion.
  const completed = subject === null && !imperative ? DEFINITE_COMPLETION.exec(sentence) : null;
  if (completed !== null && !NEGATED.test(sentence)) {
    return done(`"${completed[1]}"`);
  }
  // "Checkout pool halted.", "Attacker accounts identified (section 5).": a headline's subject and its
  // participle, "was" left out, report the work done; "Dashboards needed" asks for it.
  // "Alert for replica lag added": a verb that names a thing ("alert", "fix", "test") before "for" or "of".
  const nounLead = imperative && /^(?:for|of)$/i.test((lead?.[2] ?? "").trim());
  // After such a noun only a last word counts: "Audit of every job deployed to production" asks for an audit.
  if (subject !== null || ingPlan || (imperative && !nounLead)) {
    return undefined;
  }
  const headline =
    headlineParticiple(sentence, HEADLINE_END) ??
    (imperative ? undefined : headlineParticiple(sentence, HEADLINE_LANDED));
  return headline === undefined ? undefined : done(`"${headline}" ends a report`);
}

/** The participle a headline ends on ("Checkout pool halted."), as `shape` finds it, or undefined. */
function headlineParticiple(sentence: string, shape: RegExp): string | undefined {
  const headline = shape.exec(sentence);
  const word = headline?.[1].toLowerCase();
  return headline !== null &&
    word !== undefined &&
    headline.index > 0 &&
    !NOT_A_HEADLINE_BEFORE.test(sentence.slice(0, headline.index)) &&
    sentence.split(" ").length <= 16 &&
    isHeadlineParticiple(word) &&
    !WISH_PARTICIPLES.has(word) &&
    !NARRATIVE_PAST.has(word) &&
    !SUBORDINATE.test(sentence.slice(0, headline.index))
    ? headline[1]
    : undefined;
}

// "… so MTTR is reduced", "… changes being introduced", "calm and collected": a verb or a joint before the
// participle makes it a clause's or an adjective's, not a headline's.
// "The routing issue remains unresolved": a state the subject is left in, not work reported.
const NOT_A_HEADLINE_BEFORE =
  /\b(?:is|are|am|be|been|being|was|were|get|gets|got|and|or|not|n't|remains?|stays?|still)\s*$/i;
const HEADLINE_END = /\s([a-z]{3,})\s*(?:\([^()]*\))?\s*[.!]?\s*$/;
// "Connection cap deployed to production", "Load test completed last week": the participle, then where or when
// it landed, and nothing more.
const HEADLINE_LANDED =
  /\s([a-z]{3,})\s+(?:(?:to|in|on|into|across)\s+(?:production|prod|all\s+[a-z-]+|every\s+[a-z-]+|the\s+(?:whole\s+)?fleet)|yesterday|last\s+(?:week|month|sprint|night)|earlier\s+this\s+(?:week|month))\s*(?:\([^()]*\))?\s*[.!]?\s*$/;

/** "halted", "written", "sent": a past form that is no base form too ("set", "run" end many requests). */
function isHeadlineParticiple(word: string): boolean {
  return (
    (isPastTense(word) || IRREGULAR_PARTICIPLES.has(word)) &&
    (word.endsWith("ed") || !isVerb(word)) &&
    // "Two alerts unresolved": what is not yet done.
    !(word.startsWith("un") && isPastTense(word.slice(2)))
  );
}

/**
 * "A check was added to the handler so that only the owner can call it": the modal belongs to a clause after the
 * report ("so that", "to make sure that", "which"), not to the report itself.
 */
function modalInLaterClause(sentence: string, modalAt: number): boolean {
  if (isResultInfinitive(sentence, modalAt)) {
    return true;
  }
  const report =
    sentence.includes("was") || sentence.includes("were") ? PAST_PASSIVE.exec(sentence) : null;
  if (report === null || report.index >= modalAt || !isDoneParticiple(report[1])) {
    return false;
  }
  return SUBORDINATE_OPENER.test(sentence.slice(report.index + report[0].length, modalAt));
}

// "We've changed the alert to be stricter", "In order to debug faster, we updated the job to run sooner and to
// be easier to read": after a reported deed, "to be" says what the deed made of its object or was for, not a
// plan; "… the runbook is to be rewritten" and "we agreed the flag is to be removed" still plan.
const RESULT_TO_BE = /^to be\b/i;
const FINITE_BE = /\b(?:is|are|was|were|am|be|being)\b/i;

function isResultInfinitive(sentence: string, modalAt: number): boolean {
  if (!RESULT_TO_BE.test(sentence.slice(modalAt))) {
    return false;
  }
  PERFECT.lastIndex = 0;
  const perfect = PERFECT.exec(sentence);
  const deed =
    perfect !== null && perfect.index < modalAt
      ? lastDoneParticiple(sentence, perfect, modalAt)
      : pronounPast(sentence, modalAt);
  return (
    deed !== undefined &&
    !DECISION_PARTICIPLES.has(deed.verb) &&
    !FINITE_BE.test(sentence.slice(deed.end, modalAt))
  );
}

// "We've identified the cause, added tests and changed the logic": participles the one "have" governs.
const COORDINATED_PARTICIPLE = new RegExp(
  String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)(${WORD})\b`,
  "gi",
);

/** The last done participle of the perfect's list before `modalAt`: the deed the "to be" completes. */
function lastDoneParticiple(
  sentence: string,
  perfect: RegExpExecArray,
  modalAt: number,
): { verb: string; end: number } | undefined {
  let deed = isDoneParticiple(perfect[1])
    ? { verb: perfect[1].toLowerCase(), end: perfect.index + perfect[0].length }
    : undefined;
  const list = sentence.slice(0, modalAt);
  COORDINATED_PARTICIPLE.lastIndex = perfect.index + perfect[0].length;
  for (
    let next = COORDINATED_PARTICIPLE.exec(list);
    next !== null;
    next = COORDINATED_PARTICIPLE.exec(list)
  ) {
    if (isDoneParticiple(next[1])) {
      deed = { verb: next[1].toLowerCase(), end: next.index + next[0].length };
    }
  }
  return deed;
}

/** "… , we updated the job": a pronoun subject after an opening phrase, then a past verb before `modalAt`. */
function pronounPast(sentence: string, modalAt: number): { verb: string; end: number } | undefined {
  const pronoun = LATER_PRONOUN_SUBJECT.exec(sentence);
  if (pronoun === null || pronoun.index >= modalAt) {
    return undefined;
  }
  const verb = pronoun[1].toLowerCase();
  return isPastTense(verb) && !NARRATIVE_PAST.has(verb)
    ? { verb, end: pronoun.index + pronoun[0].length }
    : undefined;
}

// Words that open a clause of purpose, relation or condition; not "and" or "but", which go on with the report's
// own subject ("The alert was disabled and will be re-enabled next week").
const SUBORDINATE_OPENER = /\b(?:so|that|which|who|whom|where|because|until|once|unless|if)\b/i;

/** "The alert is now live": a state that reports the work finished, as a participle does. */
const DONE_STATE_WORDS = new Set(DONE_STATES.split("|"));

const SUBORDINATE = new RegExp(
  String.raw`\b(?:${[...SUBORDINATORS, ...CLAUSE_PRONOUNS].join("|")})\b`,
  "i",
);

const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);
/** A subordinator that opens a clause of condition or time, not a relative clause: "unless", "once". */
const CONDITION_OPENER = new RegExp(
  String.raw`\b(?:${[...SUBORDINATORS].filter((word) => !RELATIVE_PRONOUNS.has(word)).join("|")})\b`,
  "i",
);

/** "… whether it has been fixed": the word before `index` opens a subordinate clause. */
function afterSubordinator(text: string, index: number): boolean {
  const before = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, index - 16), index + 1));
  return before !== null && SUBORDINATORS.has(before[1].toLowerCase());
}

// "were swiftly rotated": any manner adverb may stand between the auxiliary and the participle, but not one
// that leaves the report unconfirmed ("was likely caused").
const PASSIVE_ADVERBS = String.raw`(?:(?:also|then|finally|already|(?!(?:${[...UNCERTAIN_ADVERBS].join("|")})\b)[a-z]+ly)\s+)*`;
/** "Alerting was added in DEP-72", "the old keys were revoked": a change reported in the passive. */
const PAST_PASSIVE = new RegExp(String.raw`\b(?:was|were)\s+${PASSIVE_ADVERBS}(${WORD})`, "i");
/** "Audits were carried out", "a freeze was put in place": a change reported with a phrasal participle. */
const PAST_PASSIVE_PHRASE = new RegExp(
  String.raw`\b(?:was|were)\s+${PASSIVE_ADVERBS}(?:${DONE_PARTICIPLES})\b`,
  "i",
);
/** ", removed", ", and rebuilt", " and re-enabled": the next participle of a coordinated passive. */
const COORDINATED = new RegExp(
  String.raw`^[^,;.]*?(?:,\s*(?:and\s+)?|\s+and\s+)${PASSIVE_ADVERBS}(${WORD})`,
  "i",
);

/**
 * Where a passive report says a change was made, and the words that say it: its first participle, or one
 * coordinated with it ("were identified, removed from the pool and rebuilt").
 */
function passiveReport(sentence: string): { index: number; evidence: string } | undefined {
  const phrase = PAST_PASSIVE_PHRASE.exec(sentence);
  const first = PAST_PASSIVE.exec(sentence);
  if (first === null || phrase?.index === first.index) {
    return phrase === null ? undefined : { index: phrase.index, evidence: phrase[0] };
  }
  if (reportsWork(first[1])) {
    return { index: first.index, evidence: first[0] };
  }
  let at = first.index + first[0].length;
  for (let next = COORDINATED.exec(sentence.slice(at)); next !== null;) {
    if (reportsWork(next[1])) {
      return { index: first.index, evidence: `${first[0]} … ${next[1]}` };
    }
    if (!isParticiple(next[1])) {
      return undefined;
    }
    at += next[0].length;
    next = COORDINATED.exec(sentence.slice(at));
  }
  return undefined;
}
/**
 * A participle that reports work in the passive: a change made, a past form that reports work done ("were
 * contacted") or a request made ("were asked to upgrade").
 */
function reportsWork(word: string): boolean {
  const lower = word.toLowerCase();
  return isDoneParticiple(word) || PAST_TENSE_DONE.has(lower) || REQUEST_PARTICIPLES.has(lower);
}

/** "Nobody was paged", "the alert was not sent": a passive that reports what did not happen. */
const NEGATED = /^(?:nobody|no one|nothing|none|no)\b|\b(?:not|never|n['’]t)\b/i;
// The past verb must take an object with a determiner: "Marta added the panel", "Customer service contacted
// the …", "Ops reviewed the runbook", or in a terse list written lower case "operators rotated their keys"
// (a plural noun as the subject);
// not "Restart stuck replicas", where an imperative the lexicon lacks meets a participle.
const NAMED_SUBJECT_PAST =
  /^(?:the\s+)?([A-Z][A-Za-z&.-]*|[a-z][a-z-]*[a-z]s)(?:\s+(?:team|teams|squad|on-call|service|support|desk|operations|ops|engineering|clients|maintainers|developers|operators|admins|vendors)){0,2}\s+(?:(?:also|then|finally|already)\s+)?([a-z][a-z'’-]*)\s+(?:the|a|an|our|their|its|all|every|each|both|this|these|those)\b/;

/** A participle of a verb that makes a change: "added", "revoked", "rolled"; not "paged down" or "slow". */
export function isDoneParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (!isParticiple(lower)) {
    return false;
  }
  if (IRREGULAR_PARTICIPLES.has(lower)) {
    return true;
  }
  return pastStems(lower).some((stem) => OUTCOME_VERBS.has(stem));
}

/** A line under an item that reports it done: "This has been done.", "Done in v2.3.", "This is now complete". */
const REPORTS_DONE = new RegExp(
  String.raw`^(?:(?:this|that|it)\s+(?:(?:has|have)\s+(?:now\s+|already\s+|also\s+)*been\s+(?:${DONE_PARTICIPLES})|(?:is|was)\s+(?:now\s+|already\s+)*(?:${DONE_STATES}))|(?:done|completed|fixed|shipped|resolved)(?:\s+(?:in|on|via|with|as of|by)\b[^.]{0,60})?)\s*[.!]?(?:\s|$)`,
  "i",
);

export function reportsDone(line: string): ActionStatus | undefined {
  const match = REPORTS_DONE.exec(line.trim());
  return match === null ? undefined : done(match[0].trim());
}
