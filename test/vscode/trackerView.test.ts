// The Open actions tree and the tracker, in a real VS Code against a local GitLab that checks every
// request against its documented API: Check Trackers shows each linked issue's state on its action and
// lists the labelled issues no post-mortem links under "From the tracker"; without a token the tree
// says which tracker could not be read. The token goes through Set Tracker Token into secret storage.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { GitLabFake } from "../trackers/fakes/gitlab";
import { EXTENSION_ID, answering, labelText, waitFor, workspaceUri } from "./helpers";

interface Node {
  kind: string;
  issue?: { key: string; title: string };
  entry?: { action: { text: string; uri: string } };
}
interface ActionsViewApi {
  getChildren(node?: Node): Node[];
  getTreeItem(node: Node): vscode.TreeItem;
  snapshot: { postMortems: { uri: string; actions: { text: string }[] }[] };
}

const FILE = "postmortems/2026-11-05-webhook-signing.md";
const CONFIG = ".followthrough.yml";

describe("Open actions tree and the tracker", function () {
  let view: ActionsViewApi;
  let gitlab: GitLabFake;
  const uri = workspaceUri(FILE);

  async function createByHand(
    title: string,
    labels: string,
  ): Promise<{ iid: number; web_url: string }> {
    const response = await fetch(`${gitlab.baseUrl}/api/v4/projects/acme%2Fpayments/issues`, {
      method: "POST",
      headers: { "private-token": "glpat-by-hand", "content-type": "application/json" },
      body: JSON.stringify({ title, labels }),
    });
    assert.equal(response.status, 201);
    return (await response.json()) as { iid: number; web_url: string };
  }

  before(async function () {
    gitlab = await GitLabFake.create();
    const extension = vscode.extensions.getExtension<{
      actionsView: ActionsViewApi;
      ready: Promise<void>;
    }>(EXTENSION_ID)!;
    const api = await extension.activate();
    await api.ready;
    view = api.actionsView;
    const linked = await createByHand("Add a queue depth alert for webhooks", "post-mortem-action");
    await createByHand("Rotate the webhook signing key", "post-mortem-action,security");
    await createByHand("Unrelated bug", "bug");
    gitlab.closeByHand(linked.iid);
    await vscode.workspace.fs.writeFile(
      workspaceUri(CONFIG),
      new TextEncoder().encode(
        `tracker:\n  gitlab:\n    project: acme/payments\n    baseUrl: ${gitlab.baseUrl}\n`,
      ),
    );
    const text = [
      "---",
      "title: Webhook signing outage",
      "date: 2026-11-05",
      "---",
      "# Post-mortem: webhook signing outage",
      "",
      "## Action items",
      "",
      `- [ ] Mei: add a queue depth alert for webhooks, by 2099-01-15 ([#${linked.iid}](${linked.web_url}))`,
      "- [ ] Jonas: add a signing key expiry check to the deploy, by 2099-01-20",
      // Another project's #2: its link text is not this project's #2, which stays unlinked.
      "- [ ] Kwame: add the webhook replay tool to the admin console, by 2099-01-25 ([#2](https://gitlab.example.com/acme/other/-/issues/2))",
      "",
    ].join("\n");
    await vscode.workspace.fs.createDirectory(workspaceUri("postmortems"));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await waitFor("the post-mortem in the tree", () =>
      view.snapshot.postMortems.find((postMortem) => postMortem.uri === uri.toString()),
    );
  });

  after(async function () {
    await vscode.workspace.fs.delete(uri);
    await vscode.workspace.fs.delete(workspaceUri(CONFIG));
    await gitlab.stop();
  });

  function fromTracker(): Node {
    const node = view.getChildren().find((candidate) => candidate.kind === "fromTracker");
    assert.ok(node !== undefined, "no From the tracker group");
    return node;
  }

  it("without a token: nothing is sent, and the tree says the tracker was not read", async function () {
    const before = gitlab.requests.length;
    await answering({ warning: undefined }, () =>
      vscode.commands.executeCommand("followThrough.actions.checkTrackers"),
    );
    assert.equal(gitlab.requests.length, before, "no request without credentials");
    const [error] = view.getChildren(fromTracker());
    assert.equal(error.kind, "trackerError");
    assert.match(labelText(view.getTreeItem(error)), /^GitLab .*acme\/payments.*: not read$/);
  });

  it("with a token: the linked issue's state shows on its action, and the unlinked labelled issue under From the tracker", async function () {
    await answering(
      { pick: (items) => items.find((item) => item.label === "GitLab"), input: "glpat-test" },
      () => vscode.commands.executeCommand("followThrough.setTrackerToken"),
    );
    await answering({}, () =>
      vscode.commands.executeCommand("followThrough.actions.checkTrackers"),
    );
    const unlinked = view.getChildren(fromTracker());
    assert.deepEqual(
      unlinked.map((node) => [node.kind, node.issue?.title]),
      [["trackerIssue", "Rotate the webhook signing key"]],
    );
    const item = view.getTreeItem(unlinked[0]);
    assert.equal(item.command?.command, "followThrough.openTrackerIssue");
    assert.match(String(view.getTreeItem(fromTracker()).description), /^1 open/);

    const postMortem = view
      .getChildren()
      .find(
        (node) =>
          node.kind === "group" &&
          view.getChildren(node).some((child) => child.entry?.action.uri === uri.toString()),
      )!;
    const actions = view.getChildren(postMortem).map((node) => view.getTreeItem(node));
    const alert = actions.find((candidate) =>
      labelText(candidate).startsWith("add a queue depth alert"),
    )!;
    assert.match(String(alert.description), /#1 closed/);
    assert.match((alert.tooltip as vscode.MarkdownString).value, /In GitLab: \\?#1 is closed/);
    const expiry = actions.find((candidate) =>
      labelText(candidate).startsWith("add a signing key expiry"),
    )!;
    assert.equal(
      expiry.contextValue,
      "action.open.unlinked",
      "offers Push to Tracker in the context menu",
    );
    assert.deepEqual(gitlab.violations, [], "every request matched the API description");
    assert.ok(
      gitlab.requests
        .filter((request) => request.headers["private-token"] !== "glpat-by-hand")
        .every((request) => request.headers["private-token"] === "glpat-test"),
    );
  });
});
