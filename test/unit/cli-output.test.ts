// The CLI's text output: aligned columns that stay readable, and documents far larger than people
// write (a 20 MB export, a generated document) printed in full without overflowing the call stack.
import { strict as assert } from "node:assert";
import { toCsv, toJson, toText } from "../../server/src/cli/actions";
import { metricsText } from "../../server/src/cli/metrics";
import { formatText } from "../../server/src/cli/format/text";
import { computeMetrics } from "../../server/src/core/metrics";
import type { IndexedAction, IndexedPostMortem } from "../../server/src/core/index/types";
import type { Finding, PostMortem } from "../../server/src/core/types";

/** More rows than a function call takes as spread arguments (about 120,000 on Node's default stack). */
const ROWS = 200_000;
const URI = "/docs/postmortems/huge.md";

function range(line: number) {
  return { start: { line, character: 0 }, end: { line, character: 40 } };
}

function hugePostMortem(): IndexedPostMortem {
  const actions: IndexedAction[] = [];
  for (let index = 0; index < ROWS; index++) {
    actions.push({
      id: `a${index}`,
      uri: URI,
      text: `Add alert ${index} on queue depth`,
      range: range(index + 8),
      // Every owner different and every action late: the metrics tables get a row per action.
      owners: [`Owner ${index}`],
      deadline: { text: "by 2026-01-10", date: "2026-01-10" },
      trackerRefs: [`OPS-${index}`],
      state: "open",
      weak: [],
      section: "Action items",
    });
  }
  return {
    uri: URI,
    title: "Huge outage",
    date: "2026-01-01",
    services: [],
    actions,
    origin: "disk",
  };
}

describe("cli: a post-mortem with 200,000 actions", function () {
  this.timeout(60_000);
  const postMortems = [hugePostMortem()];
  const display = (file: string): string => file.replace("/docs/", "");

  it("`actions` prints every row as text, JSON and CSV", () => {
    const text = toText(postMortems, "2026-11-24", display, false).split("\n");
    assert.equal(text.filter((line) => /^ {2}\d+ +overdue/.test(line)).length, ROWS);
    assert.equal(text[text.length - 2], `${ROWS} open actions (${ROWS} overdue) in 1 post-mortem`);
    assert.equal(toJson(postMortems, display).actions.length, ROWS);
    assert.equal(toCsv(toJson(postMortems, display)).split("\r\n").length, ROWS + 2);
  });

  it("`metrics` prints every owner and every overdue action", () => {
    const text = metricsText(computeMetrics(postMortems, { today: "2026-11-24" }), display, false);
    assert.match(text, /^ {2}Owner 199999 +1 +0 +1 +1 /m);
    assert.match(text, /^ {2}318 days {2}Owner 199999 +Add alert 199999 on queue depth$/m);
  });

  it("`lint` prints every finding", () => {
    const findings: Finding[] = [];
    for (let index = 0; index < ROWS; index++) {
      findings.push({
        rule: "owner-missing",
        severity: "warning",
        message: "No owner.",
        range: range(index),
        span: { start: 0, end: 1 },
      });
    }
    const text = formatText(
      {
        cwd: "/docs",
        files: [{ file: URI, path: "huge.md", findings, doc: {} as PostMortem }],
        problems: [],
        rules: [],
        incomplete: false,
      },
      { color: false },
    );
    assert.equal(text.split("\n").filter((line) => line.endsWith("owner-missing")).length, ROWS);
  });
});

describe("cli: text layout of lint findings", () => {
  it("lines the rule ids up after ordinary messages; one long message does not pad the others", () => {
    const finding = (line: number, message: string): Finding => ({
      rule: "vague-outcome",
      severity: "warning",
      message,
      range: range(line),
      span: { start: 0, end: 1 },
    });
    const long = `"${"make the checkout path resilient to every kind of failure ".repeat(6).trim()}" cannot be verified. Name the end state.`;
    const findings = [
      finding(9, "No owner."),
      finding(10, "No deadline: add one."),
      finding(11, long),
    ];
    const text = formatText(
      {
        cwd: "/docs",
        files: [{ file: URI, path: "pm.md", findings, doc: {} as PostMortem }],
        problems: [],
        rules: [],
        incomplete: false,
      },
      { color: false },
    );
    const rows = text.split("\n").filter((line) => line.endsWith("vague-outcome"));
    assert.equal(
      rows[0].indexOf("vague-outcome"),
      rows[1].indexOf("vague-outcome"),
      "ordinary rows line up",
    );
    assert.ok(rows[0].length < 60, `a short row stays short: ${JSON.stringify(rows[0])}`);
    assert.ok(rows[2].endsWith(`${long}  vague-outcome`));
  });
});
