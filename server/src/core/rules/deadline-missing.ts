import type { Rule } from "./types";

export const deadlineMissing: Rule = {
  id: "deadline-missing",
  description: "Action item has no deadline",
  defaultSeverity: "warning",
  fixable: false,
  element: "deadline",
  checkItem(item, report, ctx) {
    if (item.deadline !== undefined) {
      return;
    }
    report({
      span: item.textSpan,
      actionId: item.id,
      message: "No deadline: add a date, a sprint or a timebox (e.g. \"by 2026-12-15\", \"end of sprint 14\").",
      fix: { kind: "insertDeadline", at: item.insert.deadline, reference: ctx.doc.date?.toISOString().slice(0, 10) },
    });
  },
};
