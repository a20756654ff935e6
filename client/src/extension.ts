// Activation stays small: create the Ctx, register commands, start the client. Analysis lives in the server.
import * as vscode from "vscode";
import * as commands from "./commands";
import { Ctx } from "./ctx";
import { WeakActionsStatus } from "./statusBar";
import { checkTrackerStatus, closeInTracker, pushAllToTracker, pushToTracker } from "./push";
import { setTrackerToken } from "./auth";
import { pickFix } from "./pickFix";
import { ActionsView } from "./views/actionsView";
import { Dashboard } from "./views/dashboard";
import { activationTiming, type ActivationTiming } from "./activationClock";

let ctx: Ctx | undefined;

/** What `activate` returns: the extension-host tests read the tree through it, as VS Code does. */
export interface FollowThroughApi {
  actionsView: ActionsView;
  /** The Follow-Through dashboard (created empty; the panel opens with followThrough.showDashboard). */
  dashboard: Dashboard;
  /** Settles when the language server has started (or failed to: the error was shown once). */
  ready: Promise<void>;
  activation: ActivationTiming;
}

export async function activate(
  extensionContext: vscode.ExtensionContext,
): Promise<FollowThroughApi> {
  const activateStarted = performance.now();
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
    ctx.registerCommand("pickFix", pickFix);
    // Before the client starts, so the tree hears the index's first notifications.
    const actionsView = new ActionsView(ctx);
    extensionContext.subscriptions.push(actionsView);
    extensionContext.subscriptions.push(new WeakActionsStatus(ctx));
    // Holds nothing until the command runs: no request, no panel, no HTML at activation.
    const dashboard = new Dashboard(ctx, actionsView.onDidChangeIndex);
    extensionContext.subscriptions.push(dashboard);
    ctx.registerCommand("showDashboard", () => () => dashboard.show());
    // The server starts in the background: activation returns before it is spawned, so opening a
    // Markdown file never waits for it. Diagnostics arrive when it is up.
    const started = ctx;
    const ready = started.start().catch((error: unknown) => showStartFailure(error, started));
    const activation = activationTiming(activateStarted);
    started.log.info(
      `activated in ${activation.activateMs} ms (bundle loaded in ${activation.loadMs} ms); starting the language server`,
    );
    return { actionsView, dashboard, ready, activation };
  } catch (error) {
    showStartFailure(error, ctx);
    throw error;
  }
}

function showStartFailure(error: unknown, owner: Ctx | undefined): void {
  const message = error instanceof Error ? error.message : String(error);
  owner?.log.error(`Follow-Through failed to start: ${message}`);
  void vscode.window
    .showErrorMessage(`Follow-Through failed to start: ${message}`, "Show Log")
    .then((choice) => choice === "Show Log" && owner?.log.show());
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
