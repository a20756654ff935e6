import type { Rule } from "./types";
import { isoDate } from "../parse/dates";

const DAY_MS = 86_400_000;

/** Underline the date itself when it sits on the item's first line; a "Due:" sub-bullet gets the item. */
function sameLine(
  text: string,
  span: { start: number; end: number } | undefined,
  itemStart: number,
): { start: number; end: number } | undefined {
  if (
    span === undefined ||
    span.start < itemStart ||
    text.slice(itemStart, span.start).includes("\n")
  ) {
    return undefined;
  }
  return span;
}

export const deadlinePast: Rule = {
  id: "deadline-past",
  description: "Deadline has passed",
  defaultSeverity: "warning",
  fixable: false,
  quickFix: true,
  element: "deadline",
  checkItem(item, report, ctx) {
    const date = item.deadline?.date;
    if (date === undefined || date >= ctx.today) {
      return;
    }
    const days = Math.round((ctx.today.getTime() - date.getTime()) / DAY_MS);
    report({
      span: sameLine(ctx.doc.text, item.deadline?.span, item.textSpan.start) ?? item.textSpan,
      actionId: item.id,
      message: `Overdue: due ${isoDate(date)} (${days} day${days === 1 ? "" : "s"} ago) and still open. Finish it, set a new date, or deprioritize it with a reason.`,
      fix: {
        kind: "markDeprioritized",
        at: item.insert.status ?? item.insert.deadline,
        itemSpan: item.span,
      },
    });
  },
};
