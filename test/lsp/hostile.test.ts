// Hostile documents and config through the real server over stdio: each gets its diagnostics, the
// server stays alive and answers the next request, its memory stays bounded, and a hover over hostile
// text comes back escaped. The CLI's side is test/unit/cli-hostile.test.ts.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  HoverRequest,
  type Hover,
  type MarkupContent,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import {
  IndexChangedNotification,
  ServerStatsRequest,
  WorkspaceActionsRequest,
  type IndexChangedParams,
  type WorkspaceActionsResult,
} from "../../server/src/protocol";
import { unprivilegedRunner } from "../support/cli-helpers";
import { aliasBomb, aliasBombConfig } from "../support/hostile";
import { uriOf } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

const MB = 1024 * 1024;
const HEAD = "# Post-mortem: hostile\n\n## Action items\n\n";

const documents: [string, string][] = [
  [
    "a YAML alias bomb in front matter",
    `---\n${aliasBomb()}\nstatus: closed\n---\n${HEAD}- [ ] Improve monitoring\n`,
  ],
  ["a list nested 10,000 deep", `${HEAD}${"- ".repeat(10_000)}[ ] Improve monitoring\n`],
  ["blockquotes nested 10,000 deep", `${HEAD}${"> ".repeat(10_000)}- [ ] Improve monitoring\n`],
  [
    "lists and quotes alternating 10,000 deep",
    `${HEAD}${"> - ".repeat(5_000)}[ ] Improve monitoring\n`,
  ],
  [
    "10,000 nested brackets and emphasis",
    `${HEAD}- [ ] Improve ${"[".repeat(10_000)}x${"](y)".repeat(10_000)} ${"*".repeat(10_000)}\n`,
  ],
  [
    "NUL bytes",
    `${HEAD}- [ ] Alice\0: add\0 alert for lag >30s by 2099-01-01 (PAY-1)\0\n- [ ] Improve\0 monitoring\n`,
  ],
  ["lone surrogates", `${HEAD}- [ ] Improve \ud800 monitoring \udfff\n- [ ] \udbff: add alert\n`],
  [
    "binary garbage",
    HEAD +
      Array.from({ length: 50_000 }, (_, index) =>
        String.fromCharCode((index * 7919) % 65_536),
      ).join(""),
  ],
];

describe("language server: hostile input", function () {
  this.timeout(60_000);
  const server = serverPerTest(
    (workspace) => {
      workspace.file("bombed/.followthrough.yml", aliasBombConfig());
      if (process.platform !== "win32") {
        fs.mkdirSync(path.join(workspace.root, "piped"));
        spawnSync("mkfifo", [path.join(workspace.root, "piped", ".followthrough.yml")]);
      }
    },
    // A small heap: expanding any of these would kill the server, and the test would see it.
    () => ({
      nodeArgs: ["--max-old-space-size=128", "--expose-gc"],
      env: { FOLLOW_THROUGH_DEBUG_REQUESTS: "1" },
    }),
  );

  it("each hostile document gets diagnostics, the server stays up and its memory bounded", async function () {
    const client = server.client;
    const before = await client.connection.sendRequest(ServerStatsRequest.type, {
      collectGarbage: true,
    });
    for (const [index, [name, text]] of documents.entries()) {
      const uri = uriOf(server.workspace.file(`postmortems/hostile-${index}.md`, text));
      const started = performance.now();
      const published: PublishDiagnosticsParams = await client.open(uri, text);
      const ms = performance.now() - started;
      console.log(
        `      ${name}: ${published.diagnostics.length} diagnostics in ${ms.toFixed(0)} ms`,
      );
      assert.ok(ms < 20_000, `${name}: ${ms.toFixed(0)} ms`);
      // Every range inside the document.
      const lineCount = text.split("\n").length;
      for (const diagnostic of published.diagnostics) {
        assert.ok(
          diagnostic.range.end.line < lineCount,
          `${name}: ${JSON.stringify(diagnostic.range)}`,
        );
      }
      // Still answering, on the same document.
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 4, character: 8 },
      });
      await client.close(uri);
    }
    const after = await client.connection.sendRequest(ServerStatsRequest.type, {
      collectGarbage: true,
    });
    console.log(
      `      RSS ${(before.memory.rss / MB).toFixed(1)} -> ${(after.memory.rss / MB).toFixed(1)} MB, heap ${(before.memory.heapUsed / MB).toFixed(1)} -> ${(after.memory.heapUsed / MB).toFixed(1)} MB`,
    );
    assert.equal(client.process.exitCode, null, `the server exited: ${client.serverStderr}`);
    assert.ok((after.memory.heapUsed - before.memory.heapUsed) / MB < 20);
    assert.ok(
      !client.logs.some((log) => /uncaught|unhandled/i.test(log.message)),
      JSON.stringify(client.logs),
    );
  });

  it("a YAML alias bomb in .followthrough.yml: the config's problems are published, the document linted with defaults", async function () {
    const client = server.client;
    const configUri = uriOf(server.workspace.file("bombed/.followthrough.yml"));
    const text = `${HEAD}- [ ] Improve monitoring\n`;
    const uri = uriOf(server.workspace.file("bombed/postmortems/a.md", text));
    const configProblems = client.nextDiagnostics(configUri, { timeoutMs: 20_000 });
    const published = await client.open(uri, text);
    assert.ok(published.diagnostics.some((diagnostic) => diagnostic.code === "owner-missing"));
    const problems = await configProblems;
    const keys = problems.diagnostics.map((diagnostic) =>
      typeof diagnostic.message === "string" ? diagnostic.message.split(":")[0] : "",
    );
    for (const key of ["groups", "people", "trackerKeys", "rules"]) {
      assert.ok(keys.includes(key), `${key} in ${JSON.stringify(keys)}`);
    }
  });

  it("a .followthrough.yml that is a FIFO: the defaults and one problem, not a server blocked on the read", async function () {
    if (process.platform === "win32") this.skip();
    const client = server.client;
    const configUri = uriOf(path.join(server.workspace.root, "piped", ".followthrough.yml"));
    const text = `${HEAD}- [ ] Improve monitoring\n`;
    const uri = uriOf(server.workspace.file("piped/postmortems/a.md", text));
    const configProblems = client.nextDiagnostics(configUri, { timeoutMs: 20_000 });
    const published = await client.open(uri, text);
    assert.ok(published.diagnostics.some((diagnostic) => diagnostic.code === "owner-missing"));
    const problems = await configProblems;
    const message = problems.diagnostics[0]?.message;
    assert.ok(typeof message === "string", JSON.stringify(problems));
    assert.match(message, /not a regular file/);
  });

  it("hovering hostile action text returns it escaped: no tag, no script or command link, no codicon", async function () {
    const client = server.client;
    const lines = [
      "- [ ] Improve \\[x\\]\\(command:workbench.action.terminal.new\\) monitoring",
      "- [ ] Improve $(terminal) monitoring",
      "- [ ] Alice: add alert by 2099-01-01 (PAY-1) — dropped: \\[x\\]\\(javascript:alert(1)\\) &lt;img src=x onerror=alert(1)&gt;",
      "- [ ] ~~Add an alert~~ deprioritized: &lt;img src=x onerror=alert(1)&gt; \\[x\\]\\(command:workbench.action.terminal.new\\)",
    ];
    const text = `${HEAD}${lines.join("\n")}\n`;
    const uri = uriOf(server.workspace.file("postmortems/hover.md", text));
    await client.open(uri, text);
    for (const [index, line] of lines.entries()) {
      const hover: Hover | null = await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 4 + index, character: 8 },
      });
      assert.ok(hover !== null, line);
      const value = (hover.contents as MarkupContent).value;
      assert.doesNotMatch(value, /(?<!\\)<img/, value);
      assert.doesNotMatch(value, /(?<!\\)\]\((?:command|javascript):/, value);
      assert.doesNotMatch(value, /(?<!\\)\$\(terminal\)/, value);
      assert.match(value, /\\\]\((?:command|javascript):|\\<img|\\\$\(terminal\)/, value);
    }
  });
});

