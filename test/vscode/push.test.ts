// Push to the tracker from a real VS Code, against a local GitLab that checks every request against its
// documented API: Push All Open Actions creates one issue per picked action and writes each link into
// its item; a second run creates nothing; and text typed while a push waits for the tracker is kept,
// with the link written on the item where it now is.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { postMortemMarkdown } from "../support/postMortemText";
import { GitLabFake } from "../trackers/fakes/gitlab";
import { EXTENSION_ID, answering, waitFor, workspaceUri } from "./helpers";

const CONFIG = ".followthrough.yml";
const ALL = "postmortems/2026-11-08-push-all.md";
const TYPING = "postmortems/2026-11-09-push-while-typing.md";

function postMortem(title: string, items: string[]): string {
  return postMortemMarkdown([`title: ${title}`, "date: 2026-11-08"], `# ${title}`, items);
}

describe("push to the tracker", function () {
  let gitlab: GitLabFake;
  const creates = () =>
    gitlab.requests.filter(
      (request) => request.method === "POST" && /\/issues$/.test(request.rawPath),
    ).length;

  before(async function () {
    gitlab = await GitLabFake.create("acme/ledger");
    const extension = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID)!;
    await (
      await extension.activate()
    ).ready;
    await vscode.workspace.fs.writeFile(
      workspaceUri(CONFIG),
      new TextEncoder().encode(
        `tracker:\n  gitlab:\n    project: acme/ledger\n    baseUrl: ${gitlab.baseUrl}\n`,
      ),
    );
    await vscode.workspace.fs.createDirectory(workspaceUri("postmortems"));
    await vscode.workspace.fs.writeFile(
      workspaceUri(ALL),
      new TextEncoder().encode(
        postMortem("Push all", [
          "- [ ] Mei: add a disk-usage alert at 80% on the ledger hosts, by 2099-01-10",
          "- [ ] Jonas: remove the manual failover step from the runbook, by 2099-01-20",
          "- [x] Mei: restart the ledger replicas",
        ]),
      ),
    );
    await vscode.workspace.fs.writeFile(
      workspaceUri(TYPING),
      new TextEncoder().encode(
        postMortem("Push while typing", [
          "- [ ] Sofia: add a timeout to the fraud check call, by 2099-02-01",
        ]),
      ),
    );
    await answering(
      { pick: (items) => items.find((item) => item.label === "GitLab"), input: "glpat-push" },
      () => vscode.commands.executeCommand("followThrough.setTrackerToken"),
    );
    // The server learns of the new .followthrough.yml from the file watcher, in its own time: probe with a
    // Push All whose preview is cancelled (nothing is sent) until the preview shows, i.e. the tracker is known.
    await waitFor("the server to read the tracker from .followthrough.yml", async () => {
      let previewed = false;
      const window = vscode.window as unknown as Record<string, unknown>;
      const showErrorMessage = window.showErrorMessage;
      window.showErrorMessage = async () => undefined;
      try {
        await answering({ pick: () => ((previewed = true), []) }, () =>
          vscode.commands.executeCommand("followThrough.pushAllToTracker", workspaceUri(ALL)),
        );
      } finally {
        window.showErrorMessage = showErrorMessage;
      }
      return previewed ? true : undefined;
    });
    assert.equal(creates(), 0, "the probe created nothing");
  });

  after(async function () {
    // Forget the token again, through the command a person would use: later suites start without one.
    await answering(
      {
        pick: (items) =>
          items.find((item) => item.label === "Remove a stored token…") ??
          items.find((item) => (typeof item === "string" ? item : item.label) === "gitlab") ??
          (items as unknown as string[]).find((item) => item === "gitlab"),
      },
      () => vscode.commands.executeCommand("followThrough.setTrackerToken"),
    );
    // The pushes left unsaved link edits: revert them, so the index forgets these documents once deleted.
    for (const file of [ALL, TYPING]) {
      await vscode.window.showTextDocument(
        await vscode.workspace.openTextDocument(workspaceUri(file)),
      );
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    for (const file of [ALL, TYPING, CONFIG]) await vscode.workspace.fs.delete(workspaceUri(file));
    await gitlab.stop();
  });

  it("Push All Open Actions: the preview lists the open unlinked actions, each picked one becomes one issue, and every link is written back", async function () {
    const document = await vscode.workspace.openTextDocument(workspaceUri(ALL));
    await vscode.window.showTextDocument(document);
    let preview: string[] = [];
    const messages: string[] = [];
    await answering(
      {
        pick: (items) => ((preview = items.map((item) => item.label)), items),
        info: (message) => messages.push(message),
      },
      () => vscode.commands.executeCommand("followThrough.pushAllToTracker", document.uri),
    );
    assert.deepEqual(preview, [
      "add a disk-usage alert at 80% on the ledger hosts",
      "remove the manual failover step from the runbook",
    ]);
    assert.equal(gitlab.issues.size, 2);
    assert.deepEqual(messages, ["Follow-Through: 2 created, 0 already existed."]);
    const lines = document.getText().split("\n");
    assert.match(
      lines.find((line) => line.includes("disk-usage alert"))!,
      /\[#\d+\]\(https:\/\/gitlab\.example\.com\/acme\/ledger\/-\/issues\/\d+\)/,
    );
    assert.match(
      lines.find((line) => line.includes("manual failover"))!,
      /\[#\d+\]\(https:\/\/gitlab\.example\.com\/acme\/ledger\/-\/issues\/\d+\)/,
    );
    assert.deepEqual(gitlab.violations, []);

    // A second run finds nothing left to push: no request creates anything.
    const before = creates();
    await answering({ pick: (items) => items, info: (message) => messages.push(message) }, () =>
      vscode.commands.executeCommand("followThrough.pushAllToTracker", document.uri),
    );
    assert.equal(creates(), before);
    assert.equal(gitlab.issues.size, 2);
    assert.match(messages.at(-1)!, /nothing to push/);
  });

  it("text typed while the tracker is slow to answer is kept, and the link lands on the item where it now is", async function () {
    const document = await vscode.workspace.openTextDocument(workspaceUri(TYPING));
    const editor = await vscode.window.showTextDocument(document);
    gitlab.fault({
      delayMs: 1500,
      when: (request) => request.method === "POST" && /\/issues$/.test(request.rawPath),
    });
    const pushing = answering({}, () =>
      vscode.commands.executeCommand("followThrough.pushToTracker", document.uri.toString()),
    );
    await waitFor("the create to reach the tracker", () => (creates() > 2 ? true : undefined));
    await editor.edit((builder) =>
      builder.insert(new vscode.Position(7, 0), "Typed while the push was waiting.\n\n"),
    );
    await pushing;
    const text = document.getText();
    assert.match(text, /^Typed while the push was waiting\.$/m, "the typing is kept");
    assert.match(
      text,
      /^- \[ \] Sofia: add a timeout to the fraud check call, by 2099-02-01 \(\[#3\]\(https:\/\/gitlab\.example\.com\/acme\/ledger\/-\/issues\/3\)\)$/m,
    );
    assert.equal(document.isDirty, true, "an unsaved document stays unsaved for its author");
    assert.equal(gitlab.issues.size, 3);
  });
});
