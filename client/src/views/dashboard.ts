// The Follow-Through dashboard: one webview panel showing the server's followThrough/metrics answer
// (rendered by dashboardHtml.ts). Nothing runs until the command opens it; while open, it asks again
// after the index changes (the Open actions view's reads, which follow followThrough/indexChanged).
import { randomBytes } from "crypto";
import * as vscode from "vscode";
import { MetricsRequest, type MetricsResult } from "../../../server/src/protocol";
import type { Ctx } from "../ctx";
import { REVEAL_COMMAND, renderDashboard } from "./dashboardHtml";

export const DASHBOARD_VIEW_TYPE = "followThrough.dashboard";
/** Index changes arrive in bursts while a workspace is indexed; one metrics request per burst. */
const REFRESH_DEBOUNCE_MS = 300;

export class Dashboard implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private stale = false;
  /** The last answer drawn (for the extension-host tests). */
  private lastMetrics: MetricsResult | undefined;
  private refreshes = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: Ctx,
    /** Fires when the client's copy of the index changed (ActionsView.onDidChangeIndex). */
    private readonly onDidChangeIndex: vscode.Event<void>,
  ) {}

  /** The command: opens the panel, or brings it forward and refreshes it. */
  async show(): Promise<void> {
    if (this.panel !== undefined) {
      this.panel.reveal();
      await this.refresh();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      DASHBOARD_VIEW_TYPE,
      "Follow-Through Dashboard",
      vscode.ViewColumn.Active,
      {
        // Links reveal actions through command URIs; the page itself runs no script.
        enableScripts: false,
        enableCommandUris: [REVEAL_COMMAND],
        localResourceRoots: [],
        retainContextWhenHidden: false,
      },
    );
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(
      this.ctx.extensionContext.extensionUri,
      "images",
      "actions.svg",
    );
    panel.webview.html = loadingPage();
    this.panelDisposables.push(
      panel.onDidDispose(() => this.closed()),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) void this.refresh();
      }),
      this.onDidChangeIndex(() => this.scheduleRefresh()),
      this.ctx.onDidStartClient(() => this.scheduleRefresh()),
    );
    await this.refresh();
  }

  /** What the panel shows now: for tests, and for anyone who wants the numbers without the page. */
  get snapshot(): {
    open: boolean;
    metrics: MetricsResult | undefined;
    html: string | undefined;
    refreshes: number;
  } {
    return {
      open: this.panel !== undefined,
      metrics: this.lastMetrics,
      html: this.panel?.webview.html,
      refreshes: this.refreshes,
    };
  }

  private scheduleRefresh(): void {
    if (this.panel === undefined) return;
    if (!this.panel.visible) {
      // Hidden: ask when it is shown again, not on every change meanwhile.
      this.stale = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DEBOUNCE_MS);
  }

  /** Asks the server and redraws; requests run one after another, so an older answer never wins. */
  refresh(): Promise<void> {
    this.queue = this.queue
      .then(() => this.load())
      .catch((error: unknown) =>
        this.ctx.log.warn(`Follow-Through: reading the metrics failed: ${String(error)}`),
      );
    return this.queue;
  }

  private async load(): Promise<void> {
    const panel = this.panel;
    const client = this.ctx.client;
    if (panel === undefined) return;
    if (client === undefined || !client.isRunning()) {
      panel.webview.html = messagePage(
        "The Follow-Through language server is not running yet; the dashboard fills in when it starts.",
      );
      return;
    }
    this.stale = false;
    const metrics = await client.sendRequest(MetricsRequest.type, { today: localToday() });
    if (this.panel !== panel) return;
    this.lastMetrics = metrics;
    this.refreshes++;
    panel.webview.html = renderDashboard(metrics, {
      nonce: randomBytes(16).toString("base64"),
      relativePath: (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)),
    });
  }

  private closed(): void {
    clearTimeout(this.timer);
    this.panel = undefined;
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
  }

  dispose(): void {
    this.panel?.dispose();
    this.closed();
  }
}

/** Today in the user's time zone, as the Open actions view judges overdue. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function loadingPage(): string {
  return messagePage("Reading the workspace's post-mortems…");
}

function messagePage(message: string): string {
  const nonce = randomBytes(16).toString("base64");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'"><style nonce="${nonce}">body { font-family: var(--vscode-font-family); color: var(--vscode-descriptionForeground); padding: 1.5rem; }</style><title>Follow-Through Dashboard</title></head><body><p role="status">${message}</p></body></html>`;
}
