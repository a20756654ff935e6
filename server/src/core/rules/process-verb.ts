import type { Rule } from "./types";
import { outcomeVerbsFor } from "./helpers";

export const processVerb: Rule = {
  id: "process-verb",
  description: "Process verb instead of an outcome",
  defaultSeverity: "warning",
  fixable: false,
  element: "verb",
  checkItem(item, report) {
    const verb = item.leadingVerb;
    if (item.isQuestion) {
      report({
        span: item.textSpan,
        actionId: item.id,
        message: "A question is not a commitment: decide the answer and write the change it leads to (e.g. \"add an alert on …\").",
      });
      return;
    }
    if (verb === undefined || !verb.isProcess) {
      return;
    }
    const word = verb.text.toLowerCase();
    const suggestions = outcomeVerbsFor(item);
    report({
      span: verb.span,
      actionId: item.id,
      message: `"${word}" describes activity, not a change: write the change it should lead to (e.g. "${suggestions[0]} …"), or make the decision the action.`,
      fix: { kind: "replaceVerb", span: verb.span, verb: verb.text, suggestions },
    });
  },
};
