import * as os from "os";
import { parseArgs } from "util";
import { nearest } from "../core/nearest";

export type LintFormat = "text" | "json" | "sarif" | "csv";

export interface LintCommandOptions {
  command: "lint";
  inputs: string[];
  format: LintFormat;
  configFile?: string;
  quiet: boolean;
  /** Worker threads linting files side by side; 1 lints in the main thread. */
  jobs: number;
  /** Print under each finding what was read and where (text format; JSON always carries it). */
  explain: boolean;
  today: Date;
  color: boolean;
  maxFileSizeBytes: number;
}

export interface RulesCommandOptions {
  command: "rules";
  format: "text" | "json";
  configFile?: string;
  color: boolean;
}

export interface ActionsCommandOptions {
  command: "actions";
  inputs: string[];
  format: "text" | "json" | "csv";
  configFile?: string;
  /** Only actions owned by this person (a name, handle or email). */
  owner?: string;
  /** Only open actions past their deadline. */
  overdue: boolean;
  /** "open" (the default) or "all" (done and deprioritized too). */
  status: "open" | "all";
  today: Date;
  color: boolean;
  maxFileSizeBytes: number;
}

export interface MetricsCommandOptions {
  command: "metrics";
  inputs: string[];
  format: "text" | "json";
  configFile?: string;
  today: Date;
  /** YYYY-MM-DD: only post-mortems dated on or after this day. */
  since?: string;
  color: boolean;
  maxFileSizeBytes: number;
}

export type ParsedCommandLine =
  | { kind: "help" }
  | { kind: "version" }
  | {
      kind: "run";
      options:
        LintCommandOptions | RulesCommandOptions | ActionsCommandOptions | MetricsCommandOptions;
    };

/** A mistake in the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

export const DEFAULT_MAX_FILE_SIZE_MB = 50;

export const HELP_TEXT = `Usage: follow-through <command> [options]

Commands:
  lint [files|dirs|globs...]  Lint post-mortem action items (default input: the current folder).
                              Folders are searched for post-mortems: Markdown files matching the
                              config's postMortems globs, or whose front matter or first heading
                              says post-mortem, incident review/report, retrospective, RCA or PIR.
                              Files named explicitly are always linted.
  actions [files|dirs|globs...]
                              List the action items of the post-mortems (found as for lint), open
                              ones by default, newest post-mortem first.
  metrics [files|dirs|globs...]
                              Follow-through numbers for leaders over the same post-mortems: the
                              follow-through rate (done / all but those deprioritized with a reason)
                              by quarter, service and owner; overdue actions; open actions by age;
                              closed post-mortems with open actions; weak share; repeated fixes (the
                              same action in two or more post-mortems).
  rules                       List the rules with their severity and description.
  push FILE                   Create a tracker issue for each open action without a tracker link and
                              write its link back (--dry-run, --tracker, --action ID; see push --help).

Options:
  -f, --format <text|json|sarif|csv>
                                  Output format (default: text; rules, metrics: text or json; actions: text, json or csv).
  -c, --config <file>             Use this config file instead of the nearest .followthrough.yml.
  -q, --quiet                     Report errors only.
  -e, --explain                   lint: print under each finding what was read and where ("owner: none — …").
      --today <YYYY-MM-DD>        Pin today's date (for deadline-past, overdue and ages), for reproducible runs.
      --since <YYYY-MM-DD>        metrics: only post-mortems dated on or after this day.
      --max-file-size <MB>        Skip files larger than this (default: ${DEFAULT_MAX_FILE_SIZE_MB}).
  -j, --jobs <N>                  lint: lint files on N threads (default: the number of cores); output
                                  keeps the same order whatever N is. 1 lints in one thread.
      --owner <name>              actions: only this person's (a name, @handle or email).
      --overdue                   actions: only open actions past their deadline.
      --status <open|all>         actions: open ones (default) or all, done and deprioritized too.
      --color / --no-color        Force colours on or off (default: on for a terminal unless NO_COLOR is set).
  -h, --help                      Show this help.
  -v, --version                   Show the version.

Exit codes:
  0  no error-level findings
  1  at least one error-level finding
  2  usage error, a file could not be read or linted, or a config could not be read
`;

export interface Environment {
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  now: Date;
}

export const COMMANDS = ["lint", "actions", "metrics", "rules", "push"];
const COMMAND_LIST = "`lint`, `actions`, `metrics`, `rules` or `push`";
const KNOWN_OPTIONS = [
  "--format",
  "--config",
  "--quiet",
  "--today",
  "--color",
  "--no-color",
  "--max-file-size",
  "--jobs",
  "--owner",
  "--overdue",
  "--status",
  "--since",
  "--help",
  "--version",
];

/**
 * parseArgs' own text for an unknown option explains how to pass a positional that starts with a dash;
 * a person who typed `--colour` wants to hear about `--color`.
 */
export function describeParseArgsError(error: unknown, knownOptions: readonly string[]): string {
  const message = (error as Error).message;
  const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if (
    (error as NodeJS.ErrnoException).code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION" ||
    unknown === undefined
  ) {
    return message;
  }
  const typed = unknown.startsWith("--")
    ? unknown
    : unknown.length === 2
      ? unknown
      : `--${unknown.replace(/^-+/, "")}`;
  const suggestion = nearest(typed, knownOptions);
  return suggestion === undefined
    ? `unknown option ${unknown}`
    : `unknown option ${unknown}; did you mean ${suggestion}?`;
}

