import type { Person } from "../../config";
import {
  GENERIC_ROLES,
  GIVEN_NAMES_THAT_ARE_WORDS,
  GROUP_WORDS,
  NAME_PARTICLES,
  NOT_A_HANDLE,
  NOT_A_NAME,
} from "../lexicon";
import { verbOf } from "../wording/words";

// People: personal names, logins and the roster.

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.?)$/u;

/** Lower-case particles inside a surname: "Bram de Vries", "Ludwig van der Berg". */
const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);

/** "Queue-worker", "Billing-api": a word of the lists joined by a hyphen; "Hyun-woo", "Jean-Luc" are names. */
function namesAComponent(token: string): boolean {
  return (
    token.includes("-") &&
    token
      .toLowerCase()
      .split("-")
      .some((part) => NOT_A_NAME.has(part) || GROUP_WORDS.has(part))
  );
}

const HANDLE = /^@[\w.-]+(?:\/[\w.-]+)?$/;

const EMAIL = /^[\w.+-]+@[\w-]+\.[\w.-]+$/;

const INITIAL = /^[A-Z]\.$/;

const DOTTED_LOGIN = /^[a-z]{2,20}\.[a-z]{3,20}$/;

/** "config.yaml", "node.js": a file or a product, not a first.last login. */
const FILE_SUFFIX =
  /\.(?:yaml|yml|json|toml|conf|html|java|rs|go|js|ts|py|rb|sh|md|txt|log|com|net|org|dev|app|cloud)$/;

const NOUN_SUFFIX =
  /(?:ing|tion|sion|ment|ness|ity|ance|ence|ancy|ency|acy|ics|ure|ogy|ism|ies|ed|able|ible|ive|ous|ful|less|ship|hood|age|ery|ary|ical|ial|ware)$/i;

/** Endings no given name or surname has: "Architecture Unification", "Process Improvements" are titles. */
const ABSTRACT_NOUN_SUFFIX = /(?:tion|sion|ness|ity|ism|ogy|ment)s?$/i;

/** Looks like one or more personal names: "Alice", "Alice Smith", "J. Doe", "Alice & Bob". */
export function looksLikeNames(text: string): boolean {
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
      if (!NAME_TOKEN.test(token) || namesAComponent(token)) {
        return false;
      }
      if (index < tokens.length - 1 && INITIAL.test(token)) {
        return true; // "A. Smith": an initial, not the article "A".
      }
      const lower = token.toLowerCase().replace(/[.']+$/, "");
      if (index === 0 && tokens.length > 1 && GIVEN_NAMES_THAT_ARE_WORDS.has(lower)) {
        return true; // "Dev Patel": the surname after it makes it a given name.
      }
      if (NOT_A_NAME.has(lower) || GROUP_WORDS.has(lower)) {
        return false;
      }
      if (index === 0 && tokens.length > 1 && verbOf(lower) !== lower) {
        return false; // "Integrating Captchas", "Enforcing Limits": a title led by what it does.
      }
      if (tokens.length > 1 && ABSTRACT_NOUN_SUFFIX.test(lower) && lower.length > 7) {
        return false; // "Schema Validation", "Process Improvements": a title, however capitalised.
      }
      // A lone capitalised word ending like a noun ("Monitoring", "Documentation") is a title; a lone role
      // ("Developer") is anyone who holds it.
      return !(
        tokens.length === 1 &&
        index === 0 &&
        ((NOUN_SUFFIX.test(lower) && lower.length > 5) || GENERIC_ROLES.has(lower))
      );
    });
  });
}

export function rosterMatch(text: string, people: Person[]): Person | undefined {
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

/** "mira", "jdoe", "kofi?": a lower-case login, tentative with a question mark. Only asked of a bracketed prefix. */
const LOGIN = /^[a-z][a-z0-9_.-]{1,29}\??$/;

export function isHandle(text: string): boolean {
  const bare = text.replace(/\?$/, "");
  return (
    LOGIN.test(text) && !NOT_A_NAME.has(bare) && !GROUP_WORDS.has(bare) && !NOT_A_HANDLE.has(bare)
  );
}
