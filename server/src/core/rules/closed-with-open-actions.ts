import type { Rule } from "./types";
import { statusFromWord } from "../parse/fields";

const CLOSED = /^(?:closed|complete|completed|resolved|done|final|finished|archived)$/i;
const ACTION_LIST_KEYS = [
  "action_items",
  "actionitems",
  "action-items",
  "actions",
  "follow_ups",
  "followups",
  "follow-ups",
  "remediation",
];

/**
 * Open entries of an `action_items:` list in the front matter, for a post-mortem whose body lists none:
 * some teams keep their actions only there.
 */
function openFrontMatterActions(data: Record<string, unknown>): number {
  const key = Object.keys(data).find((name) => ACTION_LIST_KEYS.includes(name.toLowerCase()));
  const list = key === undefined ? undefined : data[key];
  if (!Array.isArray(list)) {
    return 0;
  }
  let open = 0;
  for (const entry of list) {
    const status =
      typeof entry === "object" && entry !== null
        ? ((entry as Record<string, unknown>).status ?? (entry as Record<string, unknown>).state)
        : undefined;
    const state =
      typeof status === "string"
        ? statusFromWord(status)?.state
        : typeof status === "boolean"
          ? status
            ? "done"
            : "open"
          : undefined;
    if (state === undefined || state === "open") {
      open++;
    }
  }
  return open;
}

export const closedWithOpenActions: Rule = {
  id: "closed-with-open-actions",
  description: "Post-mortem closed with open actions",
  defaultSeverity: "error",
  fixable: false,
  quickFix: true,
  checkDocument(report, ctx) {
    const status = ctx.doc.frontMatter?.status;
    if (status === undefined || !CLOSED.test(status.value.trim())) {
      return;
    }
    const open = ctx.doc.actions.filter((item) => item.status.state === "open");
    if (open.length === 0) {
      const listed =
        ctx.doc.actions.length === 0 ? openFrontMatterActions(ctx.doc.frontMatter?.data ?? {}) : 0;
      if (listed > 0) {
        report({
          span: status.span,
          message: `Status is "${status.value}" but ${listed} action${listed === 1 ? " in the front matter is" : "s in the front matter are"} still open: finish each, or deprioritize it with a reason, before closing.`,
        });
      }
      return;
    }
    report({
      span: status.span,
      message: `Status is "${status.value}" but ${open.length} action${open.length === 1 ? " is" : "s are"} still open: finish each, or deprioritize it with a reason, before closing.`,
      fix: { kind: "deprioritizeOpenActions", actionIds: open.map((item) => item.id) },
    });
  },
};
