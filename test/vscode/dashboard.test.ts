// The Follow-Through dashboard in a real extension host: the command opens one webview panel, the
// server's followThrough/metrics answers with the workspace's numbers (the same post-mortems the Open
// actions view shows), the panel follows a new post-mortem on disk, and an item's link reveals it.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { EXTENSION_ID, waitFor, workspaceUri } from "./helpers";

interface Metrics {
  today: string;
  totals: { postMortems: number; actions: number; open: number; done: number; overdue: number };
  overdue: {
    uri: string;
    text: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}
interface Api {
  actionsView: { snapshot: { postMortems: { uri: string; actions: { state: string }[] }[] } };
  dashboard: {
    snapshot: {
      open: boolean;
      metrics: Metrics | undefined;
      html: string | undefined;
      refreshes: number;
    };
  };
  ready: Promise<void>;
}

const FILE = "postmortems/2026-11-03-dashboard.md";
const TEXT = [
  "---",
  "title: Dashboard outage",
  "date: 2026-11-03",
  "---",
  "# Post-mortem: dashboard outage",
  "",
  "## Action items",
  "",
  "- [ ] Alice: add a canary for the dashboard, by 2026-01-10 (OPS-1)",
  "- [x] Bob: remove the stale dashboard cache (OPS-2)",
  "",
].join("\n");

function dashboardTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.label === "Follow-Through Dashboard");
}

function tabLabels(): string {
  return (
    vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)).join(", ") ||
    "none"
  );
}

describe("Follow-Through dashboard", function () {
  let api: Api;
  const uri = workspaceUri(FILE);

  before(async function () {
    const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID)!;
    api = await extension.activate();
    await api.ready;
    await waitFor("the workspace's post-mortems in the index", () =>
      api.actionsView.snapshot.postMortems.length > 0 ? true : undefined,
    );
  });

  after(async function () {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    try {
      await vscode.workspace.fs.delete(uri);
    } catch {
      // Not created: an earlier test failed.
    }
  });

  it("opens one panel whose numbers are the workspace's", async function () {
    assert.equal(api.dashboard.snapshot.open, false, "nothing is open before the command");
    await vscode.commands.executeCommand("followThrough.showDashboard");
    const metrics = await waitFor("the metrics answer", () => api.dashboard.snapshot.metrics);
    // The extension host hears of tabs a moment after the main thread opened them.
    const [tab] = await waitFor(
      () => `a tab titled Follow-Through Dashboard (tabs: ${tabLabels()})`,
      () => (dashboardTabs().length > 0 ? dashboardTabs() : undefined),
    );
    assert.ok(tab.input instanceof vscode.TabInputWebview, "a webview");
    const indexed = api.actionsView.snapshot.postMortems;
    assert.equal(metrics.totals.postMortems, indexed.length);
    assert.equal(
      metrics.totals.actions,
      indexed.reduce((sum, postMortem) => sum + postMortem.actions.length, 0),
    );
    assert.equal(
      metrics.totals.open,
      indexed.reduce(
        (sum, postMortem) =>
          sum + postMortem.actions.filter((action) => action.state === "open").length,
        0,
      ),
    );
    assert.match(api.dashboard.snapshot.html ?? "", /Follow-through rate/);
    assert.match(api.dashboard.snapshot.html ?? "", /Content-Security-Policy/);
    await vscode.commands.executeCommand("followThrough.showDashboard");
    await new Promise((wake) => setTimeout(wake, 500));
    assert.equal(dashboardTabs().length, 1, `the command reuses the panel (tabs: ${tabLabels()})`);
  });

  it("follows the index: a new post-mortem on disk shows up in the numbers", async function () {
    const before = api.dashboard.snapshot.metrics!;
    await vscode.workspace.fs.createDirectory(workspaceUri("postmortems"));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    const after = await waitFor("the new post-mortem in the dashboard", () => {
      const metrics = api.dashboard.snapshot.metrics;
      return metrics !== undefined && metrics.totals.postMortems === before.totals.postMortems + 1
        ? metrics
        : undefined;
    });
    assert.equal(after.totals.actions, before.totals.actions + 2);
    assert.equal(after.totals.done, before.totals.done + 1);
    assert.ok(
      after.overdue.some(
        (item) => item.uri === uri.toString() && item.text === "add a canary for the dashboard",
      ),
    );
  });

  it("an overdue item's link reveals it", async function () {
    const item = api.dashboard.snapshot.metrics!.overdue.find(
      (candidate) => candidate.uri === uri.toString(),
    )!;
    const html = api.dashboard.snapshot.html ?? "";
    const link = `command:followThrough.revealAction?${encodeURIComponent(JSON.stringify([item.uri, item.range]))}`;
    assert.ok(html.includes(link.replace(/&/g, "&amp;")), "the page links the item");
    // What the webview does on a click: run the command URI's command with its JSON arguments.
    const args = JSON.parse(decodeURIComponent(link.slice(link.indexOf("?") + 1))) as unknown[];
    await vscode.commands.executeCommand("followThrough.revealAction", ...args);
    const editor = await waitFor("the post-mortem in an editor", () =>
      vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
        ? vscode.window.activeTextEditor
        : undefined,
    );
    assert.equal(editor.selection.start.line, 8);
    assert.equal(
      editor.document.getText(editor.selection),
      "Alice: add a canary for the dashboard, by 2026-01-10 (OPS-1)",
    );
  });
});
