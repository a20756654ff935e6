import type { Person } from "../config";
import type { FieldSource, Owner } from "../types";
import {
  COMPONENT_NAMES,
  ACRONYM_LETTERS,
  DECISION_MAKER_ROLE,
  GROUP_WORDS,
  FIELD_KEY_ONLY,
  OWNER_FIELD_KEYS,
  WAITING_LEADS,
  TEAM_NOUNS,
  NOT_A_HANDLE,
  NOT_A_NAME,
  SINGLE_ROLE,
  UNASSIGNED,
  NAME_PARTICLES,
  TAKE_ON_VERBS,
} from "./lexicon";
import { toPlainText } from "./markdownText";
import { STRUCK_IN_LINE } from "./strikethrough";

export interface OwnerContext {
  people: Person[];
  groups: string[];
}

export type OwnerVerdict =
  | { kind: "owner"; owner: Omit<Owner, "source" | "span"> }
  | { kind: "unassigned" }
  | { kind: "not-owner" };

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.?)$/u;
/** Lower-case particles inside a surname: "Bram de Vries", "Ludwig van der Berg". */
const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);
const HANDLE = /^@[\w.-]+(?:\/[\w.-]+)?$/;
const EMAIL = /^[\w.+-]+@[\w-]+\.[\w.-]+$/;
const INITIAL = /^[A-Z]\.$/;
const DOTTED_LOGIN = /^[a-z]{2,20}\.[a-z]{3,20}$/;
/** "config.yaml", "node.js": a file or a product, not a first.last login. */
const FILE_SUFFIX =
  /\.(?:yaml|yml|json|toml|conf|html|java|rs|go|js|ts|py|rb|sh|md|txt|log|com|net|org|dev|app|cloud)$/;
const NOUN_SUFFIX =
  /(?:ing|tion|sion|ment|ness|ity|ance|ence|ics|ure|ogy|ism|ies|ed|able|ible|ive|ous|ful|less|ship|hood|age|ery|ary)$/i;

function rosterMatch(text: string, people: Person[]): Person | undefined {
  const lower = text.toLowerCase().replace(/^@/, "");
  return people.find(
    (person) =>
      person.name.toLowerCase() === lower ||
      person.name.split(/\s+/)[0].toLowerCase() === lower ||
      person.github?.toLowerCase() === lower ||
      person.email?.toLowerCase() === lower ||
      person.aliases.some((alias) => alias.toLowerCase().replace(/^@/, "") === lower),
  );
}

const PLACEHOLDER_OWNER =
  /^(?:role|name|full name|owner|owner name|owners?|assignee|person|who|developer|engineer|individual|team member|responsible|responsible person|your name|name\/role|role\/name|tbd|dri|@?handle|@?username|@?user|email)$/i;
/** A function that opens a handle names its team: "sre-ledger", "@ops-payments". */
const GROUP_HANDLE_START =
  /^(?:sre|sres|ops|devops|infra|platform|oncall|secops|netops|dba|qa|team)$/;
const DEPARTMENT_TAIL =
  /^(?:engineering|eng|operations|ops|sre|devops|infrastructure|infra|platform|security|secops|support|networking|qa|dba|it|noc|soc|backend|frontend|front-end|back-end|product|design|finance|legal|hr|marketing|sales|oncall|on-call)$/;

