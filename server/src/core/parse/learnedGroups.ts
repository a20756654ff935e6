import type { Person } from "../config";
import type { ActionItem } from "../types";
import { GROUP_WORDS, NOT_A_NAME } from "./lexicon";
import { isAcronym, looksLikeNames } from "./owners";

// A document teaches which of its capitalised names are organisations: a name written alongside an
// acronym-named organisation, not a function's team ("Zentrix and QXP agree", "Zentrix + QXP:", "between QXP <> Zentrix") is one
// too. People are rarely joined to an organisation that way; organisations constantly are.

const CAPITALISED = String.raw`[A-Z][a-z][\w-]*`;
const ACRONYM = String.raw`[A-Z][A-Z0-9&]{1,5}`;
const JOIN = String.raw`\s*(?:\+|&|<>|\/|\band\b)\s*`;
const JOINED = new RegExp(
  String.raw`\b(${CAPITALISED})${JOIN}(${ACRONYM})\b|\b(${ACRONYM})${JOIN}(${CAPITALISED})\b`,
  "g",
);

/**
 * Capitalised names the document joins to an acronym, lower-cased. `acronyms` are the organisations the
 * items already name; a document whose owners name none has nothing to learn, and is not scanned.
 */
export function organisationNames(
  text: string,
  people: Person[],
  acronyms: Set<string> = new Set(["*"]),
): Set<string> {
  const names = new Set<string>();
  if (acronyms.size === 0 || !/[A-Z]{2}/.test(text)) {
    return names;
  }
  const roster = new Set(
    people.flatMap((person) => [
      person.name.split(/\s+/)[0].toLowerCase(),
      ...person.aliases.map((alias) => alias.toLowerCase()),
    ]),
  );
  for (const match of text.matchAll(JOINED)) {
    const name = (match[1] ?? match[4]).toLowerCase();
    const organisation = (match[2] ?? match[3]).toLowerCase();
    if (!acronyms.has("*") && !acronyms.has(organisation)) {
      continue;
    }
    // "Alice + SRE": a person with a function's team; only an organisation's own name teaches anything.
    if (
      !roster.has(name) &&
      !GROUP_WORDS.has(organisation) &&
      !NOT_A_NAME.has(organisation) &&
      !NOT_A_NAME.has(name)
    ) {
      names.add(name);
    }
  }
  return names;
}

/** Marks as groups the owners the document shows to be organisations. */
export function markOrganisationOwners(actions: ActionItem[], organisations: Set<string>): void {
  if (organisations.size === 0) {
    return;
  }
  for (const action of actions) {
    if (
      action.owners.some((owner) => !owner.isGroup && organisations.has(owner.name.toLowerCase()))
    ) {
      action.owners = action.owners.map((owner) =>
        organisations.has(owner.name.toLowerCase())
          ? { ...owner, isGroup: true, isDecisionMaker: false }
          : owner,
      );
    }
  }
}

// An acronym opens with two capitals, or a capital and a digit or "&": most owners' names have neither.
const MAY_HOLD_ACRONYM = /[A-Z][A-Z0-9&]/;

/** The acronym organisations the items name as owners, lower-cased. */
export function acronymOwners(actions: ActionItem[]): Set<string> {
  const acronyms = new Set<string>();
  for (const action of actions) {
    for (const owner of action.owners) {
      if (!MAY_HOLD_ACRONYM.test(owner.name)) {
        continue;
      }
      for (const part of owner.name.split(/\s*(?:\+|&|,|\band\b|\/)\s*/)) {
        if (isAcronym(part)) {
          acronyms.add(part.toLowerCase());
        }
      }
    }
  }
  return acronyms;
}

// Sources where an owner is all a value holds: a table's owner column, an "Owner:" field, the brackets or
// dash part closing an item ("— JS", "(JS)").
const OWNER_ONLY_SOURCES = new Set(["cell", "field", "parenthetical"]);
const INITIALS = /^[A-Z]{2,3}$/;

/** "Northwind Research (NR)": the organisation the capitals stand for, written out before them. */
function spelledOut(name: string, text: string): boolean {
  return (
    text.includes(`(${name})`) &&
    new RegExp(String.raw`[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)+\s+\(${name}\)`).test(text)
  );
}

// "# Authors" over "Ramon Tayag", "**Written by:** Ines Duarte, Li Wei": a line that lists the page's people.
const PEOPLE_LABEL =
  /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:authors?|written by|prepared by|contributors?|participants|attendees|responders|people involved)\b\s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?(.*)$/i;

/** The initials of the people the page lists ("Ramon Tayag" under "Authors" is "RT"; "Author: DS" is "DS"). */
function listedPeopleInitials(text: string): Set<string> {
  const initials = new Set<string>();
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    const label = PEOPLE_LABEL.exec(line);
    if (label === null) {
      return;
    }
    const next =
      (lines[index + 1] ?? "").trim() !== "" ? lines[index + 1] : (lines[index + 2] ?? "");
    const listed = label[1].trim() !== "" ? label[1] : next;
    for (const name of listed.split(/\s*(?:,|;|&|\band\b)\s*/)) {
      const plain = name.replace(/[*_[\]()]/g, "").trim();
      const words = plain.split(/\s+/);
      if (words.length >= 2 && words.length <= 3 && looksLikeNames(plain)) {
        initials.add(words.map((word) => word[0]).join(""));
      } else if (INITIALS.test(plain)) {
        // "**Author:** DS": the page lists its writer by initials alone.
        initials.add(plain);
      }
    }
  });
  return initials;
}

/**
 * "| Owner | JD |": two or three capitals alone in an owner column are a person's initials, unless the
 * document shows an organisation by that name, spelling it out ("Northwind Research (NR)") or using it
 * in its own prose. Known functions ("SRE", "QA") were read as groups before this and stay so. The
 * initials of a person the page lists ("Authors: Ramon Tayag" for "RT") are that person, however often
 * its prose uses them ("RT restarted the proxy").
 */
export function markInitialsOwners(actions: ActionItem[], text: string): void {
  const uses = new Map<string, number>();
  for (const action of actions) {
    for (const owner of action.owners) {
      if (
        owner.isGroup &&
        OWNER_ONLY_SOURCES.has(owner.source) &&
        INITIALS.test(owner.name) &&
        !GROUP_WORDS.has(owner.name.toLowerCase())
      ) {
        uses.set(owner.name, (uses.get(owner.name) ?? 0) + 1);
      }
    }
  }
  const initials = new Set<string>();
  const people = uses.size > 0 ? listedPeopleInitials(text) : new Set<string>();
  for (const [name, count] of uses) {
    const mentions = text.match(new RegExp(String.raw`\b${name}\b`, "g"))?.length ?? 0;
    if ((mentions <= count && !spelledOut(name, text)) || people.has(name)) {
      initials.add(name);
    }
  }
  if (initials.size === 0) {
    return;
  }
  for (const action of actions) {
    if (action.owners.some((owner) => initials.has(owner.name))) {
      action.owners = action.owners.map((owner) =>
        initials.has(owner.name) && OWNER_ONLY_SOURCES.has(owner.source)
          ? { ...owner, isGroup: false }
          : owner,
      );
    }
  }
}
