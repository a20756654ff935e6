// Helpers for tests that run the built CLI (dist/cli.js) as a user would: a real process, a temp folder.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const CLI = path.join(REPO_ROOT, "dist", "cli.js");

let built = false;

/** Builds the bundles once per mocha run, however many test files ask. */
export function ensureBuilt(): void {
  if (built) {
    return;
  }
  const result = spawnSync(process.execPath, ["esbuild.mjs"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `node esbuild.mjs failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  if (!fs.existsSync(CLI)) {
    throw new Error(`node esbuild.mjs did not produce ${CLI}`);
  }
  built = true;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Run bin/follow-through.js instead of dist/cli.js. */
  viaBin?: boolean;
  timeoutMs?: number;
  /** Run as this user (through util-linux `setpriv`), so a root test run can still meet "permission denied". */
  runAs?: { uid: number; gid: number };
}

/** Runs the CLI with a clean colour environment (no NO_COLOR / FORCE_COLOR unless the test sets them). */
export function runCli(args: string[], options: RunOptions): CliResult {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== "NO_COLOR" && key !== "FORCE_COLOR") {
      env[key] = value;
    }
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) {
      delete env[key];
    } else {
      env[key] = value;
    }
  }
  const entry = options.viaBin === true ? path.join(REPO_ROOT, "bin", "follow-through.js") : CLI;
  const command = options.runAs === undefined ? process.execPath : "setpriv";
  const commandArgs =
    options.runAs === undefined
      ? [entry, ...args]
      : [
          `--reuid=${options.runAs.uid}`,
          `--regid=${options.runAs.gid}`,
          "--clear-groups",
          process.execPath,
          entry,
          ...args,
        ];
  const result = spawnSync(command, commandArgs, {
    cwd: options.cwd,
    env,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    timeout: options.timeoutMs ?? 60_000,
  });
  if (result.error !== undefined) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * How to run the CLI as someone who cannot read a chmod-000 file: ourselves when not root, otherwise
 * the `nobody` user through setpriv; undefined when neither works (the test is then skipped).
 */
export function unprivilegedRunner(): { runAs?: { uid: number; gid: number } } | undefined {
  if (process.platform === "win32") {
    return undefined;
  }
  if (process.getuid?.() !== 0) {
    return {};
  }
  const probe = spawnSync(
    "setpriv",
    [
      "--reuid=65534",
      "--regid=65534",
      "--clear-groups",
      process.execPath,
      "-e",
      "require(process.argv[1])",
      CLI,
    ],
    {
      encoding: "utf8",
    },
  );
  return probe.status === 0 || probe.status === 2
    ? { runAs: { uid: 65534, gid: 65534 } }
    : undefined;
}

/** A fresh folder under the OS temp dir; remove it with `removeTempDir`. */
export function makeTempDir(prefix = "ft-cli-"): string {
  // realpath: on macOS /tmp is a symlink and the CLI prints paths relative to the real cwd.
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes files given as { "relative/path.md": contents }, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, contents] of Object.entries(files)) {
    const full = path.join(root, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, contents);
  }
}

/** Joins lines with "\n" and ends with one; keeps fixtures' line numbers easy to read. */
export function lines(...text: string[]): string {
  return `${text.join("\n")}\n`;
}

export type {
  JsonFinding as JsonFindingShape,
  JsonReport as JsonReportShape,
} from "../../server/src/cli/format/json";
import type { JsonReport as JsonReportShape } from "../../server/src/cli/format/json";

export function parseJsonReport(stdout: string): JsonReportShape {
  try {
    return JSON.parse(stdout) as JsonReportShape;
  } catch (error) {
    throw new Error(`stdout is not JSON (${(error as Error).message}):\n${stdout.slice(0, 2000)}`, {
      cause: error,
    });
  }
}

/** "rule@line" strings for one file, sorted: compact to compare in assertions. */
export function ruleLines(report: JsonReportShape, file: string): string[] {
  return report.findings
    .filter((finding) => finding.file === file)
    .map((finding) => `${finding.rule}@${finding.line}`)
    .sort();
}

/**
 * A small post-mortem whose line numbers the tests rely on:
 * line 9 is a weak item (no owner, no deadline, no ticket, vague), line 10 a strong one.
 */
export const WEAK_AND_STRONG = lines(
  "---", // 1
  "title: Checkout outage", // 2
  "date: 2026-11-01", // 3
  "---", // 4
  "# Post-mortem: checkout outage", // 5
  "", // 6
  "## Action items", // 7
  "", // 8
  "- [ ] Improve monitoring", // 9
  "- [ ] Alice: add alert for DB replication lag >30s in Datadog, by 2026-12-15 (PAY-101)", // 10
);
export const WEAK_LINE = 9;
export const STRONG_LINE = 10;

/** Closed while an action is open: closed-with-open-actions (an error) on the status line, line 3. */
export const CLOSED_WITH_OPEN = lines(
  "---", // 1
  "title: Cache stampede", // 2
  "status: closed", // 3
  "date: 2026-11-01", // 4
  "---", // 5
  "# Post-mortem: cache stampede", // 6
  "", // 7
  "## Action items", // 8
  "", // 9
  "- [ ] Bob: add jitter to cache TTLs in the catalog service, by 2026-12-15 (CAT-7)", // 10
);
export const STATUS_LINE = 3;

/** Only strong items, done or open with everything: no findings at all. */
export const CLEAN = lines(
  "---",
  "title: DNS outage",
  "date: 2026-11-01",
  "---",
  "# Post-mortem: DNS outage",
  "",
  "## Action items",
  "",
  "- [x] Carol: add a second DNS provider for api.example.com (NET-12)",
  "- [ ] Dan: lower the DNS TTL for api.example.com from 3600s to 300s, by 2026-12-15 (NET-13)",
);

/** Mocha hooks shared by the CLI suites: build once, then a fresh temp folder per test (`prepare` fills it). */
export function tempDirPerTest(prepare?: (dir: string) => void): { readonly dir: string } {
  let dir: string | undefined;
  before(function () {
    this.timeout(120_000);
    ensureBuilt();
  });
  beforeEach(() => {
    dir = makeTempDir();
    prepare?.(dir);
  });
  afterEach(() => removeTempDir(dir!));
  return {
    get dir(): string {
      return dir!;
    },
  };
}
