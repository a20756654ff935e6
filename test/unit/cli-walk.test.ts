// The one folder walker the CLI's discovery and the workspace index share (core/index/files.ts).
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { listMarkdownFiles, walkFiles, type WalkOptions } from "../../server/src/core/index/files";
import { makeTempDir, removeTempDir, writeTree } from "../support/cli-helpers";

async function walked(root: string, options?: WalkOptions): Promise<string[]> {
  const files: string[] = [];
  for await (const file of walkFiles(root, options)) {
    files.push(path.relative(root, file).split(path.sep).join("/"));
  }
  return files;
}

describe("the folder walker", () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir("ft-walk-");
  });
  afterEach(() => {
    removeTempDir(dir);
  });

  it("lists files depth first, sorted by code unit, skipping dependency, VCS and build folders", async () => {
    writeTree(dir, {
      "b.md": "",
      "a/z.md": "",
      "a/B.md": "",
      "C.txt": "",
      "node_modules/x.md": "",
      ".git/x.md": "",
      ".hg/x.md": "",
      ".svn/x.md": "",
      "dist/x.md": "",
      "out/x.md": "",
      "docs/dist.md": "",
    });
    assert.deepEqual(await walked(dir), ["C.txt", "a/B.md", "a/z.md", "b.md", "docs/dist.md"]);
  });

  it("follows a link to a folder once, and a link loop ends", async function () {
    if (process.platform === "win32") {
      this.skip();
    }
    writeTree(dir, { "real/pm.md": "" });
    fs.symlinkSync(path.join(dir, "real"), path.join(dir, "link"));
    fs.symlinkSync(dir, path.join(dir, "real", "loop"));
    // "link" sorts first, so the folder is listed through it; "real" is the same folder, skipped.
    assert.deepEqual(await walked(dir), ["link/pm.md"]);
  });

  it("yields a dangling link for the CLI to report, and skips it for the index", async function () {
    if (process.platform === "win32") {
      this.skip();
    }
    writeTree(dir, { "pm.md": "" });
    fs.symlinkSync(path.join(dir, "gone.md"), path.join(dir, "broken.md"));
    assert.deepEqual(await walked(dir, { danglingLinks: "yield" }), ["broken.md", "pm.md"]);
    assert.deepEqual(await walked(dir), ["pm.md"]);
    assert.deepEqual(
      (await listMarkdownFiles(dir)).map((file) => path.basename(file)),
      ["pm.md"],
    );
  });

  it("reports a folder it cannot list and goes on", async () => {
    writeTree(dir, { "a.md": "" });
    const errors: string[] = [];
    const files = await walked(path.join(dir, "missing"), {
      onFolderError: (folder) => errors.push(path.basename(folder)),
    });
    assert.deepEqual(files, []);
    assert.deepEqual(errors, ["missing"]);
  });

  it("stops when asked", async () => {
    writeTree(dir, { "a/1.md": "", "b/2.md": "", "c/3.md": "" });
    let folders = 0;
    const files = await walked(dir, { shouldStop: () => ++folders > 2 });
    assert.deepEqual(files, ["a/1.md"]);
  });

  it("listMarkdownFiles keeps .md and .markdown files only", async () => {
    writeTree(dir, { "a.md": "", "b.MARKDOWN": "", "c.txt": "", "d.mdx": "" });
    assert.deepEqual(
      (await listMarkdownFiles(dir)).map((file) => path.basename(file)),
      ["a.md", "b.MARKDOWN"],
    );
  });
});
