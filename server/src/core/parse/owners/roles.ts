import { DECISION_MAKER_ROLE, SINGLE_ROLE } from "../lexicon";
import { looksLikeNames } from "./people";
import { ownedBy, ownedWithRole } from "./verdicts";
import type { OwnerVerdict } from "./verdicts";

/** A role names its holder: "VP Engineering", "the incident commander"; "VP Eng: Dana Cole" names Dana. */
export function roleOwner(text: string): OwnerVerdict | undefined {
  if (DECISION_MAKER_ROLE.test(text) && !/s$/i.test(text.split(/\s+/)[0] ?? "")) {
    // "VP Eng: Dana Cole": the person, with the role that makes them the decision-maker.
    const keyed = ROLE_KEYED.exec(text);
    if (keyed !== null && DECISION_MAKER_ROLE.test(keyed[1]) && looksLikeNames(keyed[2])) {
      return ownedWithRole(keyed[2], true, keyed[1]);
    }
    return ownedBy(text, false, true);
  }
  return SINGLE_ROLE.test(text) && !NOUN_BEFORE_ROLE.test(text) ? ownedBy(text, false) : undefined;
}

// "The need for one incident lead", "Access for the release manager": the role is the object of a
// preposition, and what the phrase names is the thing before it.
const NOUN_BEFORE_ROLE = /\s(?:for|with|about|from|into|without|than)\s/i;

const ROLE_KEYED = /^([^:]{1,40}):\s*(.+)$/;
