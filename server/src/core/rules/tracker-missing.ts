import { trackerEvidence } from "../evidence";
import type { Rule } from "./types";

export const trackerMissing: Rule = {
  id: "tracker-missing",
  description: "Action item is not in a tracker",
  defaultSeverity: "info",
  fixable: false,
  element: "tracker",
  checkItem(item, report) {
    if (item.trackerRefs.length > 0) {
      return;
    }
    report({
      span: item.textSpan,
      actionId: item.id,
      message: "Not in a tracker: file it where the team plans its work (GitHub, Jira, Linear, GitLab) and link the issue here.",
      fix: { kind: "pushToTracker", actionId: item.id, at: item.insert.tracker },
      evidence: trackerEvidence(item),
    });
  },
};
