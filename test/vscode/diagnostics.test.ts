import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import {
  POST_MORTEM,
  hasFinding,
  lineOf,
  open,
  restore,
  ruleOf,
  summary,
  waitForDiagnostics,
} from "./helpers";

describe("diagnostics", () => {
  let editor: vscode.TextEditor;
  let original: string;

  before(async () => {
    editor = await open(POST_MORTEM);
    original = editor.document.getText();
  });

  afterEach(async () => {
    await restore(editor.document, original);
  });

  it("reports each weak element on its item's line, with the rule code, its docs page and severity", async () => {
    const document = editor.document;
    const expected: [string, string][] = [
      ["Add a canary query", "owner-missing"],
      ["Add a canary query", "deadline-missing"],
      ["investigate the shard", "process-verb"],
      ["Mei: add an alert", "deadline-missing"],
      ["Kwame: roll back", "tracker-missing"],
      ["~~Jonas", "deprioritized-without-reason"],
    ];
    const diagnostics = await waitForDiagnostics(
      document.uri,
      "the six findings",
      (found) => found.length === expected.length,
    );
    for (const [fragment, rule] of expected) {
      assert.ok(
        hasFinding(diagnostics, rule, lineOf(document, fragment)),
        `${rule} missing on "${fragment}"; got ${summary(diagnostics)}`,
      );
    }
    for (const diagnostic of diagnostics) {
      const rule = ruleOf(diagnostic)!;
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(typeof code, "object", "the code carries a link to the rule's docs");
      assert.match(
        code.target.toString(true),
        new RegExp(
          `^https://github\\.com/follow-through/follow-through/blob/v\\d+\\.\\d+\\.\\d+/docs/rules/${rule}\\.md$`,
        ),
      );
      const severity =
        rule === "tracker-missing"
          ? vscode.DiagnosticSeverity.Information
          : vscode.DiagnosticSeverity.Warning;
      assert.equal(diagnostic.severity, severity, `severity of ${rule}`);
      assert.ok(diagnostic.message.length > 20, `${rule} has a message a person can act on`);
    }
  });

  it("updates as you type", async () => {
    const document = editor.document;
    const line = lineOf(document, "Kwame: roll back") + 1;
    await editor.edit((builder) =>
      builder.insert(
        new vscode.Position(line, 0),
        "- [ ] Discuss the alert thresholds with the team\n",
      ),
    );
    const diagnostics = await waitForDiagnostics(
      document.uri,
      "findings on the typed item",
      (found) =>
        hasFinding(found, "process-verb", line) && hasFinding(found, "owner-missing", line),
    );
    assert.ok(hasFinding(diagnostics, "deadline-missing", line), summary(diagnostics));
    await restore(document, original);
    await waitForDiagnostics(
      document.uri,
      "the typed item's findings to go",
      (found) => found.length === 6,
    );
  });
});
