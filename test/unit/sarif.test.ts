// SARIF output of the built CLI: valid against the published 2.1.0 schema and shaped as GitHub code scanning wants.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import type * as Sarif from "sarif";
import { ruleDocsUrl, ruleList } from "../../server/src/core/rules";
import {
  CLOSED_WITH_OPEN,
  REPO_ROOT,
  STATUS_LINE,
  WEAK_AND_STRONG,
  WEAK_LINE,
  lines,
  parseJsonReport,
  tempDirPerTest,
  runCli,
  writeTree,
} from "../support/cli-helpers";

const SCHEMA_FILE = path.join(
  REPO_ROOT,
  "node_modules",
  "@microsoft",
  "jest-sarif",
  "lib",
  "schemas",
  "sarif-2.1.0-rtm.5.json",
);
const TODAY = ["--today", "2026-11-24"];
const FINGERPRINT = "followThroughFinding/v1";

function compileSchema() {
  // The published schema has a language pattern ("…]?$") that is only valid without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8")) as object);
}

function sarifOf(stdout: string): Sarif.Log {
  return JSON.parse(stdout) as Sarif.Log;
}

function resultsFor(log: Sarif.Log, uri: string): Sarif.Result[] {
  return (log.runs[0].results ?? []).filter(
    (result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri === uri,
  );
}

function fingerprintsByRule(log: Sarif.Log, uri: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const result of resultsFor(log, uri)) {
    const list = out.get(result.ruleId ?? "") ?? [];
    list.push(result.partialFingerprints?.[FINGERPRINT] ?? "");
    out.set(result.ruleId ?? "", list);
  }
  return out;
}

