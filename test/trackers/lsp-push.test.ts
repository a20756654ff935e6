// "Push to tracker" through the language server over stdio, as the VS Code client drives it: the code
// action names the client command; the plan, the push and the link edit are custom requests; the
// link edit is computed against the text the editor has when the answer arrives.
import * as assert from "node:assert/strict";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import {
  CloseInTrackerRequest,
  PushPlanRequest,
  PushToTrackerRequest,
  TrackerLinkRequest,
  TrackerStatusRequest,
  type CloseInTrackerResult,
  type PushPlanResult,
  type PushToTrackerResult,
  type TrackerLinkResult,
  type TrackerStatusResult,
} from "../../server/src/protocol";
import { applyEdits, uriOf } from "../lsp/lspClient";
import { serverPerTest } from "../lsp/serverPerTest";
import { gitlabHarness, POST_MORTEM, suiteHarness, type Harness } from "./harnesses";

let gitlab: Harness;

function workspaceConfig(): string {
  return [
    "tracker:",
    `  gitlab: { project: acme/payments, baseUrl: "${gitlab.settings().gitlab!.baseUrl}" }`,
    "people:",
    "  - { name: Priya Raman, aliases: [Priya], gitlab: priya }",
    "",
  ].join("\n");
}

describe("language server: push to tracker", function () {
  this.timeout(30000);
  const suite = suiteHarness(gitlabHarness);
  before(function () {
    gitlab = suite();
  });

  describe("trusted", function () {
    const server = serverPerTest(
      (workspace) => workspace.file(".followthrough.yml", workspaceConfig()),
      () => ({ initializationOptions: { trusted: true } }),
    );

    it("offers Push to tracker on an unlinked item, pushes once, and writes the link where the item keeps it, even after the user typed", async function () {
      const uri = uriOf(server.workspace.file("postmortems/2026-02-11-pool.md", POST_MORTEM));
      const published = await server.client.open(uri, POST_MORTEM);
      const line = POST_MORTEM.split("\n").findIndex((text) =>
        text.startsWith("| Remove the database call"),
      );
      const diagnostic = published.diagnostics.find(
        (candidate: Diagnostic) =>
          candidate.code === "tracker-missing" && candidate.range.start.line === line,
      )!;
      assert.ok(diagnostic !== undefined, "tracker-missing on the table row");
      const actions: CodeAction[] = await server.client.codeActions(uri, diagnostic.range, [
        diagnostic,
      ]);
      const push = actions.find((action) => action.title === "Push to tracker")!;
      assert.ok(push !== undefined, `actions: ${actions.map((action) => action.title).join(", ")}`);
      assert.equal(push.command?.command, "followThrough.pushToTracker");
      const [commandUri, actionId] = push.command.arguments as [string, string, number];
      assert.equal(commandUri, uri);

      const plan: PushPlanResult = await server.client.connection.sendRequest(
        PushPlanRequest.method,
        { textDocument: { uri } },
      );
      assert.deepEqual(plan.tracker, { kind: "gitlab", where: "project acme/payments" });
      assert.equal(plan.items.length, 3);

      const before = gitlab.count();
      const pushed: PushToTrackerResult = await server.client.connection.sendRequest(
        PushToTrackerRequest.method,
        { textDocument: { uri }, actionId, credentials: { token: "glpat-test" } },
      );
      assert.equal(pushed.outcome, "created", JSON.stringify(pushed.error));
      assert.equal(gitlab.count(), before + 1);
      assert.equal(gitlab.stored(pushed.issue!.key).assignee, "priya");

      // The user typed a line above the table while the push was under way.
      const typed = POST_MORTEM.replace(
        "## Action items\n",
        "## Action items\n\nReviewed with the payments team.\n",
      );
      const link: TrackerLinkResult = await server.client.connection.sendRequest(
        TrackerLinkRequest.method,
        { textDocument: { uri }, text: typed, actionId, issue: pushed.issue },
      );
      assert.equal(link.edits.length, 1);
      const linked = applyEdits(typed, link.edits);
      assert.match(
        linked,
        /\| Remove the database call from the liveness probe \| Priya \| 2026-04-01 \| \[#\d+\]\(https:\/\/gitlab\.example\.com\/acme\/payments\/-\/issues\/\d+\) \|/,
      );
      assert.ok(linked.includes("Reviewed with the payments team."), "the user's typing is kept");

      const again: PushToTrackerResult = await server.client.connection.sendRequest(
        PushToTrackerRequest.method,
        { textDocument: { uri }, actionId, credentials: { token: "glpat-test" } },
      );
      assert.equal(again.outcome, "existed");
      assert.equal(gitlab.count(), before + 1, "a second push creates nothing");
      const twice: TrackerLinkResult = await server.client.connection.sendRequest(
        TrackerLinkRequest.method,
        { textDocument: { uri }, text: linked, actionId, issue: pushed.issue },
      );
      assert.deepEqual(twice, { edits: [], note: "already-linked" });
    });

    it("a push that fails (401) says why and the plan still lists the action", async function () {
      const uri = uriOf(
        server.workspace.file(
          "postmortems/2026-02-12-other.md",
          POST_MORTEM.replace("pool_wait_ms", "pool_wait_seconds"),
        ),
      );
      await server.client.open(uri, POST_MORTEM.replace("pool_wait_ms", "pool_wait_seconds"));
      const plan: PushPlanResult = await server.client.connection.sendRequest(
        PushPlanRequest.method,
        { textDocument: { uri } },
      );
      gitlab.fake.fault({ status: 401 });
      const before = gitlab.count();
      const pushed: PushToTrackerResult = await server.client.connection.sendRequest(
        PushToTrackerRequest.method,
        { textDocument: { uri }, actionId: plan.items[0].id, credentials: { token: "expired" } },
      );
      assert.equal(pushed.outcome, "failed");
      assert.equal(pushed.error?.kind, "auth");
      assert.match(pushed.error.message, /401 Unauthorized/);
      assert.equal(gitlab.count(), before);
    });
  });

  describe("status read-back", function () {
    const server = serverPerTest(
      (workspace) => workspace.file(".followthrough.yml", workspaceConfig()),
      () => ({ initializationOptions: { trusted: true } }),
    );
    const credentials = { token: "glpat-test" };

    /** Pushes every open action of a fresh post-mortem and writes the links, as the client does. */
    async function pushedPostMortem(
      name: string,
    ): Promise<{ uri: string; text: string; keys: string[] }> {
      const text0 = POST_MORTEM.replace("pool_wait_ms", `pool_wait_${name}`)
        .replace("PAYMENTS_DB_POOL_SIZE", `POOL_${name}`)
        .replace("liveness probe", `${name} probe`);
      const uri = uriOf(server.workspace.file(`postmortems/${name}.md`, text0));
      await server.client.open(uri, text0);
      const plan: PushPlanResult = await server.client.connection.sendRequest(
        PushPlanRequest.method,
        { textDocument: { uri } },
      );
      let text = text0;
      const keys: string[] = [];
      for (const item of plan.items) {
        const pushed: PushToTrackerResult = await server.client.connection.sendRequest(
          PushToTrackerRequest.method,
          { textDocument: { uri }, actionId: item.id, credentials },
        );
        keys.push(pushed.issue!.key);
        const link: TrackerLinkResult = await server.client.connection.sendRequest(
          TrackerLinkRequest.method,
          { textDocument: { uri }, text, actionId: item.id, issue: pushed.issue },
        );
        text = applyEdits(text, link.edits);
      }
      await server.client.setText(uri, text);
      return { uri, text, keys };
    }

    it("closed in the tracker but open here: a warning after Check Tracker Status, and Mark done here clears it", async function () {
      const { uri, keys } = await pushedPostMortem("closedthere");
      const requests = gitlab.fake.requests.length;
      await server.client.setText(uri, `${server.client.textOf(uri)}\n`);
      assert.equal(gitlab.fake.requests.length, requests, "typing never reads the tracker");
      gitlab.closeByHand(keys[0]);
      const published = server.client.nextDiagnostics(uri);
      const status: TrackerStatusResult = await server.client.connection.sendRequest(
        TrackerStatusRequest.method,
        { textDocument: { uri }, credentials },
      );
      assert.deepEqual(status, { checked: 3, mismatches: 1, errors: [] });
      const diagnostics = (await published).diagnostics.filter(
        (diagnostic) => diagnostic.code === "tracker-status-mismatch",
      );
      assert.equal(diagnostics.length, 1);
      assert.equal(
        diagnostics[0].message,
        `Closed in the tracker (${keys[0]}) but open here: tick it, or reopen the issue.`,
      );
      const again: TrackerStatusResult = await server.client.connection.sendRequest(
        TrackerStatusRequest.method,
        { textDocument: { uri }, credentials },
      );
      assert.equal(again.checked, 3);
      const actions: CodeAction[] = await server.client.codeActions(
        uri,
        diagnostics[0].range,
        diagnostics,
      );
      const markDone = actions.find(
        (action) => action.title === `Mark done here (${keys[0]} is closed)`,
      )!;
      assert.ok(markDone !== undefined, actions.map((action) => action.title).join(", "));
      const edits = (
        markDone.edit!.documentChanges![0] as {
          edits: import("vscode-languageserver-protocol").TextEdit[];
        }
      ).edits;
      const done = applyEdits(server.client.textOf(uri), edits);
      assert.match(done, /- \[x\] Priya: add a pool_wait_closedthere/);
      // The fix-all (editor.codeActionsOnSave) makes the same edit without a diagnostic in the request, and nothing else.
      const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const fixAll: CodeAction[] = await server.client.codeActions(
        uri,
        whole,
        [],
        ["source.fixAll"],
      );
      assert.deepEqual(
        fixAll.map((action) => [action.title, action.kind]),
        [["Mark done the action closed in the tracker", "source.fixAll.followThrough"]],
      );
      const fixAllEdits = (
        fixAll[0].edit!.documentChanges![0] as {
          edits: import("vscode-languageserver-protocol").TextEdit[];
        }
      ).edits;
      assert.equal(applyEdits(server.client.textOf(uri), fixAllEdits), done);
      const quickFixesOnly: CodeAction[] = await server.client.codeActions(
        uri,
        diagnostics[0].range,
        diagnostics,
        ["quickfix"],
      );
      assert.ok(
        quickFixesOnly.every((action) => action.kind === "quickfix") && quickFixesOnly.length > 0,
      );
      const after = await server.client.setText(uri, done);
      assert.deepEqual(
        after.diagnostics.filter((diagnostic) => diagnostic.code === "tracker-status-mismatch"),
        [],
      );
      assert.deepEqual(
        await server.client.codeActions(uri, whole, [], ["source.fixAll.followThrough"]),
        [],
        "nothing left to tick",
      );
    });

    it("done here but open in the tracker: Close it in the tracker, and the warning goes", async function () {
      const { uri, text, keys } = await pushedPostMortem("donehere");
      await server.client.setText(
        uri,
        text.replace("- [ ] Priya: move the pool size", "- [x] Priya: move the pool size"),
      );
      const published = server.client.nextDiagnostics(uri);
      const status: TrackerStatusResult = await server.client.connection.sendRequest(
        TrackerStatusRequest.method,
        { textDocument: { uri }, credentials },
      );
      assert.equal(status.mismatches, 1);
      const diagnostic = (await published).diagnostics.find(
        (candidate) => candidate.code === "tracker-status-mismatch",
      )!;
      assert.equal(
        diagnostic.message,
        `Done here but still open in the tracker (${keys[1]}): close the issue, or reopen the item.`,
      );
      const actions: CodeAction[] = await server.client.codeActions(uri, diagnostic.range, [
        diagnostic,
      ]);
      const close = actions.find((action) => action.title === `Close ${keys[1]} in the tracker`)!;
      assert.equal(close.command?.command, "followThrough.closeInTracker");
      const [, actionId] = close.command.arguments as [string, string];
      const cleared = server.client.nextDiagnostics(uri);
      const closed: CloseInTrackerResult = await server.client.connection.sendRequest(
        CloseInTrackerRequest.method,
        { textDocument: { uri }, actionId, credentials },
      );
      assert.deepEqual(closed, { closed: true, key: keys[1] });
      assert.equal(gitlab.stored(keys[1]).closed, true);
      assert.deepEqual(
        (await cleared).diagnostics.filter(
          (candidate) => candidate.code === "tracker-status-mismatch",
        ),
        [],
      );
    });
  });

  describe("untrusted", function () {
    const server = serverPerTest(
      (workspace) => workspace.file(".followthrough.yml", workspaceConfig()),
      () => ({ initializationOptions: { trusted: false } }),
    );

    it("offers no push and refuses one", async function () {
      const uri = uriOf(server.workspace.file("postmortems/2026-02-11-pool.md", POST_MORTEM));
      const published = await server.client.open(uri, POST_MORTEM);
      const diagnostic = published.diagnostics.find(
        (candidate: Diagnostic) => candidate.code === "tracker-missing",
      )!;
      const actions: CodeAction[] = await server.client.codeActions(uri, diagnostic.range, [
        diagnostic,
      ]);
      assert.ok(!actions.some((action) => action.title === "Push to tracker"));
      const plan: PushPlanResult = await server.client.connection.sendRequest(
        PushPlanRequest.method,
        { textDocument: { uri } },
      );
      assert.match(plan.problem ?? "", /untrusted/);
      const before = gitlab.count();
      const pushed: PushToTrackerResult = await server.client.connection.sendRequest(
        PushToTrackerRequest.method,
        { textDocument: { uri }, actionId: "x", credentials: { token: "glpat-test" } },
      );
      assert.equal(pushed.outcome, "failed");
      assert.equal(gitlab.count(), before);
    });
  });
});
