#!/usr/bin/env node
// `npm run demo`: the real product on the bundled examples. Packages the extension (.vsix), installs
// code-server on first use, installs the .vsix into a sandboxed VS Code, opens a copy of examples/
// and prints the URL. Ctrl-C stops code-server and every process it started.
//
//   npm run demo                      a free port
//   npm run demo -- --port 8080       a fixed port
//   npm run demo -- --check           start, check that the page and the extension load, stop (for CI)
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  installExtension,
  makeSandbox,
  removeSandbox,
  startCodeServer,
  stopAll,
  writeUserSettings,
} from "./codeServer.mjs";
import { ensureCodeServer, repoRoot } from "./install.mjs";

const argv = process.argv.slice(2);
const check = argv.includes("--check");
const portIndex = argv.indexOf("--port");
const fixedPort = portIndex >= 0 ? Number(argv[portIndex + 1]) : undefined;

function step(message) {
  process.stderr.write(`[demo] ${message}\n`);
}

let sandbox;
let stopping = false;
async function shutdown(code) {
  if (stopping) {
    return;
  }
  stopping = true;
  step("stopping code-server");
  await stopAll();
  if (sandbox !== undefined) {
    // The sandbox stays for its log; its socket folder is of no use once code-server has stopped.
    removeSandbox(sandbox, { keepRoot: true });
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => void shutdown(signal === "SIGINT" ? 0 : 1));
}

try {
  const started = Date.now();
  step("packaging the extension (npm run package)");
  const packaged = spawnSync("npm", ["run", "--silent", "package"], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (packaged.status !== 0) {
    throw new Error("npm run package failed");
  }
  const vsix = join(repoRoot, "follow-through.vsix");

  ensureCodeServer();

  sandbox = makeSandbox("demo");
  // A copy, so quick fixes you save in the demo never change the repository's examples.
  const workspace = join(sandbox.root, "examples");
  cpSync(join(repoRoot, "examples"), workspace, { recursive: true });
  step(`installing ${vsix} into the sandbox`);
  installExtension(sandbox, vsix);
  writeUserSettings(sandbox, {
    "workbench.startupEditor": "readme",
    "workbench.colorTheme": "Default Dark Modern",
  });

  const server = await startCodeServer({ sandbox, folder: workspace, port: fixedPort });
  const url = server.url;
  step(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s; log: ${server.log}`);

  if (check) {
    const page = await fetch(url);
    const installed = readdirSync(sandbox.extensions).filter((name) =>
      name.startsWith("follow-through."),
    );
    if (!page.ok || installed.length === 0) {
      throw new Error(
        `demo check failed: page ${page.status}, extensions ${readdirSync(sandbox.extensions).join(", ")}\n${server.logTail()}`,
      );
    }
    console.log(`demo check passed: ${url} answers, ${installed[0]} installed`);
    await shutdown(0);
  } else {
    console.log(
      `\n  Follow-Through in VS Code: ${url}\n\n  Open it in a browser; the examples' post-mortems are in the Explorer (postmortems/).\n  Press Ctrl-C to stop.\n`,
    );
  }
} catch (error) {
  console.error(`[demo] ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}
