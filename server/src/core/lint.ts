import { defaultConfig, type ResolvedConfig } from "./config";
import { parsePostMortem } from "./parse";
import { applyInlineDirectives } from "./directives";
import { ruleIds, ruleList, severityFor } from "./rules";
import type { Rule, RuleContext, RuleReport } from "./rules/types";
import type { Finding, PostMortem } from "./types";
import { startOfUtcDay } from "./parse/dates";
import { isUnfilledTemplateItem } from "./templatePlaceholders";

export interface LintOptions {
  config?: ResolvedConfig;
  /** Today's date; defaults to the real today. Tests pin it. */
  today?: Date;
  /** The file's path or URI; a date in its name ("2026-03-01-db-outage.md") is the post-mortem's date when the text gives none. */
  fileName?: string;
  /** The rules to run, in order; defaults to every rule (rules/index.ts). */
  rules?: readonly Rule[];
}

export interface LintResult {
  doc: PostMortem;
  findings: Finding[];
  /** Rules that threw: logged by the front end, the other rules' findings still arrive. */
  ruleErrors: { rule: string; error: Error }[];
}

/** The one entry point the CLI, the server and the tests call. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig();
  const doc = parsePostMortem(text, config, options.fileName);
  return lintDocument(doc, { ...options, config });
}

export function lintDocument(doc: PostMortem, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig();
  // The template's example row is not an action: no findings, no count in the index or the badge.
  if (doc.actions.some((item) => isUnfilledTemplateItem(item, doc.text))) {
    doc.actions = doc.actions.filter((item) => !isUnfilledTemplateItem(item, doc.text));
  }
  const ctx: RuleContext = { doc, config, today: startOfUtcDay(options.today ?? new Date()) };
  const findings: Finding[] = [];
  const ruleErrors: LintResult["ruleErrors"] = [];
  // Each rule runs in its own try: one that throws loses its own findings, not the others'.
  for (const rule of options.rules ?? ruleList) {
    const severity = severityFor(rule, config);
    if (severity === "off") {
      continue;
    }
    const report = (r: RuleReport): void => {
      findings.push({
        rule: rule.id,
        severity,
        message: r.message,
        span: r.span,
        range: { start: doc.positionAt(r.span.start), end: doc.positionAt(r.span.end) },
        actionId: r.actionId,
        fix: r.fix,
        evidence: r.evidence,
      });
    };
    try {
      if (rule.checkItem !== undefined) {
        for (const item of doc.actions) {
          if (item.status.state !== "open" && rule.includeClosed !== true) {
            continue;
          }
          rule.checkItem(item, report, ctx);
        }
      }
      rule.checkDocument?.(report, ctx);
    } catch (error) {
      ruleErrors.push({
        rule: rule.id,
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }
  // Directives are HTML comments; a document without one keeps every finding (the common case,
  // and a substring search is cheaper than the directive scan).
  const kept = doc.text.includes("<!--") ? applyInlineDirectives(doc.text, findings) : findings;
  kept.sort((a, b) => a.span.start - b.span.start || compareRuleIds(a.rule, b.rule));
  return { doc, findings: kept, ruleErrors };
}

// Findings at one offset are listed by rule id in localeCompare order. Most findings share their
// item's offset, so the ids are ranked once rather than collated on every comparison.
const RULE_RANK = new Map(
  [...ruleIds].sort((a, b) => a.localeCompare(b)).map((id, rank) => [id, rank]),
);

function compareRuleIds(a: string, b: string): number {
  const rankA = RULE_RANK.get(a);
  const rankB = RULE_RANK.get(b);
  return rankA !== undefined && rankB !== undefined ? rankA - rankB : a.localeCompare(b);
}
