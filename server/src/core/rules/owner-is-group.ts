import type { Rule } from "./types";
import { ownerEvidence } from "../evidence";
import { isSystemic } from "./helpers";

export const ownerIsGroup: Rule = {
  id: "owner-is-group",
  description: "Owner is a group, not a person",
  defaultSeverity: "warning",
  fixable: false,
  quickFix: true,
  element: "owner",
  checkItem(item, report) {
    if (
      item.owners.length === 0 ||
      item.owners.some((owner) => !owner.isGroup) ||
      isSystemic(item)
    ) {
      return;
    }
    const group = item.owners[0];
    report({
      span: group.span ?? item.textSpan,
      actionId: item.id,
      message: `"${group.name}" is a group, not an owner: name one person from it who will drive this to done.`,
      fix: { kind: "insertOwner", at: item.insert.owner },
      evidence: ownerEvidence(item),
    });
  },
};
