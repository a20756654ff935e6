import type { Rule } from "./types";
import { ownerEvidence } from "../evidence";
import { GENERIC_ROLES } from "../parse/lexicon";
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
      message: GENERIC_ROLES.has(group.name.toLowerCase())
        ? `"${group.name}" is a role anyone could fill, not an owner: name the one person who will drive this to done.`
        : `"${group.name}" is a group, not an owner: name one person from it who will drive this to done.`,
      fix: { kind: "insertOwner", at: item.insert.owner },
      evidence: ownerEvidence(item),
    });
  },
};
