import { countSeverities, type LintReport } from "../report";

export interface JsonFinding {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like the editor. */
  column: number;
  endLine: number;
  /** 1-based, exclusive. */
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
  /** What was read for the element and where, when the rule says. */
  evidence?: string;
}

export interface JsonReport {
  findings: JsonFinding[];
  summary: {
    files: number;
    findings: number;
    errors: number;
    warnings: number;
    info: number;
    hints: number;
  };
  problems: { file: string; message: string }[];
}

export function toJsonReport(report: LintReport): JsonReport {
  const findings: JsonFinding[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      findings.push({
        file: file.path,
        line: finding.range.start.line + 1,
        column: finding.range.start.character + 1,
        endLine: finding.range.end.line + 1,
        endColumn: finding.range.end.character + 1,
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        evidence: finding.evidence,
      });
    }
  }
  const counts = countSeverities(report.files);
  return {
    findings,
    summary: { files: report.files.length, ...counts },
    problems: report.problems.map((problem) => ({
      file: problem.file,
      message:
        problem.line === undefined
          ? problem.message
          : `${problem.line}:${problem.column ?? 1}: ${problem.message}`,
    })),
  };
}

export function formatJson(report: LintReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
