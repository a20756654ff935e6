import type { OwnerContext } from "../owners";
import { ownersFrom } from "../owners";
import {
  ASSIST_VERBS,
  ACRONYM_LETTERS,
  CATENATIVE_VERBS,
  LABEL_SUBJECTS,
  OUTCOME_VERBS,
  OWNER_COMMITMENTS,
  RULE_ADVERBS,
  SUBJECT_TAKES_ON,
  VERB_NAMES,
  WHOLE_ORGANISATION,
} from "../lexicon";
import { isParticiple } from "../status/grammar";
import { consumeSubject, sentenceStart } from "./boldTitle";
import { claimOwners, type Reading } from "./reading";
import { ingStems, startsWithVerb } from "./verbs";

// Owner claims from the sentence's subject: "SRE add …" (an organisation's acronym before the verb),
// "Alice to …", "Jo (EM) to …", "Alice will …", "The payments team is adding …". Read only when no owner was named before.
// "We will …" and "The team should …" name everyone, so nobody: the reading says so instead.

// "… need read access to the console": "to" before an article is a preposition, not an infinitive.
const NOT_A_VERB = "(?:the|a|an|our|their|its|this|that|these|those|all|each|every|any)";
const ACRONYM_SUBJECT = new RegExp(String.raw`^\s*(${ACRONYM_LETTERS})\s+(?=\p{Ll})`, "u");
const PREFIX_WILL = new RegExp(
  String.raw`^\s*(?:\*\*|__)?(@?[\p{L}\d_][\p{L}\d_ .'&/@+-]{0,48}?(?:\s*\([^()\n]{1,40}\))?)(?:\*\*|__)?(?:\s+(?:${SUBJECT_TAKES_ON}|${OWNER_COMMITMENTS})|['’]ll|['’]s going to|(['’]re|\s+are|\s+is)(?=\s+\p{Ll}+ing\b))\s+(?=\p{Ll})(?!${NOT_A_VERB}\s)`,
  "u",
);
/** What PREFIX_WILL cannot match without, found by a scan far cheaper than its lazy subject. */
const COMMITMENT_HINT = new RegExp(
  String.raw`\s(?:${OWNER_COMMITMENTS}|are|is|agreed|volunteered|offered|committed|will|owns)\s|['’](?:ll|re|s)\s`,
);
const PASSIVE = /^be\s+([a-z]+)/i;
const TIME_LEAD =
  /^\s*(?:over|within|during|in|by|before|after|starting|later|next|this|once)\s[^,.;:]{0,40}?,\s+/i;