function isGroupText(lower: string, groups: string[]): boolean {
  if (groups.includes(lower)) {
    return true;
  }
  if (/^@[\w.-]+\/[\w.-]+$/.test(lower)) {
    return true; // @org/team
  }
  const account =
    /^@([\w.-]+)$/.exec(lower)?.[1] ?? /^([\w.+-]+)@[\w-]+\.[\w.-]+$/.exec(lower)?.[1];
  if (account !== undefined) {
    // "@search-team", "@payments-oncall", "sre@acme.example": a team's handle or list, not a person's.
    const parts = account.split(/[-_.+]/).filter(Boolean);
    // "@erin-ops" is Erin; "@platform-ops", "@search-team" and "@sre-ledger" are teams.
    return (
      parts.length > 0 &&
      (parts.every((part) => GROUP_WORDS.has(part) || groups.includes(part)) ||
        (parts.length > 1 && TEAM_NOUNS.has(parts[parts.length - 1])) ||
        (parts.length > 1 && GROUP_HANDLE_START.test(parts[0])))
    );
  }
  // "sre-ledger" in an owner cell: a team's handle written without its "@".
  const handle = /^([a-z][a-z\d]*)[-_][a-z\d][\w-]*$/.exec(lower);
  if (handle !== null && GROUP_HANDLE_START.test(handle[1])) {
    return true;
  }
  if (/^(?:whoever|anyone|any one)\b/.test(lower)) {
    return true; // "whoever is on call": a rotation, not a person.
  }
  const words = lower
    .replace(/^(?:the|our|all|each|every)\s+/, "")
    .split(/[\s/&,+]+/)
    .filter(Boolean);
  if (words.length === 0) {
    return false;
  }
  if (words.every((word) => GROUP_WORDS.has(word) || groups.includes(word))) {
    return true;
  }
  if (words.some((word) => TEAM_NOUNS.has(word))) {
    return true;
  }
  // "Payments Engineering", "Data Platform", "Checkout SRE": a department named by what it serves.
  return words.length >= 2 && words.length <= 4 && DEPARTMENT_TAIL.test(words[words.length - 1]);
}

