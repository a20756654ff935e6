// The built CLI on awkward inputs: folders, globs, binary, bad UTF-8, unreadable and very large files.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  WEAK_AND_STRONG,
  WEAK_LINE,
  lines,
  parseJsonReport,
  tempDirPerTest,
  ruleLines,
  runCli,
  unprivilegedRunner,
  writeTree,
} from "../support/cli-helpers";

const TODAY = ["--today", "2026-11-24"];

/** A Markdown file that is not a post-mortem but would report findings if linted. */
const TEAM_NOTES = lines("# Team notes", "", "## Action items", "", "- [ ] Improve monitoring");

function filesIn(stdout: string): string[] {
  return [...new Set(parseJsonReport(stdout).findings.map((finding) => finding.file))].sort();
}

describe("cli: finding post-mortems", function () {
  const temp = tempDirPerTest((dir) => {
    writeTree(dir, {
      // By path: the default postMortems globs.
      "docs/postmortems/2026-01-db.md": lines(
        "# Database failover",
        "",
        "## Action items",
        "",
        "- [ ] Improve monitoring",
      ),
      "docs/Incidents/2026/api.markdown": lines(
        "# API errors",
        "",
        "## Follow-ups",
        "",
        "- [ ] Better documentation",
      ),
      // By first heading.
      "notes/checkout.md": lines(
        "# Post-mortem: checkout outage",
        "",
        "## Action items",
        "",
        "- [ ] Improve monitoring",
      ),
      "notes/rca.md": lines(
        "Intro line.",
        "",
        "RCA - login failures",
        "====",
        "",
        "## Next steps",
        "",
        "- [ ] Improve logging",
      ),
      // By front matter.
      "notes/review.md": lines(
        "---",
        "type: incident review",
        "---",
        "# Search latency",
        "",
        "## Action items",
        "",
        "- [ ] Improve alerting",
      ),
      // A post-mortem kept as its own folder's README.
      "docs/postmortems/2026-02-cache/README.md": lines(
        "# Cache stampede",
        "",
        "## Action items",
        "",
        "- [ ] Improve caching",
      ),
      // Not post-mortems, though they sit among them: the folder's README, the template, a guide to
      // the process, a runbook, a changelog.
      "docs/postmortems/README.md": lines(
        "# Post-mortems",
        "",
        "One file per incident.",
        "",
        "## Action items",
        "",
        "- Every action item needs an owner",
      ),
      "docs/postmortems/postmortem-template.md": lines(
        "# Post-mortem: [Incident title]",
        "",
        "## Action items",
        "",
        "- [ ] Action item 1 (owner, due date)",
      ),
      "docs/postmortems/_template.md": TEAM_NOTES,
      "docs/postmortems/process.md": lines(
        "# Post-mortem process",
        "",
        "## Action items",
        "",
        "- Review open actions at sprint planning",
      ),
      "docs/postmortems/CHANGELOG.md": lines(
        "# Changelog",
        "",
        "## TODO",
        "",
        "- Move the 2024 reports from the wiki",
      ),
      "docs/incidents/runbooks/db-failover.md": lines(
        "# Runbook: database failover",
        "",
        "## Remediation",
        "",
        "1. Check replication lag",
        "2. Promote the replica",
      ),
      "docs/incidents/incident-template.md": lines(
        "# Incident report",
        "",
        "## Follow-ups",
        "",
        "- [ ] Improve monitoring",
      ),
      // Not post-mortems.
      "notes/README.md": TEAM_NOTES,
      "notes/postmortem-template.txt": TEAM_NOTES,
      "notes/code.md": lines(
        "```",
        "# Post-mortem",
        "```",
        "",
        "# Tooling",
        "",
        "## Action items",
        "",
        "- [ ] Improve monitoring",
      ),
      // Never searched.
      "node_modules/pkg/postmortems/x.md": TEAM_NOTES,
      "dist/postmortems/x.md": TEAM_NOTES,
      "out/postmortems/x.md": TEAM_NOTES,
      ".git/postmortems/x.md": TEAM_NOTES,
    });
  });

  it("a folder keeps post-mortems (by path, heading or front matter) and skips other Markdown", () => {
    const result = runCli(["lint", "--format", "json", ...TODAY, "."], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(filesIn(result.stdout), [
      "docs/Incidents/2026/api.markdown",
      "docs/postmortems/2026-01-db.md",
      "docs/postmortems/2026-02-cache/README.md",
      "notes/checkout.md",
      "notes/rca.md",
      "notes/review.md",
    ]);
    assert.equal(parseJsonReport(result.stdout).summary.files, 6);
    // No input at all means the current folder.
    assert.deepEqual(
      filesIn(runCli(["lint", "--format", "json", ...TODAY], { cwd: temp.dir }).stdout),
      filesIn(result.stdout),
    );
  });

  it("an explicit file is always linted, post-mortem or not", () => {
    const result = runCli(
      [
        "lint",
        "--format",
        "json",
        ...TODAY,
        "notes/README.md",
        "node_modules/pkg/postmortems/x.md",
      ],
      { cwd: temp.dir },
    );
    assert.deepEqual(filesIn(result.stdout), [
      "node_modules/pkg/postmortems/x.md",
      "notes/README.md",
    ]);
  });

  it("the config's postMortems globs are relative to the config file", () => {
    writeTree(temp.dir, { "notes/.followthrough.yml": lines("postMortems:", '  - "READ*.md"') });
    const result = runCli(["lint", "--format", "json", ...TODAY, "notes"], { cwd: temp.dir });
    assert.deepEqual(filesIn(result.stdout), [
      "notes/README.md",
      "notes/checkout.md",
      "notes/rca.md",
      "notes/review.md",
    ]);
  });

  it("a glob selects exactly what it matches, still skipping dependency folders", () => {
    const result = runCli(["lint", "--format", "json", ...TODAY, "notes/*.md", "**/x.md"], {
      cwd: temp.dir,
    });
    assert.deepEqual(filesIn(result.stdout), [
      "notes/README.md",
      "notes/checkout.md",
      "notes/code.md",
      "notes/rca.md",
      "notes/review.md",
    ]);
  });

  it("a folder or glob with no post-mortems says so on stderr and exits 0", () => {
    writeTree(temp.dir, { "empty/readme.md": lines("# Nothing here") });
    const result = runCli(["lint", ...TODAY, "empty", "nothing/*.md"], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^empty: no post-mortems found$/m);
    assert.match(result.stderr, /^nothing\/\*\.md: no post-mortems found$/m);
    assert.equal(result.stdout, "");
  });

  it("one folder: whether a file is a post-mortem is decided where it is read, on any thread", () => {
    // 40 of each, so --jobs 2 lints on two threads: notes, post-mortems by title, and in a
    // post-mortem folder the README; two files over --max-file-size, one a post-mortem by its title.
    const files: Record<string, string> = {
      "mixed/postmortems/README.md": lines("# Post-mortems", "", "- [ ] Improve monitoring"),
      "mixed/big-notes.md": `${TEAM_NOTES}${"x".repeat(3000)}\n`,
      "mixed/big-review.md": lines("# Incident review: big", "", "y".repeat(3000)),
    };
    for (let index = 0; index < 40; index++) {
      files[`mixed/notes-${index}.md`] = TEAM_NOTES;
      files[`mixed/review-${index}.md`] = lines(
        "# Incident review",
        "",
        "## Action items",
        "",
        "- [ ] Improve monitoring",
      );
    }
    writeTree(temp.dir, files);
    const run = (jobs: string) =>
      runCli(
        ["lint", "--format", "json", "--max-file-size", "0.002", "--jobs", jobs, ...TODAY, "mixed"],
        {
          cwd: temp.dir,
        },
      );
    const single = run("1");
    assert.equal(single.status, 0, single.stderr);
    assert.deepEqual(
      filesIn(single.stdout),
      Array.from({ length: 40 }, (_, index) => `mixed/review-${index}.md`).sort(),
    );
    assert.equal(parseJsonReport(single.stdout).summary.files, 40);
    assert.equal(
      single.stderr,
      "mixed/big-review.md: skipped: 0 MB is larger than --max-file-size 0 MB\n",
    );
    const parallel = run("2");
    assert.equal(parallel.stdout, single.stdout);
    assert.equal(parallel.stderr, single.stderr);
  });

  it("one folder of Markdown that holds no post-mortem says so once every file is read", () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) {
      files[`team/notes-${index}.md`] = TEAM_NOTES;
    }
    writeTree(temp.dir, files);
    for (const jobs of ["1", "2"]) {
      const result = runCli(["lint", "--jobs", jobs, ...TODAY, "team"], { cwd: temp.dir });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, "team: no post-mortems found\n");
      assert.equal(result.stdout, "");
    }
  });

  it("a file reached twice is linted once", () => {
    const result = runCli(
      ["lint", "--format", "json", ...TODAY, "notes/checkout.md", "notes", "./notes/checkout.md"],
      { cwd: temp.dir },
    );
    const report = parseJsonReport(result.stdout);
    assert.equal(report.summary.files, 3);
    const owners = report.findings.filter(
      (finding) => finding.file === "notes/checkout.md" && finding.rule === "owner-missing",
    );
    assert.equal(owners.length, 1);
  });
});

