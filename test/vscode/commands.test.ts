// The commands the manifest contributes are registered, and they work.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import {
  NOTES,
  POST_MORTEM,
  open,
  ours,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from "./helpers";

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

  it("Lint Workspace lints every post-mortem and leaves other Markdown alone", async () => {
    await vscode.commands.executeCommand("followThrough.lintWorkspace");
    assert.equal(ours(workspaceUri(POST_MORTEM)).length, 6);
    assert.deepEqual(ours(workspaceUri(NOTES)), []);
  });

  it("New Post-Mortem opens the template with the title filled in", async () => {
    // The title comes as the command's argument, as a keybinding or another extension would pass it.
    await vscode.commands.executeCommand(
      "followThrough.newPostMortem",
      "Search latency after the shard move",
    );
    const editor = await waitFor("the new post-mortem's editor", () => {
      const active = vscode.window.activeTextEditor;
      return active !== undefined &&
        active.document.getText().includes("Search latency after the shard move")
        ? active
        : undefined;
    });
    assert.equal(editor.document.languageId, "markdown");
    assert.match(editor.document.getText(), /## Action items/i);
    await waitForDiagnostics(
      editor.document.uri,
      "the template to be linted as a post-mortem",
      () => true,
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
