// The sandbox code-server and Chromium run in must work from a clone at an ordinary, long path: Unix
// socket paths hold at most 107 bytes, and both make their sockets in the sandbox's TMPDIR.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium } from "playwright-core";
import {
  CHROMIUM_ARGS,
  MAX_SOCKET_PATH,
  SOCKET_NAME_ROOM,
  makeSandbox,
  removeSandbox,
  sandboxEnv,
} from "../../scripts/vscode/codeServer.mjs";

describe("the code-server sandbox under a long clone path", function () {
  this.timeout(60_000);
  let outer: string;
  let deepParent: string;

  before(() => {
    outer = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-sandbox-test-"));
    // What a clone at /home/someone/src/follow-through gives, and more: its .vscode-test/sandbox/ folder.
    deepParent = path.join(
      outer,
      "home",
      "a-person-with-a-long-name",
      "src",
      "work",
      "follow-through",
      ".vscode-test",
      "sandbox",
    );
    assert.ok(deepParent.length >= 80);
  });

  after(() => fs.rmSync(outer, { recursive: true, force: true }));

  it("keeps TMPDIR short enough for the longest socket name, however deep the sandbox", () => {
    const sandbox = makeSandbox("ext-tests-1234567", { parent: deepParent });
    try {
      assert.ok(sandbox.root.startsWith(deepParent));
      assert.ok(
        sandbox.tmp.length + SOCKET_NAME_ROOM <= MAX_SOCKET_PATH,
        `${sandbox.tmp} leaves no room for a socket name`,
      );
      const env = sandboxEnv(sandbox, "/opt/node24");
      assert.equal(env.TMPDIR, sandbox.tmp);
      assert.equal(env.XDG_RUNTIME_DIR, sandbox.tmp);
      assert.equal(
        fs.readlinkSync(path.join(sandbox.root, "tmp")),
        sandbox.tmp,
        "the sandbox says where its sockets are",
      );
    } finally {
      removeSandbox(sandbox);
    }
    assert.equal(fs.existsSync(sandbox.tmp), false);
    assert.equal(fs.existsSync(sandbox.root), false);
  });

  it("a fresh sandbox of the same name removes the socket folder of the one before", () => {
    const first = makeSandbox("demo", { parent: deepParent });
    removeSandbox(first, { keepRoot: true });
    const kept = makeSandbox("demo", { parent: deepParent });
    const second = makeSandbox("demo", { parent: deepParent });
    try {
      assert.equal(fs.existsSync(kept.tmp), false);
      assert.notEqual(second.tmp, kept.tmp);
      assert.ok(fs.existsSync(second.tmp));
    } finally {
      removeSandbox(second);
    }
  });

  it("Chromium starts with its profile in the deep sandbox", async function () {
    const executablePath = ["/usr/bin/chromium", process.env.CHROMIUM_BIN].find(
      (candidate) => candidate !== undefined && fs.existsSync(candidate),
    );
    if (executablePath === undefined) {
      this.skip();
    }
    const sandbox = makeSandbox("ui-1234567", { parent: deepParent });
    try {
      const context = await chromium.launchPersistentContext(
        path.join(sandbox.root, "chromium-profile"),
        {
          executablePath,
          headless: true,
          args: CHROMIUM_ARGS,
          env: sandboxEnv(sandbox, "/opt/node24"),
        },
      );
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent("<p>started</p>");
      assert.equal(await page.textContent("p"), "started");
      await context.close();
    } finally {
      removeSandbox(sandbox);
    }
  });
});
