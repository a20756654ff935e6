// `follow-through metrics`, run as a process: the JSON shape, the text report, options, exit codes,
// and the bundled examples (whose November post-mortem repeats three earlier fixes).
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { lines, REPO_ROOT, runCli, tempDirPerTest, writeTree } from "../support/cli-helpers";
import type { JsonMetricsReport } from "../../server/src/cli/metrics";

const TODAY = ["--today", "2026-11-24"];

const FIRST = lines(
  "---", // 1
  "title: Checkout outage", // 2
  "date: 2026-03-01", // 3
  "services: [checkout]", // 4
  "---", // 5
  "# Post-mortem: checkout outage", // 6
  "", // 7
  "## Action items", // 8
  "", // 9
  "- [x] Alice: remove the database call from the checkout liveness probe (OPS-1)", // 10
  "- [ ] Bob: add a pool wait p99 alert for checkout, by 2026-04-01 (OPS-2)", // 11
  "- [ ] ~~Carol: shard the cache~~ won't do: the cache is being retired", // 12
  "- [ ] Improve monitoring", // 13
);

const SECOND = lines(
  "---", // 1
  "title: Checkout outage, again", // 2
  "date: 2026-10-20", // 3
  "status: closed", // 4
  "services: [checkout]", // 5
  "---", // 6
  "# Post-mortem: checkout outage, again", // 7
  "", // 8
  "## Action items", // 9
  "", // 10
  "- [ ] Dan: stop the checkout liveness probe from calling the database, by 2026-11-01 (OPS-9)", // 11
  "- [x] Erin: add a canary stage to the checkout deploy (OPS-10)", // 12
);