export function parseCommandLine(argv: string[], environment: Environment): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        config: { type: "string", short: "c" },
        quiet: { type: "boolean", short: "q" },
        explain: { type: "boolean", short: "e" },
        today: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "max-file-size": { type: "string" },
        jobs: { type: "string", short: "j" },
        owner: { type: "string" },
        overdue: { type: "boolean" },
        status: { type: "string" },
        since: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseArgsError(error, KNOWN_OPTIONS));
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    return { kind: "help" };
  }
  if (values.version === true) {
    return { kind: "version" };
  }
  const [command, ...inputs] = positionals;
  if (command === undefined) {
    throw new UsageError(`missing command: expected ${COMMAND_LIST}`);
  }
  if (command !== "actions") {
    for (const flag of ["owner", "overdue", "status"] as const) {
      if (values[flag] !== undefined) {
        throw new UsageError(`--${flag} is an option of \`actions\`, not of \`${command}\``);
      }
    }
  }
  if (command !== "lint" && values.jobs !== undefined) {
    throw new UsageError(`--jobs is an option of \`lint\`, not of \`${command}\``);
  }
  if (command !== "metrics" && values.since !== undefined) {
    throw new UsageError(`--since is an option of \`metrics\`, not of \`${command}\``);
  }
  const color = resolveColor(values.color === true, values["no-color"] === true, environment);
  // What every command that reads post-mortems shares: the inputs (the current folder by default), config, today, colour, size cap.
  const documentRun = () => ({
    inputs: inputs.length > 0 ? inputs : ["."],
    configFile: values.config,
    today: values.today === undefined ? environment.now : parseToday(values.today),
    color,
    maxFileSizeBytes: parseMaxFileSize(values["max-file-size"]),
  });
  if (command === "rules") {
    if (inputs.length > 0) {
      throw new UsageError(
        `\`rules\` takes no arguments; got ${inputs.map((input) => JSON.stringify(input)).join(" ")}`,
      );
    }
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") {
      throw new UsageError(
        `--format for \`rules\` must be text or json; got ${JSON.stringify(format)}`,
      );
    }
    return { kind: "run", options: { command: "rules", format, configFile: values.config, color } };
  }
  if (command === "actions") {
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json" && format !== "csv") {
      throw new UsageError(
        `--format for \`actions\` must be text, json or csv; got ${JSON.stringify(format)}`,
      );
    }
    const status = values.status ?? "open";
    if (status !== "open" && status !== "all") {
      throw new UsageError(`--status must be open or all; got ${JSON.stringify(status)}`);
    }
    if (values.owner !== undefined && values.owner.trim() === "") {
      throw new UsageError("--owner needs a name");
    }
    return {
      kind: "run",
      options: {
        command: "actions",
        ...documentRun(),
        format,
        owner: values.owner?.trim(),
        overdue: values.overdue === true,
        status,
      },
    };
  }
  if (command === "metrics") {
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") {
      throw new UsageError(
        `--format for \`metrics\` must be text or json; got ${JSON.stringify(format)}`,
      );
    }
    if (values.since !== undefined) {
      parseToday(values.since, "--since");
    }
    return {
      kind: "run",
      options: { command: "metrics", ...documentRun(), format, since: values.since },
    };
  }
  if (command !== "lint") {
    const suggestion = nearest(command, COMMANDS);
    throw new UsageError(
      `unknown command ${JSON.stringify(command)}${suggestion === undefined ? "" : `; did you mean \`${suggestion}\`?`} (expected ${COMMAND_LIST})`,
    );
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json" && format !== "sarif" && format !== "csv") {
    throw new UsageError(
      `--format must be text, json, sarif or csv; got ${JSON.stringify(format)}`,
    );
  }
  return {
    kind: "run",
    options: {
      command: "lint",
      ...documentRun(),
      format,
      quiet: values.quiet === true,
      explain: values.explain === true,
      jobs: parseJobs(values.jobs),
    },
  };
}

/** Colour only for people: a terminal, no NO_COLOR (https://no-color.org), unless a flag says otherwise. */
function resolveColor(forceOn: boolean, forceOff: boolean, environment: Environment): boolean {
  if (forceOff) {
    return false;
  }
  if (forceOn) {
    return true;
  }
  const { env } = environment;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") {
    return false;
  }
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") {
    return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  }
  return environment.stdoutIsTTY && env.TERM !== "dumb";
}

function parseToday(value: string, flag = "--today"): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day
    ) {
      return date;
    }
  }
  throw new UsageError(`${flag} must be a date written YYYY-MM-DD; got ${JSON.stringify(value)}`);
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) {
    return os.availableParallelism();
  }
  const jobs = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError(
      `--jobs must be a whole number of at least 1; got ${JSON.stringify(value)}`,
    );
  }
  return jobs;
}

function parseMaxFileSize(value: string | undefined): number {
  if (value === undefined) {
    return DEFAULT_MAX_FILE_SIZE_MB * 1024 * 1024;
  }
  const megabytes = Number(value);
  if (value.trim() === "" || !Number.isFinite(megabytes) || megabytes <= 0) {
    throw new UsageError(
      `--max-file-size must be a positive number of megabytes; got ${JSON.stringify(value)}`,
    );
  }
  return Math.floor(megabytes * 1024 * 1024);
}
