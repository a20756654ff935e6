// Benchmark of the workspace index (issue 6): index 10,000 generated post-mortems against a bare
// markdown-it parse of the same files in the same run, re-index one changed file, and the language
// server's memory once it has indexed them all.
//
//   npm run bench:index                       10,000 files, 3 rounds (best counts)
//   node --expose-gc test/bench/index-bench.mjs --files 2000 --rounds 2 [--dir DIR --keep] [--no-server]
//
// The post-mortems come from lint-bench.mjs's generator with its default seed, so both benchmarks
// measure the same workspace. Texts are read into memory before timing, so
// disk I/O is excluded from the index/parse ratio; the server figures include it.
import {
  bundleCore,
  parseOptions,
  startServer,
  time,
  WORKSPACE_NAME,
  WORKSPACE_OPTIONS,
} from "./bench-support.mjs";
import MarkdownIt from "markdown-it";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { generateWorkspace, markdownFiles } from "./generate-post-mortems.mjs";

const args = parseOptions({
  files: { type: "string", default: "10000" },
  rounds: { type: "string", default: "3" },
  dir: { type: "string" },
  keep: { type: "boolean", default: false },
  "no-server": { type: "boolean", default: false },
});
const FILE_COUNT = Number(args.files);
const ROUNDS = Number(args.rounds);
const TODAY = new Date(Date.UTC(2026, 10, 24));
/** lint-bench.mjs's default --seed. */
const SEED = Number(WORKSPACE_OPTIONS.seed.default);

/** Writes the workspace with lint-bench's generator and seed, unless its last file is there already. */
function benchWorkspace(parent) {
  const workspace = path.join(parent, WORKSPACE_NAME);
  const marker = path.join(
    workspace,
    "postmortems",
    String(Math.floor((FILE_COUNT - 1) / 100)).padStart(3, "0"),
    `incident-${String(FILE_COUNT - 1).padStart(5, "0")}.md`,
  );
  if (!fs.existsSync(marker)) generateWorkspace(workspace, { files: FILE_COUNT, seed: SEED });
  return workspace;
}

