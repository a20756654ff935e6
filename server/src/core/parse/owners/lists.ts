import type { Person } from "../../config";
import type { FieldSource, Owner } from "../../types";
import { COMPONENT_NAMES, GROUP_WORDS } from "../lexicon";
import { toPlainText } from "../markdownText";
import { classifyOwner } from "./classify";
import { memoFor, memoKey, ownedCopy } from "./memo";
import { firstWord, isPastOfVerb } from "../readers/verbs";
import { isHandle } from "./people";
import type { OwnerContext } from "./verdicts";

// Owner lists ("Alice, Bob") and owner text no reader can place, read into owners with their source.

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

/**
 * "jdoe, rsmith": logins in a list, each an owner; a note about the work ("Added along with the fix")
 * names nobody; anything else is one owner as written.
 */
export function ownersAsWritten(
  written: string,
  source: FieldSource,
  span: { start: number; end: number },
): Owner[] {
  if (readsAsNote(written)) {
    return [];
  }
  // "hlee, mvogel. **Ticket:** …": the sentence's full stop is not part of the last login.
  const text = written.endsWith(".") ? written.replace(SENTENCE_STOP, "") : written;
  const parts = text.includes(",") || text.includes(" and ") ? text.split(LOGIN_LIST) : [];
  return parts.length > 1 && parts.length <= 4 && parts.every((part) => isHandle(part))
    ? parts.map((part) => ownerAsWritten(part, source, span))
    : [ownerAsWritten(written, source, span)];
}

/** Three words or more opening with a known verb's past form: what was done, not who does it. */
function readsAsNote(written: string): boolean {
  const plain = toPlainText(written).trim();
  return plain.split(/\s+/).length >= 3 && isPastOfVerb(firstWord(plain));
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
  if (verdict.owner.isGroup && ONE_TEAM_OF_TWO_WORDS.test(plain)) {
    return [verdict.owner]; // "Trust & Safety (team)": one team named by two words, not Trust and Safety.
  }
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
 * "Trust & Safety team", "Identity and Access squad", "Trust & Safety" read as a department: two words
 * joined, then, or not, the word for a team.
 */
const ONE_TEAM_OF_TWO_WORDS =
  /^\p{Lu}[\p{L}-]*\s*(?:&|and)\s*\p{Lu}[\p{L}-]*(?:\s+(?:team|squad|group|department|dept|crew|guild|tribe|unit|office|committee|board))?$/iu;
