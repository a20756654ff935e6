import {
  ACRONYM_LETTERS,
  COMPONENT_NAMES,
  DEPARTMENT_WORDS,
  GROUP_WORDS,
  HANDLE_HEAD_TEAMS,
  HANDLE_TAIL_TEAMS,
  IRREGULAR_PAST,
  JOINED_NAME_HEADS,
  JOINED_NAME_TAILS,
  TEAM_NOUNS,
} from "../lexicon";
import { isVerb } from "../readers/verbs";

// Groups: teams, departments, handles and companies that own an item together.

function teamTail(parts: string[]): boolean {
  const last = parts[parts.length - 1];
  return HANDLE_TAIL_TEAMS.has(last) || (last === "ops" && COMPONENT_NAMES.has(parts[0]));
}

/** "everyone on the payments rota", "engineers in the billing org": a team noun, then whom it counts. */
const MEMBER_LINK = /^(?:on|in|of|from|at|across|within)$/;

export function isGroupText(lower: string, groups: string[]): boolean {
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
        (parts.length > 1 && HANDLE_HEAD_TEAMS.has(parts[0])) ||
        (parts.length > 1 && teamTail(parts)))
    );
  }
  // "sre-ledger" in an owner cell: a team's handle written without its "@".
  const handle = /^([a-z][a-z\d]*)[-_][a-z\d][\w-]*$/.exec(lower);
  const handleParts = handle === null ? [] : lower.split(/[-_]/);
  if (
    handle !== null &&
    // "payments-team", "db_squad": a team noun closes it, as in "@payments-team".
    (HANDLE_HEAD_TEAMS.has(handle[1]) ||
      teamTail(handleParts) ||
      TEAM_NOUNS.has(handleParts[handleParts.length - 1]))
  ) {
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
  // "Payments team", "everyone on call", "SRE team members"; not a sentence with a team word inside it
  // ("then tell all customers who used them", "team discussion at the next retro").
  const noun = words.findIndex((word) => TEAM_NOUNS.has(word));
  if (
    noun !== -1 &&
    (noun === words.length - 1 ||
      (noun === 0 && (words.length <= 4 || MEMBER_LINK.test(words[1]))) ||
      (words.length <= 4 && !isVerb(words[0]) && !reportsWork(words)))
  ) {
    return true;
  }
  // "Payments Engineering", "Data Platform", "Checkout SRE": a department named by what it serves.
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    DEPARTMENT_WORDS.has(words[words.length - 1]) &&
    !reportsWork(words)
  );
}

/**
 * "took care of it", "handled by ops": a clause reporting the work, not a team's name ("Embedded Platform"
 * and "Distributed Systems" are, so a regular past form counts only with its agent after it).
 */
function reportsWork(words: string[]): boolean {
  return IRREGULAR_PAST.has(words[0]) || (words[0].endsWith("ed") && words[1] === "by");
}

export const ORGANISATION_SUFFIX =
  /^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:Labs?|Inc\.?|Ltd\.?|LLC|GmbH|Corp\.?|Corporation|Foundation|Company|Co\.|PLC|AG|S\.?A\.?|B\.?V\.?|Pty|Limited|Technologies|Systems|Networks|Software|Solutions|Studios?|Partners|Consulting|Association|Institute|University|Project)$/;

const ACRONYM = new RegExp(`^${ACRONYM_LETTERS}s?$`);

/** "ICL", "SRE2", "R&D": an acronym, as organisations and teams write their names. */
export function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && /[A-Z].*[A-Z]/.test(text);
}

const JOINED_WORDS = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})+$/u;

/**
 * "CloudBees", "DigitalOcean": words of three letters or more joined with a capital inside are how
 * companies and products write their names; people's ("MacKenzie", "MaryBeth") begin or end as names do,
 * and "DeShawn", "McKay", "LaToya" begin with two letters.
 */
export function isJoinedCompanyName(text: string): boolean {
  const joined = text.length > 5 ? JOINED_WORDS.exec(text) : null;
  if (joined === null) {
    return false;
  }
  const parts = text.split(/(?=\p{Lu})/u).map((part) => part.toLowerCase());
  return (
    !JOINED_NAME_HEADS.has(parts[0]) && !parts.slice(1).some((part) => JOINED_NAME_TAILS.has(part))
  );
}
