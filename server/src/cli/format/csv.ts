// CSV for spreadsheets: `actions --format csv` and `lint --format csv` write their rows with it.
import type { FileReport } from "../report";
import type { ReportWriter } from "./stream";

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula: `=HYPERLINK(…)` in an action's text would be a live link, or worse, once the CSV is opened.
 */
const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

/**
 * RFC 4180: quoted when it needs it, quotes doubled. A field that a spreadsheet would run as a
 * formula gets a leading apostrophe, as OWASP's CSV injection guidance recommends: it shows as text
 * and the rest of the cell is kept as written.
 */
export function csvField(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with its CRLF line end. */
export function csvRow(fields: string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

const LINT_HEADER = [
  "file",
  "line",
  "column",
  "end_line",
  "end_column",
  "rule",
  "severity",
  "message",
  "evidence",
];

/** `lint --format csv`: one row per finding, the JSON output's fields in its order. */
export function csvFileRows(file: FileReport): string {
  let rows = "";
  for (const finding of file.findings) {
    rows += csvRow([
      file.path,
      String(finding.range.start.line + 1),
      String(finding.range.start.character + 1),
      String(finding.range.end.line + 1),
      String(finding.range.end.character + 1),
      finding.rule,
      finding.severity,
      finding.message,
      finding.evidence ?? "",
    ]);
  }
  return rows;
}

export function csvWriter(): ReportWriter {
  return {
    start: () => csvRow(LINT_HEADER),
    before: () => "",
    finish: () => "",
  };
}
