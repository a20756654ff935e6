// Hostile inputs through the real CLI: symbolic link loops, a file that vanishes mid-walk, YAML alias
// bombs, 10,000-level nesting, NUL bytes and lone surrogates. Each must end in bounded time and memory
// with a clear word on stderr, never a crash or a hang. (Unreadable files and folders, dangling links
// and oversized files are in cli-files.test.ts; the core's own properties in parse-properties.test.ts.)
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  ensureBuilt,
  makeTempDir,
  removeTempDir,
  runCli,
  writeTree,
  type CliResult,
} from "../support/cli-helpers";
import { aliasBomb, aliasBombConfig } from "../support/hostile";
import { readSource } from "../../server/src/cli/read";
import { walkFiles } from "../../server/src/core/index/files";

const TODAY = ["--today", "2026-11-24"];
/** A heap this small dies on any expansion of a billion-laughs document; a normal lint needs a tenth. */
const SMALL_HEAP = { NODE_OPTIONS: "--max-old-space-size=96" };
const BOUND_MS = 20_000;
const WEAK_POST_MORTEM = "# Post-mortem: hostile\n\n## Action items\n\n- [ ] Improve monitoring\n";

function timedCli(args: string[], cwd: string): CliResult & { ms: number } {
  const started = performance.now();
  const result = runCli(args, { cwd, env: SMALL_HEAP, timeoutMs: BOUND_MS * 2 });
  const ms = performance.now() - started;
  assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
  assert.doesNotMatch(result.stderr, /internal error|heap out of memory|RangeError|Maximum call/i);
  return { ...result, ms };
}

function lintedFiles(stdout: string): string[] {
  const report = JSON.parse(stdout) as { findings: { file: string }[] };
  return [...new Set(report.findings.map((finding) => finding.file))].sort();
}

