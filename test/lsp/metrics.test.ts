// followThrough/metrics over stdio: the follow-through numbers of the server's workspace index, from
// the files indexed at start and from an open document's unsaved text, with no second lint.
import * as assert from "node:assert/strict";
import {
  IndexChangedNotification,
  MetricsRequest,
  type IndexChangedParams,
  type MetricsResult,
} from "../../server/src/protocol";
import { uriOf, type TestClient } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

const FEBRUARY = [
  "---",
  "title: Pool exhaustion",
  "date: 2026-02-11",
  "services: [payments-api]",
  "---",
  "# Pool exhaustion",
  "",
  "## Action items",
  "",
  "- [x] Kwame: remove the database call from the payments-api liveness probe (OPS-1)",
  "- [ ] Mei: add a pool wait p99 alert that pages the payments primary, by 2026-03-06 (OPS-2)",
  "- [ ] ~~Priya: switch to PgBouncer~~ won't do: the driver breaks under it",
  "",
].join("\n");

const NOVEMBER = [
  "---",
  "title: Pool exhaustion, again",
  "date: 2026-11-18",
  "status: closed",
  "services: [payments-api]",
  "---",
  "# Pool exhaustion, again",
  "",
  "## Action items",
  "",
  "- [ ] Kwame: stop the payments-api liveness probe from calling the database, by 2026-12-18 (OPS-9)",
  "- [ ] Improve monitoring",
  "",
].join("\n");

function indexDone(client: TestClient): Promise<IndexChangedParams> {
  return client.waitForNotification<IndexChangedParams>(
    IndexChangedNotification.method,
    (params) => !params.indexing,
  );
}

function metrics(
  client: TestClient,
  params: object = { today: "2026-12-01" },
): Promise<MetricsResult> {
  return client.connection.sendRequest(MetricsRequest.method, params);
}

describe("language server: followThrough/metrics", function () {
  const server = serverPerTest((workspace) => {
    workspace.file("postmortems/2026-02-11-pool.md", FEBRUARY);
    workspace.file("postmortems/2026-11-18-pool-again.md", NOVEMBER);
    workspace.file("notes/todo.md", "# Groceries\n\n## Action items\n\n- [ ] buy milk\n");
  });

  it("answers with the workspace index's numbers: rate, overdue, closed with open actions, repeated fixes", async function () {
    await indexDone(server.client);
    const result = await metrics(server.client);
    assert.equal(result.indexing, false);
    assert.equal(result.today, "2026-12-01");
    assert.equal(result.totals.postMortems, 2);
    assert.equal(result.totals.actions, 5);
    assert.equal(result.rate, 1 / 4, "1 done of 5, less 1 deprioritized with a reason");
    assert.deepEqual(
      result.overdue.map((item) => [item.text, item.daysLate, item.uri, item.range.start.line]),
      [
        [
          "add a pool wait p99 alert that pages the payments primary",
          270,
          uriOf(server.workspace.file("postmortems/2026-02-11-pool.md")),
          10,
        ],
      ],
    );
    assert.deepEqual(
      result.closedWithOpen.map((entry) => [entry.postMortem.title, entry.open]),
      [["Pool exhaustion, again", 2]],
    );
    assert.equal(result.repeatedFixes.length, 1);
    assert.equal(result.repeatedFixes[0].doneThenProposedAgain, true);
    assert.deepEqual(
      result.byService.map((row) => row.key),
      ["payments-api"],
    );
    const since = await metrics(server.client, { today: "2026-12-01", since: "2026-06-01" });
    assert.equal(since.totals.postMortems, 1);
  });

  it("counts an open document's unsaved edits at once", async function () {
    await indexDone(server.client);
    const client = server.client;
    const uri = uriOf(server.workspace.file("postmortems/2026-11-18-pool-again.md"));
    await client.open(uri, NOVEMBER);
    const changed = client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => params.uris?.includes(uri) === true,
    );
    await client.setText(
      uri,
      NOVEMBER.replace("- [ ] Improve monitoring", "- [x] Mei: add the pool wait alert (OPS-10)"),
    );
    await changed;
    const result = await metrics(client);
    assert.equal(result.totals.done, 2);
    assert.equal(result.rate, 2 / 4);
  });

  it("uses the server's today when none is sent, and ignores a malformed one", async function () {
    await indexDone(server.client);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal((await metrics(server.client, {})).today, today);
    assert.equal((await metrics(server.client, { today: "next Friday" })).today, today);
  });
});
