import type { Person } from "../../config";
import {
  DECISION_MAKER_ROLE,
  FIELD_KEY_ONLY,
  GENERIC_ROLES,
  NOT_A_NAME,
  OWNER_FIELD_KEYS,
  UNASSIGNED,
  WAITING_LEADS,
} from "../lexicon";
import { toPlainText } from "../markdownText";
import { currentOwnerText } from "./currentText";
import { ORGANISATION_SUFFIX, isAcronym, isGroupText, isJoinedCompanyName } from "./groups";
import { memoFor, memoKey, ownedCopy } from "./memo";
import { looksLikeNames, rosterMatch } from "./people";
import { roleOwner } from "./roles";
import { NOBODY, NOT_AN_OWNER, ownedBy, ownedWithRole } from "./verdicts";
import type { OwnerContext, OwnerVerdict } from "./verdicts";

const verdictCache = new WeakMap<Person[], Map<string, OwnerVerdict>>();

/** Decides whether a piece of text names an owner, says nobody owns it, or is not about ownership. */
export function classifyOwner(rawText: string, ctx: OwnerContext): OwnerVerdict {
  const cache = memoFor(verdictCache, ctx);
  const key = memoKey(rawText, ctx);
  let verdict = cache.get(key);
  if (verdict === undefined) {
    verdict = classifyOwnerUncached(rawText, ctx);
    cache.set(ownedCopy(key), verdict);
  }
  return verdict;
}

