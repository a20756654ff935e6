import type { Rule } from "./types";
import { wordingEvidence } from "../evidence";

export const vagueOutcome: Rule = {
  id: "vague-outcome",
  description: "Outcome cannot be verified",
  defaultSeverity: "warning",
  fixable: false,
  quickFix: false,
  element: "outcome",
  checkItem(item, report) {
    const claim = item.wording;
    const why = claim.class === "vague" ? claim.why : claim.alsoVague;
    if (why === undefined) {
      return;
    }
    report({
      span: claim.class === "vague" ? claim.span : item.textSpan,
      actionId: item.id,
      evidence: wordingEvidence(item, "vague", why),
      message: `Not verifiable: ${why}. Write the end state someone can check (e.g. "alert on replication lag >30s", not "improve monitoring").`,
    });
  },
};
