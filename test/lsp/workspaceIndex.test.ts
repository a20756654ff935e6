// The workspace index over stdio: background indexing at start, watcher events, unsaved edits, and the
// custom messages followThrough/workspaceActions, followThrough/indexChanged and followThrough/actionEdit.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { FileChangeType } from "vscode-languageserver-protocol";
import {
  ActionEditRequest,
  IndexChangedNotification,
  WorkspaceActionsRequest,
  type ActionEditResult,
  type IndexChangedParams,
  type WorkspaceActionsResult,
} from "../../server/src/protocol";
import { lint } from "../../server/src/core/lint";
import { postMortemText } from "./fixtures";
import { applyEdits, uriOf, type TestClient } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

const CHECKOUT = [
  "---",
  "title: Checkout outage",
  "date: 2026-11-01",
  "severity: SEV2",
  "services: [checkout]",
  "---",
  "# Checkout outage",
  "",
  "## Action items",
  "",
  "- [ ] Improve monitoring",
  "- [ ] Alice: add alert for DB replication lag >30s in Datadog, by 2026-11-10 (PAY-101)",
  "- [x] Bob: remove the stale cron job (OPS-1)",
  "",
].join("\n");

const SEARCH = CHECKOUT.replace(/Checkout outage/g, "Search outage")
  .replace("2026-11-01", "2026-11-20")
  .replace("services: [checkout]", "services: [search]");

function indexDone(client: TestClient): Promise<IndexChangedParams> {
  return client.waitForNotification<IndexChangedParams>(
    IndexChangedNotification.method,
    (params) => !params.indexing,
  );
}

function workspaceActions(
  client: TestClient,
  params: object = {},
): Promise<WorkspaceActionsResult> {
  return client.connection.sendRequest(WorkspaceActionsRequest.method, params);
}

function titles(result: WorkspaceActionsResult): string[] {
  return result.postMortems.map((postMortem) => postMortem.title).sort();
}

