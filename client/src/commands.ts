// One exported function per command; each takes the Ctx and returns the command's handler.
import * as vscode from "vscode";
import { RulesRequest, type RuleInfo, type RulesResult } from "../../server/src/protocol";
import type { Ctx } from "./ctx";

export function restartServer(ctx: Ctx) {
  return async (): Promise<void> => {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: "Restarting Follow-Through" }, () => ctx.restart());
  };
}

export function showRuleDocs(ctx: Ctx) {
  return async (ruleId?: unknown): Promise<void> => {
    const client = ctx.client;
    if (client === undefined) {
      void vscode.window.showWarningMessage("Follow-Through: the language server is not running.");
      return;
    }
    const { rules } = await client.sendRequest<RulesResult>(RulesRequest.method);
    let rule: RuleInfo | undefined = typeof ruleId === "string" ? rules.find((candidate) => candidate.id === ruleId) : undefined;
    if (rule === undefined) {
      const picked = await vscode.window.showQuickPick(
        rules.map((candidate) => ({ label: candidate.id, description: candidate.description, detail: `default: ${candidate.defaultSeverity}`, rule: candidate })),
        { placeHolder: "Open the docs of a Follow-Through rule", matchOnDescription: true },
      );
      rule = picked?.rule;
    }
    if (rule !== undefined) {
      await vscode.env.openExternal(vscode.Uri.parse(rule.docsUrl));
    }
  };
}
