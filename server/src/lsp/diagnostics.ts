// Finding -> Diagnostic. The fix travels in `Diagnostic.data`, so code actions need no server cache.
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { ruleDocsUrl } from "../core/rules";
import type { LintResult } from "../core/lint";
import type { Finding, FixData, ParseProblem, Severity } from "../core/types";

export const DIAGNOSTIC_SOURCE = "follow-through";

/** What every Follow-Through diagnostic carries in `data`. */
export interface DiagnosticData {
  rule: string;
  actionId?: string;
  fix?: FixData;
  /** Why: what was read for the element and where (core/evidence.ts), for the hover. */
  evidence?: string;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  const data: DiagnosticData = {
    rule: finding.rule,
    actionId: finding.actionId,
    fix: finding.fix,
    evidence: finding.evidence,
  };
  return {
    range: finding.range,
    severity: SEVERITIES[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (typeof data === "object" && data !== null && typeof data.rule === "string") {
    return data as DiagnosticData;
  }
  return undefined;
}

/** A document the parser could only partly read (e.g. front matter that is not YAML): one warning, no rule. */
export function problemDiagnostic(problem: ParseProblem, result: LintResult): Diagnostic {
  return {
    range: {
      start: result.doc.positionAt(problem.span.start),
      end: result.doc.positionAt(problem.span.end),
    },
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
}
