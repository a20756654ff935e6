import type { Rule } from "./types";

const CLOSED = /^(?:closed|complete|completed|resolved|done|final|finished|archived)$/i;

export const closedWithOpenActions: Rule = {
  id: "closed-with-open-actions",
  description: "Post-mortem closed with open actions",
  defaultSeverity: "error",
  fixable: false,
  checkDocument(report, ctx) {
    const status = ctx.doc.frontMatter?.status;
    if (status === undefined || !CLOSED.test(status.value.trim())) {
      return;
    }
    const open = ctx.doc.actions.filter((item) => item.status.state === "open");
    if (open.length === 0) {
      return;
    }
    report({
      span: status.span,
      message: `Status is "${status.value}" but ${open.length} action${open.length === 1 ? " is" : "s are"} still open: finish each, or deprioritize it with a reason, before closing.`,
      fix: { kind: "deprioritizeOpenActions", actionIds: open.map((item) => item.id) },
    });
  },
};