describe("cli: metrics", function () {
  this.timeout(60_000);
  const temp = tempDirPerTest((dir) =>
    writeTree(dir, {
      "postmortems/2026-03-01-checkout.md": FIRST,
      "postmortems/2026-10-20-checkout-again.md": SECOND,
      "docs/notes.md": "# Notes\n\n## Action items\n\n- [ ] not a post-mortem\n",
    }),
  );

  function json(args: string[] = []): JsonMetricsReport {
    const result = runCli(["metrics", ...args, "--format", "json", ...TODAY], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as JsonMetricsReport;
  }

  it("prints the numbers as JSON: totals, the rate, slices, overdue with file and line", () => {
    const report = json();
    assert.equal(report.today, "2026-11-24");
    assert.deepEqual(report.totals, {
      postMortems: 2,
      actions: 6,
      open: 3,
      done: 2,
      deprioritized: 1,
      deprioritizedWithReason: 1,
      deprioritizedWithoutReason: 0,
      overdue: 2,
      openWithoutDueDate: 1,
    });
    assert.equal(report.rate, 2 / 5);
    assert.deepEqual(
      report.byQuarter.map((row) => [row.key, row.actions, row.done]),
      [
        ["2026-Q1", 4, 1],
        ["2026-Q4", 2, 1],
      ],
    );
    assert.deepEqual(
      report.byService.map((row) => row.key),
      ["checkout"],
    );
    assert.deepEqual(
      report.overdue.map((item) => [item.file, item.line, item.daysLate, item.owners]),
      [
        ["postmortems/2026-03-01-checkout.md", 11, 237, ["Bob"]],
        ["postmortems/2026-10-20-checkout-again.md", 11, 23, ["Dan"]],
      ],
    );
    assert.deepEqual(report.overdue[0].postMortem, {
      file: "postmortems/2026-03-01-checkout.md",
      title: "Checkout outage",
      date: "2026-03-01",
    });
    assert.equal(
      (report.overdue[0] as unknown as Record<string, unknown>).uri,
      undefined,
      "files, not URIs",
    );
    assert.deepEqual(
      report.closedWithOpen.map((entry) => [entry.postMortem.title, entry.open]),
      [["Checkout outage, again", 1]],
    );
    assert.equal(report.weak.weak, 1);
  });

  it("finds the repeated fix: done in March, proposed again in October", () => {
    const [fix, ...rest] = json().repeatedFixes;
    assert.deepEqual(rest, []);
    assert.equal(fix.postMortems, 2);
    assert.equal(fix.doneThenProposedAgain, true);
    assert.deepEqual(
      fix.items.map((item) => [item.file, item.line, item.state]),
      [
        ["postmortems/2026-03-01-checkout.md", 10, "done"],
        ["postmortems/2026-10-20-checkout-again.md", 11, "open"],
      ],
    );
  });

  it("--since keeps post-mortems dated on or after the day", () => {
    const report = json(["--since", "2026-06-01"]);
    assert.equal(report.since, "2026-06-01");
    assert.equal(report.totals.postMortems, 1);
    assert.deepEqual(report.repeatedFixes, []);
  });

  it("prints a readable report: the headline numbers, a table per section, no colour when piped", () => {
    const result = runCli(["metrics", ...TODAY], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    const out = result.stdout;
    assert.match(
      out,
      /^Follow-through of 2 post-mortems, 2026-03-01 to 2026-10-20, as of 2026-11-24$/m,
    );
    assert.match(
      out,
      /^ {2}Follow-through rate +40% {2}2 done of 5 actions that count \(6, less 1 deprioritized with a reason\)$/m,
    );
    assert.match(out, /^ {2}Open +3 {2}2 overdue \(up to 237 days late\)/m);
    assert.match(out, /^Rate by quarter/m);
    assert.match(out, /^ {2}Quarter +Actions +Done +Open +Overdue +Dropped +Silent +Rate$/m);
    assert.match(out, /^ {2}2026-Q1 +4 +1 +2 +1 +1 +0 +33% ███░░░░░░░$/m);
    assert.match(out, /^ {2}237 days {2}Bob {2}add a pool wait p99 alert for checkout$/m);
    assert.match(
      out,
      /due 2026-04-01 · Checkout outage \(2026-03-01\) · postmortems\/2026-03-01-checkout\.md:11$/m,
    );
    assert.match(
      out,
      /^ {2}Checkout outage, again \(2026-10-20\): status "closed", 1 open action/m,
    );
    assert.match(out, /^ {2}1\. remove the database call from the checkout liveness probe$/m);
    assert.match(
      out,
      /Marked done in "Checkout outage" \(2026-03-01\), proposed again on 2026-10-20/,
    );
    assert.doesNotMatch(out, /\u001b\[/);
  });

  it("says so when there is nothing to measure", () => {
    const result = runCli(["metrics", "docs", ...TODAY], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /No post-mortems found\./);
    const empty = runCli(["metrics", "docs", "--format", "json", ...TODAY], { cwd: temp.dir });
    const report = JSON.parse(empty.stdout) as JsonMetricsReport;
    assert.equal(report.rate, null);
    assert.deepEqual(report.repeatedFixes, []);
  });

  it("is listed in --help; rejects bad values and other commands' options with exit 2", () => {
    const help = runCli(["--help"], { cwd: temp.dir });
    assert.match(help.stdout, /^ {2}metrics \[files\|dirs\|globs\.\.\.\]$/m);
    assert.match(help.stdout, /--since <YYYY-MM-DD>/);
    for (const [args, message] of [
      [["metrics", "--format", "csv"], /--format for `metrics` must be text or json/],
      [["metrics", "--since", "2026-02-30"], /--since must be a date written YYYY-MM-DD/],
      [["actions", "--since", "2026-01-01"], /--since is an option of `metrics`/],
      [["metrics", "--owner", "alice"], /--owner is an option of `actions`/],
    ] as [string[], RegExp][]) {
      const result = runCli(args, { cwd: temp.dir });
      assert.equal(result.status, 2, args.join(" "));
      assert.match(result.stderr, message);
    }
  });

  it("exits 2 when a named file cannot be read, after measuring the rest", () => {
    const result = runCli(["metrics", "postmortems", "missing.md", "--format", "json", ...TODAY], {
      cwd: temp.dir,
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.md: cannot read file/);
    assert.equal((JSON.parse(result.stdout) as JsonMetricsReport).totals.postMortems, 2);
  });

  it("on the bundled examples: the November incident repeats two open fixes and one marked done", () => {
    const result = runCli(["metrics", "examples", "--format", "json", "--today", "2026-12-01"], {
      cwd: REPO_ROOT,
    });
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout) as JsonMetricsReport;
    assert.equal(report.totals.postMortems, 7);
    assert.deepEqual(
      report.repeatedFixes.map((fix) => [
        fix.doneThenProposedAgain,
        fix.items.map((item) => `${path.basename(item.file)}:${item.line}:${item.state}`),
      ]),
      [
        [
          true,
          ["2026-07-08-checkout-latency.md:32:done", "2026-11-18-settlement-run-503s.md:43:open"],
        ],
        [
          false,
          [
            "2026-02-11-payments-api-connection-pool.md:61:open",
            "2026-11-18-settlement-run-503s.md:41:open",
          ],
        ],
        [
          false,
          [
            "2026-02-11-payments-api-connection-pool.md:62:open",
            "2026-11-18-settlement-run-503s.md:42:open",
          ],
        ],
      ],
    );
    assert.deepEqual(
      report.closedWithOpen.map((entry) => entry.postMortem.title),
      ["Merchant webhook backlog"],
    );
  });
});
