// `follow-through lint`: finds the post-mortems, lints them (on N threads with --jobs N: the main
// thread and N - 1 workers) and streams the report as files finish, in the order they were found.
// Memory stays flat however many files and findings there are: a file's text, document and findings
// are dropped once its part of the report is written; only counters and the run's problems are kept.
import * as fs from "fs";
import * as path from "path";
import { ConfigResolver, formatConfigProblem } from "./configs";
import { findTargets, settleUndecided, type DiscoveryResult } from "./discover";
import { createReportWriter } from "./format";
import { boundHeapGrowth } from "./heapPolicy";
import { displayPath, EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE, type CliIo } from "./io";
import {
  lintBatch,
  lintFile,
  type FileOutcome,
  type LintFileSettings,
  type LintTask,
  type WorkerSettings,
} from "./lintFile";
import type { LintCommandOptions } from "./options";
import { BufferedOutput } from "./output";
import { lintInPool } from "./pool";
import type { RunProblem, SeverityCounts } from "./report";

/** Fewer files than this are linted in the main thread: starting a worker would cost more. */
const FILES_WORTH_A_WORKER = 32;

export async function runLint(options: LintCommandOptions, io: CliIo): Promise<number> {
  const heapBounded = io.ownsProcess === true && boundHeapGrowth();
  const problems: RunProblem[] = [];
  const display = (file: string): string => displayPath(file, io.cwd);
  let incomplete = false;
  const report = (entry: RunProblem, line: string): void => {
    problems.push(entry);
    io.stderr(`${line}\n`);
  };
  const configs = new ConfigResolver(options.configFile, (configProblems) => {
    for (const configProblem of configProblems) {
      report(
        {
          file: display(configProblem.file),
          line: configProblem.line,
          column: configProblem.column,
          message:
            configProblem.key === ""
              ? configProblem.message
              : `${configProblem.key}: ${configProblem.message}`,
          level: configProblem.unreadable === true ? "error" : "warning",
        },
        formatConfigProblem(configProblem, display),
      );
    }
  });

  // Discovery runs while files are linted; what it meets is reported as it meets it.
  const discovery: Omit<DiscoveryResult, "targets"> = { errors: [], empty: [] };
  let errorsReported = 0;
  let emptyReported = 0;
  const reportDiscovery = (): void => {
    for (; errorsReported < discovery.errors.length; errorsReported++) {
      const error = discovery.errors[errorsReported];
      report(
        { file: display(error.file), message: error.message, level: "error" },
        `${display(error.file)}: ${error.message}`,
      );
      incomplete = true;
    }
    for (; emptyReported < discovery.empty.length; emptyReported++) {
      if (!options.quiet) {
        io.stderr(`${discovery.empty[emptyReported]}: no post-mortems found\n`);
      }
    }
  };
  async function* tasks(): AsyncGenerator<LintTask> {
    const targets = findTargets(
      options.inputs,
      { cwd: io.cwd, configs, deferHeadChecks: true },
      discovery,
    );
    for await (const target of targets) {
      reportDiscovery();
      // Resolved here as well as where the file is linted, so config problems are reported once, here.
      configs.forFile(target.file);
      yield { file: target.file, shown: display(target.file), headCheck: target.headCheck };
    }
    reportDiscovery();
  }

  const settings: LintFileSettings = {
    format: options.format,
    cwd: io.cwd,
    color: options.color,
    explain: options.explain,
    quiet: options.quiet,
    today: options.today,
    maxFileSizeBytes: options.maxFileSizeBytes,
  };
  const writer = createReportWriter(settings);
  const output = new BufferedOutput(io);
  const counts: SeverityCounts = { findings: 0, errors: 0, warnings: 0, info: 0, hints: 0 };
  let files = 0;
  let postMortems = 0;
  /** Takes in files' outcomes and writes their part of the report (their parts, joined). */
  const emit = async (outcomes: FileOutcome[], text: string | Uint8Array): Promise<void> => {
    for (const outcome of outcomes) {
      postMortems += outcome.postMortem ? 1 : 0;
      for (const { problem, line } of outcome.problems) {
        report(problem, line);
      }
      incomplete ||= outcome.incomplete;
      if (outcome.linted) {
        files++;
        for (const key of Object.keys(counts) as (keyof SeverityCounts)[]) {
          counts[key] += outcome.counts[key];
        }
      }
    }
    if (text.length > 0) {
      await output.write(writer.before());
      await output.write(text);
    }
  };

  await output.write(writer.start());
  const { first, rest } = await peek(tasks(), FILES_WORTH_A_WORKER);
  // The bundle starts itself again in each worker thread; from source (tests) there is no bundle here.
  const workerFile = path.join(__dirname, "cli.js");
  if (options.jobs > 1 && rest !== undefined && fs.existsSync(workerFile)) {
    const workerData: WorkerSettings = { settings, configFile: options.configFile, heapBounded };
    await lintInPool(
      prepend(first, rest),
      {
        jobs: options.jobs,
        workerFile,
        workerData,
        lintHere: (batch) => lintBatch(batch, settings, configs),
      },
      (batch) => emit(batch.outcomes, batch.text),
    );
  } else {
    for await (const task of prepend(first, rest)) {
      const { outcome, part } = lintFile(task, settings, configs);
      await emit([outcome], part);
    }
  }
  settleUndecided(discovery, postMortems);
  reportDiscovery();
  incomplete ||= configs.metUnreadableConfig;
  await output.write(writer.finish({ files, counts, problems, incomplete }));
  await output.flush();
  if (incomplete) {
    return EXIT_TROUBLE;
  }
  return counts.errors > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** The first `count` items, and the iterator for the rest; no rest when there were no more. */
async function peek<T>(
  items: AsyncIterator<T>,
  count: number,
): Promise<{ first: T[]; rest: AsyncIterator<T> | undefined }> {
  const first: T[] = [];
  while (first.length < count) {
    const next = await items.next();
    if (next.done === true) {
      return { first, rest: undefined };
    }
    first.push(next.value);
  }
  return { first, rest: items };
}

async function* prepend<T>(first: T[], rest: AsyncIterator<T> | undefined): AsyncGenerator<T> {
  yield* first;
  if (rest !== undefined) {
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
      yield next.value;
    }
  }
}
