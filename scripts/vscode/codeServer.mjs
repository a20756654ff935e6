// Starts and stops code-server for the demo, the extension-host tests and the UI tests.
// Every run gets a sandbox under .vscode-test/ (HOME, XDG_*, user data, extensions, config, log; TMPDIR,
// where the sockets go, is a short folder in the system's temp folder),
// a free port, and its own process group, which is always killed: on stop(), on an uncaught error, on
// Ctrl-C and on process exit. Waits are bounded and their failures quote the server log.
import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ensureCodeServer, node24Env, repoRoot } from "./install.mjs";

/** Settings that keep a fresh VS Code quiet and offline: no welcome page, chat, telemetry or update checks. */
export const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "github.gitAuthentication": false,
  "editor.minimap.enabled": false,
  "window.commandCenter": false,
  "workbench.layoutControl.enabled": false,
};

/** A port nobody listens on right now (the OS picks it); code-server binds it a moment later. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        resolvePort(typeof address === "object" && address !== null ? address.port : 0),
      );
    });
  });
}

/** The most a Unix socket path may hold (sun_path is 108 bytes with its terminating NUL). */
export const MAX_SOCKET_PATH = 107;
/**
 * The longest name Chromium or code-server gives a socket inside TMPDIR / XDG_RUNTIME_DIR:
 * `/org.chromium.Chromium.XXXXXX/SingletonSocket` (45) and `/vscode-ipc-<uuid>.sock` (52), with room to spare.
 */
export const SOCKET_NAME_ROOM = 60;

/**
 * A new folder for a sandbox's sockets, short whatever the clone's path: under the system's temp folder
 * if that leaves room for the longest socket name, else under /tmp. A clone at an ordinary path such as
 * /home/alice/src/follow-through puts the sandbox itself too deep for Chromium ("Socket path too long").
 */
export function makeSocketDir() {
  const system = tmpdir();
  const prefix = "follow-through-XXXXXX".length + 2;
  const base = system.length + prefix + SOCKET_NAME_ROOM <= MAX_SOCKET_PATH ? system : "/tmp";
  return mkdtempSync(join(base, "follow-through-"));
}

/**
 * Folders that keep code-server, Chromium and their children off the real HOME and /tmp. Everything
 * lives under `root` (in .vscode-test/sandbox/ unless `parent` says otherwise) except `tmp`, the TMPDIR
 * where the sockets go: that is a short folder of its own, which `root/tmp` links to and
 * `removeSandbox` removes.
 */
export function makeSandbox(
  name,
  { fresh = true, parent = join(repoRoot, ".vscode-test", "sandbox") } = {},
) {
  const root = join(parent, name);
  const tmpLink = join(root, "tmp");
  if (fresh) {
    removeSandbox({ root, tmp: linkTarget(tmpLink) });
  }
  let tmp = linkTarget(tmpLink);
  if (tmp === undefined || !existsSync(tmp)) {
    mkdirSync(root, { recursive: true });
    rmSync(tmpLink, { force: true });
    tmp = makeSocketDir();
    symlinkSync(tmp, tmpLink);
  }
  const dirs = {
    root,
    home: join(root, "home"),
    tmp,
    userData: join(root, "user-data"),
    extensions: join(root, "extensions"),
    config: join(root, "config.yaml"),
    log: join(root, "code-server.log"),
  };
  for (const dir of [
    dirs.home,
    dirs.userData,
    dirs.extensions,
    join(dirs.home, ".config"),
    join(dirs.home, ".local/share"),
    join(dirs.home, ".cache"),
  ]) {
    mkdirSync(dir, { recursive: true });
  }
  // Without --config, code-server writes ~/.config/code-server/config.yaml with password auth.
  writeFileSync(dirs.config, "auth: none\ncert: false\n");
  return dirs;
}

/**
 * Removes a sandbox's socket folder and, unless `keepRoot` (a failed run keeps its logs and user data
 * to look at), the sandbox itself.
 */
export function removeSandbox(sandbox, { keepRoot = false } = {}) {
  if (sandbox.tmp !== undefined) {
    rmSync(sandbox.tmp, { recursive: true, force: true });
  }
  if (!keepRoot) {
    rmSync(sandbox.root, { recursive: true, force: true });
  }
}

/** Where an earlier sandbox's `tmp` link points, if it is a socket folder this file made (never anything else). */
function linkTarget(link) {
  try {
    const target = readlinkSync(link);
    return basename(target).startsWith("follow-through-") ? target : undefined;
  } catch {
    return undefined;
  }
}

export function sandboxEnv(sandbox, nodeDir) {
  return {
    ...node24Env(nodeDir),
    HOME: sandbox.home,
    XDG_CONFIG_HOME: join(sandbox.home, ".config"),
    XDG_DATA_HOME: join(sandbox.home, ".local/share"),
    XDG_CACHE_HOME: join(sandbox.home, ".cache"),
    XDG_STATE_HOME: join(sandbox.home, ".local/state"),
    XDG_RUNTIME_DIR: sandbox.tmp,
    TMPDIR: sandbox.tmp,
    // No stray `code` CLI integration or telemetry from the server side.
    VSCODE_CLI: "",
    DONT_PROMPT_WSL_INSTALL: "1",
  };
}

