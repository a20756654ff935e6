import type { Rule } from "../core/rules/types";
import type { Finding, PostMortem, Severity } from "../core/types";

/** One linted file, as every formatter sees it. */
export interface FileReport {
  /** Absolute path. */
  file: string;
  /** Path relative to the working directory, with forward slashes. */
  path: string;
  findings: Finding[];
  doc: PostMortem;
}

/** Something about the run rather than the documents: skipped files, unreadable files, config mistakes. */
export interface RunProblem {
  /** Display path (relative to the working directory). */
  file: string;
  message: string;
  level: "error" | "warning" | "note";
  /** 1-based, when the problem points into the file (config problems). */
  line?: number;
  column?: number;
}

export interface LintReport {
  cwd: string;
  files: FileReport[];
  problems: RunProblem[];
  /** The rules that ran, in registry order (SARIF lists them). */
  rules: readonly Rule[];
  /** Something could not be linted: the run exits 2. */
  incomplete: boolean;
}

export interface SeverityCounts {
  findings: number;
  errors: number;
  warnings: number;
  info: number;
  hints: number;
}

export function countSeverities(files: FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { findings: 0, errors: 0, warnings: 0, info: 0, hints: 0 };
  for (const report of files) {
    for (const finding of report.findings) {
      counts.findings++;
      counts[COUNT_KEY[finding.severity]]++;
    }
  }
  return counts;
}

const COUNT_KEY: Record<Severity, "errors" | "warnings" | "info" | "hints"> = {
  error: "errors",
  warning: "warnings",
  info: "info",
  hint: "hints",
};
