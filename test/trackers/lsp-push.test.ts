// "Push to tracker" through the language server over stdio, as the VS Code client drives it: the code
// action names the client command; the plan, the push and the link edit are custom requests; the
// link edit is computed against the text the editor has when the answer arrives.
import * as assert from "node:assert/strict";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import { PushPlanRequest, PushToTrackerRequest, TrackerLinkRequest, type PushPlanResult, type PushToTrackerResult, type TrackerLinkResult } from "../../server/src/protocol";
import { applyEdits, uriOf } from "../lsp/lspClient";
import { serverPerTest } from "../lsp/serverPerTest";
import { gitlabHarness, POST_MORTEM, type Harness } from "./harnesses";

let gitlab: Harness;

function workspaceConfig(): string {
  return ["tracker:", `  gitlab: { project: acme/payments, baseUrl: "${gitlab.settings().gitlab!.baseUrl}" }`, "people:", "  - { name: Priya Raman, aliases: [Priya], gitlab: priya }", ""].join("\n");
}

describe("language server: push to tracker", function () {
  this.timeout(30000);
  before(async function () {
    gitlab = await gitlabHarness();
  });
  after(async function () {
    await gitlab.fake.stop();
  });
  afterEach(function () {
    assert.deepEqual(gitlab.fake.violations.splice(0), []);
  });

  describe("trusted", function () {
    const server = serverPerTest((workspace) => workspace.file(".followthrough.yml", workspaceConfig()), () => ({ initializationOptions: { trusted: true } }));

    it("offers Push to tracker on an unlinked item, pushes once, and writes the link where the item keeps it, even after the user typed", async function () {
      const uri = uriOf(server.workspace.file("postmortems/2026-02-11-pool.md", POST_MORTEM));
      const published = await server.client.open(uri, POST_MORTEM);
      const line = POST_MORTEM.split("\n").findIndex((text) => text.startsWith("| Remove the database call"));
      const diagnostic = published.diagnostics.find((candidate: Diagnostic) => candidate.code === "tracker-missing" && candidate.range.start.line === line)!;
      assert.ok(diagnostic !== undefined, "tracker-missing on the table row");
      const actions: CodeAction[] = await server.client.codeActions(uri, diagnostic.range, [diagnostic]);
      const push = actions.find((action) => action.title === "Push to tracker")!;
      assert.ok(push !== undefined, `actions: ${actions.map((action) => action.title).join(", ")}`);
      assert.equal(push.command?.command, "followThrough.pushToTracker");
      const [commandUri, actionId] = push.command!.arguments as [string, string, number];
      assert.equal(commandUri, uri);

      const plan: PushPlanResult = await server.client.connection.sendRequest(PushPlanRequest.method, { textDocument: { uri } });
      assert.deepEqual(plan.tracker, { kind: "gitlab", where: "project acme/payments" });
      assert.equal(plan.items.length, 3);

      const before = gitlab.count();
      const pushed: PushToTrackerResult = await server.client.connection.sendRequest(PushToTrackerRequest.method, { textDocument: { uri }, actionId, credentials: { token: "glpat-test" } });
      assert.equal(pushed.outcome, "created", JSON.stringify(pushed.error));
      assert.equal(gitlab.count(), before + 1);
      assert.equal(gitlab.stored(pushed.issue!.key).assignee, "priya");

      // The user typed a line above the table while the push was under way.
      const typed = POST_MORTEM.replace("## Action items\n", "## Action items\n\nReviewed with the payments team.\n");
      const link: TrackerLinkResult = await server.client.connection.sendRequest(TrackerLinkRequest.method, { textDocument: { uri }, text: typed, actionId, issue: pushed.issue });
      assert.equal(link.edits.length, 1);
      const linked = applyEdits(typed, link.edits);
      assert.match(linked, /\| Remove the database call from the liveness probe \| Priya \| 2026-04-01 \| \[#\d+\]\(https:\/\/gitlab\.example\.com\/acme\/payments\/-\/issues\/\d+\) \|/);
      assert.ok(linked.includes("Reviewed with the payments team."), "the user's typing is kept");

      const again: PushToTrackerResult = await server.client.connection.sendRequest(PushToTrackerRequest.method, { textDocument: { uri }, actionId, credentials: { token: "glpat-test" } });
      assert.equal(again.outcome, "existed");
      assert.equal(gitlab.count(), before + 1, "a second push creates nothing");
      const twice: TrackerLinkResult = await server.client.connection.sendRequest(TrackerLinkRequest.method, { textDocument: { uri }, text: linked, actionId, issue: pushed.issue });
      assert.deepEqual(twice, { edits: [], note: "already-linked" });
    });

    it("a push that fails (401) says why and the plan still lists the action", async function () {
      const uri = uriOf(server.workspace.file("postmortems/2026-02-12-other.md", POST_MORTEM.replace("pool_wait_ms", "pool_wait_seconds")));
      await server.client.open(uri, POST_MORTEM.replace("pool_wait_ms", "pool_wait_seconds"));
      const plan: PushPlanResult = await server.client.connection.sendRequest(PushPlanRequest.method, { textDocument: { uri } });
      gitlab.fake.fault({ status: 401 });
      const before = gitlab.count();
      const pushed: PushToTrackerResult = await server.client.connection.sendRequest(PushToTrackerRequest.method, { textDocument: { uri }, actionId: plan.items[0].id, credentials: { token: "expired" } });
      assert.equal(pushed.outcome, "failed");
      assert.equal(pushed.error?.kind, "auth");
      assert.match(pushed.error!.message, /401 Unauthorized/);
      assert.equal(gitlab.count(), before);
    });
  });

  describe("untrusted", function () {
    const server = serverPerTest((workspace) => workspace.file(".followthrough.yml", workspaceConfig()), () => ({ initializationOptions: { trusted: false } }));

    it("offers no push and refuses one", async function () {
      const uri = uriOf(server.workspace.file("postmortems/2026-02-11-pool.md", POST_MORTEM));
      const published = await server.client.open(uri, POST_MORTEM);
      const diagnostic = published.diagnostics.find((candidate: Diagnostic) => candidate.code === "tracker-missing")!;
      const actions: CodeAction[] = await server.client.codeActions(uri, diagnostic.range, [diagnostic]);
      assert.ok(!actions.some((action) => action.title === "Push to tracker"));
      const plan: PushPlanResult = await server.client.connection.sendRequest(PushPlanRequest.method, { textDocument: { uri } });
      assert.match(plan.problem ?? "", /untrusted/);
      const before = gitlab.count();
      const pushed: PushToTrackerResult = await server.client.connection.sendRequest(PushToTrackerRequest.method, { textDocument: { uri }, actionId: "x", credentials: { token: "glpat-test" } });
      assert.equal(pushed.outcome, "failed");
      assert.equal(gitlab.count(), before);
    });
  });
});
