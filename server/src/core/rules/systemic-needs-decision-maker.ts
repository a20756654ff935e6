import type { Rule } from "./types";
import { hasDecisionMaker, isSystemic } from "./helpers";

export const systemicNeedsDecisionMaker: Rule = {
  id: "systemic-needs-decision-maker",
  description: "Systemic action needs a decision-maker",
  defaultSeverity: "warning",
  fixable: false,
  quickFix: true,
  element: "owner",
  checkItem(item, report) {
    // The owners first: most items have a person as owner, and then the long pattern need not run.
    if (hasDecisionMaker(item.owners) || !isSystemic(item)) {
      return;
    }
    const who = item.owners.length === 0 ? "no one" : `"${item.owners[0].name}"`;
    report({
      span: item.textSpan,
      actionId: item.id,
      message: `Systemic action owned by ${who}: ownership, hiring, on-call load and incentives need a named decision-maker (a VP, director or engineering manager) and a concrete ask.`,
      fix: { kind: "insertOwner", at: item.insert.owner, decisionMaker: true },
    });
  },
};
