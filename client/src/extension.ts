// Activation stays small: create the Ctx, register commands, start the client. Analysis lives in the server.
import * as vscode from "vscode";
import * as commands from "./commands";
import { Ctx } from "./ctx";
import { WeakActionsStatus } from "./statusBar";
import { checkTrackerStatus, closeInTracker, pushAllToTracker, pushToTracker } from "./push";
import { setTrackerToken } from "./auth";
import { ActionsView } from "./views/actionsView";

let ctx: Ctx | undefined;

/** What `activate` returns: the extension-host tests read the tree through it, as VS Code does. */
export interface FollowThroughApi {
  actionsView: ActionsView;
}

export async function activate(extensionContext: vscode.ExtensionContext): Promise<FollowThroughApi> {
  try {
    ctx = new Ctx(extensionContext);
    ctx.registerCommand("restartServer", commands.restartServer);
    ctx.registerCommand("showRuleDocs", commands.showRuleDocs);
    ctx.registerCommand("newPostMortem", commands.newPostMortem);
    ctx.registerCommand("lintWorkspace", commands.lintWorkspace);
    ctx.registerCommand("pushToTracker", pushToTracker);
    ctx.registerCommand("pushAllToTracker", pushAllToTracker);
    ctx.registerCommand("checkTrackerStatus", checkTrackerStatus);
    ctx.registerCommand("closeInTracker", closeInTracker);
    ctx.registerCommand("setTrackerToken", () => setTrackerToken(extensionContext));
    // Before the client starts, so the tree hears the index's first notifications.
    const actionsView = new ActionsView(ctx);
    extensionContext.subscriptions.push(actionsView);
    await ctx.start();
    extensionContext.subscriptions.push(new WeakActionsStatus(ctx));
    return { actionsView };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Follow-Through failed to start: ${message}`);
    throw error;
  }
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
