import type { ActionItem, FixData, PostMortem, Severity, Span } from "../types";
import type { ResolvedConfig } from "../config";

export interface RuleReport {
  span: Span;
  message: string;
  actionId?: string;
  fix?: FixData;
  /** Why: what the parser read for the element and where (see core/evidence.ts). */
  evidence?: string;
}

export interface RuleContext {
  doc: PostMortem;
  config: ResolvedConfig;
  /** Today's date (UTC midnight); injectable so tests do not age. */
  today: Date;
}

/**
 * A rule checks one action item (`checkItem`) or the whole document (`checkDocument`).
 * Item rules never see done or deprioritized items unless `includeClosed` is set.
 */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** The rule's fix needs no choice from the user, so "Fix all" may apply it. */
  fixable: boolean;
  /** The editor offers a quick fix for the rule's findings (most need a choice: an owner, a date). */
  quickFix: boolean;
  /** One of the five elements of a strong action item (owner, verb, outcome, tracker, deadline). */
  element?: "owner" | "verb" | "outcome" | "tracker" | "deadline";
  includeClosed?: boolean;
  checkItem?(item: ActionItem, report: (r: RuleReport) => void, ctx: RuleContext): void;
  checkDocument?(report: (r: RuleReport) => void, ctx: RuleContext): void;
}
