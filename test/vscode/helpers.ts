// Shared by the extension-host tests: the workspace's files, bounded waits, our diagnostics.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";

export const EXTENSION_ID = "follow-through.follow-through";
export const POST_MORTEM = "reviews/2026-03-02-search-outage.md";
export const NOTES = "notes.md";
/** Generous: CI shares two cores with other work, which makes VS Code slow, not wrong. */
const WAIT_MS = 45_000;

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder !== undefined, "the test run has no workspace folder");
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

/** Polls until `check` returns a value other than undefined; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string | (() => string),
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await check();
    if (last !== undefined) {
      return last;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${typeof what === "string" ? what : what()}`,
      );
    }
    await new Promise((wake) => setTimeout(wake, 50));
  }
}

/** A tree item's label as text, whether it was given as a string or with highlights. */
export function labelText(item: vscode.TreeItem): string {
  return typeof item.label === "string" ? item.label : (item.label?.label ?? "");
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === "follow-through");
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === "object" && code !== null) {
    return String(code.value);
  }
  return code === undefined ? undefined : String(code);
}

/** Waits until the document's diagnostics satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => `${what} (now: ${summary(ours(uri))})`,
    () => {
      const diagnostics = ours(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    timeoutMs,
  );
}

export function summary(diagnostics: vscode.Diagnostic[]): string {
  return diagnostics.length === 0
    ? "none"
    : diagnostics
        .map((diagnostic) => `${diagnostic.range.start.line + 1}:${ruleOf(diagnostic)}`)
        .join(", ");
}

/** `rule` reported on 0-based `line`. */
export function hasFinding(diagnostics: vscode.Diagnostic[], rule: string, line: number): boolean {
  return diagnostics.some(
    (diagnostic) => ruleOf(diagnostic) === rule && diagnostic.range.start.line === line,
  );
}

/** The 0-based line whose text contains `fragment`. */
export function lineOf(document: vscode.TextDocument, fragment: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(fragment)) {
      return line;
    }
  }
  throw new Error(`no line contains "${fragment}" in ${document.uri.fsPath}`);
}

/** The code actions VS Code gets from the extension for a range, as the lightbulb would. */
export async function codeActions(
  uri: vscode.Uri,
  range: vscode.Range,
): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    "vscode.executeCodeActionProvider",
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (actions ?? []).filter(
    (action): action is vscode.CodeAction => "edit" in action || "kind" in action,
  );
}

export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit !== undefined, `"${action.title}" has no edit`);
  assert.ok(
    await vscode.workspace.applyEdit(action.edit),
    `workspace.applyEdit refused "${action.title}"`,
  );
}

/** Puts the document back to `text` (the tests never save). */
export async function restore(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() === text) {
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), "could not restore the document");
}

/** Writes figures for `npm run bench:vscode` when it runs the suite (FOLLOW_THROUGH_BENCH_OUT); tests never judge them. */
export function recordForBenchmark(name: string, figures: unknown): void {
  const dir = process.env.FOLLOW_THROUGH_BENCH_OUT;
  if (dir !== undefined && dir !== "") {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figures));
  }
}

/** Answers the extension's prompts the way a person would, for the length of `run`. */
export async function answering<T>(
  answers: {
    pick?: (
      items: readonly vscode.QuickPickItem[],
    ) => vscode.QuickPickItem | readonly vscode.QuickPickItem[] | string | undefined;
    input?: string;
    warning?: string;
    info?: (message: string) => void;
  },
  run: () => Thenable<T>,
): Promise<T> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const saved = {
    showQuickPick: window.showQuickPick,
    showInputBox: window.showInputBox,
    showWarningMessage: window.showWarningMessage,
    showInformationMessage: window.showInformationMessage,
  };
  window.showQuickPick = async (
    items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>,
  ) => answers.pick?.(await items);
  window.showInputBox = async () => answers.input;
  window.showWarningMessage = async () => answers.warning;
  window.showInformationMessage = async (message: string) => {
    answers.info?.(message);
    return undefined;
  };
  try {
    return await run();
  } finally {
    Object.assign(window, saved);
  }
}
