// The command line's dispatcher: parses argv and runs the command it names.
import * as fs from "fs";
import * as path from "path";
import { ruleDocsUrl, ruleList, severityFor } from "../core/rules";
import { VERSION } from "../core/version";
import { ConfigResolver, formatConfigProblem } from "./configs";
import { runActions } from "./actions";
import { displayPath, EXIT_CLEAN, EXIT_TROUBLE, type CliIo } from "./io";
import { runLint } from "./lintCommand";
import { runMetrics } from "./metrics";
import { HELP_TEXT, parseCommandLine, UsageError, type RulesCommandOptions } from "./options";
import { runPush } from "./push";

/** argv -> core -> formatter. Returns the exit code; never throws for bad input. */
export async function runCli(io: CliIo): Promise<number> {
  if (io.argv[0] === "push") {
    return runPush(io);
  }
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