/** Writes User/settings.json in the sandbox's user data folder. */
export function writeUserSettings(sandbox, settings) {
  const userDir = join(sandbox.userData, "User");
  mkdirSync(userDir, { recursive: true });
  writeFileSync(
    join(userDir, "settings.json"),
    `${JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2)}\n`,
  );
}

function baseArgs(installed, sandbox) {
  return [
    installed.entry,
    "--config",
    sandbox.config,
    "--user-data-dir",
    sandbox.userData,
    "--extensions-dir",
    sandbox.extensions,
  ];
}

/** `code-server --install-extension FILE.vsix` into the sandbox's extensions folder. */
export function installExtension(sandbox, vsix) {
  const installed = ensureCodeServer();
  const result = spawnSync(
    installed.node,
    [...baseArgs(installed, sandbox), "--install-extension", vsix, "--force"],
    {
      env: sandboxEnv(sandbox, installed.nodeDir),
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `code-server --install-extension ${vsix} failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout.trim();
}

/** The last lines of a log file, for error messages. */
export function logTail(file, lines = 60) {
  if (!existsSync(file)) {
    return `(no log at ${file})`;
  }
  const text = readFileSync(file, "utf8").trimEnd().split("\n");
  return text.slice(-lines).join("\n");
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

const running = new Set();
let exitHookInstalled = false;

function installExitHook() {
  if (exitHookInstalled) {
    return;
  }
  exitHookInstalled = true;
  const killAll = () => {
    for (const pgid of running) {
      try {
        process.kill(-pgid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  };
  // Last resort: whatever way this process ends, no code-server group outlives it.
  process.on("exit", killAll);
  // A signal ends Node without "exit" handlers; callers with their own handlers (demo, shim) keep them.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    if (process.listenerCount(signal) === 0) {
      process.once(signal, () => {
        killAll();
        process.exit(signal === "SIGINT" ? 130 : 143);
      });
    }
  }
}

/**
 * Starts code-server on a free port with `folder` open, in its own process group.
 * Resolves when /healthz answers; rejects with the log's tail if it does not within `timeoutMs`.
 */
export async function startCodeServer({
  sandbox,
  folder,
  port: fixedPort,
  smokeTestDriver = false,
  timeoutMs = 60_000,
  extraArgs = [],
}) {
  const installed = ensureCodeServer();
  installExitHook();
  const port = fixedPort ?? (await freePort());
  const logFd = openSync(sandbox.log, "a");
  const args = [
    ...baseArgs(installed, sandbox),
    "--bind-addr",
    `127.0.0.1:${port}`,
    "--auth",
    "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    ...(smokeTestDriver ? ["--vscode-option", "enable-smoke-test-driver"] : []),
    ...extraArgs,
    folder,
  ];
  // detached: the child calls setsid, so its pid is the process group id of it and all its children
  // (file watcher, extension host, the language server, agent host).
  const child = spawn(installed.node, args, {
    cwd: sandbox.root,
    env: sandboxEnv(sandbox, installed.nodeDir),
    detached: true,
    stdio: ["ignore", logFd, logFd],
  });
  closeSync(logFd);
  const pgid = child.pid;
  running.add(pgid);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const base = `http://127.0.0.1:${port}`;
  const server = {
    port,
    pid: pgid,
    base,
    url: `${base}/?folder=${encodeURIComponent(folder)}`,
    log: sandbox.log,
    logTail: (lines) => logTail(sandbox.log, lines),
    async stop() {
      if (!running.has(pgid)) {
        return;
      }
      try {
        process.kill(-pgid, "SIGTERM");
      } catch {
        // Already gone.
      }
      const deadline = Date.now() + 5000;
      while (groupAlive(pgid) && Date.now() < deadline) {
        await new Promise((wake) => setTimeout(wake, 100));
      }
      if (groupAlive(pgid)) {
        try {
          process.kill(-pgid, "SIGKILL");
        } catch {
          // Gone between the check and the kill.
        }
      }
      running.delete(pgid);
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await server.stop();
      throw new Error(
        `code-server exited before it answered on ${base}/healthz. Log ${sandbox.log}:\n${logTail(sandbox.log)}`,
      );
    }
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        break;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(
        `code-server did not answer on ${base}/healthz within ${timeoutMs / 1000} s. Log ${sandbox.log}:\n${logTail(sandbox.log)}`,
      );
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  // A server already on the port would answer /healthz too; ours must still be running.
  await new Promise((wake) => setTimeout(wake, 200));
  if (exited) {
    await server.stop();
    throw new Error(
      `code-server exited right after start (port ${port} taken?). Log ${sandbox.log}:\n${logTail(sandbox.log)}`,
    );
  }
  return server;
}

/** Stops every code-server this process started; for signal handlers. */
export async function stopAll() {
  for (const pgid of [...running]) {
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  const deadline = Date.now() + 5000;
  while ([...running].some(groupAlive) && Date.now() < deadline) {
    await new Promise((wake) => setTimeout(wake, 100));
  }
  for (const pgid of running) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // Gone.
    }
  }
  running.clear();
}

/** Chromium's flags for headless runs on this machine (no GPU, no sandbox as root, nothing fetched). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
