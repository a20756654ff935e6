// The built CLI, run as a process: command line, exit codes, text and JSON output, config handling.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { ruleList } from "../../server/src/core/rules";
import {
  CLEAN,
  CLOSED_WITH_OPEN,
  STATUS_LINE,
  STRONG_LINE,
  WEAK_AND_STRONG,
  WEAK_LINE,
  lines,
  parseJsonReport,
  tempDirPerTest,
  REPO_ROOT,
  ruleLines,
  runCli,
  writeTree,
} from "../support/cli-helpers";

const TODAY = ["--today", "2026-11-24"];
const ANSI = /\u001b\[\d+m/;

describe("cli: command line", function () {
  const temp = tempDirPerTest();

  it("--help prints usage and exits 0", () => {
    const result = runCli(["--help"], { cwd: temp.dir });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: follow-through <command>/);
    assert.match(result.stdout, /--format <text\|json\|sarif\|csv>/);
    assert.match(result.stdout, /--max-file-size/);
  });

  it("--version prints package.json's version, also through bin/follow-through.js", () => {
    const version = (
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    const direct = runCli(["--version"], { cwd: temp.dir });
    assert.equal(direct.status, 0);
    assert.equal(direct.stdout.trim(), version);
    const viaBin = runCli(["--version"], { cwd: temp.dir, viaBin: true });
    assert.equal(viaBin.status, 0);
    assert.equal(viaBin.stdout.trim(), version);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ["no command", [], /missing command/],
    [
      "an unknown command, listing every command",
      ["check", "x.md"],
      /^follow-through: unknown command "check" \(expected `lint`, `actions`, `metrics`, `rules` or `push`\)$/m,
    ],
    [
      "a mistyped command, with the nearest",
      ["pussh", "x.md"],
      /unknown command "pussh"; did you mean `push`\?/,
    ],
    [
      "a mistyped option, with the nearest",
      ["lint", "--colour"],
      /^follow-through: unknown option --colour; did you mean --color\?$/m,
    ],
    [
      "an unknown option, in one line",
      ["lint", "--xyz"],
      /^follow-through: unknown option --xyz\nRun `follow-through --help` for usage\.\n$/,
    ],
    [
      "a mistyped push option",
      ["push", "x.md", "--dryrun"],
      /unknown option --dryrun; did you mean --dry-run\?/,
    ],
    [
      "a bad --format",
      ["lint", "--format", "xml", "x.md"],
      /--format must be text, json, sarif or csv; got "xml"/,
    ],
    [
      "a bad --today",
      ["lint", "--today", "2026-02-30", "x.md"],
      /--today must be a date written YYYY-MM-DD/,
    ],
    [
      "a bad --max-file-size",
      ["lint", "--max-file-size", "lots", "x.md"],
      /--max-file-size must be a positive number/,
    ],
    [
      "a missing --config file",
      ["lint", "--config", "nope.yml", "x.md"],
      /--config nope\.yml: no such file/,
    ],
    [
      "--format sarif for rules",
      ["rules", "--format", "sarif"],
      /--format for `rules` must be text or json/,
    ],
  ];
  for (const [name, args, message] of usageErrors) {
    it(`exits 2 on ${name}`, () => {
      writeTree(temp.dir, { "x.md": WEAK_AND_STRONG });
      const result = runCli(args, { cwd: temp.dir });
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, "");
    });
  }

  it("`rules` lists every rule with its severity, in text and JSON", () => {
    const text = runCli(["rules"], { cwd: temp.dir });
    assert.equal(text.status, 0, text.stderr);
    for (const rule of ruleList) {
      assert.match(
        text.stdout,
        new RegExp(`^${rule.id}\\s+${rule.defaultSeverity}\\s+(yes|no)\\s+`, "m"),
      );
    }
    // The column says what the editor's lightbulb offers, not whether "Fix all" may apply it.
    assert.match(text.stdout, /^Rule\s+Severity\s+Quick fix\s+Description$/m);
    assert.match(text.stdout, /^owner-missing\s+warning\s+yes\s+/m);
    assert.match(text.stdout, /^vague-outcome\s+warning\s+no\s+/m);
    const json = runCli(["rules", "--format", "json"], { cwd: temp.dir });
    const rows = JSON.parse(json.stdout) as {
      id: string;
      severity: string;
      description: string;
      docs: string;
    }[];
    assert.deepEqual(
      rows.map((row) => row.id),
      ruleList.map((rule) => rule.id),
    );
    assert.ok(rows.every((row) => row.description.length > 0 && /^https?:\/\//.test(row.docs)));
  });

  it("`rules --config` shows the configured severity", () => {
    writeTree(temp.dir, {
      "ft.yml": lines("rules:", "  owner-missing: error", "  tracker-missing: off"),
    });
    const result = runCli(["rules", "--config", "ft.yml", "--format", "json"], { cwd: temp.dir });
    const rows = JSON.parse(result.stdout) as { id: string; severity: string }[];
    assert.equal(rows.find((row) => row.id === "owner-missing")?.severity, "error");
    assert.equal(rows.find((row) => row.id === "tracker-missing")?.severity, "off");
  });
});

describe("cli: lint exit codes and output", function () {
  const temp = tempDirPerTest();

  it("exits 0 with warnings only, and JSON names the weak item's findings at its line", () => {
    writeTree(temp.dir, { "pm.md": WEAK_AND_STRONG });
    const result = runCli(["lint", "--format", "json", ...TODAY, "pm.md"], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    const report = parseJsonReport(result.stdout);
    const found = ruleLines(report, "pm.md");
    for (const rule of ["owner-missing", "deadline-missing", "tracker-missing", "vague-outcome"]) {
      assert.ok(
        found.includes(`${rule}@${WEAK_LINE}`),
        `expected ${rule}@${WEAK_LINE} in ${found.join(", ")}`,
      );
    }
    assert.ok(
      !found.some((entry) => entry.endsWith(`@${STRONG_LINE}`)),
      `the strong item must stay silent: ${found.join(", ")}`,
    );
    assert.equal(report.summary.files, 1);
    assert.equal(report.summary.errors, 0);
    assert.equal(report.summary.findings, report.findings.length);
    assert.equal(
      report.summary.warnings + report.summary.info + report.summary.hints,
      report.findings.length,
    );
    const ownerMissing = report.findings.find((finding) => finding.rule === "owner-missing");
    assert.ok(ownerMissing !== undefined);
    assert.equal(ownerMissing.severity, "warning");
    assert.ok(ownerMissing.column >= 1 && ownerMissing.endLine >= ownerMissing.line);
    assert.ok(ownerMissing.message.length > 0);
    assert.deepEqual(report.problems, []);
  });

  it("exits 1 when a finding is at error level (closed post-mortem with open actions)", () => {
    writeTree(temp.dir, { "pm.md": CLOSED_WITH_OPEN });
    const result = runCli(["lint", "--format", "json", ...TODAY, "pm.md"], { cwd: temp.dir });
    assert.equal(result.status, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.ok(
      ruleLines(report, "pm.md").includes(`closed-with-open-actions@${STATUS_LINE}`),
      result.stdout,
    );
    assert.equal(report.summary.errors, 1);
  });

  it("exits 0 and prints nothing for a clean post-mortem", () => {
    writeTree(temp.dir, { "pm.md": CLEAN });
    const result = runCli(["lint", ...TODAY, "pm.md"], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, "");
  });

  it("text output: path header, aligned line:col severity message rule rows, summary", () => {
    fs.mkdirSync(path.join(temp.dir, "incidents"));
    writeTree(temp.dir, { "incidents/pm.md": WEAK_AND_STRONG, "closed.md": CLOSED_WITH_OPEN });
    const result = runCli(["lint", ...TODAY, "incidents/pm.md", "closed.md"], { cwd: temp.dir });
    assert.equal(result.status, 1, result.stderr);
    assert.doesNotMatch(result.stdout, ANSI, "no colour when stdout is not a terminal");
    const out = result.stdout.split("\n");
    assert.equal(out[0], "incidents/pm.md");
    const firstFileRows = out.slice(1, out.indexOf(""));
    assert.ok(firstFileRows.length >= 4, result.stdout);
    const row = /^ {2}(\d+):(\d+)( *) {2}(error|warning|info|hint)( *) {2}(.+?)( *) {2}([a-z-]+)$/;
    const ruleColumn = new Set<number>();
    for (const text of firstFileRows) {
      const match = row.exec(text);
      assert.ok(
        match !== null,
        `row does not look like "line:col  severity  message  rule": ${JSON.stringify(text)}`,
      );
      ruleColumn.add(text.length - match[8].length);
    }
    assert.equal(ruleColumn.size, 1, "rule ids are aligned in one column");
    assert.ok(
      firstFileRows.some((text) =>
        new RegExp(`^  ${WEAK_LINE}:\\d+ +warning +.+ owner-missing$`).test(text),
      ),
    );
    assert.ok(out.includes("closed.md"));
    assert.ok(
      out.some((text) =>
        new RegExp(`^  ${STATUS_LINE}:\\d+ +error +.+ closed-with-open-actions$`).test(text),
      ),
    );
    const json = parseJsonReport(
      runCli(["lint", "--format", "json", ...TODAY, "incidents/pm.md", "closed.md"], {
        cwd: temp.dir,
      }).stdout,
    );
    const { findings, errors, warnings, info } = json.summary;
    const summary = out.find((text) => text.startsWith("\u2716"));
    assert.equal(
      summary,
      `\u2716 ${findings} problems (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warnings, ${info} info)`,
    );
  });

  it("colours only when asked: --color, FORCE_COLOR; never with --no-color or NO_COLOR", () => {
    writeTree(temp.dir, { "pm.md": WEAK_AND_STRONG });
    const args = ["lint", ...TODAY, "pm.md"];
    assert.match(runCli([...args, "--color"], { cwd: temp.dir }).stdout, ANSI);
    assert.match(runCli(args, { cwd: temp.dir, env: { FORCE_COLOR: "1" } }).stdout, ANSI);
    assert.doesNotMatch(
      runCli(args, { cwd: temp.dir, env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout,
      ANSI,
    );
    assert.doesNotMatch(runCli([...args, "--color", "--no-color"], { cwd: temp.dir }).stdout, ANSI);
    assert.doesNotMatch(runCli(args, { cwd: temp.dir }).stdout, ANSI);
  });

  it("--quiet reports errors only", () => {
    writeTree(temp.dir, { "weak.md": WEAK_AND_STRONG, "closed.md": CLOSED_WITH_OPEN });
    const result = runCli(
      ["lint", "--quiet", "--format", "json", ...TODAY, "weak.md", "closed.md"],
      { cwd: temp.dir },
    );
    assert.equal(result.status, 1);
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(
      report.findings.map((finding) => `${finding.file}:${finding.rule}`),
      ["closed.md:closed-with-open-actions"],
    );
    const quietText = runCli(["lint", "--quiet", ...TODAY, "weak.md"], { cwd: temp.dir });
    assert.equal(quietText.status, 0);
    assert.equal(quietText.stdout, "");
  });

  it("--today decides whether a deadline is past", () => {
    writeTree(temp.dir, {
      "pm.md": lines(
        "# Post-mortem: queue backlog",
        "",
        "## Action items",
        "",
        "- [ ] Erin: add a queue depth alert above 10000 messages, by 2026-03-01 (OPS-4)",
      ),
    });
    const later = parseJsonReport(
      runCli(["lint", "--format", "json", "--today", "2026-11-24", "pm.md"], { cwd: temp.dir })
        .stdout,
    );
    assert.deepEqual(ruleLines(later, "pm.md"), ["deadline-past@5"]);
    const earlier = parseJsonReport(
      runCli(["lint", "--format", "json", "--today", "2026-02-01", "pm.md"], { cwd: temp.dir })
        .stdout,
    );
    assert.deepEqual(ruleLines(earlier, "pm.md"), []);
  });

  it("JSON paths are relative to the working directory with forward slashes", () => {
    writeTree(temp.dir, { "a/b/pm.md": WEAK_AND_STRONG });
    const fromRoot = parseJsonReport(
      runCli(["lint", "--format", "json", ...TODAY, "a/b/pm.md"], { cwd: temp.dir }).stdout,
    );
    assert.ok(
      fromRoot.findings.length > 0 &&
        fromRoot.findings.every((finding) => finding.file === "a/b/pm.md"),
    );
    const fromInside = parseJsonReport(
      runCli(["lint", "--format", "json", ...TODAY, path.join(temp.dir, "a", "b", "pm.md")], {
        cwd: path.join(temp.dir, "a"),
      }).stdout,
    );
    assert.ok(fromInside.findings.every((finding) => finding.file === "b/pm.md"));
  });
});

describe("cli: config", function () {
  const temp = tempDirPerTest();

  it("finds .followthrough.yml upward from each file and applies it", () => {
    writeTree(temp.dir, {
      "team-a/.followthrough.yml": lines("rules:", "  owner-missing: error"),
      "team-a/deep/folder/pm.md": WEAK_AND_STRONG,
      "team-b/pm.md": WEAK_AND_STRONG,
    });
    const result = runCli(
      ["lint", "--format", "json", ...TODAY, "team-a/deep/folder/pm.md", "team-b/pm.md"],
      { cwd: temp.dir },
    );
    assert.equal(result.status, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    const severityOf = (file: string): string | undefined =>
      report.findings.find((finding) => finding.file === file && finding.rule === "owner-missing")
        ?.severity;
    assert.equal(severityOf("team-a/deep/folder/pm.md"), "error");
    assert.equal(severityOf("team-b/pm.md"), "warning");
  });

  it("--config replaces discovery", () => {
    writeTree(temp.dir, {
      ".followthrough.yml": lines("rules:", "  owner-missing: error"),
      "ci.yml": lines("rules:", "  owner-missing: off"),
      "pm.md": WEAK_AND_STRONG,
    });
    const result = runCli(["lint", "--config", "ci.yml", "--format", "json", ...TODAY, "pm.md"], {
      cwd: temp.dir,
    });
    assert.equal(result.status, 0, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.ok(report.findings.length > 0);
    assert.ok(!report.findings.some((finding) => finding.rule === "owner-missing"));
  });

  it("a broken config is one clear message with file:line:col and key; the lint still runs with defaults", () => {
    writeTree(temp.dir, {
      ".followthrough.yml": lines(
        "# Team config",
        "rules:",
        "  owner-missing: loud",
        "  deadline-missing: error",
        "colour: blue",
      ),
      "one.md": WEAK_AND_STRONG,
      "two.md": WEAK_AND_STRONG,
    });
    const result = runCli(["lint", "--format", "json", ...TODAY, "one.md", "two.md"], {
      cwd: temp.dir,
    });
    // The good key still applies: deadline-missing is an error.
    assert.equal(result.status, 1, result.stderr);
    const stderrLines = result.stderr.trim().split("\n");
    assert.ok(
      stderrLines.includes(
        '.followthrough.yml:3:18: rules.owner-missing: expected error, warning, info, hint, off, true or false; got "loud"',
      ),
      result.stderr,
    );
    assert.ok(
      stderrLines.some((line) =>
        /^\.followthrough\.yml:5:1: colour: unknown key "colour"/.test(line),
      ),
      result.stderr,
    );
    assert.equal(stderrLines.length, 2, `each problem once, however many files: ${result.stderr}`);
    const report = parseJsonReport(result.stdout);
    assert.ok(ruleLines(report, "one.md").includes(`owner-missing@${WEAK_LINE}`));
    assert.equal(
      report.findings.find((finding) => finding.rule === "owner-missing")?.severity,
      "warning",
    );
    assert.equal(
      report.findings.find((finding) => finding.rule === "deadline-missing")?.severity,
      "error",
    );
    assert.equal(report.problems.length, 2);
    assert.ok(report.problems.every((problem) => problem.file === ".followthrough.yml"));
  });

  it("a config with a YAML syntax error is reported with its line, the files are still linted, and the run exits 2", () => {
    writeTree(temp.dir, {
      ".followthrough.yml": lines("rules:", "  owner-missing: [error", "people: x"),
      "pm.md": WEAK_AND_STRONG,
    });
    const result = runCli(["lint", "--format", "json", ...TODAY, "pm.md"], { cwd: temp.dir });
    assert.equal(
      result.status,
      2,
      "a config that cannot be read must not leave CI green with the defaults",
    );
    assert.match(result.stderr, /^\.followthrough\.yml:\d+:\d+: YAML syntax error/m);
    const report = parseJsonReport(result.stdout);
    assert.ok(ruleLines(report, "pm.md").includes(`owner-missing@${WEAK_LINE}`));
  });

  it("every command exits 2 on a config that is not a mapping; a config with one bad key still exits 0", () => {
    writeTree(temp.dir, {
      ".followthrough.yml": lines("- just", "- a list"),
      "postmortems/pm.md": CLEAN,
    });
    for (const args of [
      ["lint"],
      ["actions"],
      ["metrics"],
      ["rules"],
      ["lint", "--format", "sarif"],
    ]) {
      const result = runCli([...args, ...(args[0] === "rules" ? [] : TODAY)], { cwd: temp.dir });
      assert.equal(result.status, 2, `${args.join(" ")}: ${result.stderr}`);
      assert.match(result.stderr, /\.followthrough\.yml:1:1: the config must be a mapping/);
    }
    writeTree(temp.dir, { ".followthrough.yml": lines("colour: blue") });
    const oneBadKey = runCli(["lint", ...TODAY], { cwd: temp.dir });
    assert.equal(oneBadKey.status, 0, oneBadKey.stderr);
    assert.match(oneBadKey.stderr, /unknown key "colour"/);
  });
});