describe("cli: SARIF", function () {
  const temp = tempDirPerTest();
  let validate: ReturnType<typeof compileSchema>;

  before(function () {
    validate = compileSchema();
  });

  it("the schema validator rejects a broken log (the check has teeth)", () => {
    assert.equal(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(
      validate({
        version: "2.1.0",
        runs: [{ tool: { driver: { name: "x" } }, results: [{ message: {}, level: "fatal" }] }],
      }),
      false,
    );
  });

  it("is valid SARIF 2.1.0 with driver, rules and results for every finding", () => {
    writeTree(temp.dir, {
      "postmortems/weak.md": WEAK_AND_STRONG,
      "postmortems/closed.md": CLOSED_WITH_OPEN,
    });
    const result = runCli(["lint", "--format", "sarif", ...TODAY, "postmortems"], {
      cwd: temp.dir,
    });
    assert.equal(result.status, 1, result.stderr);
    const log = sarifOf(result.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, "2.1.0");
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    const driver = run.tool.driver;
    const version = (
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    assert.equal(driver.name, "follow-through");
    assert.equal(driver.version, version);
    assert.match(driver.informationUri ?? "", /^https?:\/\//);
    assert.deepEqual(
      driver.rules?.map((rule) => rule.id),
      ruleList.map((rule) => rule.id),
    );
    for (const rule of ruleList) {
      const descriptor: Sarif.ReportingDescriptor | undefined = driver.rules?.find(
        (candidate) => candidate.id === rule.id,
      );
      assert.ok(descriptor !== undefined);
      assert.equal(descriptor.helpUri, ruleDocsUrl(rule.id));
      assert.equal(descriptor.shortDescription?.text, rule.description);
      assert.ok((descriptor.fullDescription?.text ?? "").startsWith(rule.description));
      assert.ok(descriptor.name !== undefined && /^[A-Z][A-Za-z]+$/.test(descriptor.name));
      const expected =
        rule.defaultSeverity === "error"
          ? "error"
          : rule.defaultSeverity === "warning"
            ? "warning"
            : "note";
      assert.equal(descriptor.defaultConfiguration?.level, expected);
    }
    assert.deepEqual(run.originalUriBaseIds, {
      "%SRCROOT%": { uri: `${pathToFileURL(temp.dir).href}/` },
    });

    const json = parseJsonReport(
      runCli(["lint", "--format", "json", ...TODAY, "postmortems"], { cwd: temp.dir }).stdout,
    );
    const results = run.results ?? [];
    assert.equal(results.length, json.findings.length);
    assert.ok(results.length > 0);
    for (const [index, sarifResult] of results.entries()) {
      const finding = json.findings[index];
      const location = sarifResult.locations?.[0]?.physicalLocation;
      assert.equal(sarifResult.ruleId, finding.rule);
      assert.equal(
        driver.rules?.[sarifResult.ruleIndex ?? -1]?.id,
        sarifResult.ruleId,
        "ruleIndex points at the rule",
      );
      assert.equal(
        sarifResult.level,
        finding.severity === "error"
          ? "error"
          : finding.severity === "warning"
            ? "warning"
            : "note",
      );
      assert.equal(sarifResult.message.text, finding.message);
      assert.equal(location?.artifactLocation?.uri, finding.file);
      assert.equal(location?.artifactLocation?.uriBaseId, "%SRCROOT%");
      assert.deepEqual(location?.region, {
        startLine: finding.line,
        startColumn: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      });
      assert.match(sarifResult.partialFingerprints?.[FINGERPRINT] ?? "", /^[0-9a-f]{32}:\d+$/);
    }
    assert.ok(
      resultsFor(log, "postmortems/weak.md").some(
        (r) =>
          r.ruleId === "owner-missing" &&
          r.level === "warning" &&
          r.locations?.[0]?.physicalLocation?.region?.startLine === WEAK_LINE,
      ),
    );
    assert.ok(
      resultsFor(log, "postmortems/closed.md").some(
        (r) =>
          r.ruleId === "closed-with-open-actions" &&
          r.level === "error" &&
          r.locations?.[0]?.physicalLocation?.region?.startLine === STATUS_LINE,
      ),
    );
    assert.equal(run.invocations?.[0]?.executionSuccessful, true);
  });

  it("URIs are relative, percent-encoded and use forward slashes", () => {
    writeTree(temp.dir, { "post mortems/2026 #1.md": WEAK_AND_STRONG });
    const log = sarifOf(
      runCli(["lint", "--format", "sarif", ...TODAY, "post mortems/2026 #1.md"], { cwd: temp.dir })
        .stdout,
    );
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const uris = new Set(
      (log.runs[0].results ?? []).map(
        (r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
      ),
    );
    assert.deepEqual([...uris], ["post%20mortems/2026%20%231.md"]);
  });

  it("fingerprints survive lines moving, differ between items, and stay distinct for duplicate items", () => {
    writeTree(temp.dir, { "pm.md": WEAK_AND_STRONG });
    const before = sarifOf(
      runCli(["lint", "--format", "sarif", ...TODAY, "pm.md"], { cwd: temp.dir }).stdout,
    );
    const moved = WEAK_AND_STRONG.replace(
      "## Action items\n",
      "Some context about the outage.\n\nMore context.\n\n## Action items\n",
    );
    writeTree(temp.dir, { "pm.md": moved });
    const after = sarifOf(
      runCli(["lint", "--format", "sarif", ...TODAY, "pm.md"], { cwd: temp.dir }).stdout,
    );
    const lineOf = (log: Sarif.Log): number | undefined =>
      resultsFor(log, "pm.md").find((r) => r.ruleId === "owner-missing")?.locations?.[0]
        ?.physicalLocation?.region?.startLine;
    assert.equal(lineOf(after), (lineOf(before) ?? 0) + 4, "the item really moved");
    assert.deepEqual(fingerprintsByRule(after, "pm.md"), fingerprintsByRule(before, "pm.md"));

    writeTree(temp.dir, {
      "two.md": lines(
        "# Post-mortem: two",
        "",
        "## Action items",
        "",
        "- [ ] Improve monitoring",
        "- [ ] Improve logging",
        "- [ ] Improve monitoring",
      ),
    });
    const log = sarifOf(
      runCli(["lint", "--format", "sarif", ...TODAY, "two.md"], { cwd: temp.dir }).stdout,
    );
    const owners = fingerprintsByRule(log, "two.md").get("owner-missing") ?? [];
    assert.equal(owners.length, 3);
    assert.equal(new Set(owners).size, 3, `three items, three fingerprints: ${owners.join(", ")}`);
  });

  it("reports run problems as tool notifications, and an unreadable file as an unsuccessful run", () => {
    writeTree(temp.dir, { "pm.md": WEAK_AND_STRONG, "bin.md": Buffer.from([0x23, 0, 0, 0]) });
    fs.symlinkSync(path.join(temp.dir, "gone.md"), path.join(temp.dir, "link.md"));
    const result = runCli(["lint", "--format", "sarif", ...TODAY, "pm.md", "bin.md", "link.md"], {
      cwd: temp.dir,
    });
    assert.equal(result.status, 2);
    const log = sarifOf(result.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const invocation = log.runs[0].invocations?.[0];
    assert.equal(invocation?.executionSuccessful, false);
    const notes = (invocation?.toolExecutionNotifications ?? []).map(
      (n) =>
        `${n.level} ${n.locations?.[0]?.physicalLocation?.artifactLocation?.uri}: ${n.message.text}`,
    );
    assert.ok(notes.includes("warning bin.md: skipped: binary file"), notes.join("\n"));
    assert.ok(
      notes.some((note) => note.startsWith("error link.md: cannot read file")),
      notes.join("\n"),
    );
    assert.ok(resultsFor(log, "pm.md").length > 0);
  });

  it("a config file's problems carry their line in the notification", () => {
    writeTree(temp.dir, {
      ".followthrough.yml": lines("rules:", "  owner-missing: loud"),
      "pm.md": WEAK_AND_STRONG,
    });
    const log = sarifOf(
      runCli(["lint", "--format", "sarif", ...TODAY, "pm.md"], { cwd: temp.dir }).stdout,
    );
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const notification = log.runs[0].invocations?.[0]?.toolExecutionNotifications?.[0];
    assert.equal(
      notification?.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
      ".followthrough.yml",
    );
    assert.deepEqual(notification?.locations?.[0]?.physicalLocation?.region, {
      startLine: 2,
      startColumn: 18,
    });
    assert.match(notification?.message.text ?? "", /^rules\.owner-missing: /);
  });
});
