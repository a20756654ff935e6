// The Open actions tree, read through the TreeDataProvider the extension hands VS Code: the index
// fills it from a file written to disk (the server's watcher), the groupings switch, a click reveals
// the item's line, and Mark done edits the document without losing unsaved text.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { EXTENSION_ID, answering, recordForBenchmark, waitFor, workspaceUri } from "./helpers";

/** The parts of the extension's API and tree nodes this test reads (the client's own types stay private). */
interface Node {
  kind: "group" | "action";
  group?: { label: string };
  entry?: {
    action: {
      text: string;
      state: string;
      range: {
        start: { line: number; character: number };
        end: { line: number; character: number };
      };
      uri: string;
    };
  };
}
interface ActionsViewApi {
  onDidChangeTreeData: vscode.Event<unknown>;
  getChildren(node?: Node): Node[];
  getTreeItem(node: Node): vscode.TreeItem;
  snapshot: { postMortems: { uri: string; actions: { text: string; state: string }[] }[] };
  title: string | undefined;
}

const FILE = "postmortems/2026-11-02-tree-view.md";
const TEXT = [
  "---",
  "title: Tree view outage",
  "date: 2026-11-02",
  "services: [tree]",
  "---",
  "# Post-mortem: tree view outage",
  "",
  "## Action items",
  "",
  "- [ ] Alice: add a canary for the tree view, by 2026-01-10 (OPS-1)",
  "- [ ] Improve monitoring",
  "- [ ] Bob: remove the stale tree cache, by 2099-01-01 (OPS-2)",
  "",
].join("\n");