describe("language server: workspace index", function () {
  const server = serverPerTest(
    (workspace) => {
      workspace.file("postmortems/2026-11-01-checkout.md", CHECKOUT);
      workspace.file("incidents/search.md", SEARCH);
      workspace.file("notes/todo.md", "# Groceries\n\n## Action items\n\n- [ ] buy milk\n");
      workspace.file("node_modules/pkg/postmortems/ignored.md", CHECKOUT);
    },
    () => ({ workDoneProgress: true }),
  );

  it("indexes the workspace folders at start, with work done progress", async function () {
    const done = await indexDone(server.client);
    assert.equal(done.postMortems, 2);
    const result = await workspaceActions(server.client);
    assert.equal(result.indexing, false);
    assert.deepEqual(titles(result), ["Checkout outage", "Search outage"]);
    const checkout = result.postMortems.find(
      (postMortem) => postMortem.title === "Checkout outage",
    )!;
    assert.equal(checkout.uri, uriOf(server.workspace.file("postmortems/2026-11-01-checkout.md")));
    assert.equal(checkout.date, "2026-11-01");
    assert.equal(checkout.severity, "SEV2");
    assert.deepEqual(checkout.services, ["checkout"]);
    assert.equal(checkout.origin, "disk");
    const [weak, alice, bob] = checkout.actions;
    assert.equal(weak.range.start.line, 10);
    assert.ok(weak.weak.includes("owner-missing"), weak.weak.join());
    assert.deepEqual(alice.owners, ["Alice"]);
    assert.equal(alice.deadline?.date, "2026-11-10");
    assert.deepEqual(alice.trackerRefs, ["PAY-101"]);
    assert.equal(bob.state, "done");
    const kinds = server.client.progress.map((value) => value.kind);
    assert.equal(kinds[0], "begin");
    assert.equal(kinds[kinds.length - 1], "end");
    assert.match(server.client.progress[0].title ?? "", /indexing post-mortems/);
  });

  it("filters by owner, state and overdue on request", async function () {
    await indexDone(server.client);
    const mine = await workspaceActions(server.client, {
      owner: ["Alice Example", "alice@example.com"],
      states: ["open"],
    });
    assert.deepEqual(
      mine.postMortems.flatMap((postMortem) => postMortem.actions.map((action) => action.text)),
      [
        "add alert for DB replication lag >30s in Datadog",
        "add alert for DB replication lag >30s in Datadog",
      ],
    );
    const overdue = await workspaceActions(server.client, { overdue: true, today: "2026-11-15" });
    assert.equal(overdue.postMortems.flatMap((postMortem) => postMortem.actions).length, 2);
    const notYet = await workspaceActions(server.client, { overdue: true, today: "2026-11-05" });
    assert.deepEqual(notYet.postMortems, []);
    const one = await workspaceActions(server.client, {
      uris: [uriOf(server.workspace.file("incidents/search.md"))],
    });
    assert.deepEqual(titles(one), ["Search outage"]);
  });

  it("follows created, changed, deleted and renamed files from watcher events", async function () {
    await indexDone(server.client);
    const client = server.client;
    const created = server.workspace.file("postmortems/new.md", postMortemText());
    const createdUri = uriOf(created);
    let changed = client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => params.uris?.includes(createdUri) === true,
    );
    await client.watchedFilesChanged([{ uri: createdUri, type: FileChangeType.Created }]);
    await changed;
    assert.equal(
      (await workspaceActions(client, { uris: [createdUri] })).postMortems[0].actions.length,
      2,
    );

    fs.writeFileSync(
      created,
      postMortemText([
        "- [ ] Carol: add a canary stage to the deploy pipeline, by 2099-01-01 (OPS-5)",
      ]),
    );
    client.notifications.length = 0;
    changed = client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => params.uris?.includes(createdUri) === true,
    );
    await client.watchedFilesChanged([{ uri: createdUri, type: FileChangeType.Changed }]);
    await changed;
    const afterChange = (await workspaceActions(client, { uris: [createdUri] })).postMortems[0];
    assert.deepEqual(
      afterChange.actions.map((action) => action.owners),
      [["Carol"]],
    );

    const renamed = server.workspace.file("postmortems/renamed.md");
    fs.renameSync(created, renamed);
    client.notifications.length = 0;
    changed = client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => params.uris?.includes(uriOf(renamed)) === true,
    );
    await client.watchedFilesChanged([
      { uri: createdUri, type: FileChangeType.Deleted },
      { uri: uriOf(renamed), type: FileChangeType.Created },
    ]);
    await changed;
    const all = await workspaceActions(client);
    assert.ok(!all.postMortems.some((postMortem) => postMortem.uri === createdUri));
    assert.ok(all.postMortems.some((postMortem) => postMortem.uri === uriOf(renamed)));

    fs.rmSync(renamed);
    client.notifications.length = 0;
    changed = client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => params.uris?.includes(uriOf(renamed)) === true,
    );
    await client.watchedFilesChanged([{ uri: uriOf(renamed), type: FileChangeType.Deleted }]);
    await changed;
    assert.equal((await workspaceActions(client)).postMortems.length, 2);
  });

  it("shows an open document's unsaved edits at once, and the file again when it closes", async function () {
    await indexDone(server.client);
    const client = server.client;
    const uri = uriOf(server.workspace.file("postmortems/2026-11-01-checkout.md"));
    await client.open(uri, CHECKOUT);
    const edited = CHECKOUT.replace(
      "- [ ] Improve monitoring",
      "- [x] Carol: add a checkout error-rate dashboard (PAY-7)",
    );
    client.notifications.length = 0;
    const started = Date.now();
    const changed = client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => params.uris?.includes(uri) === true,
    );
    await client.setText(uri, edited);
    await changed;
    const latency = Date.now() - started;
    // The validator's 150 ms typing debounce plus one lint: well inside the tree's 200 ms refresh budget on an idle machine.
    assert.ok(latency < 1000, `indexChanged ${latency} ms after the edit`);
    const entry = (await workspaceActions(client, { uris: [uri] })).postMortems[0];
    assert.equal(entry.origin, "editor");
    assert.equal(entry.version, 2);
    assert.equal(entry.actions[0].state, "done");
    assert.deepEqual(entry.actions[0].owners, ["Carol"]);

    client.notifications.length = 0;
    const closed = client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => params.uris?.includes(uri) === true,
    );
    await client.close(uri);
    await closed;
    const again = (await workspaceActions(client, { uris: [uri] })).postMortems[0];
    assert.equal(again.origin, "disk");
    assert.equal(again.actions[0].state, "open");
  });

  it("computes Mark done and Deprioritize edits against the text the client sends", async function () {
    await indexDone(server.client);
    const uri = uriOf(server.workspace.file("postmortems/2026-11-01-checkout.md"));
    const [, alice] = (await workspaceActions(server.client, { uris: [uri] })).postMortems[0]
      .actions;
    // Unsaved text: a new line above the item moves it; the edit must land on the moved line.
    const unsaved = CHECKOUT.replace(
      "## Action items\n",
      "## Action items\n\nAdded while nobody saved.\n",
    );
    const done: ActionEditResult = await server.client.connection.sendRequest(
      ActionEditRequest.method,
      {
        textDocument: { uri },
        text: unsaved,
        actionId: alice.id,
        change: { kind: "done" },
      },
    );
    assert.equal(done.found, true);
    assert.equal(done.edits.length, 1);
    assert.equal(done.edits[0].range.start.line, alice.range.start.line + 2);
    const ticked = applyEdits(unsaved, done.edits);
    assert.match(ticked, /^- \[x\] Alice: add alert/m);
    assert.match(ticked, /Added while nobody saved\./);
    assert.equal(
      lint(ticked).doc.actions.find((action) => action.id === alice.id)?.status.state,
      "done",
    );

    const dropped: ActionEditResult = await server.client.connection.sendRequest(
      ActionEditRequest.method,
      {
        textDocument: { uri },
        text: unsaved,
        actionId: alice.id,
        change: { kind: "deprioritize", reason: "the replica is being retired" },
      },
    );
    const droppedText = applyEdits(unsaved, dropped.edits);
    const item = lint(droppedText).doc.actions.find((action) =>
      action.text.startsWith("add alert"),
    );
    assert.equal(item?.status.state, "deprioritized");
    assert.match(item?.status.reason ?? "", /replica is being retired/);

    const missing: ActionEditResult = await server.client.connection.sendRequest(
      ActionEditRequest.method,
      {
        textDocument: { uri },
        text: unsaved,
        actionId: "no-such-id",
        change: { kind: "done" },
      },
    );
    assert.deepEqual(missing, { found: false, edits: [] });
  });
});

