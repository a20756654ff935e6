import * as fs from "fs";
import * as path from "path";
import { lint } from "../core/lint";
import { ruleDocsUrl, ruleList, severityFor } from "../core/rules";
import { REPOSITORY_URL, VERSION } from "../core/version";
import type { Finding } from "../core/types";
import { ConfigResolver, formatConfigProblem } from "./configs";
import { toSlashes } from "../core/detect";
import { discoverTargets } from "./discover";
import { runActions } from "./actions";
import { runMetrics } from "./metrics";
import { formatJson } from "./format/json";
import { formatSarif } from "./format/sarif";
import { formatText } from "./format/text";
import {
  HELP_TEXT,
  parseCommandLine,
  UsageError,
  type LintCommandOptions,
  type RulesCommandOptions,
} from "./options";
import { readSource } from "./read";
import { runPush } from "./push";
import type { FileReport, LintReport, RunProblem } from "./report";

export interface CliIo {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  now: Date;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** `push` talks to a tracker, so it is the one asynchronous command; the others run as before. */
export async function runCliAsync(io: CliIo): Promise<number> {
  return io.argv[0] === "push" ? runPush(io) : runCli(io);
}

/** argv -> core -> formatter. Returns the exit code; never throws for bad input. */
export function runCli(io: CliIo): number {
  let parsed;
  try {
    parsed = parseCommandLine(io.argv, { env: io.env, stdoutIsTTY: io.stdoutIsTTY, now: io.now });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`follow-through: ${error.message}\nRun \`follow-through --help\` for usage.\n`);
      return EXIT_TROUBLE;
    }
    throw error;
  }
  if (parsed.kind === "help") {
    io.stdout(HELP_TEXT);
    return EXIT_CLEAN;
  }
  if (parsed.kind === "version") {
    io.stdout(`${VERSION}\n`);
    return EXIT_CLEAN;
  }
  const options = parsed.options;
  if (options.configFile !== undefined) {
    const configPath = path.resolve(io.cwd, options.configFile);
    let isFile: boolean;
    try {
      isFile = fs.statSync(configPath).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) {
      io.stderr(`follow-through: --config ${options.configFile}: no such file\n`);
      return EXIT_TROUBLE;
    }
    options.configFile = configPath;
  }
  if (options.command === "actions") {
    return runActions(options, {
      cwd: io.cwd,
      stdout: io.stdout,
      stderr: io.stderr,
      displayPath: (file) => displayPath(file, io.cwd),
    });
  }
  if (options.command === "metrics") {
    return runMetrics(options, {
      cwd: io.cwd,
      stdout: io.stdout,
      stderr: io.stderr,
      displayPath: (file) => displayPath(file, io.cwd),
    });
  }
  return options.command === "rules" ? runRules(options, io) : runLint(options, io);
}

