import type { FileReport, RunProblem } from "../report";
import { ITEM_SEPARATOR, type ReportWriter } from "./stream";

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

/**
 * One file's findings as they sit in the `findings` array of `JSON.stringify(report, null, 2)`:
 * each item indented four spaces, items separated by a comma. Written out by hand, in JsonFinding's
 * key order: stringifying an object per finding and indenting it was a tenth of the run.
 */
export function jsonFileItems(file: FileReport): string {
  const fileField = `    {\n      "file": ${JSON.stringify(file.path)},\n      "line": `;
  const items: string[] = [];
  for (const finding of file.findings) {
    const { start, end } = finding.range;
    let item =
      `${fileField}${start.line + 1},\n      "column": ${start.character + 1},\n` +
      `      "endLine": ${end.line + 1},\n      "endColumn": ${end.character + 1},\n` +
      `      "rule": ${JSON.stringify(finding.rule)},\n` +
      `      "severity": ${JSON.stringify(finding.severity)},\n` +
      `      "message": ${JSON.stringify(finding.message)}`;
    if (finding.evidence !== undefined) {
      item += `,\n      "evidence": ${JSON.stringify(finding.evidence)}`;
    }
    items.push(`${item}\n    }`);
  }
  return items.join(ITEM_SEPARATOR);
}

/**
 * Writes `{ findings, summary, problems }` byte for byte as `JSON.stringify(report, null, 2)` would,
 * with the findings streamed: they come first, and the summary, known last, comes after them.
 */
export function jsonWriter(): ReportWriter {
  let empty = true;
  return {
    start: () => '{\n  "findings": [',
    before: () => {
      const separator = empty ? "\n" : ITEM_SEPARATOR;
      empty = false;
      return separator;
    },
    finish: (end) => {
      const rest: Omit<JsonReport, "findings"> = {
        summary: { files: end.files, ...end.counts },
        problems: end.problems.map(jsonProblem),
      };
      // The rest as its own object, without its opening brace, continues the report's.
      return `${empty ? "]" : "\n  ]"},${JSON.stringify(rest, null, 2).slice(1)}\n`;
    },
  };
}

function jsonProblem(problem: RunProblem): { file: string; message: string } {
  return {
    file: problem.file,
    message:
      problem.line === undefined
        ? problem.message
        : `${problem.line}:${problem.column ?? 1}: ${problem.message}`,
  };
}
