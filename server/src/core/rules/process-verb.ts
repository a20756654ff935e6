import type { Rule } from "./types";
import { wordingEvidence } from "../evidence";
import { outcomeVerbsFor } from "./helpers";

export const processVerb: Rule = {
  id: "process-verb",
  description: "Process verb instead of an outcome",
  defaultSeverity: "warning",
  fixable: false,
  quickFix: true,
  element: "verb",
  checkItem(item, report) {
    const claim = item.wording;
    if (claim.class !== "process") {
      return;
    }
    const suggestions = outcomeVerbsFor(item);
    const verb = item.leadingVerb;
    // The quick fix replaces the verb only when the verb is the evidence.
    const onVerb =
      verb !== undefined &&
      verb.isProcess &&
      verb.span.start === claim.span.start &&
      verb.span.end === claim.span.end;
    const why = claim.why.charAt(0).toUpperCase() + claim.why.slice(1);
    report({
      span: claim.span,
      actionId: item.id,
      message: `${why}: write the change it should lead to (e.g. "${suggestions[0]} …"), or make the decision the action.`,
      evidence: wordingEvidence(item, "process", claim.why),
      ...(onVerb
        ? { fix: { kind: "replaceVerb", span: verb.span, verb: verb.text, suggestions } }
        : {}),
    });
  },
};