const POSSESSIVE_NAME = /^(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2})['’]s$/u;

function classifyOwnerUncached(rawText: string, ctx: OwnerContext): OwnerVerdict {
  let text = toPlainText(currentOwnerText(rawText))
    .replace(/^[\s:–—-]+|[\s:.,;–—-]+$/g, "")
    .trim();
  // "(Ana's)": the item is Ana's, so Ana owns it.
  const possessive = text.endsWith("s") ? POSSESSIVE_NAME.exec(text) : null;
  if (possessive !== null) {
    text = possessive[1];
  }
  const wrapped = /^(?:\[([^\]]+)\]|<([^>]+)>|\{([^}]+)\})$/.exec(text);
  if (wrapped !== null) {
    // A template's "[role]", "<owner>", "{OWNER_NAME}" is a blank to fill in; "[Alice]" is Alice.
    const inner = (wrapped[1] ?? wrapped[2] ?? wrapped[3]).trim();
    if (PLACEHOLDER_OWNER.test(inner) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(inner)) {
      return NOBODY;
    }
    text = inner;
  }
  // "@Ana Ruiz @Ben Ode": mentions of display names, as wikis export them, are the people named.
  if (text.startsWith("@") && DISPLAY_MENTION.test(text)) {
    text = text.replace(MENTION_MARK, (mark, at: number) => (at === 0 ? "" : ", "));
  }
  // "(owner TBD): …", "(Owner: Ana Lima): …": the key written in front of its value.
  const keyed = text.length > 6 ? KEY_IN_FRONT.exec(text) : null;
  if (keyed !== null && VALUE_AFTER_KEY.test(text.slice(keyed[0].length))) {
    text = text.slice(keyed[0].length);
  }
  if (text === "" || UNASSIGNED.test(text)) {
    return NOBODY;
  }
  // "not worth it", "handled it", "moved to backlog": a clause about the work, never a name or a team ("IT").
  if (CLAUSE_END.test(text)) {
    return NOT_AN_OWNER;
  }
  const qualified = text.endsWith(")") ? /^([^()]+?)\s*\(([^()]+)\)$/.exec(text) : null;
  if (qualified !== null) {
    // "Bruno (platform team)", "Platform team (Aiko)": the person named on either side owns it.
    const outer = classifyOwner(qualified[1], ctx);
    // "Search team (lead: Priya Shah)": the role key in the brackets introduces the person.
    const inner = classifyOwner(qualified[2].replace(BRACKET_ROLE_KEY, ""), ctx);
    if (LEAD_KEY.test(qualified[2]) && inner.kind === "owner" && !inner.owner.isGroup) {
      return inner; // "Loyalty (lead: Chiara Romano)": the key says the outer name is her team's.
    }
    if (outer.kind === "owner" && !outer.owner.isGroup) {
      // "Dana Whitfield (VP Engineering)": the role in brackets makes the person a decision-maker.
      return inner.kind === "owner" && inner.owner.isDecisionMaker && !outer.owner.isDecisionMaker
        ? { kind: "owner", owner: { ...outer.owner, isDecisionMaker: true } }
        : outer;
    }
    if (inner.kind === "owner" && !inner.owner.isGroup && looksLikeNames(inner.owner.name)) {
      return inner;
    }
    if (outer.kind === "owner") {
      return outer;
    }
  }
  const addressed = ADDRESSED_TO.exec(text);
  if (addressed !== null) {
    // "Action for Ana", "To Ana": whom the item is for names its owner, when that is a person.
    const person = classifyOwner(addressed[1], ctx);
    return person.kind === "owner" && !person.owner.isGroup ? person : NOT_AN_OWNER;
  }
  if (text.includes("/") && !text.startsWith("@")) {
    // "SRE/Ana": a team and a person, each read, as "Ana/SRE" is.
    const sides = text.split(SLASH);
    const verdicts = sides.map((side) => classifyOwner(side, ctx));
    if (
      sides.length <= 4 &&
      verdicts.every((verdict) => verdict.kind === "owner") &&
      verdicts.some((verdict) => verdict.kind === "owner" && !verdict.owner.isGroup)
    ) {
      return ownedBy(text, false);
    }
  }
  const dashed =
    text.includes(" — ") || text.includes(" – ") || text.includes(" -") ? DASHED.exec(text) : null;
  if (dashed !== null) {
    // "Search team — Alice": the person named beside the team owns it.
    const sides = [classifyOwner(dashed[1], ctx), classifyOwner(dashed[2], ctx)];
    const person = sides.find((side) => side.kind === "owner" && !side.owner.isGroup);
    if (person !== undefined && sides.some((side) => side.kind === "owner" && side.owner.isGroup)) {
      return person;
    }
  }
  const member = text.includes(" from ") || text.includes(" on ") ? MEMBER_OF.exec(text) : null;
  if (member !== null) {
    // "Grace Kim from billing ops", "Dana on the payments team": the person, not the group.
    const person = classifyOwner(member[1], ctx);
    const group = classifyOwner(member[2], ctx);
    if (
      person.kind === "owner" &&
      !person.owner.isGroup &&
      looksLikeNames(person.owner.name) &&
      group.kind === "owner" &&
      group.owner.isGroup
    ) {
      return person;
    }
  }
  if (UNASSIGNED.test(text) || TENTATIVE.test(text)) {
    return NOBODY;
  }
  const either = text.includes(" or ") ? EITHER.exec(text) : null;
  if (either !== null && looksLikeNames(either[1]) && looksLikeNames(either[2])) {
    return NOBODY; // "Ana or Bob": not yet one person.
  }
  if (WAITING_LEADS.test(text)) {
    return NOT_AN_OWNER; // "waiting on the PKI team": what the item waits on.
  }
  const lower = text.toLowerCase();
  const person = rosterMatch(text, ctx.people);
  if (person !== undefined) {
    const isDecisionMaker = person.role !== undefined && DECISION_MAKER_ROLE.test(person.role);
    return ownedWithRole(person.name, isDecisionMaker, person.role);
  }
  if (text.length > 60 || FIELD_KEY_ONLY.test(text)) {
    // Too long for a name; or a field's key read where its value was expected ("**Title** — DRI: Lena").
    return NOT_AN_OWNER;
  }
  const pair = text.includes("&") || text.includes(" and ") ? text.split(PAIR) : [];
  if (
    pair.length === 2 &&
    // "Trust & Safety", "Research and Development": one department, not two people.
    !isGroupText(lower, ctx.groups) &&
    pair.every((side) => {
      const verdict = classifyOwner(side, ctx);
      return verdict.kind === "owner" && !verdict.owner.isGroup && verdict.owner.name !== side;
    })
  ) {
    // "Ana (TL) & Bob (EM)": two people, each with a role; the owner list reads each one.
    return ownedBy(text, false);
  }
  const role = roleOwner(text);
  if (role !== undefined) {
    return role;
  }
  if (isGroupText(lower, ctx.groups)) {
    return ownedBy(text, true);
  }
  if (ORGANISATION_SUFFIX.test(text) && text.split(/\s+/).length <= 4) {
    // "Brightwave Labs", "Acme Inc.": a company.
    return ownedBy(text, true);
  }
  if (isAcronym(text)) {
    // "ICL", "SRE2", "R&D": an organisation or team, unless the roster names a person by it.
    return NOT_A_NAME.has(lower) ? NOT_AN_OWNER : ownedBy(text, true);
  }
  if (GENERIC_ROLES.has(lower)) {
    // "Developer to …", "Reviewer will …": whoever holds the role, so all who do, not one person.
    return ownedBy(text, true);
  }
  if (isJoinedCompanyName(text)) {
    return ownedBy(text, true); // "CloudBees should …": a company.
  }
  if (looksLikeNames(text)) {
    return ownedBy(text, false);
  }
  return NOT_AN_OWNER;
}

