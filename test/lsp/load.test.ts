// The server under load, over stdio: a burst of edits to one document and edits to many documents
// at once get diagnostics for their latest versions only, cancelled requests do no work, and the
// server's memory and state stay flat. Heavier variants run in test/bench/lsp-bench.mjs.
import * as assert from "node:assert/strict";
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  LSPErrorCodes,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import {
  ActionsRequest,
  ServerStatsRequest,
  type ServerStatsResult,
} from "../../server/src/protocol";
import { STRONG_LINE, WEAK_LINE, lineOf, postMortemText } from "./fixtures";
import { uriOf, type ClientOptions, type TestClient } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

const DEBUG: Omit<ClientOptions, "workspaceFolder"> = {
  nodeArgs: ["--expose-gc"],
  env: { FOLLOW_THROUGH_DEBUG_REQUESTS: "1" },
};
const MB = 1024 * 1024;

function stats(client: TestClient, collectGarbage = false): Promise<ServerStatsResult> {
  return client.connection.sendRequest(ServerStatsRequest.type, { collectGarbage });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** The diagnostics for `uri` at `version`, already received or still to come. */
function diagnosticsFor(
  client: TestClient,
  uri: string,
  version: number,
  timeoutMs = 15_000,
): Promise<PublishDiagnosticsParams> {
  const already = client.diagnostics.find(
    (params) => params.uri === uri && params.version === version,
  );
  return already !== undefined
    ? Promise.resolve(already)
    : client.nextDiagnostics(uri, { version, timeoutMs });
}

/** Every publish for `uri` must be for a newer version than the one before it. */
function assertNeverOlder(published: PublishDiagnosticsParams[], uri: string): void {
  let newest = 0;
  for (const params of published.filter((candidate) => candidate.uri === uri)) {
    assert.ok(typeof params.version === "number", "publishDiagnostics carries the version");
    assert.ok(
      params.version > newest,
      `${uri}: version ${params.version} published after ${newest}`,
    );
    newest = params.version;
  }
}

/** Appends `text` at the end of the document, as typing at its last line does. */
function typeAtEnd(client: TestClient, uri: string, text: string): Promise<number> {
  const current = client.textOf(uri);
  const lines = current.split("\n");
  const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return client.change(uri, [{ range: { start: position, end: position }, text }]);
}

describe("language server under load", function () {
  this.timeout(60_000);
  const server = serverPerTest(undefined, () => DEBUG);

  it("500 edits in 5 seconds to one document: far fewer lints, diagnostics only for newer versions, the last for the final text", async function () {
    const client = server.client;
    const text = postMortemText([WEAK_LINE]);
    const uri = uriOf(server.workspace.file("postmortems/burst.md", text));
    await client.open(uri, text);
    const before = await stats(client);
    const started = performance.now();
    // 500 keystrokes, one every 10 ms: typing far faster than anyone does, for as long as a sentence.
    let version = 1;
    for (let keystroke = 0; keystroke < 499; keystroke++) {
      version = await typeAtEnd(client, uri, "x");
      // Paced against the clock, not by fixed sleeps, so the 500 edits take 5 s on any machine.
      await sleep(started + (keystroke + 1) * 10 - performance.now());
    }
    // The last edit makes the item strong: its diagnostics must say so, not an older text's.
    const final = client.nextDiagnostics(uri, { version: version + 1, timeoutMs: 15_000 });
    const strongText = postMortemText([STRONG_LINE]);
    await client.change(uri, [
      {
        range: { start: { line: 0, character: 0 }, end: positionAtEnd(client.textOf(uri)) },
        text: strongText,
      },
    ]);
    version++;
    assert.equal(version, 501);
    const last = await final;
    const elapsedMs = performance.now() - started;
    const after = await stats(client);
    const publishes = client.diagnostics.filter((params) => params.uri === uri);
    console.log(
      `      500 edits in ${(elapsedMs / 1000).toFixed(1)} s: ${publishes.length - 1} publishes after the open, ${after.lintRuns - before.lintRuns} lints`,
    );
    assertNeverOlder(client.diagnostics, uri);
    assert.equal(publishes[publishes.length - 1].version, 501);
    const strongLine = lineOf(strongText, STRONG_LINE);
    assert.deepEqual(
      last.diagnostics.filter((diagnostic) => diagnostic.range.start.line === strongLine),
      [],
      "the final version's diagnostics: the strong item has none",
    );
    // Coalesced: a lint per typing pause, not per keystroke.
    assert.ok(publishes.length - 1 <= 25, `${publishes.length - 1} publishes for 500 edits`);
    assert.ok(after.lintRuns - before.lintRuns <= 25, `${after.lintRuns - before.lintRuns} lints`);
    assert.equal(after.pendingValidations, 0, "no validation left waiting");
  });

  it("50 documents edited at once: each gets diagnostics for its latest version, and closing them frees their state", async function () {
    const client = server.client;
    const uris: string[] = [];
    for (let index = 0; index < 50; index++) {
      const text = postMortemText([WEAK_LINE]);
      uris.push(uriOf(server.workspace.file(`postmortems/many-${index}.md`, text)));
    }
    await Promise.all(uris.map((uri) => client.open(uri, postMortemText([WEAK_LINE]))));
    // Ten rounds of an edit to every document, with no pause between documents.
    for (let round = 0; round < 9; round++) {
      for (const uri of uris) {
        await typeAtEnd(client, uri, "y");
      }
    }
    const strongText = postMortemText([STRONG_LINE]);
    const finals = uris.map((uri) => diagnosticsFor(client, uri, 11));
    for (const uri of uris) {
      await client.change(uri, [
        {
          range: { start: { line: 0, character: 0 }, end: positionAtEnd(client.textOf(uri)) },
          text: strongText,
        },
      ]);
    }
    const published = await Promise.all(finals);
    const strongLine = lineOf(strongText, STRONG_LINE);
    for (const [index, uri] of uris.entries()) {
      assertNeverOlder(client.diagnostics, uri);
      assert.deepEqual(
        published[index].diagnostics.filter(
          (diagnostic) => diagnostic.range.start.line === strongLine,
        ),
        [],
        `${uri}: diagnostics of the final text`,
      );
    }
    const open = await stats(client);
    assert.equal(open.documents, 50);
    assert.ok(open.pendingValidations <= 50, "at most one waiting validation per document");
    for (const uri of uris) {
      await client.close(uri);
    }
    const closed = await stats(client);
    assert.deepEqual(
      {
        documents: closed.documents,
        cachedLints: closed.cachedLints,
        pending: closed.pendingValidations,
      },
      { documents: 0, cachedLints: 0, pending: 0 },
      "closed documents leave nothing behind",
    );
  });
});

describe("language server under load: cancelled requests", function () {
  this.timeout(60_000);
  // A debounce longer than the test: an edit is linted only when a request asks for it.
  const server = serverPerTest(undefined, () => ({
    ...DEBUG,
    initializationOptions: { debounceMs: 600_000 },
  }));

  before(function () {
    // SIGSTOP holds the server while the request and its cancellation queue up in the pipe.
    if (process.platform === "win32") this.skip();
  });

  const requests: [string, (uri: string, text: string) => [string, unknown]][] = [
    [
      "hover",
      (uri, text) => [
        HoverRequest.method,
        { textDocument: { uri }, position: { line: lineOf(text, WEAK_LINE), character: 8 } },
      ],
    ],
    ["documentSymbol", (uri) => [DocumentSymbolRequest.method, { textDocument: { uri } }]],
    [
      "completion",
      (uri, text) => [
        CompletionRequest.method,
        { textDocument: { uri }, position: { line: lineOf(text, WEAK_LINE), character: 6 } },
      ],
    ],
    [
      "codeAction",
      (uri, text) => [
        CodeActionRequest.method,
        {
          textDocument: { uri },
          range: {
            start: { line: lineOf(text, WEAK_LINE), character: 0 },
            end: { line: lineOf(text, WEAK_LINE), character: 5 },
          },
          context: {
            diagnostics: [
              {
                range: {
                  start: { line: lineOf(text, WEAK_LINE), character: 6 },
                  end: { line: lineOf(text, WEAK_LINE), character: 12 },
                },
                message: "No owner",
                source: "follow-through",
                code: "owner-missing",
              },
            ],
          },
        },
      ],
    ],
    ["followThrough/actions", (uri) => [ActionsRequest.method, { textDocument: { uri } }]],
  ];

  for (const [name, makeRequest] of requests) {
    it(`${name}: cancelled before it runs, it answers RequestCancelled and lints nothing; not cancelled, it lints`, async function () {
      const client = server.client;
      const text = postMortemText([WEAK_LINE]);
      const uri = uriOf(server.workspace.file("postmortems/cancel.md", text));
      await client.open(uri, text);
      // A new version that nothing has linted yet: the request would have to lint it.
      await typeAtEnd(client, uri, " ");
      const before = await stats(client);
      const [method, params] = makeRequest(uri, client.textOf(uri));

      const source = new CancellationTokenSource();
      process.kill(client.process.pid!, "SIGSTOP");
      let answer: Promise<unknown>;
      try {
        answer = client.connection.sendRequest(method, params, source.token);
        source.cancel();
        // Written after the request and the cancellation: once it is out, both are in the pipe.
        await client.connection.sendNotification("$/followThroughTestFlush", {});
      } finally {
        process.kill(client.process.pid!, "SIGCONT");
      }
      await assert.rejects(answer, (error: { code?: number }) => {
        assert.equal(error.code, LSPErrorCodes.RequestCancelled);
        return true;
      });
      const afterCancel = await stats(client);
      assert.equal(afterCancel.lintRuns, before.lintRuns, "a cancelled request lints nothing");

      // The same request, not cancelled: it does lint the new version (so the count above can move).
      await client.connection.sendRequest(method, params);
      const afterAnswer = await stats(client);
      assert.equal(afterAnswer.lintRuns, before.lintRuns + 1);
    });
  }
});

describe("language server under load: memory", function () {
  this.timeout(120_000);
  // No debounce: every edit is linted, so the load is the server's work, not the timer's.
  const server = serverPerTest(undefined, () => ({
    ...DEBUG,
    initializationOptions: { debounceMs: 0 },
  }));

  it("RSS and heap after a forced collection stay flat across 500 linted edits and 50 documents opened, edited and closed", async function () {
    const client = server.client;
    const text = postMortemText([WEAK_LINE, STRONG_LINE]);
    const uri = uriOf(server.workspace.file("postmortems/memory.md", text));
    await client.open(uri, text);
    // Warm up first: the JIT and the first lints' caches are not growth.
    for (let keystroke = 0; keystroke < 50; keystroke++) await typeAtEnd(client, uri, "w");
    await diagnosticsFor(client, uri, client.versionOf(uri));
    const before = await stats(client, true);
    assert.ok(before.collectedGarbage, "the server runs with --expose-gc");

    for (let keystroke = 0; keystroke < 500; keystroke++) {
      await typeAtEnd(client, uri, keystroke % 40 === 39 ? "\n- [ ] Improve monitoring " : "z");
    }
    await diagnosticsFor(client, uri, client.versionOf(uri));
    const others = Array.from({ length: 50 }, (_, index) =>
      uriOf(server.workspace.file(`postmortems/memory-${index}.md`, text)),
    );
    await Promise.all(others.map((other) => client.open(other, text)));
    for (const other of others) await typeAtEnd(client, other, " edited");
    await Promise.all(others.map((other) => diagnosticsFor(client, other, 2)));
    for (const other of others) await client.close(other);
    const afterNoCollection = await stats(client);
    const after = await stats(client, true);

    const growth = {
      rssMb: (after.memory.rss - before.memory.rss) / MB,
      heapMb: (after.memory.heapUsed - before.memory.heapUsed) / MB,
    };
    console.log(
      `      RSS ${(before.memory.rss / MB).toFixed(1)} -> ${(afterNoCollection.memory.rss / MB).toFixed(1)} MB (${(after.memory.rss / MB).toFixed(1)} MB after GC), heap after GC ${(before.memory.heapUsed / MB).toFixed(1)} -> ${(after.memory.heapUsed / MB).toFixed(1)} MB, ${after.lintRuns - before.lintRuns} lints`,
    );
    // Generous bounds: a leak of the lints (one per edit) would blow well past them.
    assert.ok(growth.rssMb < 50, `RSS grew ${growth.rssMb.toFixed(1)} MB`);
    assert.ok(growth.heapMb < 10, `heap grew ${growth.heapMb.toFixed(1)} MB`);
    assert.equal(after.documents, 1);
    assert.equal(after.cachedLints, 1);
  });
});

function positionAtEnd(text: string): { line: number; character: number } {
  const lines = text.split("\n");
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