describe("language server: indexing a large workspace in the background", function () {
  const FILES = 1500;
  const server = serverPerTest((workspace) => {
    for (let index = 0; index < FILES; index++) {
      workspace.file(
        `postmortems/${String(Math.floor(index / 100))}/pm-${index}.md`,
        CHECKOUT.replace("Checkout outage", `Outage ${index}`),
      );
    }
  });

  it("publishes an open document's diagnostics while indexing is still running", async function () {
    this.timeout(60_000);
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/open.md", text));
    const started = Date.now();
    const diagnostics = await server.client.open(uri, text);
    const elapsed = Date.now() - started;
    assert.ok(diagnostics.diagnostics.length > 0);
    const during = await workspaceActions(server.client, { uris: [] });
    assert.equal(
      during.indexing,
      true,
      `indexing had already finished after ${elapsed} ms; the test workspace is too small to show anything`,
    );
    assert.ok(elapsed < 2000, `diagnostics took ${elapsed} ms`);
    // A file created while the indexing runs, announced by the watcher, stays in the index when the run ends.
    const created = server.workspace.file("postmortems/created-meanwhile.md", postMortemText());
    await server.client.watchedFilesChanged([
      { uri: uriOf(created), type: FileChangeType.Created },
    ]);
    const done = await server.client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => !params.indexing,
      50_000,
    );
    const after = await workspaceActions(server.client, { uris: [uriOf(created)] });
    assert.equal(
      after.postMortems.length,
      1,
      "the file created during indexing was dropped at its end",
    );
    assert.equal(done.postMortems, FILES + 2);
  });
});
