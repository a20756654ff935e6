// What the benchmark scripts share: options, their folders, timing, the core bundled for in-process
// timing, and the language server as a process.
import * as esbuild from "esbuild";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import rpc from "vscode-jsonrpc/node";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The value of a `--name N` option as a positive integer, or exit 2 with a message. */
export function positiveInteger(value, name) {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    console.error(`${name} must be a positive integer; got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return number;
}

/**
 * Bundles server/src/core with esbuild's API into `outDir` (esbuild.mjs is not touched) and loads it.
 * `exports` are lines such as 'export { lint } from "./server/src/core/lint";'.
 */
export async function bundleCore(
  outDir,
  exports = [
    'export { lint } from "./server/src/core/lint";',
    'export { defaultConfig } from "./server/src/core/config";',
  ],
  name = "core",
) {
  const outfile = path.join(outDir, `${name}.cjs`);
  await esbuild.build({
    stdin: {
      contents: exports.join("\n"),
      resolveDir: REPO_ROOT,
      sourcefile: `${name}-bench-entry.ts`,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    logLevel: "warning",
  });
  return createRequire(import.meta.url)(outfile);
}

/** The generated workspace's folder: under a --dir the user chose, only it is ever deleted. */
export const WORKSPACE_NAME = "follow-through-bench-workspace";

/** Options of the benchmarks that generate a workspace: size, seed, where, whether to keep it. */
export const WORKSPACE_OPTIONS = {
  files: { type: "string", default: "10000" },
  rounds: { type: "string", default: "3" },
  seed: { type: "string", default: "20261124" },
  dir: { type: "string" },
  keep: { type: "boolean", default: false },
};

/** The script's options; given a usage line, -h/--help prints it and exits. */
export function parseOptions(options, usage) {
  const help = { type: "boolean", short: "h", default: false };
  const { values } = parseArgs({ options: usage === undefined ? options : { ...options, help } });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}

/** `fn`'s result and how long it took, after a garbage collection when --expose-gc allows one. */
export function time(fn) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** A scratch folder for the run, and the workspace: inside the scratch folder, or under `dir`. */
export function benchFolders(prefix, dir) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const workspace = path.join(dir !== undefined ? path.resolve(dir) : scratch, WORKSPACE_NAME);
  return { scratch, workspace };
}

/**
 * Deletes the scratch folder, and the workspace when it sits under --dir; with --keep, deletes
 * nothing and names `kept` on stderr.
 */
export function removeBenchFolders({ scratch, workspace }, { keep, dir }, kept) {
  if (keep) {
    console.error(`kept ${kept}`);
    return;
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  if (dir !== undefined) fs.rmSync(workspace, { recursive: true, force: true });
}

/**
 * dist/server.js over stdio and a connection to it that answers the configuration and registration
 * requests with defaults; the caller adds its own handlers, then listens.
 */
export function startServer(nodeArgs, spawnOptions) {
  const server = path.join(REPO_ROOT, "dist", "server.js");
  const child = spawn(process.execPath, [...nodeArgs, server, "--stdio"], spawnOptions);
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({})));
  connection.onRequest("client/registerCapability", () => null);
  return { child, connection };
}