describe("cli: awkward files", function () {
  const temp = tempDirPerTest();

  it("skips a binary file with a note and lints the rest", () => {
    const binary = Buffer.concat([
      Buffer.from("# Post-mortem\n\n## Action items\n\n- [ ] Improve monitoring\n"),
      Buffer.from([0, 1, 2, 0, 255]),
    ]);
    writeTree(temp.dir, { "image.md": binary, "pm.md": WEAK_AND_STRONG });
    const result = runCli(["lint", "--format", "json", ...TODAY, "image.md", "pm.md"], {
      cwd: temp.dir,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, "image.md: skipped: binary file\n");
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(filesIn(result.stdout), ["pm.md"]);
    assert.equal(report.summary.files, 1);
    assert.deepEqual(report.problems, [{ file: "image.md", message: "skipped: binary file" }]);
  });

  it("reads UTF-16 with a byte order mark, little- and big-endian, as text, also in a folder search", () => {
    const littleEndian = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(WEAK_AND_STRONG, "utf16le"),
    ]);
    const bigEndian = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(WEAK_AND_STRONG, "utf16le").swap16(),
    ]);
    writeTree(temp.dir, {
      "postmortems/windows.md": littleEndian,
      "postmortems/other.md": bigEndian,
    });
    const result = runCli(["lint", "--format", "json", ...TODAY, "postmortems"], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, "");
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(
      ruleLines(report, "postmortems/windows.md"),
      ruleLines(report, "postmortems/other.md"),
    );
    assert.ok(
      ruleLines(report, "postmortems/windows.md").includes(`owner-missing@${WEAK_LINE}`),
      result.stdout,
    );
  });

  it("lints invalid UTF-8 with replacement characters and names the first bad byte", () => {
    const text = Buffer.from(WEAK_AND_STRONG, "utf8");
    const badOffset = text.indexOf("checkout outage");
    const bytes = Buffer.concat([
      text.subarray(0, badOffset),
      Buffer.from([0xc3, 0x28]),
      text.subarray(badOffset + 2),
    ]);
    writeTree(temp.dir, { "latin.md": bytes });
    const result = runCli(["lint", "--format", "json", ...TODAY, "latin.md"], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stderr,
      `latin.md: invalid UTF-8 at byte ${badOffset}; linted with replacement characters\n`,
    );
    const report = parseJsonReport(result.stdout);
    assert.ok(ruleLines(report, "latin.md").includes(`owner-missing@${WEAK_LINE}`), result.stdout);
  });

  it("a UTF-8 byte order mark does not shift columns", () => {
    writeTree(temp.dir, {
      "bom.md": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WEAK_AND_STRONG)]),
      "plain.md": WEAK_AND_STRONG,
    });
    const result = runCli(["lint", "--format", "json", ...TODAY, "bom.md", "plain.md"], {
      cwd: temp.dir,
    });
    assert.equal(result.stderr, "");
    const report = parseJsonReport(result.stdout);
    const positions = (file: string): string[] =>
      report.findings
        .filter((finding) => finding.file === file)
        .map((finding) => `${finding.rule}@${finding.line}:${finding.column}`);
    assert.ok(positions("bom.md").length > 0);
    assert.deepEqual(positions("bom.md"), positions("plain.md"));
  });

  it("an unreadable file (dangling symlink, missing path) is an error, exit 2, after linting the rest", () => {
    writeTree(temp.dir, { "pm.md": WEAK_AND_STRONG });
    fs.symlinkSync(path.join(temp.dir, "gone.md"), path.join(temp.dir, "link.md"));
    const result = runCli(
      ["lint", "--format", "json", ...TODAY, "link.md", "missing.md", "pm.md"],
      { cwd: temp.dir },
    );
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^link\.md: cannot read file: broken symbolic link/m);
    assert.match(result.stderr, /^missing\.md: cannot read file: no such file or directory$/m);
    const report = parseJsonReport(result.stdout);
    assert.ok(
      ruleLines(report, "pm.md").includes(`owner-missing@${WEAK_LINE}`),
      "the readable file is still linted",
    );
    assert.deepEqual(report.problems.map((problem) => problem.file).sort(), [
      "link.md",
      "missing.md",
    ]);
  });

  it("a file or folder without read permission is an error, exit 2, after linting the rest", function () {
    const runner = unprivilegedRunner();
    if (runner === undefined) {
      // Root can read anything; the check needs a user it can switch to and a checkout that user can reach.
      if (process.env.CI === "true") {
        assert.fail(
          "CI runs as root with a checkout another user cannot reach: the permission check would be skipped",
        );
      }
      console.log(
        "      (skipped: running as root and cannot switch to an unprivileged user that can reach this checkout)",
      );
      this.skip();
    }
    writeTree(temp.dir, {
      "secret.md": WEAK_AND_STRONG,
      "pm.md": WEAK_AND_STRONG,
      "locked/postmortems/a.md": WEAK_AND_STRONG,
    });
    // mkdtemp makes a 0700 folder; the unprivileged user must be able to enter it.
    fs.chmodSync(temp.dir, 0o755);
    fs.chmodSync(path.join(temp.dir, "secret.md"), 0o000);
    fs.chmodSync(path.join(temp.dir, "locked", "postmortems"), 0o000);
    try {
      const result = runCli(
        ["lint", "--format", "json", ...TODAY, "secret.md", "locked", "pm.md"],
        { cwd: temp.dir, ...runner },
      );
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /^secret\.md: cannot read file: permission denied$/m);
      assert.match(result.stderr, /^locked\/postmortems: cannot read folder: permission denied$/m);
      assert.ok(
        ruleLines(parseJsonReport(result.stdout), "pm.md").includes(`owner-missing@${WEAK_LINE}`),
      );
    } finally {
      fs.chmodSync(path.join(temp.dir, "locked", "postmortems"), 0o755);
    }
  });

  it("an unreadable file found in a folder also exits 2", () => {
    writeTree(temp.dir, { "postmortems/pm.md": WEAK_AND_STRONG });
    fs.symlinkSync(
      path.join(temp.dir, "gone.md"),
      path.join(temp.dir, "postmortems", "dangling.md"),
    );
    const result = runCli(["lint", ...TODAY, "postmortems"], { cwd: temp.dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^postmortems\/dangling\.md: cannot read file/m);
    assert.match(result.stdout, /^postmortems\/pm\.md$/m);
  });

  it("--max-file-size skips larger files with a note", () => {
    writeTree(temp.dir, { "big.md": WEAK_AND_STRONG + "x".repeat(4096), "pm.md": WEAK_AND_STRONG });
    const result = runCli(
      ["lint", "--format", "json", "--max-file-size", "0.002", ...TODAY, "big.md", "pm.md"],
      { cwd: temp.dir },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^big\.md: skipped: .* MB is larger than --max-file-size .* MB$/m);
    assert.deepEqual(filesIn(result.stdout), ["pm.md"]);
  });

  it("lints a 20 MB post-mortem without crashing and reports findings at its end", function () {
    this.timeout(300_000);
    const head = lines(
      "---",
      "title: Long incident",
      "date: 2026-11-01",
      "---",
      "# Post-mortem: long incident",
      "",
      "## Timeline",
      "",
    );
    const timelineLine = (index: number): string =>
      `- ${String(Math.floor(index / 60) % 24).padStart(2, "0")}:${String(index % 60).padStart(2, "0")} The on-call engineer saw error rates of ${index % 97}% on shard ${index % 31} and paged the database team; retries continued while the replica caught up.\n`;
    const chunks: string[] = [head];
    let size = head.length;
    let lineCount = head.split("\n").length - 1;
    for (let index = 0; size < 20 * 1024 * 1024; index++) {
      const line = timelineLine(index);
      chunks.push(line);
      size += line.length;
      lineCount++;
    }
    const tail = lines("", "## Action items", "", "- [ ] Improve monitoring");
    chunks.push(tail);
    const weakLine = lineCount + 4;
    writeTree(temp.dir, { "huge.md": chunks.join("") });
    assert.ok(fs.statSync(path.join(temp.dir, "huge.md")).size >= 20 * 1024 * 1024);
    const result = runCli(["lint", "--format", "json", ...TODAY, "huge.md"], {
      cwd: temp.dir,
      timeoutMs: 280_000,
    });
    assert.equal(result.status, 0, result.stderr.slice(0, 2000));
    assert.equal(result.stderr, "");
    const report = parseJsonReport(result.stdout);
    assert.ok(
      ruleLines(report, "huge.md").includes(`owner-missing@${weakLine}`),
      `expected owner-missing@${weakLine}`,
    );
  });

  it("lints a 20 MB file made of action items without crashing", function () {
    this.timeout(300_000);
    const chunks: string[] = [lines("# Post-mortem: many actions", "", "## Action items", "")];
    let size = chunks[0].length;
    for (let index = 0; size < 20 * 1024 * 1024; index++) {
      const item =
        index % 3 === 0
          ? `- [ ] Improve monitoring of shard ${index}\n`
          : index % 3 === 1
            ? `- [ ] Dev${index}: add alert for replication lag >30s on shard ${index}, by 2026-12-15 (PAY-${index})\n`
            : `- [x] Ops${index}: rotated the credentials for shard ${index} (OPS-${index})\n`;
      chunks.push(item);
      size += item.length;
    }
    writeTree(temp.dir, { "items.md": chunks.join("") });
    const result = runCli(["lint", "--quiet", "--format", "json", ...TODAY, "items.md"], {
      cwd: temp.dir,
      timeoutMs: 280_000,
    });
    assert.equal(result.status, 0, result.stderr.slice(0, 2000));
    const report = parseJsonReport(result.stdout);
    assert.equal(report.summary.files, 1);
    assert.deepEqual(report.findings, []);
  });
});