/** Looks like one or more personal names: "Alice", "Alice Smith", "J. Doe", "Alice & Bob". */
function looksLikeNames(text: string): boolean {
  const parts = text.split(/\s*(?:,|&|\band\b|\/|\+)\s*/).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) {
    return false;
  }
  return parts.every((part) => {
    if (HANDLE.test(part) || EMAIL.test(part)) {
      return true;
    }
    const tokens = part.split(/\s+/);
    if (tokens.length > 3 + tokens.filter((token) => NAME_PARTICLE.test(token)).length) {
      return false;
    }
    if (tokens.length === 1 && DOTTED_LOGIN.test(part) && !FILE_SUFFIX.test(part)) {
      return true; // "alice.smith": a first.last login.
    }
    return tokens.every((token, index) => {
      if (index > 0 && index < tokens.length - 1 && NAME_PARTICLE.test(token)) {
        return true;
      }
      if (!NAME_TOKEN.test(token)) {
        return false;
      }
      if (index < tokens.length - 1 && INITIAL.test(token)) {
        return true; // "A. Smith": an initial, not the article "A".
      }
      const lower = token.toLowerCase().replace(/[.']+$/, "");
      if (NOT_A_NAME.has(lower) || GROUP_WORDS.has(lower)) {
        return false;
      }
      // A lone capitalised word ending like a noun ("Monitoring", "Documentation") is a title.
      return !(tokens.length === 1 && index === 0 && NOUN_SUFFIX.test(lower) && lower.length > 5);
    });
  });
}

// Verdicts depend only on the text and the config's roster and groups; the same names recur across
// every item of every document, so they are remembered per roster.
const verdictCache = new WeakMap<Person[], Map<string, OwnerVerdict>>();
const MAX_CACHED = 20_000;

/** The memo for this roster; `key` below adds the groups, the other part of the config a verdict depends on. */
function memoFor<T>(caches: WeakMap<Person[], Map<string, T>>, ctx: OwnerContext): Map<string, T> {
  let cache = caches.get(ctx.people);
  if (cache === undefined) {
    cache = new Map();
    caches.set(ctx.people, cache);
  }
  if (cache.size >= MAX_CACHED) {
    cache.clear();
  }
  return cache;
}

function memoKey(rawText: string, ctx: OwnerContext): string {
  return ctx.groups.length === 0 ? rawText : `${ctx.groups.join(",")}\u0000${rawText}`;
}

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
      return { kind: "unassigned" };
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
  if (text === "") {
    return { kind: "unassigned" };
  }
  const qualified = text.endsWith(")") ? /^([^()]+?)\s*\(([^()]+)\)$/.exec(text) : null;
  if (qualified !== null) {
    // "Bruno (platform team)", "Platform team (Aiko)": the person named on either side owns it.
    const outer = classifyOwner(qualified[1], ctx);
    // "Search team (lead: Priya Shah)": the role key in the brackets introduces the person.
    const inner = classifyOwner(qualified[2].replace(BRACKET_ROLE_KEY, ""), ctx);
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
    return person.kind === "owner" && !person.owner.isGroup ? person : { kind: "not-owner" };
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
      return { kind: "owner", owner: { name: text, isGroup: false, isDecisionMaker: false } };
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
    return { kind: "unassigned" };
  }
  const either = text.includes(" or ") ? EITHER.exec(text) : null;
  if (either !== null && looksLikeNames(either[1]) && looksLikeNames(either[2])) {
    return { kind: "unassigned" }; // "Ana or Bob": not yet one person.
  }
  if (WAITING_LEADS.test(text)) {
    return { kind: "not-owner" }; // "waiting on the PKI team": what the item waits on.
  }
  const lower = text.toLowerCase();
  const person = rosterMatch(text, ctx.people);
  if (person !== undefined) {
    const isDecisionMaker = person.role !== undefined && DECISION_MAKER_ROLE.test(person.role);
    return {
      kind: "owner",
      owner: { name: person.name, isGroup: false, isDecisionMaker, role: person.role },
    };
  }
  if (text.length > 60 || FIELD_KEY_ONLY.test(text)) {
    // Too long for a name; or a field's key read where its value was expected ("**Title** — DRI: Lena").
    return { kind: "not-owner" };
  }
  const pair = text.includes("&") || text.includes(" and ") ? text.split(PAIR) : [];
  if (
    pair.length === 2 &&
    pair.every((side) => {
      const verdict = classifyOwner(side, ctx);
      return verdict.kind === "owner" && !verdict.owner.isGroup && verdict.owner.name !== side;
    })
  ) {
    // "Ana (TL) & Bob (EM)": two people, each with a role; the owner list reads each one.
    return { kind: "owner", owner: { name: text, isGroup: false, isDecisionMaker: false } };
  }
  if (DECISION_MAKER_ROLE.test(text) && !/s$/i.test(text.split(/\s+/)[0] ?? "")) {
    // "VP Eng: Dana Cole": the person, with the role that makes them the decision-maker.
    const keyed = ROLE_KEYED.exec(text);
    if (keyed !== null && DECISION_MAKER_ROLE.test(keyed[1]) && looksLikeNames(keyed[2])) {
      const owner = { name: keyed[2], isGroup: false, isDecisionMaker: true, role: keyed[1] };
      return { kind: "owner", owner };
    }
    return { kind: "owner", owner: { name: text, isGroup: false, isDecisionMaker: true } };
  }
  if (SINGLE_ROLE.test(text)) {
    return { kind: "owner", owner: { name: text, isGroup: false, isDecisionMaker: false } };
  }
  if (isGroupText(lower, ctx.groups)) {
    return { kind: "owner", owner: { name: text, isGroup: true, isDecisionMaker: false } };
  }
  if (ORGANISATION_SUFFIX.test(text) && text.split(/\s+/).length <= 4) {
    // "Brightwave Labs", "Acme Inc.": a company.
    return { kind: "owner", owner: { name: text, isGroup: true, isDecisionMaker: false } };
  }
  if (isAcronym(text)) {
    // "ICL", "SRE2", "R&D": an organisation or team, unless the roster names a person by it.
    return NOT_A_NAME.has(lower)
      ? { kind: "not-owner" }
      : { kind: "owner", owner: { name: text, isGroup: true, isDecisionMaker: false } };
  }
  if (looksLikeNames(text)) {
    return { kind: "owner", owner: { name: text, isGroup: false, isDecisionMaker: false } };
  }
  return { kind: "not-owner" };
}