describe("CLI: hostile input", function () {
  this.timeout(120_000);
  let dir: string;
  before(function () {
    this.timeout(60_000);
    ensureBuilt();
  });
  beforeEach(() => {
    dir = makeTempDir("ft-hostile-");
  });
  afterEach(() => removeTempDir(dir));

  it("symbolic link loops: each looping link is one error, every real file is linted once", function () {
    if (process.platform === "win32") this.skip();
    writeTree(dir, { "postmortems/a.md": WEAK_POST_MORTEM });
    const folder = path.join(dir, "postmortems");
    fs.mkdirSync(path.join(folder, "sub"));
    fs.symlinkSync("..", path.join(folder, "sub", "up")); // a folder that contains itself
    fs.symlinkSync("../postmortems", path.join(folder, "again"));
    fs.symlinkSync("self.md", path.join(folder, "self.md")); // a link to itself
    fs.symlinkSync("c.md", path.join(folder, "b.md")); // two links to each other
    fs.symlinkSync("b.md", path.join(folder, "c.md"));
    for (const input of [".", "postmortems/**/*.md"]) {
      const result = timedCli(["lint", "--format", "json", ...TODAY, input], dir);
      console.log(`      ${input}: ${result.ms.toFixed(0)} ms`);
      assert.equal(result.status, 2, result.stderr);
      for (const link of ["b.md", "c.md", "self.md"]) {
        const lines = result.stderr.match(
          new RegExp(`^postmortems/${link.replace(".", "\\.")}: cannot read file: .*$`, "gm"),
        );
        assert.deepEqual(lines, [
          `postmortems/${link}: cannot read file: too many levels of symbolic links`,
        ]);
      }
      assert.deepEqual(lintedFiles(result.stdout), ["postmortems/a.md"]);
    }
  });

  it("a file deleted after the walk listed it is an outcome of its read, not a crash", async function () {
    // The CLI reads each file the walk yields; the walk is paused after listing c.md, c.md is deleted,
    // and the read reports what the CLI prints for it. No timing involved.
    writeTree(dir, {
      "postmortems/a.md": WEAK_POST_MORTEM,
      "postmortems/b.md": WEAK_POST_MORTEM,
      "postmortems/c.md": WEAK_POST_MORTEM,
    });
    const listed: string[] = [];
    for await (const file of walkFiles(path.join(dir, "postmortems"))) {
      listed.push(file);
    }
    fs.rmSync(path.join(dir, "postmortems", "c.md"));
    const outcomes = listed
      .sort()
      .map((file) => [path.basename(file), readSource(file, 1024 * 1024)] as const);
    assert.deepEqual(
      outcomes.map(([name, read]) => [name, read.kind]),
      [
        ["a.md", "text"],
        ["b.md", "text"],
        ["c.md", "error"],
      ],
    );
    const vanished = outcomes[2][1];
    assert.equal(vanished.kind === "error" && vanished.message, "no such file or directory");
  });

  it("a FIFO named on the command line or as the config is skipped with a message, never read", function () {
    if (process.platform === "win32") this.skip();
    writeTree(dir, { "postmortems/a.md": WEAK_POST_MORTEM });
    const pipe = path.join(dir, "postmortems", "pipe.md");
    const config = path.join(dir, "postmortems", ".followthrough.yml");
    if (spawnSync("mkfifo", [pipe, config]).status !== 0) this.skip();
    const result = timedCli(
      ["lint", "--format", "json", ...TODAY, "postmortems/pipe.md", "postmortems/a.md"],
      dir,
    );
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /pipe\.md: .*not a regular file/);
    assert.match(result.stderr, /\.followthrough\.yml.*not a regular file/);
    assert.deepEqual(lintedFiles(result.stdout), ["postmortems/a.md"]);
  });

  it("a YAML alias bomb in front matter: no expansion, the status is still read, the rest is named as ignored", function () {
    writeTree(dir, {
      "postmortems/bomb.md": `---\ntitle: Outage\n${aliasBomb()}\nstatus: closed\n---\n${WEAK_POST_MORTEM}`,
    });
    const result = timedCli(["lint", "--format", "json", ...TODAY, "postmortems/bomb.md"], dir);
    console.log(`      front matter bomb: ${result.ms.toFixed(0)} ms`);
    // 1: "closed" with an open action, so the front matter's status was read past the aliases.
    assert.equal(result.status, 1, result.stderr);
    const report = JSON.parse(result.stdout) as { findings: { rule: string }[] };
    assert.ok(report.findings.some((finding) => finding.rule === "closed-with-open-actions"));
    // The keys the bomb made unreadable are not dropped in silence.
    assert.match(
      result.stderr,
      /^postmortems\/bomb\.md:2:1: Front matter could not be read, so its keys are ignored: /m,
    );
  });

  it("a YAML alias bomb in .followthrough.yml: no expansion, each key it feeds is named with its line", function () {
    writeTree(dir, {
      ".followthrough.yml": aliasBombConfig(),
      "postmortems/a.md": WEAK_POST_MORTEM,
    });
    const result = timedCli(["lint", "--format", "json", ...TODAY, "postmortems"], dir);
    console.log(`      config bomb: ${result.ms.toFixed(0)} ms`);
    for (const [line, key] of [
      [13, "groups"],
      [14, "people"],
      [15, "trackerKeys"],
      [16, "rules"],
    ] as const) {
      assert.match(
        result.stderr,
        new RegExp(`^\\.followthrough\\.yml:${line}:\\d+: ${key}: `, "m"),
      );
    }
    assert.deepEqual(lintedFiles(result.stdout), ["postmortems/a.md"], "linted with the defaults");
  });

  const deep: [string, string][] = [
    ["a list nested 10,000 deep", "- ".repeat(10_000) + "[ ] Improve monitoring\n"],
    ["an ordered list nested 10,000 deep", "1. ".repeat(10_000) + "Improve monitoring\n"],
    ["blockquotes nested 10,000 deep", "> ".repeat(10_000) + "- [ ] Improve monitoring\n"],
    ["lists and quotes alternating 10,000 deep", "> - ".repeat(5_000) + "[ ] Improve monitoring\n"],
    [
      "10,000 nested brackets and emphasis in one item",
      "- [ ] Improve " +
        "[".repeat(10_000) +
        "x" +
        "](y)".repeat(10_000) +
        " " +
        "*".repeat(10_000) +
        "\n",
    ],
    [
      "a list indented 10,000 levels line by line",
      Array.from(
        { length: 10_000 },
        (_, depth) => `${" ".repeat(2 * Math.min(depth, 2_000))}- Improve ${depth}`,
      ).join("\n"),
    ],
  ];
  for (const [name, body] of deep) {
    it(`${name}: linted in bounded time and memory`, function () {
      writeTree(dir, {
        "postmortems/deep.md": `# Post-mortem: deep\n\n## Action items\n\n${body}`,
      });
      const result = timedCli(["lint", "--format", "json", ...TODAY, "postmortems/deep.md"], dir);
      console.log(`      ${result.ms.toFixed(0)} ms`);
      assert.ok(result.status === 0 || result.status === 1, result.stderr);
      JSON.parse(result.stdout);
    });
  }

  it("NUL bytes: early ones mark a binary file (skipped with a warning), later ones are linted", function () {
    writeTree(dir, {
      "postmortems/early.md":
        "# Post-mortem: nul\n\n## Action items\n\n- [ ] Alice\0: add\0 alert\n",
      "postmortems/late.md": `# Post-mortem: nul\n\n${"Summary line.\n".repeat(700)}\n## Action items\n\n- [ ] Improve\0 monitoring\0\n`,
    });
    const result = timedCli(["lint", "--format", "json", ...TODAY, "postmortems"], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^postmortems\/early\.md: skipped: binary file$/m);
    assert.deepEqual(lintedFiles(result.stdout), ["postmortems/late.md"]);
  });

  it("lone surrogates, as invalid UTF-8 and in UTF-16: linted, and every format stays well-formed", function () {
    const utf8 = Buffer.concat([
      Buffer.from("# Post-mortem: s\n\n## Action items\n\n- [ ] Improve monitoring "),
      Buffer.from([0xed, 0xa0, 0x80]), // U+D800 encoded as if it were a character
      Buffer.from(" now\n"),
    ]);
    const utf16Text =
      "# Post-mortem: s\n\n## Action items\n\n- [ ] Improve \ud800 monitoring \udfff\n";
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16Text, "utf16le")]);
    writeTree(dir, { "postmortems/utf8.md": utf8, "postmortems/utf16.md": utf16 });
    const json = timedCli(["lint", "--format", "json", ...TODAY, "postmortems"], dir);
    assert.match(
      json.stderr,
      /^postmortems\/utf8\.md: invalid UTF-8 at byte \d+; linted with replacement characters$/m,
    );
    assert.deepEqual(lintedFiles(json.stdout), ["postmortems/utf16.md", "postmortems/utf8.md"]);
    const sarif = timedCli(["lint", "--format", "sarif", ...TODAY, "postmortems"], dir);
    assert.ok((JSON.parse(sarif.stdout) as { runs: unknown[] }).runs.length === 1);
    const text = timedCli(["lint", ...TODAY, "postmortems"], dir);
    assert.equal(text.status, 0);
    assert.ok(Buffer.from(text.stdout).toString("utf8") === text.stdout, "valid UTF-8 out");
    assert.match(text.stdout, /postmortems\/utf16\.md/);
  });
});
