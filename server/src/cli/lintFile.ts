// Reads and lints one file and formats its part of the report, and does so for a batch of files:
// the unit of work `lint` hands to a thread. Everything it returns is plain data.
import { HEAD_CHARS, isPostMortemByHead } from "../core/detect";
import { lint } from "../core/lint";
import type { Finding } from "../core/types";
import type { ConfigResolver } from "./configs";
import { formatFilePart, partSeparator, type FormatSettings } from "./format";
import { capYoungGeneration, withRoomForFile } from "./heapPolicy";
import type { HeadCheck } from "./discover";
import { decodeHead, decodeSource, readBytes, readHead, type BytesRead } from "./read";
import { countSeverities, type RunProblem, type SeverityCounts } from "./report";

export interface LintFileSettings extends FormatSettings {
  quiet: boolean;
  today: Date;
  maxFileSizeBytes: number;
}

/** What each worker thread starts with. */
export interface WorkerSettings {
  settings: LintFileSettings;
  configFile?: string;
  /** The main thread bounded V8's heap growth (`heapPolicy.ts`): the worker knows it too. */
  heapBounded: boolean;
}

/** A problem for the report, and the line stderr shows for it. */
export interface ReportedProblem {
  problem: RunProblem;
  line: string;
}

export interface LintTask {
  /** Absolute path. */
  file: string;
  /** Display path. */
  shown: string;
  /** Whether it is a post-mortem is decided here, from the bytes read to lint it. */
  headCheck?: HeadCheck;
}

/** What the run keeps of a file: its problems and counts (its part of the report is written). */
export interface FileOutcome {
  /** Display path. */
  path: string;
  /** False when its head check found it is not a post-mortem: nothing is reported for it. */
  postMortem: boolean;
  /** False when the file was skipped or could not be read or linted. */
  linted: boolean;
  problems: ReportedProblem[];
  /** The file could not be read or linted: the run exits 2. */
  incomplete: boolean;
  counts: SeverityCounts;
}

export interface LintedFile {
  outcome: FileOutcome;
  /** The file's part of the report, already formatted; "" when it has nothing to print. */
  part: string;
}

export interface LintedBatch {
  outcomes: FileOutcome[];
  /** The files' parts of the report, joined as the report joins them; "" when none has one. */
  text: string;
}

/** Lints a batch of files; their report parts come back as one text, which is cheap to move. */
export function lintBatch(
  tasks: LintTask[],
  settings: LintFileSettings,
  configs: ConfigResolver,
): LintedBatch {
  const outcomes: FileOutcome[] = [];
  const parts: string[] = [];
  for (const task of tasks) {
    const { outcome, part } = lintFile(task, settings, configs);
    outcomes.push(outcome);
    if (part !== "") {
      parts.push(part);
    }
  }
  return { outcomes, text: parts.join(partSeparator(settings.format)) };
}

export function lintFile(
  task: LintTask,
  settings: LintFileSettings,
  configs: ConfigResolver,
): LintedFile {
  const { file, shown } = task;
  const outcome: FileOutcome = {
    path: shown,
    postMortem: true,
    linted: false,
    problems: [],
    incomplete: false,
    counts: { findings: 0, errors: 0, warnings: 0, info: 0, hints: 0 },
  };
  const linted: LintedFile = { outcome, part: "" };
  const problem = (level: RunProblem["level"], message: string, line = `${shown}: ${message}`) => {
    outcome.problems.push({ problem: { file: shown, message, level }, line });
  };
  const read = readBytes(file, settings.maxFileSizeBytes);
  if (task.headCheck !== undefined && !passesHeadCheck(file, read, task.headCheck)) {
    outcome.postMortem = false;
    return linted;
  }
  const source = read.kind === "bytes" ? decodeSource(read.bytes) : read;
  if (source.kind === "error") {
    problem("error", `cannot read file: ${source.message}`);
    outcome.incomplete = true;
    return linted;
  }
  if (source.kind === "binary") {
    problem("warning", "skipped: binary file");
    return linted;
  }
  if (source.kind === "too-large") {
    problem(
      "warning",
      `skipped: ${megabytes(source.size)} MB is larger than --max-file-size ${megabytes(settings.maxFileSizeBytes)} MB`,
    );
    return linted;
  }
  if (source.invalidUtf8At !== undefined) {
    problem(
      "warning",
      `invalid UTF-8 at byte ${source.invalidUtf8At}; linted with replacement characters`,
    );
  }
  try {
    linted.part = withRoomForFile(source.text.length, () =>
      lintText(file, source.text, settings, configs, outcome, problem),
    );
  } catch (error) {
    // The parser promises never to throw; if it does, this file is not linted but the others are.
    problem("error", `cannot lint: internal error: ${describeError(error)}`);
    outcome.incomplete = true;
  }
  capYoungGeneration();
  return linted;
}

/** Lints `text`, recording its problems and counts in `outcome`; returns its report part. */
function lintText(
  file: string,
  text: string,
  settings: LintFileSettings,
  configs: ConfigResolver,
  outcome: FileOutcome,
  problem: (level: RunProblem["level"], message: string, line?: string) => void,
): string {
  const result = lint(text, {
    config: configs.forFile(file),
    today: settings.today,
    fileName: file,
  });
  for (const parseProblem of result.doc.problems) {
    const where = result.doc.positionAt(parseProblem.span.start);
    const message = `${where.line + 1}:${where.character + 1}: ${parseProblem.message}`;
    problem("warning", message, `${outcome.path}:${message}`);
  }
  for (const ruleError of result.ruleErrors) {
    problem(
      "error",
      `rule ${ruleError.rule} crashed (${describeError(ruleError.error)}); its findings for this file are missing`,
    );
  }
  const findings: Finding[] = settings.quiet
    ? result.findings.filter((finding) => finding.severity === "error")
    : result.findings;
  const report = { file, path: outcome.path, findings, doc: result.doc };
  const part = formatFilePart(report, settings);
  outcome.linted = true;
  outcome.counts = countSeverities([report]);
  return part;
}

/** The folder search's verdict, left to this read: from the same bytes, or the file's start. */
function passesHeadCheck(file: string, read: BytesRead, check: HeadCheck): boolean {
  const head =
    read.kind === "bytes"
      ? decodeHead(read.bytes.subarray(0, HEAD_CHARS))
      : read.kind === "too-large"
        ? readHead(file, HEAD_CHARS)
        : undefined;
  // Unreadable: keep it, so the run reports it instead of silently skipping it.
  return head === undefined || isPostMortemByHead(file, head, check.byDefaultFolders);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}
