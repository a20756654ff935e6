// Keystroke latency of the language server over stdio, as an editor sees it: each typed character is
// an incremental didChange, timed until the publishDiagnostics for that version arrives. Debounce is set
// to 0 (initializationOptions.debounceMs), so the figure is the server's own work, not the pause.
// Then the server under load, with its default debounce: a burst of edits to one document and edits
// to many documents at once, counting publishes and lints and reading RSS and heap after a forced GC.
//   node test/bench/lsp-bench.mjs [--keystrokes 200] [--lines 300] [--big-lines 5000]
//                                 [--burst 5000] [--burst-seconds 10] [--documents 500] [--load-only]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { parseOptions, startServer } from "./bench-support.mjs";

const args = parseOptions({
  keystrokes: { type: "string", default: "200" },
  lines: { type: "string", default: "300" },
  "big-lines": { type: "string", default: "5000" },
  burst: { type: "string", default: "5000" },
  "burst-seconds": { type: "string", default: "10" },
  documents: { type: "string", default: "500" },
  "load-only": { type: "boolean", default: false },
});

/** A realistic post-mortem: mostly prose and timeline, one action item in ten lines, a third of them weak. */
function postMortem(lines) {
  const out = [
    "---",
    "date: 2026-11-20",
    "status: draft",
    "---",
    "# Checkout outage",
    "",
    "## Summary",
    "",
  ];
  const actionCount = Math.round(lines / 10);
  let n = 0;
  while (out.length < (lines - actionCount) * 0.5)
    out.push(
      `The checkout service returned errors for ${++n} minutes while the connection pool was exhausted by retries.`,
      "",
    );
  out.push("## Timeline", "");
  while (out.length < lines - actionCount - 6)
    out.push(
      `- 10:${String(out.length % 60).padStart(2, "0")} UTC a responder restarted pod ${out.length} and watched the error rate`,
    );
  out.push("", "## Action items", "");
  const shapes = [
    (i) => `- [ ] Alice: add alert for replication lag >30s on db-${i}, by 2027-01-15 (PAY-${i})`,
    (i) => `- [ ] Review alerting thresholds for service ${i}`,
    (i) =>
      `- [ ] Bob: lower the pool size of api-${i} from 50 to 20 by 2027-02-01 (PAY-${1000 + i})`,
    (i) => `- [x] Rotate the keys of bucket ${i}`,
    (i) => `- [ ] Carla: remove the debug flag from web-${i} by end of sprint 14 (OPS-${i})`,
    (i) => `- [ ] Improve monitoring of queue ${i}`,
  ];
  let i = 0;
  while (out.length < lines - 2) out.push(shapes[i % shapes.length](i++));
  out.push("", "- [ ] ");
  return out.join("\n");
}

const WARM_UP = 20;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(lines, keystrokes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ft-lsp-bench-"));
  const file = path.join(dir, "postmortems", "bench.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let text = postMortem(lines);
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const nodeArgs = (process.env.FT_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const { child, connection } = startServer(nodeArgs, { stdio: "pipe" });
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    const resolve = waiting.get(params.version);
    if (params.uri === uri && resolve !== undefined) {
      waiting.delete(params.version);
      resolve(params);
    }
  });
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).toString(),
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification("initialized", {});
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  let version = 1;
  let first = published(version);
  await connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "markdown", version, text },
  });
  await first;
  const typed =
    "Bob: add a dashboard panel for checkout latency p99 over 2s by 2027-02-01 (PAY-900) ";
  const latencies = [];
  for (let k = 0; k < keystrokes; k++) {
    const lineIndex = text.split("\n").length - 1;
    const character = text.length - text.lastIndexOf("\n") - 1;
    const ch = typed[k % typed.length];
    text += ch;
    version++;
    const done = published(version);
    const started = performance.now();
    await connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [
        {
          range: { start: { line: lineIndex, character }, end: { line: lineIndex, character } },
          text: ch,
        },
      ],
    });
    const params = await done;
    latencies.push(performance.now() - started);
    if (params.diagnostics.length === 0)
      throw new Error("no diagnostics: the document was not linted");
  }
  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
  await new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve();
    }, 2000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  fs.rmSync(dir, { recursive: true, force: true });
  // The first keystrokes also pay for the JIT warming up; report them apart from the steady state.
  const warm = latencies.slice(WARM_UP).sort((a, b) => a - b);
  const all = [...latencies].sort((a, b) => a - b);
  const round = (value) => +value.toFixed(2);
  return {
    lines,
    keystrokes,
    p50: round(percentile(warm, 50)),
    p99: round(percentile(warm, 99)),
    p99WithWarmUp: round(percentile(all, 99)),
    max: round(all[all.length - 1]),
  };
}

