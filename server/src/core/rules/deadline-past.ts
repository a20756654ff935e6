import type { Rule } from "./types";
import { isoDate } from "../parse/dates";

const DAY_MS = 86_400_000;

export const deadlinePast: Rule = {
  id: "deadline-past",
  description: "Open action item is past its deadline",
  defaultSeverity: "warning",
  fixable: false,
  element: "deadline",
  checkItem(item, report, ctx) {
    const date = item.deadline?.date;
    if (date === undefined || date >= ctx.today) {
      return;
    }
    const days = Math.round((ctx.today.getTime() - date.getTime()) / DAY_MS);
    report({
      span: item.deadline?.span ?? item.textSpan,
      actionId: item.id,
      message: `Overdue: due ${isoDate(date)} (${days} day${days === 1 ? "" : "s"} ago) and still open. Finish it, set a new date, or deprioritize it with a reason.`,
      fix: { kind: "markDeprioritized", at: item.insert.status ?? item.insert.deadline, itemSpan: item.span },
    });
  },
};
