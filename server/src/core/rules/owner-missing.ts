import type { Rule } from "./types";
import { ownerEvidence } from "../evidence";
import { isSystemic } from "./helpers";

export const ownerMissing: Rule = {
  id: "owner-missing",
  description: "Action item has no owner",
  defaultSeverity: "warning",
  fixable: false,
  quickFix: true,
  element: "owner",
  checkItem(item, report) {
    if (item.owners.length > 0 || isSystemic(item)) {
      return; // Systemic actions get systemic-needs-decision-maker instead.
    }
    report({
      span: item.textSpan,
      actionId: item.id,
      message:
        'No owner: name the one person who will do this (e.g. "Alice: …"); an action everyone owns, nobody does.',
      fix: { kind: "insertOwner", at: item.insert.owner },
      evidence: ownerEvidence(item),
    });
  },
};
