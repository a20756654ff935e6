import type { Rule } from "./types";

export const blameLanguage: Rule = {
  id: "blame-language",
  description: "Blame instead of accountability",
  defaultSeverity: "info",
  fixable: false,
  quickFix: false,
  checkDocument(report, ctx) {
    for (const sentence of ctx.doc.blame) {
      report({
        span: sentence.span,
        message: `"${sentence.phrase}" looks backward at a person. Say what will change and who will do it ("Alice will add the alert by Friday"), not who should have.`,
      });
    }
  },
};
