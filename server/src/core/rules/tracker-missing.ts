import { trackerEvidence } from "../evidence";
import type { Rule } from "./types";
import { unknownTrackerKeys } from "./unknownTrackerKeys";

export const trackerMissing: Rule = {
  id: "tracker-missing",
  description: "Action item is not in a tracker",
  defaultSeverity: "info",
  fixable: false,
  quickFix: true,
  element: "tracker",
  checkItem(item, report, ctx) {
    if (item.trackerRefs.length > 0) {
      return;
    }
    const unknown = unknownTrackerKeys(item, ctx.doc.text, ctx.config.trackerKeys)[0];
    if (unknown !== undefined) {
      report({
        span: unknown.span,
        actionId: item.id,
        message: `"${unknown.key}" is not a known ticket key: add ${unknown.project} to \`trackerKeys\` in .followthrough.yml (now ${ctx.config.trackerKeys.join(", ")}), or link the issue's URL.`,
        fix: { kind: "pushToTracker", actionId: item.id, at: item.insert.tracker },
      });
      return;
    }
    report({
      span: item.textSpan,
      actionId: item.id,
      message:
        "Not in a tracker: file it where the team plans its work (GitHub, Jira, Linear, GitLab) and link the issue here.",
      fix: { kind: "pushToTracker", actionId: item.id, at: item.insert.tracker },
      evidence: trackerEvidence(item),
    });
  },
};
