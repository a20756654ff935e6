// The commands the manifest contributes are registered, and they work.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import {
  NOTES,
  POST_MORTEM,
  hasFinding,
  lineOf,
  open,
  ours,
  ruleOf,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from "./helpers";

/** A post-mortem on disk that no test opens: only Lint Workspace can get it linted. */
const UNOPENED = "reviews/2026-04-11-queue-backlog.md";
/** Its findings, as "0-based line:rule", sorted (the same as `follow-through lint` reports). */
const UNOPENED_FINDINGS = [
  "11:deadline-missing",
  "11:owner-missing",
  "11:tracker-missing",
  "11:vague-outcome",
  "13:process-verb",
];
/** The headings of the post-mortem template (snippets/markdown.code-snippets). */
const TEMPLATE_HEADINGS = [
  "## Summary",
  "## Impact",
  "## Timeline",
  "## Root cause",
  "## Contributing factors",
  "## Action items",
  "## Lessons learned",
];

function findingsOf(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((diagnostic) => `${diagnostic.range.start.line}:${ruleOf(diagnostic)}`)
    .sort();
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some(
    (document) => document.uri.toString() === uri.toString(),
  );
}

describe("commands", () => {
  before(async () => {
    await open(POST_MORTEM);
    await waitForDiagnostics(
      workspaceUri(POST_MORTEM),
      "the six findings",
      (found) => found.length === 6,
    );
  });

  it("registers every command the manifest contributes", async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const extension = vscode.extensions.getExtension("follow-through.follow-through")!;
    const contributed = (
      extension.packageJSON as { contributes: { commands: { command: string }[] } }
    ).contributes.commands.map((entry) => entry.command);
    assert.ok(contributed.length >= 4, `only ${contributed.length} commands contributed`);
    for (const command of contributed) {
      assert.ok(registered.has(command), `${command} is contributed but not registered`);
    }
  });

  it("Restart Server brings the diagnostics back", async () => {
    await vscode.commands.executeCommand("followThrough.restartServer");
    await waitForDiagnostics(
      workspaceUri(POST_MORTEM),
      "diagnostics after the restart",
      (found) => found.length === 6,
    );
  });

  it("Lint Workspace lints a post-mortem nobody opened and leaves other Markdown alone", async () => {
    const unopened = workspaceUri(UNOPENED);
    // The server indexes files on disk in the background, but only an opened document gets diagnostics.
    assert.ok(!isOpen(unopened), `${UNOPENED} was opened before the command`);
    assert.deepEqual(findingsOf(ours(unopened)), [], "findings before the command");
    await vscode.commands.executeCommand("followThrough.lintWorkspace");
    const found = await waitForDiagnostics(
      unopened,
      `the findings of ${UNOPENED}`,
      (diagnostics) => diagnostics.length >= UNOPENED_FINDINGS.length,
    );
    assert.deepEqual(findingsOf(found), UNOPENED_FINDINGS);
    assert.equal(ours(workspaceUri(POST_MORTEM)).length, 6);
    assert.deepEqual(ours(workspaceUri(NOTES)), []);
  });

  it("New Post-Mortem opens the template with the title filled in, linted as a post-mortem", async () => {
    const title = "Search latency after the shard move";
    const before = new Set(
      vscode.workspace.textDocuments.map((document) => document.uri.toString()),
    );
    // The title comes as the command's argument, as a keybinding or another extension would pass it.
    await vscode.commands.executeCommand("followThrough.newPostMortem", title);
    const editor = await waitFor("a new editor holding the whole template", () => {
      const active = vscode.window.activeTextEditor;
      return active !== undefined &&
        !before.has(active.document.uri.toString()) &&
        TEMPLATE_HEADINGS.every((heading) => active.document.getText().includes(heading))
        ? active
        : undefined;
    });
    const document = editor.document;
    assert.equal(document.languageId, "markdown");
    // The test workspace has no post-mortems folder, so the command opens an untitled document.
    assert.ok(document.isUntitled, `an untitled document, got ${document.uri.toString()}`);
    assert.match(document.getText(), new RegExp(`^title: ${title}$`, "m"));
    assert.match(document.getText(), new RegExp(`^# .*${title}$`, "m"));
    assert.doesNotMatch(document.getText(), /\$\{|\$\d/, "a snippet variable was left unexpanded");
    // The template's example row is a prompt and reports nothing; a weak action typed over it must be
    // reported, which shows the server reads the new document as a post-mortem.
    const row = lineOf(document, "| add an alert on");
    assert.ok(
      await editor.edit((builder) =>
        builder.replace(document.lineAt(row).range, "| Improve monitoring | | | | Open |"),
      ),
    );
    await waitForDiagnostics(
      document.uri,
      "owner-missing and vague-outcome on the typed action",
      (found) => hasFinding(found, "owner-missing", row) && hasFinding(found, "vague-outcome", row),
    );
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  it("Show Rule Docs opens the rule's page shipped with the extension, in the Markdown preview", async () => {
    await vscode.commands.executeCommand("followThrough.showRuleDocs", "owner-missing");
    const tab = await waitFor("the preview of owner-missing.md", () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((candidate) => candidate.label.includes("owner-missing")),
    );
    assert.ok(
      tab.input instanceof vscode.TabInputWebview || String(tab.label).startsWith("Preview"),
      `a preview tab, got ${tab.label}`,
    );
    // A locked preview keeps the rule's page when another Markdown editor becomes active.
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(workspaceUri(NOTES)),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const labels = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .map((candidate) => candidate.label);
    assert.ok(
      labels.some((label) => label.includes("owner-missing")),
      `the rule's page was replaced: ${labels.join(" | ")}`,
    );
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });
});
