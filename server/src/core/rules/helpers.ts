import type { ActionItem, Owner } from "../types";

// Shared judgements, so the rules stay small and agree with each other.

const SYSTEMIC =
  /\b(?:ownership|no (?:clear )?owner|unowned|hir(?:e|ing)|headcount|staffing|understaffed|on-?call (?:load|fatigue|burden|burnout|rotation|schedule|health|compensation|pay|coverage)|pager (?:load|fatigue)|burnout|incentives?|org(?:anizational|anisational)? (?:structure|chart|design|change)|reorg(?:anization|anisation)?|re-org|team (?:structure|topology|topologies|boundaries|charter|responsibilities)|culture|prioriti[sz]ation (?:process|framework)|(?:change|fix) (?:how|the way) (?:teams?|we) (?:work|prioriti[sz]e|plan|operate)|escalation (?:policy|path)s? between teams)\b/i;

export function isSystemic(item: ActionItem): boolean {
  return SYSTEMIC.test(item.text);
}

const INDIVIDUAL_CONTRIBUTOR =
  /\b(?:engineer|developer|dev|sre|on-?call|ic|staff|intern|contractor|operator|responder)s?\b/i;

/**
 * The owner can make an organisational decision: a leadership role, or a named person whose roster
 * role (when the roster gives one) is not an individual contributor's.
 */
export function hasDecisionMaker(owners: Owner[]): boolean {
  return owners.some(
    (owner) =>
      !owner.isGroup &&
      (owner.isDecisionMaker || !INDIVIDUAL_CONTRIBUTOR.test(owner.role ?? owner.name)),
  );
}

const SUGGESTIONS: [RegExp, string[]][] = [
  [/\b(?:threshold|alert|alarm|page|limit|timeout|quota)s?\b/i, ["lower", "raise", "change"]],
  [/\b(?:runbook|doc|documentation|playbook|wiki|guide)s?\b/i, ["update", "write"]],
  [/\b(?:test|coverage|check)s?\b/i, ["add", "test"]],
  [/\b(?:config|setting|flag|policy|rule)s?\b/i, ["change", "update"]],
  [/\b(?:option|vendor|tool|approach|alternative|solution)s?\b/i, ["decide", "replace"]],
];

/** Outcome verbs that fit what the item is about ("review alerting thresholds" → lower, raise, change). */
export function outcomeVerbsFor(item: ActionItem): string[] {
  for (const [pattern, verbs] of SUGGESTIONS) {
    if (pattern.test(item.text)) {
      return verbs;
    }
  }
  return ["add", "change", "decide"];
}
