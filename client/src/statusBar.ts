// The status bar shows how many action items of the open post-mortem are weak. It asks the server
// (followThrough/actions), which reuses the lint of the current version: nothing is computed twice.
import * as vscode from "vscode";
import { ActionsRequest, type ActionsResult } from "../../server/src/protocol";
import type { Ctx } from "./ctx";

export class WeakActionsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    "followThrough.weakActions",
    vscode.StatusBarAlignment.Left,
    50,
  );
  private readonly disposables: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly ctx: Ctx) {
    this.item.name = "Follow-Through: weak action items";
    this.item.command = "workbench.actions.view.problems";
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) {
          this.refreshSoon();
        }
      }),
    );
    this.refreshSoon();
  }

  private refreshSoon(): void {
    if (this.pending !== undefined) {
      clearTimeout(this.pending);
    }
    this.pending = setTimeout(() => void this.refresh(), 100);
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.ctx.client;
    if (
      document === undefined ||
      document.languageId !== "markdown" ||
      client === undefined ||
      !client.isRunning()
    ) {
      this.item.hide();
      return;
    }
    let result: ActionsResult;
    try {
      result = await client.sendRequest(ActionsRequest.type, {
        textDocument: { uri: document.uri.toString() },
      });
    } catch {
      this.item.hide();
      return;
    }
    if (!result.isPostMortem) {
      this.item.hide();
      return;
    }
    const open = result.actions.filter((action) => action.state === "open");
    const weak = open.filter((action) => action.findings.length > 0);
    this.item.text =
      weak.length === 0
        ? `$(pass) ${open.length} strong action${open.length === 1 ? "" : "s"}`
        : `$(warning) ${weak.length} weak action${weak.length === 1 ? "" : "s"}`;
    this.item.tooltip = `Follow-Through: ${weak.length} of ${open.length} open action items miss an owner, verb, outcome, tracker link or deadline. Click for the Problems view.`;
    this.item.show();
  }

  dispose(): void {
    if (this.pending !== undefined) {
      clearTimeout(this.pending);
    }
    this.item.dispose();
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}
