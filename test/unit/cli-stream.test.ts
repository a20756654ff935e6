// `lint` writes its report as files finish, on worker threads with --jobs: the output must be the
// same document, in the same order, whatever the number of threads, and a reader that stops early
// must not make the CLI crash.
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import type * as Sarif from "sarif";
import {
  CLEAN,
  CLI,
  CLOSED_WITH_OPEN,
  WEAK_AND_STRONG,
  lines,
  parseJsonReport,
  runCli,
  tempDirPerTest,
  writeTree,
} from "../support/cli-helpers";

const TODAY = ["--today", "2026-11-24"];
/** More files than the CLI lints without a worker thread, in several folders. */
const FILE_COUNT = 90;

/** Post-mortems of every kind: weak items, an error, clean ones, one with a long quoted item. */
function manyPostMortems(): Record<string, string> {
  const files: Record<string, string> = {};
  const kinds = [WEAK_AND_STRONG, CLOSED_WITH_OPEN, CLEAN];
  for (let index = 0; index < FILE_COUNT; index++) {
    const folder = `postmortems/${String(Math.floor(index / 20)).padStart(2, "0")}`;
    const name = `${folder}/incident-${String(index).padStart(3, "0")}.md`;
    files[name] =
      index % 7 === 3
        ? lines(
            "# Post-mortem: queue backlog",
            "",
            "## Action items",
            "",
            `- [ ] Investigate "why the queue ${"grew ".repeat(index)}" \u2014 see the "timeline", 'notes' and \\ paths`,
          )
        : kinds[index % kinds.length];
  }
  return files;
}