describe("Open actions tree", function () {
  let view: ActionsViewApi;
  const uri = workspaceUri(FILE);

  before(async function () {
    const extension = vscode.extensions.getExtension<{ actionsView: ActionsViewApi }>(
      EXTENSION_ID,
    )!;
    view = (await extension.activate()).actionsView;
    await vscode.workspace.fs.createDirectory(workspaceUri("postmortems"));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    await waitFor("the new post-mortem in the tree", () =>
      view.snapshot.postMortems.find((postMortem) => postMortem.uri === uri.toString()),
    );
  });

  after(async function () {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await vscode.workspace.fs.delete(uri);
    await vscode.commands.executeCommand("followThrough.actions.groupBy", "postMortem");
  });

  function group(label: string): Node {
    const found = view.getChildren().find((node) => node.group?.label === label);
    assert.ok(
      found !== undefined,
      `no group "${label}" among ${view
        .getChildren()
        .map((node) => node.group?.label)
        .join(", ")}`,
    );
    return found;
  }

  function action(parent: Node, text: string): Node {
    const found = view.getChildren(parent).find((node) => node.entry?.action.text.startsWith(text));
    assert.ok(found !== undefined, `no action "${text}"`);
    return found;
  }

  it("lists the post-mortem's open actions with owner, due date and a state icon", async function () {
    await vscode.commands.executeCommand("followThrough.actions.groupBy", "postMortem");
    const postMortem = group("Tree view outage");
    const items = view.getChildren(postMortem).map((node) => view.getTreeItem(node));
    assert.deepEqual(
      items.map((item) => item.label),
      ["add a canary for the tree view", "Improve monitoring", "remove the stale tree cache"],
    );
    assert.equal(items[0].description, "Alice · due 2026-01-10");
    assert.equal((items[0].iconPath as vscode.ThemeIcon).id, "clock", "overdue");
    assert.equal((items[1].iconPath as vscode.ThemeIcon).id, "warning", "weak");
    assert.match((items[1].tooltip as vscode.MarkdownString).value, /owner-missing/);
    assert.equal(
      (items[2].iconPath as vscode.ThemeIcon).id,
      "circle-large-outline",
      "open and strong",
    );
  });

  it("shows the overdue count in the view's title, which VS Code shows for a view alone in its container", async function () {
    await waitFor(
      () => `an overdue count in the title, got ${view.title}`,
      () => (/^Open actions · \d+ overdue$/.test(view.title ?? "") ? true : undefined),
    );
  });

  it("Check Trackers without a tracker configured says so and adds no 'From the tracker' group", async function () {
    const said: string[] = [];
    await answering({ info: (message) => said.push(message) }, () =>
      vscode.commands.executeCommand("followThrough.actions.checkTrackers"),
    );
    assert.ok(
      said.some((message) => /no post-mortem in the workspace names a tracker/.test(message)),
      said.join(" | "),
    );
    assert.ok(
      !view.getChildren().some((node) => (node.kind as string) === "fromTracker"),
      "no From the tracker group",
    );
  });

  it("switches grouping: by owner, by due date, by service", async function () {
    await vscode.commands.executeCommand("followThrough.actions.groupBy", "owner");
    assert.ok(
      view
        .getChildren(group("Alice"))
        .some((node) => node.entry?.action.text.startsWith("add a canary")),
    );
    await vscode.commands.executeCommand("followThrough.actions.groupBy", "due");
    assert.ok(
      view
        .getChildren(group("Overdue"))
        .some((node) => node.entry?.action.text.startsWith("add a canary")),
    );
    assert.ok(
      view
        .getChildren(group("No deadline"))
        .some((node) => node.entry?.action.text === "Improve monitoring"),
    );
    await vscode.commands.executeCommand("followThrough.actions.groupBy", "service");
    assert.equal(view.getChildren(group("tree")).length, 3);
  });

  it("reveals the item's exact range when clicked", async function () {
    await vscode.commands.executeCommand("followThrough.actions.groupBy", "postMortem");
    const item = view.getTreeItem(action(group("Tree view outage"), "remove the stale"));
    await vscode.commands.executeCommand(
      item.command!.command,
      ...((item.command!.arguments ?? []) as unknown[]),
    );
    const editor = await waitFor("the document in an editor", () =>
      vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
        ? vscode.window.activeTextEditor
        : undefined,
    );
    assert.equal(editor.selection.start.line, 11);
    assert.equal(
      editor.document.getText(editor.selection),
      "Bob: remove the stale tree cache, by 2099-01-01 (OPS-2)",
    );
  });

  it("follows typing: each unsaved edit reaches the tree", async function () {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const latencies: number[] = [];
    for (let edit = 1; edit <= 12; edit++) {
      const text = `Carol: add probe ${edit} to the tree view, by 2099-02-01 (OPS-${10 + edit})`;
      // Resolved by the tree's own change event, so the figure is not rounded up to a polling interval.
      const shown = new Promise<number>((resolve) => {
        const listener = view.onDidChangeTreeData(() => {
          if (
            view.snapshot.postMortems.some(
              (postMortem) =>
                postMortem.uri === uri.toString() &&
                postMortem.actions.some((candidate) =>
                  candidate.text.endsWith(`probe ${edit} to the tree view`),
                ),
            )
          ) {
            listener.dispose();
            resolve(performance.now());
          }
        });
      });
      const started = performance.now();
      await editor.edit((builder) => builder.insert(new vscode.Position(12, 0), `- [ ] ${text}\n`));
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`edit ${edit} did not reach the tree in 10 s`)), 10_000),
      );
      latencies.push((await Promise.race([shown, timeout])) - started);
    }
    assert.ok(
      view
        .getChildren(group("Tree view outage"))
        .some((node) => node.entry?.action.text === "add probe 12 to the tree view"),
    );
    // The first edits warm the path up; the benchmark reports the rest (npm run bench:vscode).
    recordForBenchmark("tree-refresh", { latenciesMs: latencies.slice(2) });
    await vscode.commands.executeCommand("workbench.action.files.revert");
    await waitFor("the reverted text in the tree", () =>
      view.snapshot.postMortems.find((postMortem) => postMortem.uri === uri.toString())?.actions
        .length === 3
        ? true
        : undefined,
    );
  });

  it("Mark done ticks the box, keeps unsaved edits, and the tree follows", async function () {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((builder) =>
      builder.insert(new vscode.Position(8, 0), "Written but not saved.\n\n"),
    );
    assert.equal(document.isDirty, true);
    await waitFor("the unsaved line to move the item in the tree", () => {
      const node = view
        .getChildren(group("Tree view outage"))
        .find((candidate) => candidate.entry?.action.text.startsWith("add a canary"));
      return node?.entry?.action.range.start.line === 11 ? node : undefined;
    });
    await vscode.commands.executeCommand(
      "followThrough.markDone",
      action(group("Tree view outage"), "add a canary"),
    );
    assert.match(document.getText(), /^Written but not saved\.$/m);
    assert.match(document.getText(), /^- \[x\] Alice: add a canary for the tree view/m);
    assert.equal(
      document.isDirty,
      true,
      "a document with unsaved edits is left for its author to save",
    );
    await waitFor("the done action to leave the open list", () =>
      view
        .getChildren(group("Tree view outage"))
        .every((node) => !node.entry?.action.text.startsWith("add a canary"))
        ? true
        : undefined,
    );
    await vscode.commands.executeCommand("workbench.action.files.revert");
  });

  it("Deprioritize with reason writes the reason and saves a document that had no unsaved edits", async function () {
    const document = await vscode.workspace.openTextDocument(uri);
    await waitFor("the reverted document", () => (document.isDirty ? undefined : true));
    const node = await waitFor("the open item after the revert", () =>
      view
        .getChildren(group("Tree view outage"))
        .find((candidate) => candidate.entry?.action.text.startsWith("remove the stale")),
    );
    const window = vscode.window as { showInputBox: typeof vscode.window.showInputBox };
    const showInputBox = window.showInputBox;
    window.showInputBox = async () => "the tree cache is being removed";
    try {
      await vscode.commands.executeCommand("followThrough.deprioritize", node);
    } finally {
      window.showInputBox = showInputBox;
    }
    assert.equal(document.isDirty, false);
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(
      onDisk,
      /^- \[ \] Bob: remove the stale tree cache, by 2099-01-01 \(OPS-2\) — deprioritized: the tree cache is being removed$/m,
    );
    await waitFor("the dropped action to leave the open list", () =>
      view
        .getChildren(group("Tree view outage"))
        .every((candidate) => !candidate.entry?.action.text.startsWith("remove the stale"))
        ? true
        : undefined,
    );
  });
});
