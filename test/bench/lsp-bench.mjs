// Keystroke latency of the language server over stdio, as an editor sees it: each typed character is
// an incremental didChange, timed until the publishDiagnostics for that version arrives. Debounce is set
// to 0 (initializationOptions.debounceMs), so the figure is the server's own work, not the pause.
//   node test/bench/lsp-bench.mjs [--keystrokes 200] [--lines 300] [--big-lines 5000]
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import rpc from "vscode-jsonrpc/node";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values: args } = parseArgs({
  options: {
    keystrokes: { type: "string", default: "200" },
    lines: { type: "string", default: "300" },
    "big-lines": { type: "string", default: "5000" },
  },
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
  const child = spawn(
    process.execPath,
    [
      ...(process.env.FT_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean),
      path.join(root, "dist", "server.js"),
      "--stdio",
    ],
    { stdio: "pipe" },
  );
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    const resolve = waiting.get(params.version);
    if (params.uri === uri && resolve !== undefined) {
      waiting.delete(params.version);
      resolve(params);
    }
  });
  connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({})));
  connection.onRequest("client/registerCapability", () => null);
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

const small = await measure(Number(args.lines), Number(args.keystrokes));
console.log(
  `${small.lines}-line post-mortem, ${small.keystrokes} keystrokes: p50 ${small.p50} ms, p99 ${small.p99} ms after ${WARM_UP} warm-up keystrokes (${small.p99WithWarmUp} ms with them) (goal p99 <= 15 ms)`,
);
const big = await measure(Number(args["big-lines"]), 100);
console.log(
  `${big.lines}-line post-mortem, ${big.keystrokes} keystrokes: p50 ${big.p50} ms, p99 ${big.p99} ms after warm-up (${big.p99WithWarmUp} ms with it) (goal <= 50 ms)`,
);
console.log(JSON.stringify({ small, big }));
