// How a lint report is written as files finish: each file's part is formatted where the file was
// linted (a worker thread, with --jobs), and the main thread only joins the parts in file order, so
// no format ever holds every finding of the run.
import type { RunProblem, SeverityCounts } from "../report";

/** What is known only when every file is done: the summary, the run's problems, the exit. */
export interface RunEnd {
  files: number;
  counts: SeverityCounts;
  problems: RunProblem[];
  incomplete: boolean;
}

/** Joins the files' parts into one document: what comes first, between them and last. */
export interface ReportWriter {
  start(): string;
  /**
   * What goes before the next non-empty part (one file's, or a batch's joined with
   * `ITEM_SEPARATOR`): what opens the list, or separates the part from the one before.
   */
  before(): string;
  finish(end: RunEnd): string;
}

/** Between two items of a JSON array written one per file (JSON findings, SARIF results). */
export const ITEM_SEPARATOR = ",\n";

/** Indents every line of `text` (JSON.stringify's output) by `spaces`, for nesting it in a document. */
export function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return pad + text.replace(/\n/g, `\n${pad}`);
}