describe("cli: streamed lint output", function () {
  this.timeout(120_000);
  const temp = tempDirPerTest((dir) => writeTree(dir, manyPostMortems()));

  it("JSON over many files parses and is the report JSON.stringify would write", () => {
    const result = runCli(["lint", "--format", "json", ...TODAY], { cwd: temp.dir });
    assert.equal(result.status, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.equal(result.stdout, `${JSON.stringify(report, null, 2)}\n`);
    assert.deepEqual(Object.keys(report), ["findings", "summary", "problems"]);
    assert.equal(report.summary.files, FILE_COUNT);
    assert.equal(report.summary.findings, report.findings.length);
    assert.equal(
      report.summary.errors,
      report.findings.filter((finding) => finding.severity === "error").length,
    );
    const files = report.findings.map((finding) => finding.file);
    assert.deepEqual(
      files,
      [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      "findings follow the sorted file order",
    );
  });

  it("JSON with no findings is still one document", () => {
    const result = runCli(
      ["lint", "--format", "json", ...TODAY, "postmortems/00/incident-002.md"],
      {
        cwd: temp.dir,
      },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stdout,
      `${JSON.stringify(
        {
          findings: [],
          summary: { files: 1, findings: 0, errors: 0, warnings: 0, info: 0, hints: 0 },
          problems: [],
        },
        null,
        2,
      )}\n`,
    );
  });

  for (const format of ["json", "sarif", "text", "csv"]) {
    it(`--format ${format}: --jobs 2 and 3 write exactly what --jobs 1 writes`, () => {
      const single = runCli(["lint", "--format", format, "--jobs", "1", ...TODAY], {
        cwd: temp.dir,
      });
      assert.equal(single.status, 1, single.stderr);
      assert.ok(single.stdout.length > 10_000, "the report is not trivially small");
      // 2: the main thread and a worker; 3: and a second worker, whose batches interleave.
      for (const jobs of ["2", "3"]) {
        const parallel = runCli(["lint", "--format", format, "--jobs", jobs, ...TODAY], {
          cwd: temp.dir,
        });
        assert.equal(parallel.status, single.status);
        assert.equal(parallel.stdout, single.stdout);
        assert.equal(parallel.stderr, single.stderr);
      }
    });
  }

  it("SARIF streams one result per finding, with the invocation after the results", () => {
    const json = parseJsonReport(
      runCli(["lint", "--format", "json", ...TODAY], { cwd: temp.dir }).stdout,
    );
    const result = runCli(["lint", "--format", "sarif", "--jobs", "2", ...TODAY], {
      cwd: temp.dir,
    });
    const sarif = JSON.parse(result.stdout) as Sarif.Log;
    const run = sarif.runs[0];
    assert.equal(run.results?.length, json.findings.length);
    assert.deepEqual(Object.keys(run), [
      "tool",
      "originalUriBaseIds",
      "columnKind",
      "results",
      "invocations",
    ]);
    assert.equal(run.invocations?.[0].executionSuccessful, true);
  });

  it("CSV has a header and one row per finding", () => {
    const json = parseJsonReport(
      runCli(["lint", "--format", "json", ...TODAY], { cwd: temp.dir }).stdout,
    );
    const result = runCli(["lint", "--format", "csv", ...TODAY, "postmortems/00"], {
      cwd: temp.dir,
    });
    const rows = result.stdout.split("\r\n");
    assert.equal(rows[0], "file,line,column,end_line,end_column,rule,severity,message,evidence");
    assert.equal(rows.at(-1), "", "ends with a line break");
    const inFolder = json.findings.filter((finding) => finding.file.startsWith("postmortems/00/"));
    const first = inFolder[0];
    assert.ok(
      rows[1].startsWith(
        `${first.file},${first.line},${first.column},${first.endLine},${first.endColumn},${first.rule},${first.severity},`,
      ),
      rows[1],
    );
    // Quoted messages span no extra records: count records, not lines.
    assert.equal(result.stdout.match(/\r\n(?=postmortems\/)/g)?.length ?? 0, inFolder.length);
  });

  it("keeps the exit codes: 1 for an error finding, 0 for warnings only, 2 for an unreadable file", () => {
    for (const jobs of ["1", "2"]) {
      assert.equal(runCli(["lint", "--jobs", jobs, ...TODAY], { cwd: temp.dir }).status, 1);
      assert.equal(
        runCli(["lint", "--jobs", jobs, ...TODAY, "postmortems/00/incident-000.md"], {
          cwd: temp.dir,
        }).status,
        0,
      );
      const missing = runCli(["lint", "--jobs", jobs, ...TODAY, ".", "missing.md"], {
        cwd: temp.dir,
      });
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /missing\.md: cannot read file: no such file or directory/);
    }
  });

  it("a reader that closes the pipe early ends the run without an error", async () => {
    const child = spawn(
      process.execPath,
      [CLI, "lint", "--format", "json", "--jobs", "2", ...TODAY],
      {
        cwd: temp.dir,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.doesNotMatch(stderr, /error/i);
    assert.ok(status === 0 || status === 1, `exit ${status}: ${stderr}`);
  });
});

describe("cli: --jobs", function () {
  this.timeout(60_000);
  const temp = tempDirPerTest((dir) => writeTree(dir, { "pm.md": WEAK_AND_STRONG }));

  for (const value of ["0", "abc", "-1", "1.5", ""]) {
    it(`--jobs ${JSON.stringify(value)} is a usage error`, () => {
      const result = runCli(["lint", `--jobs=${value}`, ...TODAY], { cwd: temp.dir });
      assert.equal(result.status, 2);
      assert.equal(result.stdout, "");
      assert.ok(
        result.stderr.includes(
          `--jobs must be a whole number of at least 1; got ${JSON.stringify(value)}`,
        ),
        result.stderr,
      );
    });
  }

  it("is an option of lint only", () => {
    const result = runCli(["actions", "--jobs", "2", ...TODAY], { cwd: temp.dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--jobs is an option of `lint`, not of `actions`/);
  });

  it("is in the help", () => {
    assert.match(runCli(["--help"], { cwd: temp.dir }).stdout, /-j, --jobs <N>/);
  });

  it("more jobs than files still lints every file once", () => {
    const result = runCli(["lint", "--format", "json", "--jobs", "8", ...TODAY], { cwd: temp.dir });
    assert.equal(parseJsonReport(result.stdout).summary.files, 1);
  });
});
