import type { Rule } from "./types";
import { vagueness } from "./helpers";

export const vagueOutcome: Rule = {
  id: "vague-outcome",
  description: "Outcome cannot be verified",
  defaultSeverity: "warning",
  fixable: false,
  element: "outcome",
  checkItem(item, report) {
    const why = vagueness(item);
    if (why === undefined) {
      return;
    }
    report({
      span: item.textSpan,
      actionId: item.id,
      message: `Not verifiable: ${why}. Write the end state someone can check (e.g. "alert on replication lag >30s", not "improve monitoring").`,
    });
  },
};