describe("language server: hostile workspace", function () {
  this.timeout(60_000);
  const runner = unprivilegedRunner();
  let lockedFolder: string | undefined;
  // Registered before serverPerTest's hooks, so it runs before the workspace is removed.
  afterEach(() => {
    if (lockedFolder !== undefined) fs.chmodSync(lockedFolder, 0o755);
    lockedFolder = undefined;
  });
  const server = serverPerTest(
    (workspace) => {
      workspace.file(
        "postmortems/a.md",
        `---\ntitle: Readable\n---\n${HEAD}- [ ] Improve monitoring\n`,
      );
      workspace.file(
        "postmortems/bomb.md",
        `---\ntitle: Bombed\n${aliasBomb()}\n---\n${HEAD}- [ ] Improve monitoring\n`,
      );
      workspace.file(
        "locked/postmortems/b.md",
        `---\ntitle: Locked\n---\n${HEAD}- [ ] Add alert\n`,
      );
      if (process.platform !== "win32") {
        const folder = path.join(workspace.root, "postmortems");
        fs.mkdirSync(path.join(folder, "sub"));
        fs.symlinkSync("..", path.join(folder, "sub", "up"));
        fs.symlinkSync("self.md", path.join(folder, "self.md"));
        fs.symlinkSync("c.md", path.join(folder, "b.md"));
        fs.symlinkSync("b.md", path.join(folder, "c.md"));
        // Reading a FIFO blocks until someone writes: the indexer must not wait on it.
        spawnSync("mkfifo", [path.join(folder, "pipe.md")]);
        fs.chmodSync(workspace.root, 0o755);
        lockedFolder = path.join(workspace.root, "locked", "postmortems");
        fs.chmodSync(lockedFolder, 0o000);
      }
    },
    () => ({ runAs: runner?.runAs }),
  );

  before(function () {
    if (runner === undefined) {
      // Root reads any folder; the check needs a user it can switch to.
      if (process.env.CI === "true")
        assert.fail("CI cannot run the server as an unprivileged user");
      this.skip();
    }
  });

  it("symbolic link loops, a FIFO, an unreadable folder and an alias bomb: the rest is indexed", async function () {
    const client = server.client;
    await client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => !params.indexing,
      30_000,
    );
    const result: WorkspaceActionsResult = await client.connection.sendRequest(
      WorkspaceActionsRequest.method,
      {},
    );
    const titles = result.postMortems.map((postMortem) => postMortem.title).sort();
    // The bombed front matter loses its keys (its title among them), not the document.
    assert.deepEqual(titles, ["Post-mortem: hostile", "Readable"]);
    assert.equal(client.process.exitCode, null, client.serverStderr);
  });
});
