// A rule that throws loses its own findings, not the others': the core records the failure, the
// server logs it once per rule and still publishes what the other rules found.
import * as assert from "node:assert/strict";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import { ruleList } from "../../server/src/core/rules";
import type { Rule } from "../../server/src/core/rules/types";
import { defaultSettings } from "../../server/src/lsp/settings";
import { Validator } from "../../server/src/lsp/validation";

const TODAY = new Date(Date.UTC(2026, 10, 24));
const TEXT = [
  "# Post-mortem: queue backlog",
  "",
  "## Action items",
  "",
  "- [ ] Review alerting thresholds",
  "- [ ] Improve monitoring",
  "",
].join("\n");

/** Throws on every item, with a message that differs per call, as a real bug's often does. */
function throwingRule(): Rule & { calls: number } {
  const rule = {
    id: "explodes",
    description: "A rule with a bug",
    defaultSeverity: "warning" as const,
    fixable: false,
    quickFix: false,
    calls: 0,
    checkItem(): void {
      rule.calls++;
      throw new RangeError(`index ${rule.calls} out of range`);
    },
  };
  return rule;
}

describe("a rule that throws", () => {
  it("loses its own findings; every other rule's findings still arrive", () => {
    const rule = throwingRule();
    const healthy = lint(TEXT, { today: TODAY });
    const withBug = lint(TEXT, { today: TODAY, rules: [rule, ...ruleList] });
    assert.ok(healthy.findings.length > 0);
    assert.deepEqual(
      withBug.findings.map((finding) => `${finding.rule}@${finding.span.start}`),
      healthy.findings.map((finding) => `${finding.rule}@${finding.span.start}`),
      "the rules after the throwing one ran as if it were not there",
    );
    assert.equal(withBug.ruleErrors.length, 1, "recorded once per lint, not once per item");
    assert.equal(withBug.ruleErrors[0].rule, "explodes");
    assert.ok(withBug.ruleErrors[0].error instanceof RangeError);
  });

  it("a document rule that throws a non-Error is recorded as an Error", () => {
    const rule: Rule = {
      id: "throws-a-string",
      description: "A rule that throws a string",
      defaultSeverity: "warning",
      fixable: false,
      quickFix: false,
      checkDocument(): void {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test
        throw "not an Error";
      },
    };
    const result = lint(TEXT, { today: TODAY, rules: [...ruleList, rule] });
    assert.equal(result.ruleErrors.length, 1);
    assert.equal(result.ruleErrors[0].error.message, "not an Error");
    assert.ok(result.findings.some((finding) => finding.rule === "owner-missing"));
  });

  it("the server logs it once for its whole life and publishes the other findings on every edit", async () => {
    const uri = "untitled:Untitled-7";
    let document = TextDocument.create(uri, "markdown", 1, TEXT);
    const published: PublishDiagnosticsParams[] = [];
    const errors: string[] = [];
    const rule = throwingRule();
    const validator = new Validator({
      log: { error: (message) => errors.push(message), info: () => undefined },
      publish: (params) => published.push(params),
      documents: { get: () => document, all: () => [document] },
      settings: { get: () => Promise.resolve(defaultSettings()) },
      configs: { get: () => ({ config: defaultConfig() }) },
      lint: (text, options) => lint(text, { ...options, rules: [rule, ...ruleList] }),
    });
    for (let edit = 0; edit < 5; edit++) {
      document = TextDocument.create(uri, "markdown", document.version + 1, `${TEXT}\n${edit}`);
      validator.schedule(uri, 0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(published.length, 5, "every edit was published");
    for (const params of published) {
      assert.ok(params.diagnostics.some((diagnostic) => diagnostic.code === "owner-missing"));
      assert.ok(!params.diagnostics.some((diagnostic) => diagnostic.code === "explodes"));
    }
    assert.ok(rule.calls >= 5, "the rule ran (and threw) on every lint");
    assert.equal(errors.length, 1, `logged once, not per edit: ${JSON.stringify(errors)}`);
    assert.match(
      errors[0],
      /rule explodes failed and was skipped: RangeError: index 1 out of range/,
    );
  });
});
