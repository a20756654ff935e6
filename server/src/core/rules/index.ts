import type { ResolvedConfig, RuleSetting } from "../config";
import { REPOSITORY_URL, VERSION } from "../version";
import { blameLanguage } from "./blame-language";
import { closedWithOpenActions } from "./closed-with-open-actions";
import { deadlineMissing } from "./deadline-missing";
import { deadlinePast } from "./deadline-past";
import { deprioritizedWithoutReason } from "./deprioritized-without-reason";
import { ownerIsGroup } from "./owner-is-group";
import { ownerMissing } from "./owner-missing";
import { processVerb } from "./process-verb";
import { systemicNeedsDecisionMaker } from "./systemic-needs-decision-maker";
import { trackerMissing } from "./tracker-missing";
import type { Rule } from "./types";
import { vagueOutcome } from "./vague-outcome";

/** Every rule, in the order findings on one line are listed. */
export const ruleList: readonly Rule[] = [
  ownerMissing,
  ownerIsGroup,
  processVerb,
  vagueOutcome,
  deadlineMissing,
  deadlinePast,
  trackerMissing,
  systemicNeedsDecisionMaker,
  blameLanguage,
  closedWithOpenActions,
  deprioritizedWithoutReason,
];

export { ruleIds } from "./ids";

export function findRule(id: string): Rule | undefined {
  return ruleList.find((rule) => rule.id === id);
}

/** The docs page of a rule, pinned to this release so a link never drifts from the behaviour. */
export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/${id}.md`;
}

export function severityFor(rule: Rule, config: ResolvedConfig): RuleSetting {
  return config.rules[rule.id] ?? rule.defaultSeverity;
}