function runLint(options: LintCommandOptions, io: CliIo): number {
  const problems: RunProblem[] = [];
  const display = (file: string): string => displayPath(file, io.cwd);
  let incomplete = false;
  const problem = (entry: RunProblem, line: string): void => {
    problems.push(entry);
    io.stderr(`${line}\n`);
  };
  const configs = new ConfigResolver(options.configFile, (configProblems) => {
    for (const configProblem of configProblems) {
      problem(
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

  const discovery = discoverTargets(options.inputs, { cwd: io.cwd, configs });
  for (const error of discovery.errors) {
    problem(
      { file: display(error.file), message: error.message, level: "error" },
      `${display(error.file)}: ${error.message}`,
    );
    incomplete = true;
  }
  if (!options.quiet) {
    for (const input of discovery.empty) {
      io.stderr(`${input}: no post-mortems found\n`);
    }
  }

  const files: FileReport[] = [];
  for (const target of discovery.targets) {
    const shown = display(target.file);
    const source = readSource(target.file, options.maxFileSizeBytes);
    if (source.kind === "error") {
      problem(
        { file: shown, message: `cannot read file: ${source.message}`, level: "error" },
        `${shown}: cannot read file: ${source.message}`,
      );
      incomplete = true;
      continue;
    }
    if (source.kind === "binary") {
      problem(
        { file: shown, message: "skipped: binary file", level: "warning" },
        `${shown}: skipped: binary file`,
      );
      continue;
    }
    if (source.kind === "too-large") {
      const message = `skipped: ${megabytes(source.size)} MB is larger than --max-file-size ${megabytes(options.maxFileSizeBytes)} MB`;
      problem({ file: shown, message, level: "warning" }, `${shown}: ${message}`);
      continue;
    }
    if (source.invalidUtf8At !== undefined) {
      const message = `invalid UTF-8 at byte ${source.invalidUtf8At}; linted with replacement characters`;
      problem({ file: shown, message, level: "warning" }, `${shown}: ${message}`);
    }
    let result;
    try {
      result = lint(source.text, {
        config: configs.forFile(target.file),
        today: options.today,
        fileName: target.file,
      });
    } catch (error) {
      // The parser promises never to throw; if it does, this file is not linted but the others are.
      const message = `cannot lint: internal error: ${describeError(error)}`;
      problem({ file: shown, message, level: "error" }, `${shown}: ${message}`);
      incomplete = true;
      continue;
    }
    for (const parseProblem of result.doc.problems) {
      const where = result.doc.positionAt(parseProblem.span.start);
      const message = `${where.line + 1}:${where.character + 1}: ${parseProblem.message}`;
      problem({ file: shown, message, level: "warning" }, `${shown}:${message}`);
    }
    for (const ruleError of result.ruleErrors) {
      const message = `rule ${ruleError.rule} crashed (${describeError(ruleError.error)}); its findings for this file are missing`;
      problem({ file: shown, message, level: "error" }, `${shown}: ${message}`);
    }
    const findings: Finding[] = options.quiet
      ? result.findings.filter((finding) => finding.severity === "error")
      : result.findings;
    files.push({ file: target.file, path: shown, findings, doc: result.doc });
  }

  incomplete ||= configs.metUnreadableConfig;
  const report: LintReport = { cwd: io.cwd, files, problems, rules: ruleList, incomplete };
  switch (options.format) {
    case "json":
      io.stdout(formatJson(report));
      break;
    case "sarif":
      io.stdout(formatSarif(report, { version: VERSION, informationUri: REPOSITORY_URL }));
      break;
    default:
      io.stdout(formatText(report, { color: options.color, explain: options.explain }));
  }
  if (incomplete) {
    return EXIT_TROUBLE;
  }
  return files.some((file) => file.findings.some((finding) => finding.severity === "error"))
    ? EXIT_FINDINGS
    : EXIT_CLEAN;
}

function runRules(options: RulesCommandOptions, io: CliIo): number {
  const configs = new ConfigResolver(options.configFile, (configProblems) => {
    for (const configProblem of configProblems) {
      io.stderr(`${formatConfigProblem(configProblem, (file) => displayPath(file, io.cwd))}\n`);
    }
  });
  const config = configs.forFile(path.join(io.cwd, "follow-through.md"));
  const rows = ruleList.map((rule) => ({
    id: rule.id,
    severity: severityFor(rule, config),
    defaultSeverity: rule.defaultSeverity,
    fixable: rule.fixable,
    quickFix: rule.quickFix,
    description: rule.description,
    docs: ruleDocsUrl(rule.id),
  }));
  if (options.format === "json") {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return configs.metUnreadableConfig ? EXIT_TROUBLE : EXIT_CLEAN;
  }
  const idWidth = Math.max("Rule".length, ...rows.map((row) => row.id.length));
  const severityWidth = Math.max("Severity".length, ...rows.map((row) => row.severity.length));
  // "Quick fix" is what a person sees in the editor's lightbulb; "fixable" (safe for Fix all) stays in JSON.
  const lines = [
    `${"Rule".padEnd(idWidth)}  ${"Severity".padEnd(severityWidth)}  Quick fix  Description`,
  ];
  for (const row of rows) {
    lines.push(
      `${row.id.padEnd(idWidth)}  ${row.severity.padEnd(severityWidth)}  ${(row.quickFix ? "yes" : "no").padEnd(9)}  ${row.description}`,
    );
  }
  io.stdout(`${lines.join("\n")}\n`);
  return configs.metUnreadableConfig ? EXIT_TROUBLE : EXIT_CLEAN;
}

/** Relative to the working directory with forward slashes, as CI logs and SARIF want. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === "") {
    return ".";
  }
  return path.isAbsolute(relative) ? toSlashes(file) : toSlashes(relative);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}
