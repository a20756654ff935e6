#!/usr/bin/env node
// A stand-in for the VS Code executable, passed to @vscode/test-electron's runTests as
// vscodeExecutablePath: no Electron VS Code can be downloaded here, so this runs the same mocha suite in
// code-server's extension host instead. It reads the arguments runTests passes (--extensionDevelopmentPath=,
// --extensionTestsPath=, --user-data-dir=, --extensions-dir= and the folder to open), starts code-server
// with the smoke-test driver (which lets the URL payload name the extension and tests), opens the
// workbench in headless Chromium, relays the extension host's log, and exits with the tests' exit code.
// Electron-only flags (--no-sandbox, --disable-extensions, …) are ignored.
//
// Environment: FOLLOW_THROUGH_SHIM_TIMEOUT_MS (default 300000), CHROMIUM_BIN, FOLLOW_THROUGH_VSCODE_CACHE.
import { appendFileSync } from "node:fs";
import { format } from "node:util";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import {
  CHROMIUM_ARGS,
  logTail,
  makeSandbox,
  removeSandbox,
  sandboxEnv,
  startCodeServer,
  stopAll,
  writeUserSettings,
} from "./codeServer.mjs";
import { chromiumPath, ensureCodeServer } from "./install.mjs";

const options = {
  developmentPaths: [],
  testsPath: undefined,
  userDataDir: undefined,
  extensionsDir: undefined,
  folder: undefined,
};
for (const arg of process.argv.slice(2)) {
  const [name, ...rest] = arg.split("=");
  const value = rest.join("=");
  if (name === "--extensionDevelopmentPath") {
    options.developmentPaths.push(resolve(value));
  } else if (name === "--extensionTestsPath") {
    options.testsPath = resolve(value);
  } else if (name === "--user-data-dir") {
    options.userDataDir = resolve(value);
  } else if (name === "--extensions-dir") {
    options.extensionsDir = resolve(value);
  } else if (!arg.startsWith("-")) {
    options.folder = resolve(arg);
  }
}

/** The first line test/vscode/index.ts prints; the shim relays the workbench console from there on. */
const START_MARKER = "[follow-through] extension tests starting";
const timeoutMs = Number(process.env.FOLLOW_THROUGH_SHIM_TIMEOUT_MS ?? 300_000);
let browser;
let sandbox;
let finished = false;

async function finish(code, message) {
  if (finished) {
    return;
  }
  finished = true;
  if (message !== undefined) {
    console.error(message);
  }
  await browser?.close().catch(() => {});
  await stopAll();
  // A passing run leaves nothing behind; a failing one keeps its sandbox (log, user data) to look at.
  if (sandbox !== undefined) {
    removeSandbox(sandbox, { keepRoot: code !== 0 });
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => void finish(1, `[code-shim] ${signal}: stopping`));
}

try {
  if (options.testsPath === undefined || options.developmentPaths.length === 0) {
    throw new Error(
      "[code-shim] needs --extensionDevelopmentPath= and --extensionTestsPath= (it only runs extension tests)",
    );
  }
  const installed = ensureCodeServer();
  sandbox = makeSandbox(`ext-tests-${process.pid}`);
  if (options.userDataDir !== undefined) {
    sandbox.userData = options.userDataDir;
  }
  if (options.extensionsDir !== undefined) {
    sandbox.extensions = options.extensionsDir;
  }
  writeUserSettings(sandbox, {});
  const folder = options.folder ?? sandbox.root;
  const server = await startCodeServer({ sandbox, folder, smokeTestDriver: true });
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [
    ...options.developmentPaths.map((path) => ["extensionDevelopmentPath", remote(path)]),
    ["extensionTestsPath", remote(options.testsPath)],
  ];
  const url = `${server.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const consoleLog = join(sandbox.root, "workbench-console.log");
  const timer = setTimeout(() => {
    void finish(
      1,
      `[code-shim] the tests did not finish within ${timeoutMs / 1000} s.\nworkbench console ${consoleLog}:\n${logTail(consoleLog, 40)}\ncode-server log ${server.log}:\n${server.logTail(60)}`,
    );
  }, timeoutMs);
  timer.unref();

  browser = await chromium.launchPersistentContext(join(sandbox.root, "chromium-profile"), {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    env: sandboxEnv(sandbox, installed.nodeDir),
    viewport: { width: 1280, height: 800 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  // The smoke-test driver reports the extension host's console and the tests' exit code through these.
  // The workbench's own console (offline noise such as ENOTFOUND open-vsx.org) goes to a file; the
  // extension host's output is relayed from the suite's first line on (index.ts prints START_MARKER).
  let relaying = false;
  await page.exposeFunction("codeAutomationLog", (level, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    appendFileSync(consoleLog, `[${level}] ${text}\n`);
    relaying ||= text.includes(START_MARKER);
    // Mocha reports through console.log (level "info"); the workbench's errors stay in the file.
    if (relaying && level !== "error" && !text.startsWith("Extension host (Remote)")) {
      process.stdout.write(`${text}\n`);
    }
  });
  await page.exposeFunction("codeAutomationExit", (code) => {
    clearTimeout(timer);
    const exitCode = Number(code) || 0;
    void finish(
      exitCode,
      exitCode === 0
        ? undefined
        : `[code-shim] tests exited with ${exitCode}; code-server log: ${server.log}, workbench console: ${consoleLog}`,
    );
  });
  await page.goto(url);
} catch (error) {
  await finish(1, error instanceof Error ? error.message : String(error));
}
