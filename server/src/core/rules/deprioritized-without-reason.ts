import type { Rule } from "./types";

export const deprioritizedWithoutReason: Rule = {
  id: "deprioritized-without-reason",
  description: "Dropped action has no reason",
  defaultSeverity: "warning",
  fixable: false,
  quickFix: true,
  includeClosed: true,
  checkItem(item, report) {
    if (item.status.state !== "deprioritized" || item.status.reason !== undefined) {
      return;
    }
    report({
      span: item.span,
      actionId: item.id,
      message:
        'Dropped without a reason: say why it will not be done (e.g. "won\'t do: risk is low and the effort is high"), so closing it is a decision, not drift.',
      fix: {
        kind: "markDeprioritized",
        at: item.insert.status ?? item.insert.deadline,
        itemSpan: item.span,
      },
    });
  },
};
