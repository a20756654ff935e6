import {
  ABSTRACT_NOUNS,
  AMOUNT_PHRASES,
  AMOUNT_VERBS,
  SCOPE_VERBS,
  SETTING_VERBS,
  APPROACH_NOUNS,
  COLLECTIVE_NOUNS,
  DOCUMENT_NOUNS,
  FAULT_ADJECTIVES,
  FILLER_WORDS,
  GUIDANCE_LEADS,
  GUIDANCE_NOUNS,
  LESSON_NOUNS,
  LESSON_SKIPPED,
  LESSON_VERBS,
  MAKE_VERBS,
  MANNER_ADVERB,
  MINDSET_LEADS,
  MINDSET_NOUNS,
  NOT_MANNER_ADVERBS,
  QUALITY_ADJECTIVES,
  QUALITY_FOLLOWERS,
  PREPOSITIONS,
  QUALIFIER_WORDS,
  SET_DETERMINERS,
  TOPIC_HEADS,
  UNMEASURED_COMPARATIVES,
  VAGUE_MODIFIERS,
  KIND_MODIFIERS,
  UNNAMED_STEPS,
  VIEW_NAMED,
  VISIBILITY_LEADS,
  VISIBILITY_NOUNS,
  WORDED_TARGET,
  ASSIST_VERBS,
  CARE_WISH,
  IMPROVE_IDIOMS,
  INSTIL_VERBS,
  INTERACTION_NOUNS,
  WORKING_LEADS,
  WORKING_PARTNERS,
  WORKING_QUALIFIERS,
  LEARNER_NOUNS,
  TEACHING_VERBS,
} from "../lexicon";
import { type Clause, type Reader, deliverable } from "./clause";
import { MEANS } from "./specific";
import { ARTICLE, lowerWords, isQuality, isVerbWord, verbOf } from "./words";

// Vague readers of the object: a degree, a state of mind, lessons, an amount or a comparative with no measure.

// "lesson", "learnings", "takeaway" in one scan: the lessons reader needs one of them.
const LESSONS_HINT = /lesson|learnings|takeaway/;

/** Words that open a new phrase after a noun: an article, "next time", "when …", "and …". */
const PHRASE_BREAK = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "these",
  "those",
  "next",
  "last",
  "each",
  "every",
  "when",
  "once",
  "if",
  "and",
  "or",
  "to",
]);

/** "Deeper coverage", "a stronger paging approach", "extensive soak testing": a degree with no measure. */
export const degreeWithoutMeasure: Reader = (clause) => {
  const words: string[] = lowerWords(deliverable(clause));
  // "Further restrict access to the deploy hosts": more of a change already made, with no measure of how much.
  const lead = words[clause.index];
  const verb = words[clause.index + 1];
  if (
    lead === "further" &&
    verb !== undefined &&
    isVerbWord(verbOf(verb)) &&
    !/\d/.test(clause.main)
  ) {
    return { class: "vague", why: `"further ${verb}" has no measure of enough` };
  }
  for (let at = 0; at < words.length; at++) {
    // "Take additional measures against bot signups": a step of some kind, which step unsaid.
    if (KIND_MODIFIERS.has(words[at]) && UNNAMED_STEPS.has(words[at + 1] ?? "")) {
      return { class: "vague", why: `"${words[at]} ${words[at + 1]}" names no step` };
    }
    // "Lower alerting severity …": a leading verb, not a degree; "no more manual deploys" is a ban.
    if (
      !VAGUE_MODIFIERS.has(words[at]) ||
      (at <= clause.index && isVerbWord(words[at])) ||
      words[at - 1] === "no"
    ) {
      continue;
    }
    // "A better set of automated tests": the degree passes through a container to what it holds.
    const held = COLLECTIVE_NOUNS.has(words[at + 1] ?? "") && words[at + 2] === "of" ? 2 : 0;
    const phrase = words.slice(at + 1 + held, at + 4 + held);
    // The noun phrase ends where a new phrase starts: "the improved script next time …" degrades no "time".
    const ends = phrase.findIndex((word) => PHRASE_BREAK.has(word));
    const head = (ends === -1 ? phrase : phrase.slice(0, ends)).find(
      (word) => ABSTRACT_NOUNS.has(word) || APPROACH_NOUNS.has(word),
    );
    if (head !== undefined) {
      return {
        class: "vague",
        why: `"${words.slice(at, words.indexOf(head, at) + 1).join(" ")}" has no measure of enough`,
      };
    }
    // "Migrate more of these services to Chef": a share of a set, with no count of how much of it.
    if (
      words[at] === "more" &&
      words[at + 1] === "of" &&
      SET_DETERMINERS.has(words[at + 2] ?? "") &&
      words[at + 3] !== undefined &&
      !/\d/.test(clause.main)
    ) {
      // The set named up to its head noun: "more of the nightly jobs", not "… to the new scheduler".
      let end = at + 4;
      while (
        end < at + 6 &&
        words[end] !== undefined &&
        words[end] !== "to" &&
        !PREPOSITIONS.has(words[end])
      ) {
        end++;
      }
      return { class: "vague", why: `"${words.slice(at, end).join(" ")}" counts none of them` };
    }
    // "Make the worker more resilient to failovers", "a more robust integration", "communicate more
    // proactively": a quality raised by no measure. Not when an explanation, an aside or a means may say how ("more useful: include …").
    if (
      (words[at] === "more" || words[at] === "less") &&
      (isQuality(words[at + 1]) ||
        FAULT_ADJECTIVES.has(words[at + 1] ?? "") ||
        (isMannerAdverb(words[at + 1]) && !purposeBetween(words, clause.index + 1, at))) &&
      clause.main === clause.sentence &&
      !(clause.lower.includes("ing") && MEANS.test(clause.lower))
    ) {
      return { class: "vague", why: `"${words[at]} ${words[at + 1]}" has no measure of enough` };
    }
  }
  return undefined;
};

