// `git log` authors are offered as owners only in a trusted workspace.
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import type { CodeAction } from "vscode-languageserver-protocol";
import { WEAK_LINE, findDiagnostic, lineOf, postMortemText, type Workspace } from "./fixtures";
import { uriOf } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

function commitAs(workspace: Workspace, author: string): void {
  const git = (...args: string[]): void => {
    execFileSync("git", args, {
      cwd: workspace.root,
      stdio: "ignore",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: author,
        GIT_AUTHOR_EMAIL: "a@example.com",
        GIT_COMMITTER_NAME: author,
        GIT_COMMITTER_EMAIL: "a@example.com",
      },
    });
  };
  git("init", "-q");
  workspace.file("postmortems/old.md", "# Old post-mortem\n");
  git("add", ".");
  git("commit", "-q", "-m", "old post-mortem");
}

async function ownerTitles(server: {
  workspace: Workspace;
  client: import("./lspClient").TestClient;
}): Promise<string[]> {
  const text = postMortemText();
  const uri = uriOf(server.workspace.file("postmortems/new.md", text));
  const published = await server.client.open(uri, text);
  const diagnostic = findDiagnostic(published, "owner-missing", lineOf(text, WEAK_LINE));
  const actions: CodeAction[] = await server.client.codeActions(uri, diagnostic.range, [
    diagnostic,
  ]);
  return actions.map((action) => action.title);
}

describe("language server: workspace trust", function () {
  describe("trusted", function () {
    const server = serverPerTest(
      (workspace) => commitAs(workspace, "Grace Hopper"),
      () => ({ initializationOptions: { trusted: true } }),
    );
    it("offers recent git authors of the folder as owners", async function () {
      assert.ok(
        (await ownerTitles(server)).includes(
          "Assign to Grace Hopper (recently edited this folder)",
        ),
      );
    });
  });

  describe("untrusted", function () {
    const server = serverPerTest(
      (workspace) => commitAs(workspace, "Grace Hopper"),
      () => ({ initializationOptions: { trusted: false } }),
    );
    it("runs no git: no recent author is offered, the placeholder owner is", async function () {
      const titles = await ownerTitles(server);
      assert.ok(!titles.some((title) => title.includes("Grace Hopper")), titles.join(" | "));
      assert.ok(titles.includes("Assign owner…"), titles.join(" | "));
    });
  });
});
