import type { Rule } from "./types";
import { deadlineEvidence } from "../evidence";
import { isoDate } from "../parse/dates";

// One document's items share its date: it is formatted once per document, not once per finding.
let lastTime = Number.NaN;
let lastDateText = "";

function isoDateOnce(date: Date): string {
  if (date.getTime() !== lastTime) {
    lastTime = date.getTime();
    lastDateText = isoDate(date);
  }
  return lastDateText;
}

export const deadlineMissing: Rule = {
  id: "deadline-missing",
  description: "Action item has no deadline",
  defaultSeverity: "warning",
  fixable: false,
  quickFix: true,
  element: "deadline",
  checkItem(item, report, ctx) {
    if (item.deadline !== undefined) {
      return;
    }
    report({
      span: item.textSpan,
      actionId: item.id,
      message:
        'No deadline: add a date, a sprint or a timebox (e.g. "by 2026-12-15", "end of sprint 14").',
      fix: {
        kind: "insertDeadline",
        at: item.insert.deadline,
        reference: ctx.doc.date === undefined ? undefined : isoDateOnce(ctx.doc.date),
      },
      evidence: deadlineEvidence(item),
    });
  },
};