/** "Add a dashboard to respond more quickly": a purpose before the comparison, which the thing added serves. */
function purposeBetween(words: string[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    if (words[at] === "to" && words[at + 1] !== "be" && !ARTICLE.test(words[at + 1] ?? "")) {
      return true;
    }
  }
  return false;
}

/** "More proactively", "more seriously": how, with no measure of enough. */
function isMannerAdverb(word: string | undefined): boolean {
  return word !== undefined && MANNER_ADVERB.test(word) && !NOT_MANNER_ADVERBS.has(word);
}

/** "Raise awareness of …", "build a culture of …": a state of mind to grow, with nothing to check it by. */
export const mindset: Reader = (clause) => {
  // "Build resilience into the pipeline", "embed reliability thinking into planning": a quality instilled.
  const quality = INSTIL_VERBS.has(clause.lead) ? instilledQuality(clause) : undefined;
  if (quality !== undefined) {
    return { class: "vague", why: `"${clause.lead} ${quality}" names a quality, not a change` };
  }
  // "Set expectations with the stores", "manage expectations": talk with no content named.
  const guidance = GUIDANCE_LEADS.has(clause.lead)
    ? clause.words
        .slice(clause.index + 1, clause.index + 3)
        .find((word) => GUIDANCE_NOUNS.has(word))
    : undefined;
  if (guidance !== undefined) {
    return { class: "vague", why: `"${clause.lead} ${guidance}" names no content to check` };
  }
  // "Awareness of carrier limits across the team", "culture of blameless reviews": the state named alone.
  if (
    clause.index === 0 &&
    MINDSET_NOUNS.has(clause.words[0]) &&
    MINDSET_QUALIFIERS.has(clause.words[1] ?? "")
  ) {
    return { class: "vague", why: `"${clause.words[0]}" names a state of mind, not a change` };
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

/**
 * "Establish regular communication between the oracle and relay teams", "Regular coordination between the
 * teams should be set up": a way of working together, with no meeting, channel or rule named that makes it.
 */
export const wayOfWorking: Reader = (clause) => {
  const { words, index, lead } = clause;
  let at = WORKING_LEADS.has(lead) ? index + 1 : index === 0 ? 0 : -1;
  if (at < 0 || WAY_NAMED.test(clause.main)) {
    return undefined;
  }
  const from = at;
  let noun: string | undefined;
  let nounAt = at;
  for (; at < words.length; at++) {
    const word = words[at];
    if (INTERACTION_NOUNS.has(word)) {
      noun ??= word;
      nounAt = noun === word ? at : nounAt;
    } else if (!WORKING_QUALIFIERS.has(word)) {
      break;
    }
  }
  const next = words[at];
  if (
    noun === undefined ||
    (next !== undefined && !WORKING_PARTNERS.has(next) && next !== "should")
  ) {
    return undefined;
  }
  const named = words.slice(from === 0 ? 0 : index, nounAt + 1).join(" ");
  return { class: "vague", why: `"${named}" names a way of working, not a change` };
};

/** A meeting, channel or rule that makes the way of working: "… through a weekly sync", "… in a shared channel". */
const WAY_NAMED =
  /\b(?:through|via|using|by)\s+\S|\b(?:channel|meeting|sync|stand-?up|call|rota|runbook|checklist|slack|email|mailing list|page|dashboard|contact|escalation path)s?\b/i;

/** The quality a verb of instilling takes as its whole object ("resilience into …"), not a thing named after it ("health checks"). */
function instilledQuality(clause: Clause): string | undefined {
  const { words, index } = clause;
  const at =
    words[index + 1] === "more" || ARTICLE.test(words[index + 1] ?? "") ? index + 2 : index + 1;
  const head = words[at];
  const next = words[at + 1];
  return head !== undefined &&
    TOPIC_HEADS.has(head) &&
    (next === undefined ||
      next === "into" ||
      QUALIFIER_WORDS.has(next) ||
      QUALITY_FOLLOWERS.has(next))
    ? head
    : undefined;
}

const MINDSET_QUALIFIERS = new Set(["of", "about", "around", "across", "among", "for"]);

const IDIOM_LEADS = new Set([...IMPROVE_IDIOMS.map((phrase) => phrase.split(" ")[0]), "give"]);

/** "Tighten up the release process", "give the alerting some love": an idiom for "improve", nothing to check. */
export const improveIdiom: Reader = (clause) => {
  if (!IDIOM_LEADS.has(clause.lead)) {
    return undefined;
  }
  const opening = clause.words.slice(clause.index, clause.index + 8).join(" ");
  const idiom = IMPROVE_IDIOMS.find(
    (phrase) =>
      opening.startsWith(phrase) &&
      (opening.length === phrase.length || opening[phrase.length] === " "),
  );
  const care = idiom === undefined && clause.lead === "give" ? CARE_WISH.exec(opening) : null;
  if (idiom === undefined && care === null) {
    return undefined;
  }
  return { class: "vague", why: `"${idiom ?? care![0]}" names a direction, not a change` };
};

/** "Coach the squads on reading flame graphs", "encourage teams to write runbooks": people to grow, no change named. */
export const teaching: Reader = (clause) => {
  if (!TEACHING_VERBS.has(clause.lead) && !ASSIST_VERBS.has(clause.lead)) {
    return undefined;
  }
  const learner = clause.words
    .slice(clause.index + 1, clause.index + 5)
    .find((word) => LEARNER_NOUNS.has(word));
  return learner === undefined
    ? undefined
    : {
        class: "vague",
        why: `"${clause.lead} … ${learner}" grows what people know, with no change to check`,
      };
};

/** "Document learnings from the outage", "make sure lessons are shared": lessons name no content to check. */
export const lessons: Reader = (clause) => {
  const { lower, words, index, lead } = clause;
  if (!LESSONS_HINT.test(lower)) {
    return undefined;
  }
  // "Lessons learned will be shared with …": the lessons as the subject of their passing on.
  const passive = LESSON_NOUNS.has(words[index] ?? "") ? LESSON_PASSIVE.exec(lower) : null;
  if (passive !== null) {
    return { class: "vague", why: `"${words[index]} … ${passive[1]}" names no content to check` };
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

const LESSON_PASSIVE =
  /\b(?:will|shall|to|should|must|are|is) be (?:[a-z]+ly )?(shared|documented|circulated|communicated|captured|published|presented|distributed|disseminated|applied|incorporated|fed (?:into|back))\b/;

/** "Reduce DNS lookups in checkout", "minimize retries": an amount to change with no target, and no means named. */
export const amountWithoutTarget: Reader = (clause) => {
  const { lead } = clause;
  const phrase = AMOUNT_PHRASE_FIRST_WORDS.has(lead) ? amountPhrase(clause) : lead;
  return (AMOUNT_VERBS.has(lead) || AMOUNT_PHRASES.has(phrase)) &&
    !MEANS_NAMED.test(clause.main) &&
    !WORDED_TARGET.test(clause.main)
    ? { class: "vague", why: `"${phrase}" with no target says nothing checkable` }
    : undefined;
};
/**
 * "Expand the group of people who can deploy", "grow the team": a reach to widen with no extent named. "Expand the
 * smoke tests to cover checkout", "grow the disk by 50%" say where it ends; "tune the autoscaler to scale out
 * at 60% CPU" says what the setting becomes.
 */
export const scopeWithoutExtent: Reader = (clause) => {
  const { lead, words, index } = clause;
  // "Tune the autoscaler", "tighten the bucket permissions": a setting to change, to what unsaid.
  const setting = SETTING_VERBS.has(lead);
  if (!SCOPE_VERBS.has(lead) && !setting) {
    return undefined;
  }
  const near = words.slice(index + 1, index + 1 + EXTENT_REACH);
  const extent = near.some(
    (word, at) => EXTENT_WORDS.has(word) && near[at - 1] !== "how" && near[at + 1] !== undefined,
  );
  return extent || MEANS_NAMED.test(clause.main) || /\d/.test(clause.main)
    ? undefined
    : {
        class: "vague",
        why: `"${lead}" with no ${setting ? "target" : "extent"} says nothing checkable`,
      };
};
/** How many words after the verb its extent may start: "expand [the nightly smoke tests] to …". */
const EXTENT_REACH = 6;
const EXTENT_WORDS = new Set(["to", "into", "across", "beyond", "over"]);

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
/** "… by caching resolver results", "… with a local cache": how, which is a change of its own. */
const MEANS_NAMED = /\s(?:by|with|using|via|through)\s+\S/i;

/** "Make the export job faster", "get deploys safer": a comparative with nothing to measure it by. */
export const madeComparative: Reader = (clause) => {
  if (!MAKE_VERBS.has(clause.lead)) {
    return undefined;
  }
  const words: string[] = lowerWords(deliverable(clause));
  const last = words[words.length - 1] ?? "";
  if (words.length - clause.index >= 3 && UNMEASURED_COMPARATIVES.has(last)) {
    return { class: "vague", why: `"${clause.lead} … ${last}" has no measure to check` };
  }
  // "Make alerts actionable", "get the cluster healthy": a quality closing what is asked for ("make it
  // possible to roll back" goes on to say what, and so does an explanation after a colon).
  if (clause.main !== clause.sentence) {
    return undefined;
  }
  const main: string[] = lowerWords(clause.main.toLowerCase());
  const end = main[main.length - 1] ?? "";
  // "Make the controller highly available": a quality; "make the logs available to support" hands them over.
  const quality =
    QUALITY_ADJECTIVES.has(end) || (end === "available" && main[main.length - 2] === "highly");
  return main.length - clause.index >= 3 && quality
    ? { class: "vague", why: `"${clause.lead} … ${end}" is a quality with no measure` }
    : undefined;
};

// "Switch to a different secret store than the one we have", "move to another DNS provider": a change to
// something not yet chosen, so nothing says when it is done. A name, number or code span says which.
const UNNAMED_ALTERNATIVE =
  /^(?:switch|move|migrate|change|go|transition)\b[^.;:]{0,40}?\bto\s+(?:a\s+different|another|an\s+alternative|some\s+other|a\s+new)\s+([a-z][a-z -]{0,40})/i;

export const unnamedAlternative: Reader = (clause) => {
  const alternative = UNNAMED_ALTERNATIVE.exec(
    clause.main.slice(Math.max(0, clause.main.toLowerCase().indexOf(clause.lead))),
  );
  const target = alternative?.[0]
    .slice(alternative[0].search(/\sto\s/) + 1)
    .replace(/\s+(?:than|for|so|that|which|because|as|with)\b.*$/, "")
    .trim();
  // "to another provider in eu-west-1", "to a new `vault` cluster", "to a different Postgres": it is named.
  if (target === undefined || /[\d`[]|\s[A-Z][a-z]/.test(` ${target}`)) {
    return undefined;
  }
  return { class: "vague", why: `"${target}" names no choice yet` };
};