function readWorkspace(dir) {
  return markdownFiles(dir).map((file) => ({
    file,
    uri: pathToFileURL(file).toString(),
    text: fs.readFileSync(file, "utf8"),
  }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function rssOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) / 1024;
    return { rssMb: field("VmRSS"), peakMb: field("VmHWM") };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}

/** Starts dist/server.js on the workspace, times the background indexing, one watched-file change and one edit, and reads its memory. */
async function measureServer(workspace, files) {
  const { child, connection } = startServer([], { stdio: ["pipe", "pipe", "inherit"] });
  const waiters = [];
  const diagnostics = [];
  connection.onNotification("followThrough/indexChanged", (params) => {
    for (const waiter of [...waiters]) {
      if (waiter.match(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onNotification("textDocument/publishDiagnostics", (params) =>
    diagnostics.push({ at: performance.now(), params }),
  );
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.listen();
  const indexChanged = (match) => new Promise((resolve) => waiters.push({ match, resolve }));
  const workspaceUri = pathToFileURL(workspace).toString();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: workspaceUri,
    workspaceFolders: [{ uri: workspaceUri, name: "bench" }],
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
    },
    initializationOptions: { debounceMs: 0 },
  });
  const started = performance.now();
  const finished = indexChanged((params) => params.indexing === false);
  await connection.sendNotification("initialized", {});
  // An editor opens a document while the index is being built: its diagnostics must not wait.
  const open = files[Math.floor(files.length / 2)];
  const openedAt = performance.now();
  await connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri: open.uri, languageId: "markdown", version: 1, text: open.text },
  });
  const done = await finished;
  const indexMs = performance.now() - started;
  const firstDiagnostics = diagnostics.find((entry) => entry.params.uri === open.uri);
  const diagnosticsMs = firstDiagnostics === undefined ? NaN : firstDiagnostics.at - openedAt;
  await new Promise((resolve) => setTimeout(resolve, 500));
  globalThis.gc?.();
  const memory = rssOf(child.pid);

  // One file changes on disk: the watcher event, to the indexChanged naming it.
  const changedTimes = [];
  for (let k = 0; k < 20; k++) {
    const target = files[(k * 397) % files.length];
    fs.writeFileSync(
      target.file,
      `${target.text}\n- [ ] Alice: add a bench alert number ${k}, by 2027-01-01 (OPS-${k})\n`,
    );
    const changed = indexChanged((params) => params.uris?.includes(target.uri) === true);
    const at = performance.now();
    await connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: target.uri, type: 2 }],
    });
    await changed;
    changedTimes.push(performance.now() - at);
    fs.writeFileSync(target.file, target.text);
  }
  // One open document is edited (debounce 0 here; VS Code's client waits 150 ms of typing pause first).
  const editTimes = [];
  for (let version = 2; version < 22; version++) {
    const changed = indexChanged((params) => params.uris?.includes(open.uri) === true);
    const at = performance.now();
    await connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: open.uri, version },
      contentChanges: [
        {
          text: `${open.text}\n- [ ] Bob: add edit ${version} to the bench, by 2027-01-01 (OPS-${version})\n`,
        },
      ],
    });
    await changed;
    editTimes.push(performance.now() - at);
  }
  // The tree view's full read: page by page, as the VS Code client does it.
  let actions = 0;
  const readStarted = performance.now();
  for (let offset = 0, total = 1; offset < total; offset += 500) {
    const page = await connection.sendRequest("followThrough/workspaceActions", {
      offset,
      limit: 500,
    });
    total = page.total;
    actions += page.postMortems.reduce((sum, postMortem) => sum + postMortem.actions.length, 0);
  }
  const fullReadMs = performance.now() - readStarted;
  const after = rssOf(child.pid);
  connection.dispose();
  child.kill();
  return {
    indexMs,
    postMortems: done.postMortems,
    actions,
    diagnosticsMs,
    memory,
    after,
    watchedChangeMs: median(changedTimes),
    editMs: median(editTimes),
    fullReadMs,
  };
}

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-index-bench-"));
  const parent = args.dir !== undefined ? path.resolve(args.dir) : scratch;
  fs.mkdirSync(parent, { recursive: true });
  try {
    const core = await bundleCore(
      scratch,
      [
        'export { lint } from "./server/src/core/lint";',
        'export { defaultConfig } from "./server/src/core/config";',
        'export { parsePostMortem } from "./server/src/core/parse";',
        'export { saysPostMortem } from "./server/src/core/detect";',
        'export { WorkspaceIndex } from "./server/src/core/index/workspaceIndex";',
      ],
      "index-core",
    );
    const workspace = benchWorkspace(parent);
    const files = readWorkspace(workspace);
    const megabytes =
      files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) / (1024 * 1024);
    console.log(`workspace: ${files.length} files, ${megabytes.toFixed(1)} MB in ${workspace}`);

    const markdown = new MarkdownIt();
    const config = core.defaultConfig();
    const analyse = (uri, text) =>
      core.saysPostMortem(text)
        ? core.lint(text, { config, today: TODAY, fileName: uri })
        : undefined;
    const bare = () => {
      let tokens = 0;
      for (const file of files) tokens += markdown.parse(file.text, {}).length;
      return tokens;
    };
    const buildIndex = () => {
      const index = new core.WorkspaceIndex(analyse);
      for (const file of files) index.setFileText(file.uri, file.text);
      return index;
    };
    const parseOnly = () => {
      let actions = 0;
      for (const file of files)
        actions += core.parsePostMortem(file.text, config, file.uri).actions.length;
      return actions;
    };

    const warm = files.slice(0, Math.min(200, files.length));
    for (const file of warm) markdown.parse(file.text, {});
    for (const file of warm) analyse(file.uri, file.text);

    const bareTimes = [];
    const indexTimes = [];
    const parseTimes = [];
    let index;
    for (let round = 1; round <= ROUNDS; round++) {
      const bareRun = time(bare);
      const parseRun = time(parseOnly);
      index = undefined;
      const indexRun = time(buildIndex);
      index = indexRun.value;
      bareTimes.push(bareRun.ms);
      parseTimes.push(parseRun.ms);
      indexTimes.push(indexRun.ms);
      console.log(
        `round ${round}: markdown-it ${bareRun.ms.toFixed(0)} ms, parsePostMortem ${parseRun.ms.toFixed(0)} ms, index (lint + summary) ${indexRun.ms.toFixed(0)} ms`,
      );
    }
    const bareBest = Math.min(...bareTimes);
    const indexBest = Math.min(...indexTimes);
    const parseBest = Math.min(...parseTimes);
    const actions = index.actions().length;

    // Re-index one changed file: the same call a watcher event makes, timed per file.
    const reindexTimes = [];
    for (let k = 0; k < 200; k++) {
      const file = files[(k * 7919) % files.length];
      const changed = `${file.text}\n- [ ] Carol: add reindex probe ${k}, by 2027-01-01 (OPS-${k})\n`;
      const start = process.hrtime.bigint();
      index.setFileText(file.uri, changed);
      reindexTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const meanFileMs = indexBest / files.length;

    console.log("");
    console.log(`bare markdown-it parse:  ${bareBest.toFixed(0)} ms`);
    console.log(
      `parsePostMortem only:    ${parseBest.toFixed(0)} ms  (${(parseBest / bareBest).toFixed(2)}x bare)`,
    );
    console.log(
      `index (lint + summary):  ${indexBest.toFixed(0)} ms  (${(indexBest / bareBest).toFixed(2)}x bare; goal <= 2: ${indexBest / bareBest <= 2 ? "met" : "not met"})`,
    );
    console.log(
      `re-index one changed file: median ${median(reindexTimes).toFixed(2)} ms (mean file in the full run: ${meanFileMs.toFixed(2)} ms; index size does not enter)`,
    );
    console.log(`post-mortems: ${index.size}, actions: ${actions}`);
    console.log(
      `bench process peak RSS: ${((process.resourceUsage().maxRSS * 1024) / (1024 * 1024)).toFixed(0)} MB`,
    );

    let server;
    if (!args["no-server"]) {
      server = await measureServer(workspace, files);
      console.log("");
      console.log(
        `server: indexed ${server.postMortems} post-mortems (${server.actions} actions) in ${(server.indexMs / 1000).toFixed(1)} s in the background, reading from disk`,
      );
      console.log(
        `server: diagnostics of a document opened during indexing after ${server.diagnosticsMs.toFixed(0)} ms`,
      );
      console.log(
        `server: RSS after indexing ${server.memory.rssMb.toFixed(0)} MB (peak ${server.memory.peakMb.toFixed(0)} MB)`,
      );
      console.log(
        `server: after 40 re-indexes and a full read of the index in pages (${server.fullReadMs.toFixed(0)} ms): RSS ${server.after.rssMb.toFixed(0)} MB, peak ${server.after.peakMb.toFixed(0)} MB (goal < 300: ${server.after.peakMb < 300 ? "met" : "not met"})`,
      );
      console.log(
        `server: watched file changed -> indexChanged median ${server.watchedChangeMs.toFixed(1)} ms; open document edited -> indexChanged median ${server.editMs.toFixed(1)} ms (debounce 0)`,
      );
    }
    console.log(
      JSON.stringify({
        files: files.length,
        megabytes: Number(megabytes.toFixed(2)),
        bareMs: Number(bareBest.toFixed(1)),
        parseMs: Number(parseBest.toFixed(1)),
        indexMs: Number(indexBest.toFixed(1)),
        ratio: Number((indexBest / bareBest).toFixed(3)),
        reindexOneMs: Number(median(reindexTimes).toFixed(3)),
        actions,
        serverIndexMs: server === undefined ? null : Number(server.indexMs.toFixed(0)),
        serverRssMb: server === undefined ? null : Number(server.memory.rssMb.toFixed(0)),
        serverPeakRssMb: server === undefined ? null : Number(server.after.peakMb.toFixed(0)),
        serverDiagnosticsDuringIndexMs:
          server === undefined ? null : Number(server.diagnosticsMs.toFixed(0)),
        serverWatchedChangeMs:
          server === undefined ? null : Number(server.watchedChangeMs.toFixed(1)),
        serverEditMs: server === undefined ? null : Number(server.editMs.toFixed(1)),
        node: process.version,
      }),
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    if (args.dir !== undefined && !args.keep)
      fs.rmSync(path.join(parent, "follow-through-bench-workspace"), {
        recursive: true,
        force: true,
      });
  }
}

await main();
