// The lint report formats, each in two halves: a file's part (formatted where the file was linted)
// and the writer that joins the parts in file order (in the main thread).
import { REPOSITORY_URL, VERSION } from "../../core/version";
import type { LintFormat } from "../options";
import type { FileReport } from "../report";
import { csvFileRows, csvWriter } from "./csv";
import { jsonFileItems, jsonWriter } from "./json";
import { sarifFileResults, sarifWriter } from "./sarif";
import { ITEM_SEPARATOR, type ReportWriter } from "./stream";
import { textFileBlock, textWriter } from "./text";

/** What formatting depends on; plain data, so a worker thread receives it as it is. */
export interface FormatSettings {
  format: LintFormat;
  cwd: string;
  color: boolean;
  explain: boolean;
}

/** A file's part of the report; "" when the file has nothing to print. */
export function formatFilePart(file: FileReport, settings: FormatSettings): string {
  if (file.findings.length === 0) {
    return "";
  }
  switch (settings.format) {
    case "json":
      return jsonFileItems(file);
    case "sarif":
      return sarifFileResults(file, settings.cwd);
    case "csv":
      return csvFileRows(file);
    default:
      return textFileBlock(file, settings);
  }
}

/** What joins two files' parts, so a batch of them is written as one part. */
export function partSeparator(format: LintFormat): string {
  return format === "json" || format === "sarif" ? ITEM_SEPARATOR : "";
}

export function createReportWriter(settings: FormatSettings): ReportWriter {
  switch (settings.format) {
    case "json":
      return jsonWriter();
    case "sarif":
      return sarifWriter({ cwd: settings.cwd, version: VERSION, informationUri: REPOSITORY_URL });
    case "csv":
      return csvWriter();
    default:
      return textWriter(settings);
  }
}