const ACRONYM = new RegExp(`^${ACRONYM_LETTERS}s?$`);
const DISPLAY_MENTION = /^@\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;
const MENTION_MARK = /\s*@(?=\p{Lu})/gu;
const KEY_IN_FRONT = /^(?:owners?|assignees?|dri)\s*[:=]?\s+/i;
const VALUE_AFTER_KEY = /^(?:[@\p{Lu}]|tbd\b|tbc\b|tba\b|unassigned\b|\?)/u;
const BRACKET_ROLE_KEY = new RegExp(
  String.raw`^\s*(?:${OWNER_FIELD_KEYS}|lead|tech lead|contact|manager|em)\s*[:=–—-]\s*`,
  "i",
);
/** "TBD (likely Ana)", "TBC, probably Priya": a guess is no assignment. */
const TENTATIVE =
  /^(?:tbd|tbc|tba|unassigned|unknown|not yet assigned)\b[\s,;:(–—-]+(?:likely|probably|maybe|perhaps|possibly)\b/i;
const EITHER = /^(.+?)\s+or\s+(.+)$/;
const HANDOFF = /^(.+?)\s*(?:→|->|=>|⇒)\s*(.+)$/;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;
const ROLE_AFTER = new RegExp(
  String.raw`\s+(?:(?:is|as)\s+(?:the\s+)?(?:owner|dri|directly responsible individual|lead|assignee|point person|poc)|to\s+(?:${TAKE_ON_VERBS})(?:\s+(?:it|this))?)\s*$`,
  "i",
);

/**
 * Who owns it now, as a cell or field shows a change: "~~Ana~~ Bob" strikes the old owner, "Ana → Bob"
 * hands it over, and "Ana<br>Bob" lists two.
 */
function currentOwnerText(raw: string): string {
  let text = raw.includes("<") ? raw.replace(LINE_BREAK_TAG, ", ") : raw;
  if (text.includes("~~")) {
    const kept = text.replace(STRUCK_IN_LINE, " ");
    text = kept.trim() === "" ? text : kept;
  }
  const handoff =
    text.includes(">") || text.includes("→") || text.includes("⇒") ? HANDOFF.exec(text) : null;
  const current = handoff === null ? text : handoff[2];
  // "Ana is the owner", "Ana as DRI", "Ana to own": the name, not the sentence.
  return current.includes(" is ") || current.includes(" as ") || current.includes(" to ")
    ? current.replace(ROLE_AFTER, "")
    : current;
}
const ROLE_KEYED = /^([^:]{1,40}):\s*(.+)$/;
const ADDRESSED_TO =
  /^(?:(?:action(?:\s+item)?|ai|task|follow[- ]?up)\s+)?(?:for|to)\s+(.{1,40})$/i;
const SLASH = /\s*\/\s*/;
const PAIR = /\s*(?:&|\band\b)\s*/;
const MEMBER_OF = /^([^,()]+?)\s+(?:from|on)\s+(?:the\s+)?([^,()]+)$/;
// "Search team — Alice", and as typed without a dash key: "Search team - Alice", "Search team -- Alice".
const DASHED = /^([^,()–—]+?)\s+(?:[–—]|--?)\s+((?:(?!\s--?\s)[^,()–—])+)$/;
const ORGANISATION_SUFFIX =
  /^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:Labs?|Inc\.?|Ltd\.?|LLC|GmbH|Corp\.?|Corporation|Foundation|Company|Co\.|PLC|AG|S\.?A\.?|B\.?V\.?|Pty|Limited|Technologies|Systems|Networks|Software|Solutions|Studios?|Partners|Consulting|Association|Institute|University|Project)$/;

/** "ICL", "SRE2", "R&D": an acronym, as organisations and teams write their names. */
export function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && /[A-Z].*[A-Z]/.test(text);
}

/** "mira", "jdoe", "kofi?": a lower-case login, tentative with a question mark. Only asked of a bracketed prefix. */
const LOGIN = /^[a-z][a-z0-9_.-]{1,29}\??$/;

export function isHandle(text: string): boolean {
  const bare = text.replace(/\?$/, "");
  return (
    LOGIN.test(text) && !NOT_A_NAME.has(bare) && !GROUP_WORDS.has(bare) && !NOT_A_HANDLE.has(bare)
  );
}

