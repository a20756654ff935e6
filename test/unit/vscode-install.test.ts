// The code-server install must work on a machine whose npm has no settings of its own: an empty HOME,
// no user .npmrc, and no way to reach nodejs.org for node-gyp's headers.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { codeServerInstallEnv, node24Env } from "../../scripts/vscode/install.mjs";

/** What npm (and so node-gyp, which reads npm_config_nodedir) resolves `nodedir` to in `env`. */
function npmNodedir(env: NodeJS.ProcessEnv): string {
  const result = spawnSync("npm", ["config", "get", "nodedir"], { env, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

describe("the code-server install environment", function () {
  this.timeout(30_000);
  let emptyHome: string;
  let strangerEnv: NodeJS.ProcessEnv;

  before(() => {
    emptyHome = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-empty-home-"));
    // A stranger's machine: nothing in HOME, no user config, and `npm run`'s own variables present.
    strangerEnv = {
      PATH: process.env.PATH,
      HOME: emptyHome,
      NPM_CONFIG_USERCONFIG: "/dev/null",
      npm_config_nodedir: "/somewhere/else",
      npm_node_execpath: "/usr/bin/node",
    };
  });

  after(() => fs.rmSync(emptyHome, { recursive: true, force: true }));

  it("points node-gyp at the installed Node's own headers, whatever the user's npm config says", () => {
    const nodeDir = path.join(emptyHome, "node-v24");
    assert.equal(npmNodedir(codeServerInstallEnv(nodeDir, strangerEnv)), nodeDir);
  });

  it("a bare Node 24 environment leaves nodedir unset, which is why the install needs its own", () => {
    const nodeDir = path.join(emptyHome, "node-v24");
    const bare = node24Env(nodeDir, strangerEnv);
    assert.equal(
      bare.npm_config_nodedir,
      undefined,
      "npm run's variables do not leak into the install",
    );
    assert.notEqual(npmNodedir(bare), nodeDir);
  });

  it("puts Node 24 first on PATH", () => {
    const env = codeServerInstallEnv("/opt/node24", strangerEnv);
    assert.equal(env.PATH?.split(":")[0], "/opt/node24/bin");
    assert.equal(env.npm_node_execpath, undefined);
  });
});
