#!/usr/bin/env node
// `npm run test:vscode`: the mocha suite in test/vscode/ inside a real VS Code extension host, through
// @vscode/test-electron's runTests. No Electron VS Code can be downloaded here, so runTests gets
// code-shim.mjs as its executable, which runs the suite in code-server (see that file).
//
//   FOLLOW_THROUGH_VSCODE_GREP=pattern npm run test:vscode     only the tests whose title matches
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { runTests } from "@vscode/test-electron";
import { ensureCodeServer, repoRoot } from "./install.mjs";

const started = Date.now();
const testsDir = join(repoRoot, "test", "vscode");
const outDir = join(repoRoot, "out", "test", "vscode");
rmSync(outDir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: readdirSync(testsDir)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(testsDir, name)),
  outdir: outDir,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "inline",
  // The extension host provides `vscode`; mocha is loaded from the repository's node_modules.
  external: ["vscode", "mocha"],
  logLevel: "warning",
});

ensureCodeServer();

// A copy of the workspace: the tests edit documents (never saving), and settings may write .vscode/.
const run = join(repoRoot, ".vscode-test", "sandbox", `ext-tests-workspace-${process.pid}`);
const workspace = join(run, "workspace");
rmSync(run, { recursive: true, force: true });
cpSync(join(testsDir, "workspace"), workspace, { recursive: true });

let exitCode = 0;
try {
  await runTests({
    vscodeExecutablePath: fileURLToPath(new URL("./code-shim.mjs", import.meta.url)),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(outDir, "index.js"),
    launchArgs: [
      workspace,
      `--user-data-dir=${join(run, "user-data")}`,
      `--extensions-dir=${join(run, "extensions")}`,
    ],
    extensionTestsEnv: {
      FOLLOW_THROUGH_VSCODE_GREP: process.env.FOLLOW_THROUGH_VSCODE_GREP ?? "",
      FOLLOW_THROUGH_BENCH_OUT: process.env.FOLLOW_THROUGH_BENCH_OUT ?? "",
      FOLLOW_THROUGH_MOCHA_COLOR: process.stdout.isTTY ? "1" : "0",
    },
  });
} catch (error) {
  console.error(`extension tests failed: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
}
if (exitCode === 0) {
  rmSync(run, { recursive: true, force: true });
}
console.log(`extension-host suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
