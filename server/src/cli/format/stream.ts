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
  /** A file's non-empty part, with whatever must separate it from the one before. */
  file(part: string): string;
  finish(end: RunEnd): string;
}

/** Indents every line of `text` (JSON.stringify's output) by `spaces`, for nesting it in a document. */
export function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return pad + text.replace(/\n/g, `\n${pad}`);
}
