// The validator in-process, with a lint that throws: the server logs once, keeps the last
// diagnostics, and recovers. (Over stdio the real core never throws, so this is tested here.)
import * as assert from "node:assert/strict";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { lint } from "../../server/src/core/lint";
import { defaultConfig } from "../../server/src/core/config";
import { defaultSettings } from "../../server/src/lsp/settings";
import { Validator } from "../../server/src/lsp/validation";
import { WEAK_LINE } from "./fixtures";

const URI = "untitled:Untitled-9";
const TEXT = ["# Post-mortem: queue backlog", "", "## Action items", "", WEAK_LINE, ""].join("\n");

describe("language server: validator", function () {
  let document: TextDocument;
  let published: PublishDiagnosticsParams[];
  let errors: string[];
  let throwing: boolean;
  let validator: Validator;

  beforeEach(function () {
    document = TextDocument.create(URI, "markdown", 1, TEXT);
    published = [];
    errors = [];
    throwing = false;
    validator = new Validator({
      log: { error: (message) => errors.push(message), info: () => undefined },
      publish: (params) => published.push(params),
      documents: { get: (uri) => (uri === URI ? document : undefined), all: () => [document] },
      settings: { get: () => Promise.resolve(defaultSettings()) },
      configs: { get: () => ({ config: defaultConfig() }) },
      lint: (text, options) => {
        if (throwing) {
          throw new Error("parser exploded");
        }
        return lint(text, options);
      },
    });
  });

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 30));
  }

  function edit(text: string): void {
    document = TextDocument.create(URI, "markdown", document.version + 1, text);
    validator.schedule(URI, 0);
  }

  it("logs a throwing lint once, keeps the last diagnostics, and recovers", async function () {
    validator.schedule(URI);
    await settle();
    assert.equal(published.length, 1);
    assert.ok(published[0].diagnostics.some((diagnostic) => diagnostic.code === "owner-missing"));

    throwing = true;
    edit(TEXT.replace("thresholds", "threshold"));
    await settle();
    edit(TEXT.replace("thresholds", "limits"));
    await settle();
    assert.equal(
      published.length,
      1,
      "nothing is published while lint throws: the last diagnostics stay",
    );
    assert.equal(errors.length, 1, `one log line for the same error: ${JSON.stringify(errors)}`);
    assert.match(errors[0], /parser exploded/);

    throwing = false;
    edit(TEXT);
    await settle();
    assert.equal(published.length, 2);
    assert.equal(published[1].version, document.version);
  });

  it("logs a failing rule once and still publishes the other rules' findings", async function () {
    validator = new Validator({
      log: { error: (message) => errors.push(message), info: () => undefined },
      publish: (params) => published.push(params),
      documents: { get: () => document, all: () => [document] },
      settings: { get: () => Promise.resolve(defaultSettings()) },
      configs: { get: () => ({ config: defaultConfig() }) },
      lint: (text, options) => {
        const result = lint(text, options);
        return {
          ...result,
          ruleErrors: [{ rule: "vague-outcome", error: new Error("regex overflow") }],
        };
      },
    });
    validator.schedule(URI);
    await settle();
    edit(TEXT.replace("thresholds", "limits"));
    await settle();
    assert.equal(published.length, 2);
    assert.ok(published[1].diagnostics.some((diagnostic) => diagnostic.code === "owner-missing"));
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0], /vague-outcome/);
  });
});