const CLAUSE_END = /\s(?:it|them|this|that|backlog)$/;

const PLACEHOLDER_OWNER =
  /^(?:role|name|full name|owner|owner name|owners?|assignee|person|who|developer|engineer|individual|team member|responsible|responsible person|your name|name\/role|role\/name|tbd|dri|@?handle|@?username|@?user|email)$/i;

const DISPLAY_MENTION = /^@\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;

const MENTION_MARK = /\s*@(?=\p{Lu})/gu;

const KEY_IN_FRONT = /^(?:owners?|assignees?|dri)\s*(?:[:=]|\s(?:[–—]|--?))?\s+/i;

const VALUE_AFTER_KEY = /^(?:[@\p{Lu}]|tbd\b|tbc\b|tba\b|unassigned\b|\?)/u;

const BRACKET_ROLE_KEY = new RegExp(
  String.raw`^\s*(?:${OWNER_FIELD_KEYS}|lead|tech lead|contact|manager|em)\s*[:=–—-]\s*`,
  "i",
);

/** "(lead: …)", "(owner: …)": the person named leads the team written before the brackets ("(EM: …)" is a manager's). */
const LEAD_KEY = new RegExp(
  String.raw`^\s*(?:${OWNER_FIELD_KEYS}|lead|tech lead)\s*[:=–—-]\s*`,
  "i",
);

/** "TBD (likely Ana)", "TBC, probably Priya": a guess is no assignment. */
const TENTATIVE =
  /^(?:tbd|tbc|tba|unassigned|unknown|not yet assigned)\b[\s,;:(–—-]+(?:likely|probably|maybe|perhaps|possibly)\b/i;

const EITHER = /^(.+?)\s+or\s+(.+)$/;

const ADDRESSED_TO =
  /^(?:(?:action(?:\s+item)?|ai|task|follow[- ]?up)\s+)?(?:for|to)\s+(.{1,40})$/i;

const SLASH = /\s*\/\s*/;

const PAIR = /\s*(?:&|\band\b)\s*/;

const MEMBER_OF = /^([^,()]+?)\s+(?:from|on)\s+(?:the\s+)?([^,()]+)$/;

// "Search team — Alice", and as typed without a dash key: "Search team - Alice", "Search team -- Alice".
const DASHED = /^([^,()–—]+?)\s+(?:[–—]|--?)\s+((?:(?!\s--?\s)[^,()–—])+)$/;
