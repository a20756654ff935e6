// One exported function per command; each takes the Ctx and returns the command's handler.
import * as vscode from "vscode";
import {
  ActionsRequest,
  RulesRequest,
  type RuleInfo,
  type RulesResult,
} from "../../server/src/protocol";
import type { Ctx } from "./ctx";

export function restartServer(ctx: Ctx) {
  return async (): Promise<void> => {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: "Restarting Follow-Through" },
      () => ctx.restart(),
    );
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
    let rule: RuleInfo | undefined =
      typeof ruleId === "string" ? rules.find((candidate) => candidate.id === ruleId) : undefined;
    if (rule === undefined) {
      const picked = await vscode.window.showQuickPick(
        rules.map((candidate) => ({
          label: candidate.id,
          description: candidate.description,
          detail: `default: ${candidate.defaultSeverity}`,
          rule: candidate,
        })),
        { placeHolder: "Open the docs of a Follow-Through rule", matchOnDescription: true },
      );
      rule = picked?.rule;
    }
    if (rule === undefined) {
      return;
    }
    // The rule pages ship in the extension: shown in VS Code's Markdown preview, offline; the web page otherwise.
    // Locked and to the side: an unlocked preview would follow the next Markdown editor and lose the page.
    const shipped = vscode.Uri.joinPath(
      ctx.extensionContext.extensionUri,
      "docs",
      "rules",
      `${rule.id}.md`,
    );
    const exists = await Promise.resolve(vscode.workspace.fs.stat(shipped)).then(
      () => true,
      () => false,
    );
    if (exists) {
      await vscode.commands.executeCommand("markdown.showLockedPreviewToSide", shipped);
    } else {
      await vscode.env.openExternal(vscode.Uri.parse(rule.docsUrl));
    }
  };
}

/** The folders post-mortems usually live in; a new one goes into the first that exists. */
const POST_MORTEM_FOLDERS = [
  "postmortems",
  "post-mortems",
  "docs/postmortems",
  "docs/post-mortems",
  "incidents",
  "docs/incidents",
];

export function newPostMortem(ctx: Ctx) {
  return async (titleArg?: unknown): Promise<void> => {
    const title =
      typeof titleArg === "string" && titleArg.trim() !== ""
        ? titleArg.trim()
        : await vscode.window.showInputBox({
            prompt: "Incident title",
            placeHolder: "Checkout outage after a config push",
          });
    if (title === undefined) {
      return;
    }
    const template = await postMortemTemplate(ctx);
    let document: vscode.TextDocument;
    const target = vscode.workspace.isTrusted ? await postMortemFolder() : undefined;
    if (target !== undefined) {
      // A file in the post-mortems folder, named like the others: "2026-11-24-checkout-outage.md".
      const slug =
        title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 60) || "post-mortem";
      const uri = vscode.Uri.joinPath(
        target,
        `${new Date().toISOString().slice(0, 10)}-${slug}.md`,
      );
      await vscode.workspace.fs.writeFile(uri, new Uint8Array());
      document = await vscode.workspace.openTextDocument(uri);
    } else {
      document = await vscode.workspace.openTextDocument({ language: "markdown", content: "" });
    }
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(
      new vscode.SnippetString(
        template.replace(/\$\{1:Incident title\}/g, title.replace(/[$}\\]/g, "\\$&")),
      ),
    );
  };
}

async function postMortemFolder(): Promise<vscode.Uri | undefined> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const relative of POST_MORTEM_FOLDERS) {
      const candidate = vscode.Uri.joinPath(folder.uri, relative);
      try {
        if ((await vscode.workspace.fs.stat(candidate)).type === vscode.FileType.Directory) {
          return candidate;
        }
      } catch {
        // Not there: try the next name.
      }
    }
  }
  return undefined;
}

/** The post-mortem template is the snippet the extension ships, so the two never drift apart. */
async function postMortemTemplate(ctx: Ctx): Promise<string> {
  const file = vscode.Uri.joinPath(
    ctx.extensionContext.extensionUri,
    "snippets",
    "markdown.code-snippets",
  );
  const snippets = JSON.parse(
    new TextDecoder().decode(await vscode.workspace.fs.readFile(file)),
  ) as Record<string, { body: string[] }>;
  return snippets["Post-mortem"].body.join("\n");
}

/** Opens every Markdown file of the workspace for the server, so the Problems view lists all post-mortems. */
export function lintWorkspace(ctx: Ctx) {
  return async (): Promise<void> => {
    const client = ctx.client;
    if (client === undefined) {
      void vscode.window.showWarningMessage("Follow-Through: the language server is not running.");
      return;
    }
    const files = await vscode.workspace.findFiles(
      "**/*.{md,markdown}",
      "{**/node_modules/**,**/.git/**,**/dist/**,**/out/**}",
      2000,
    );
    let postMortems = 0;
    let weak = 0;
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: "Follow-Through: linting post-mortems",
        cancellable: true,
      },
      async (progress, token) => {
        for (const [index, file] of files.entries()) {
          if (token.isCancellationRequested) {
            break;
          }
          progress.report({
            message: `${index + 1} of ${files.length}`,
            increment: 100 / files.length,
          });
          const document = await vscode.workspace.openTextDocument(file);
          const result = await client.sendRequest(ActionsRequest.type, {
            textDocument: { uri: document.uri.toString() },
          });
          if (result.isPostMortem) {
            postMortems++;
            weak += result.actions.filter(
              (action) => action.state === "open" && action.findings.length > 0,
            ).length;
          }
        }
      },
    );
    void vscode.window.showInformationMessage(
      `Follow-Through: ${postMortems} post-mortem${postMortems === 1 ? "" : "s"}, ${weak} weak open action item${weak === 1 ? "" : "s"}. See the Problems view.`,
    );
  };
}