/** The server under load: a burst of edits to one document, then many documents edited at once. */
async function measureLoad(burst, burstSeconds, documentCount) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ft-lsp-load-"));
  fs.mkdirSync(path.join(dir, "postmortems"));
  const { child, connection } = startServer(["--expose-gc"], {
    stdio: "pipe",
    env: { ...process.env, FOLLOW_THROUGH_DEBUG_REQUESTS: "1" },
  });
  const publishes = new Map();
  const waiting = new Map();
  let stale = 0;
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    const previous = publishes.get(params.uri) ?? [];
    if (previous.length > 0 && params.version <= previous[previous.length - 1]) stale++;
    previous.push(params.version);
    publishes.set(params.uri, previous);
    const key = `${params.uri}@${params.version}`;
    waiting.get(key)?.();
    waiting.delete(key);
  });
  connection.listen();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).toString(),
    capabilities: { workspace: { configuration: true } },
  });
  await connection.sendNotification("initialized", {});
  const published = (uri, version) =>
    publishes.get(uri)?.includes(version)
      ? Promise.resolve()
      : new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
  const stats = (collectGarbage = true) =>
    connection.sendRequest("followThrough/debug/serverStats", { collectGarbage });
  const open = async (name, text) => {
    const file = path.join(dir, "postmortems", name);
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const done = published(uri, 1);
    await connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "markdown", version: 1, text },
    });
    await done;
    return uri;
  };
  const typeAt = (uri, version, line, character, text) =>
    connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
  const text = postMortem(300);
  const lastLine = text.split("\n").length - 1;
  const lastLength = text.length - text.lastIndexOf("\n") - 1;

  // The burst: `burst` keystrokes spread over `burstSeconds`.
  const uri = await open("burst.md", text);
  const before = await stats();
  const started = performance.now();
  for (let k = 0; k < burst; k++) {
    await typeAt(uri, k + 2, lastLine, lastLength + k, "x");
    const due = started + ((k + 1) * burstSeconds * 1000) / burst;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  const sent = performance.now();
  await published(uri, burst + 1);
  const burstResult = {
    edits: burst,
    seconds: +((sent - started) / 1000).toFixed(1),
    publishes: publishes.get(uri).length - 1,
    lastVersion: publishes.get(uri).at(-1),
    finalAfterLastEditMs: +(performance.now() - sent).toFixed(0),
  };
  const afterBurst = await stats();
  burstResult.lints = afterBurst.lintRuns - before.lintRuns;

  // Many documents at once: open them all, edit each five times round-robin, wait for the last.
  const uris = await Promise.all(
    Array.from({ length: documentCount }, (_, index) => open(`many-${index}.md`, text)),
  );
  const manyStarted = performance.now();
  for (let round = 0; round < 5; round++) {
    for (const other of uris) await typeAt(other, round + 2, lastLine, lastLength + round, "y");
  }
  await Promise.all(uris.map((other) => published(other, 6)));
  const manyMs = performance.now() - manyStarted;
  const whileOpen = await stats(false);
  for (const other of uris) {
    await connection.sendNotification("textDocument/didClose", { textDocument: { uri: other } });
  }
  const after = await stats();
  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
  const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(1);
  return {
    burst: burstResult,
    documents: {
      count: documentCount,
      edits: documentCount * 5,
      allLatestMs: +manyMs.toFixed(0),
      lints: whileOpen.lintRuns - afterBurst.lintRuns,
      pendingWhileOpen: whileOpen.pendingValidations,
      trackedAfterClose: after.documents,
    },
    stalePublishes: stale,
    memory: {
      rssBeforeMb: mb(before.memory.rss),
      rssAfterMb: mb(after.memory.rss),
      heapBeforeMb: mb(before.memory.heapUsed),
      heapAfterMb: mb(after.memory.heapUsed),
      collectedGarbage: after.collectedGarbage,
    },
  };
}

if (args["load-only"]) {
  const load = await measureLoad(
    Number(args.burst),
    Number(args["burst-seconds"]),
    Number(args.documents),
  );
  printLoad(load);
  console.log(JSON.stringify({ load }));
  process.exit(0);
}

function printLoad(load) {
  const { burst, documents, memory } = load;
  console.log(
    `${burst.edits} edits in ${burst.seconds} s to one document: ${burst.publishes} publishes, ${burst.lints} lints, last for version ${burst.lastVersion}, ${burst.finalAfterLastEditMs} ms after the last edit`,
  );
  console.log(
    `${documents.count} documents, ${documents.edits} edits at once: every latest version published in ${documents.allLatestMs} ms, ${documents.lints} lints; ${documents.trackedAfterClose} documents tracked after closing them all`,
  );
  console.log(
    `stale publishes (a version older than one already published): ${load.stalePublishes}; RSS ${memory.rssBeforeMb} -> ${memory.rssAfterMb} MB, heap after GC ${memory.heapBeforeMb} -> ${memory.heapAfterMb} MB`,
  );
}

const small = await measure(Number(args.lines), Number(args.keystrokes));
console.log(
  `${small.lines}-line post-mortem, ${small.keystrokes} keystrokes: p50 ${small.p50} ms, p99 ${small.p99} ms after ${WARM_UP} warm-up keystrokes (${small.p99WithWarmUp} ms with them) (goal p99 <= 15 ms)`,
);
const big = await measure(Number(args["big-lines"]), 100);
console.log(
  `${big.lines}-line post-mortem, ${big.keystrokes} keystrokes: p50 ${big.p50} ms, p99 ${big.p99} ms after warm-up (${big.p99WithWarmUp} ms with it) (goal <= 50 ms)`,
);
const load = await measureLoad(
  Number(args.burst),
  Number(args["burst-seconds"]),
  Number(args.documents),
);
printLoad(load);
console.log(JSON.stringify({ small, big, load }));
