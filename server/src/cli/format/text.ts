import type { Severity } from "../../core/types";
import { countSeverities, type FileReport, type LintReport } from "../report";
import type { ReportWriter } from "./stream";
import { displayWidth, widest } from "./columns";

export interface TextFormatOptions {
  color: boolean;
  /** A dim "why" line under each finding that carries evidence. */
  explain?: boolean;
}

/**
 * The longest message that still lines up its rule id: twice the median message, and at least 120
 * characters. A message past it (one that quotes a long item) ends with its rule id unpadded.
 */
function outlierLimit(widths: number[]): number {
  const sorted = [...widths].sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
  return Math.max(120, 2 * median);
}

/**
 * eslint's "stylish" layout: a path header per file, aligned `line:col  severity  message  rule-id`
 * rows, then one summary line. Prints nothing when there is nothing to say.
 */
export function formatText(report: LintReport, options: TextFormatOptions): string {
  const writer = textWriter(options);
  let out = writer.start();
  for (const file of report.files) {
    const part = textFileBlock(file, options);
    if (part !== "") {
      out += writer.before() + part;
    }
  }
  return (
    out +
    writer.finish({
      files: report.files.length,
      counts: countSeverities(report.files),
      problems: report.problems,
      incomplete: report.incomplete,
    })
  );
}

/** One file's header and rows, and the blank line after them; "" for a file without findings. */
export function textFileBlock(file: FileReport, options: TextFormatOptions): string {
  if (file.findings.length === 0) {
    return "";
  }
  const style = styles(options.color);
  const out: string[] = [];
  const rows = file.findings.map((finding) => ({
    position: `${finding.range.start.line + 1}:${finding.range.start.character + 1}`,
    severity: finding.severity,
    message: finding.message.replace(/\s*\r?\n\s*/g, " ").trim(),
    rule: finding.rule,
    evidence: options.explain === true ? finding.evidence : undefined,
  }));
  const positionWidth = widest(rows, (row) => row.position.length);
  const severityWidth = widest(rows, (row) => row.severity.length);
  // The rule ids line up after the ordinary messages; one long quoted message is let run past the
  // column rather than pushing every other row's id far to the right.
  const limit = outlierLimit(rows.map((row) => displayWidth(row.message)));
  const messageWidth = widest(
    rows.filter((row) => displayWidth(row.message) <= limit),
    (row) => displayWidth(row.message),
  );
  out.push(style.underline(file.path));
  for (const row of rows) {
    out.push(
      "  " +
        style.dim(row.position.padEnd(positionWidth)) +
        "  " +
        style.severity(row.severity, row.severity.padEnd(severityWidth)) +
        "  " +
        row.message +
        " ".repeat(Math.max(0, messageWidth - displayWidth(row.message))) +
        "  " +
        style.dim(row.rule),
    );
    if (row.evidence !== undefined) {
      out.push(
        "  " + " ".repeat(positionWidth + severityWidth + 4) + style.dim(`why: ${row.evidence}`),
      );
    }
  }
  return `${out.join("\n")}\n\n`;
}

/** The files' blocks as they come, then the summary line, counted as the run went. */
export function textWriter(options: TextFormatOptions): ReportWriter {
  const style = styles(options.color);
  return {
    start: () => "",
    before: () => "",
    finish: ({ counts }) => {
      if (counts.findings === 0) {
        return "";
      }
      const parts = [
        plural(counts.errors, "error"),
        plural(counts.warnings, "warning"),
        `${counts.info} info`,
      ];
      if (counts.hints > 0) {
        parts.push(plural(counts.hints, "hint"));
      }
      const summary = `\u2716 ${plural(counts.findings, "problem")} (${parts.join(", ")})`;
      return `${counts.errors > 0 ? style.boldRed(summary) : style.boldYellow(summary)}\n`;
    },
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function styles(enabled: boolean) {
  const wrap =
    (open: string, close: string) =>
    (text: string): string =>
      enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  const red = wrap("31", "39");
  const yellow = wrap("33", "39");
  const blue = wrap("34", "39");
  const dim = wrap("2", "22");
  const bold = wrap("1", "22");
  const severityColor: Record<Severity, (text: string) => string> = {
    error: red,
    warning: yellow,
    info: blue,
    hint: dim,
  };
  return {
    underline: wrap("4", "24"),
    dim,
    severity: (severity: Severity, text: string) => severityColor[severity](text),
    boldRed: (text: string) => bold(red(text)),
    boldYellow: (text: string) => bold(yellow(text)),
  };
}