type NamedOwners = Omit<Owner, "source" | "span">[] | "unassigned" | undefined;

// Like verdicts, the split of an owner list depends only on the text and the config.
const namedOwnersCache = new WeakMap<Person[], Map<string, NamedOwners>>();

/**
 * An Owner field's or column's value that no reader can place, kept as written: someone is named there.
 * A system part's name ("Payments", "Billing API") stands for the team that owns it.
 */
export function ownerAsWritten(
  written: string,
  source: FieldSource,
  span: { start: number; end: number },
): Owner {
  const name = toPlainText(written);
  const words = name
    .toLowerCase()
    .split(/[\s/&,+]+/)
    .filter(Boolean);
  const isGroup =
    words.length > 0 &&
    words.length <= 3 &&
    words.every((word) => COMPONENT_NAMES.has(word) || GROUP_WORDS.has(word));
  return { name, isGroup, isDecisionMaker: false, source, span };
}

/** "jdoe, rsmith": logins in a list, each an owner; anything else is one owner as written. */
export function ownersAsWritten(
  written: string,
  source: FieldSource,
  span: { start: number; end: number },
): Owner[] {
  // "hlee, mvogel. **Ticket:** …": the sentence's full stop is not part of the last login.
  const text = written.endsWith(".") ? written.replace(SENTENCE_STOP, "") : written;
  const parts = text.includes(",") || text.includes(" and ") ? text.split(LOGIN_LIST) : [];
  return parts.length > 1 && parts.length <= 4 && parts.every((part) => isHandle(part))
    ? parts.map((part) => ownerAsWritten(part, source, span))
    : [ownerAsWritten(written, source, span)];
}
const SENTENCE_STOP = /(?<=[a-z\d]{2})\.$/;
const LOGIN_LIST = /\s*(?:,\s*(?:and\s+)?|\s\band\s|&)\s*/;

/** Splits a list of owners ("Alice, Bob") into owners; a mix keeps persons and groups apart. */
export function ownersFrom(
  rawText: string,
  source: FieldSource,
  ctx: OwnerContext,
  span?: { start: number; end: number },
): Owner[] | "unassigned" | undefined {
  const cache = memoFor(namedOwnersCache, ctx);
  const key = memoKey(rawText, ctx);
  let named = cache.get(key);
  if (named === undefined && !cache.has(key)) {
    named = namedOwners(rawText, ctx);
    cache.set(ownedCopy(key), named);
  }
  if (named === undefined || named === "unassigned") {
    return named;
  }
  // Built field by field: a spread here cost more than the rest of the lookup.
  return named.map((owner) => ({
    name: owner.name,
    isGroup: owner.isGroup,
    isDecisionMaker: owner.isDecisionMaker,
    role: owner.role,
    source,
    span,
  }));
}

function namedOwners(rawText: string, ctx: OwnerContext): NamedOwners {
  const verdict = classifyOwner(rawText, ctx);
  if (verdict.kind === "unassigned") {
    return "unassigned";
  }
  if (verdict.kind === "not-owner") {
    return undefined;
  }
  const plain = verdict.owner.name;
  if (/^@[\w.-]+\/[\w.-]+$/.test(plain)) {
    return [verdict.owner];
  }
  const parts = plain.split(/\s*(?:,|&|\band\b|\/|\+)\s*/).filter(Boolean);
  if (parts.length > 1 && !verdict.owner.isDecisionMaker) {
    const owners: Omit<Owner, "source" | "span">[] = [];
    for (const part of parts) {
      const each = classifyOwner(part, ctx);
      if (each.kind === "owner") {
        owners.push(each.owner);
      }
    }
    if (owners.length > 0) {
      return owners;
    }
  }
  return [verdict.owner];
}

/**
 * A cache key that owns its characters. A key sliced from a document would keep the whole document
 * text alive for as long as the cache holds it; the editor re-lints on every keystroke.
 */
function ownedCopy(key: string): string {
  return key.length < 13 ? key : Buffer.from(key, "utf8").toString("utf8");
}