/** A person written as one to three capitalised words or a handle. */
const PERSON = String.raw`@[\w.-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
// "Ask Ana to add …", "Ana, can you add …?": a request that hands the work to the person named.
const ASKED = new RegExp(String.raw`^\s*ask\s+(${PERSON})\s+to\s+(?=\p{Ll})`, "iu");
const ADDRESSED = new RegExp(
  String.raw`^\s*(${PERSON})\s*,\s+(?:can|could|would|will)\s+you\s+(?=\p{Ll})`,
  "u",
);
const ENDS_IN_QUESTION_WORD = /\s(?:how|when|where|what|why|which|whether)$/i;

/** "QXP check how …", "SRE add …": an organisation's acronym right before the verb. */
export function readAcronymSubject(r: Reading): void {
  if (r.owners.length > 0) {
    return;
  }
  const start = sentenceStart(r);
  const acronym = ACRONYM_SUBJECT.exec(r.raw.slice(start));
  if (
    acronym !== null &&
    startsWithVerb(r.raw.slice(start + acronym[0].length)) &&
    claimOwners(
      r,
      ownersFrom(acronym[1], "prefix", r.ctx, { start, end: start + acronym[0].length }),
    )
  ) {
    consumeSubject(r, start, acronym[0].length);
  }
}

/** "Ask Ana to add …", "Ana, can you add …?": a request names its owner; its question mark asks nothing. */
export function readRequestSubject(r: Reading): void {
  if (r.owners.length > 0) {
    return;
  }
  // Cheap tests at the sentence's start first: "Ask " opens it, or a short name and a comma do, " can
  // you" right after the comma.
  const start = sentenceStart(r);
  let at = start;
  while (r.raw.charCodeAt(at) === 0x20) {
    at++;
  }
  const asked = r.lower.startsWith("ask ", at);
  if (!asked) {
    const comma = r.raw.indexOf(",", at);
    if (comma === -1 || comma - at > 40 || !r.lower.slice(comma, comma + 14).includes(" you ")) {
      return;
    }
  }
  const rest = r.raw.slice(start);
  const request = asked ? ASKED.exec(rest) : ADDRESSED.exec(rest);
  if (request === null) {
    return;
  }
  const found = ownersFrom(request[1], "prefix", r.ctx, {
    start: start + request[0].indexOf(request[1]),
    end: start + request[0].indexOf(request[1]) + request[1].length,
  });
  if (!Array.isArray(found) || found.some((owner) => owner.isGroup) || !claimOwners(r, found)) {
    return;
  }
  consumeSubject(r, start, request[0].length);
  const mark = asked ? -1 : r.raw.indexOf("?", start + request[0].length);
  if (mark !== -1) {
    r.removals.push({ start: mark, end: mark + 1 });
  }
}

/** "Alice to …", "Alice will …": only read when no owner was named before it. */
export function readWillSubject(r: Reading): void {
  if (r.owners.length > 0) {
    return;
  }
  const { raw, ctx } = r;
  let start = sentenceStart(r);
  let subjectAndRest = raw.slice(start);
  if (!COMMITMENT_HINT.test(subjectAndRest)) {
    return;
  }
  let will = PREFIX_WILL.exec(subjectAndRest);
  // "Over the next two weeks, Marco will add …": the subject comes after a time phrase.
  const comma = will === null ? subjectAndRest.indexOf(", ") : -1;
  const time = comma !== -1 && comma < 50 ? TIME_LEAD.exec(subjectAndRest) : null;
  if (time !== null) {
    start += time[0].length;
    subjectAndRest = raw.slice(start);
    will = PREFIX_WILL.exec(subjectAndRest);
  }
  // "Nice to have: a canary stage", "Good to know: …": a label ending in its verb and a colon, no one's task.
  if (
    will === null ||
    (LABEL_SUBJECTS.test(will[1]) && LABEL_VERB.test(raw.slice(start + will[0].length)))
  ) {
    return;
  }
  // "Images will be rebuilt nightly": a passive names what changes, not who changes it.
  const passive = PASSIVE.exec(raw.slice(start + will[0].length));
  if (passive !== null && isParticiple(passive[1])) {
    return;
  }
  const name = will[1].trim();
  const tokens = name.split(/\s+/);
  // "We're moving …", "The payments team is adding …": a present-progressive commitment names its owner only
  // when the subject is people ("Traffic is increasing" is not about an owner).
  const progressive = will[2] !== undefined;
  const found = ownersFrom(name, "prefix", ctx, { start, end: start + will[1].length });
  const peopleSubject =
    !progressive ||
    (Array.isArray(found) &&
      found.some(
        (owner) => owner.isGroup || ctx.people.some((person) => person.name === owner.name),
      )) ||
    personDoing(name, found, raw.slice(start + will[0].length));
  // "Try to reproduce …", "Continue to attempt …": a verb taking an infinitive, not a person ("Mark to add …" is).
  const verbNotName =
    tokens.length === 1 &&
    (CATENATIVE_VERBS.has(name.toLowerCase()) || startsWithVerb(name)) &&
    !VERB_NAMES.has(name.toLowerCase()) &&
    rosterless(name, ctx);
  // "We will …", "The team should …": everyone, so nobody by name (the evidence says so).
  // "Teach the teams how to …": a clause ending in a question word is the action, not its owner.
  const everyone = WHOLE_ORGANISATION.test(name) || ENDS_IN_QUESTION_WORD.test(name);
  if (everyone) {
    r.subjectIsEveryone = true;
  }
  if (
    !(
      tokens.length > 1 &&
      (startsWithVerb(name) || assistsPeople(tokens) || RULE_ADVERBS.has(tokens[0].toLowerCase()))
    ) &&
    !verbNotName &&
    !everyone &&
    peopleSubject &&
    claimOwners(r, found)
  ) {
    consumeSubject(r, start, will[0].length);
  }
}

const LABEL_VERB = /^\p{Ll}+\s*:/u;

/** "Help the data team to move …", "Support our SREs to …": a request to help, not "Support team to add …". */
function assistsPeople(tokens: string[]): boolean {
  return ASSIST_VERBS.has(tokens[0].toLowerCase()) && ASSISTED.test(tokens[1]);
}
const ASSISTED = /^(?:the|our|all|every|each|their|other|new)$/i;

/**
 * "Bruno is adding a flag", "Luca Romano is moving the workers": a person's name, then an -ing form of an
 * action verb and its object. "Traffic is increasing" has no object.
 */
function personDoing(name: string, found: ReturnType<typeof ownersFrom>, rest: string): boolean {
  const doing = ING_AND_OBJECT.exec(rest);
  return (
    doing !== null &&
    PERSON_NAME.test(name) &&
    Array.isArray(found) &&
    found.length === 1 &&
    !found[0].isGroup &&
    ingStems(doing[1].toLowerCase()).some((stem) => OUTCOME_VERBS.has(stem))
  );
}
const ING_AND_OBJECT =
  /^([a-z]{3,}ing)\s+(?!again\b|now\b|still\b|up\b|down\b|back\b|\p{Ll}+ly\b)\p{Ll}/u;
const PERSON_NAME = new RegExp(`^(?:${PERSON})$`, "u");

/** True when the roster does not list `name` (a roster entry always wins over grammar). */
function rosterless(name: string, ctx: OwnerContext): boolean {
  const lower = name.toLowerCase();
  return !ctx.people.some(
    (person) =>
      person.name.toLowerCase().split(/\s+/)[0] === lower ||
      person.aliases.some((alias) => alias.toLowerCase() === lower),
  );
}
