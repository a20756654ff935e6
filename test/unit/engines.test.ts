// The Node the README names is the Node every locked dependency supports: `npm ci` on it installs
// without an "Unsupported engine" warning. CI runs the suite on that Node (Debian's Node 20).
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");

describe("the Node we document", function () {
  this.timeout(120_000);

  it("package.json's engines and the README name the same Node", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      engines: { node: string };
    };
    const minimum = /^>=(\d+\.\d+)$/.exec(manifest.engines.node)?.[1];
    assert.ok(minimum !== undefined, `engines.node is ${manifest.engines.node}`);
    assert.match(
      fs.readFileSync(path.join(root, "README.md"), "utf8"),
      new RegExp(`with Node ${minimum.replace(".", "\\.")} or later`),
    );
    const [major, minor] = process.versions.node.split(".").map(Number);
    const [wantMajor, wantMinor] = minimum.split(".").map(Number);
    assert.ok(
      major > wantMajor || (major === wantMajor && minor >= wantMinor),
      `the suite runs on Node ${process.versions.node}, older than the documented ${minimum}`,
    );
  });

  it("every locked package supports the Node running the suite (npm ci --engine-strict)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-engines-"));
    try {
      for (const file of ["package.json", "package-lock.json"]) {
        fs.copyFileSync(path.join(root, file), path.join(dir, file));
      }
      const result = spawnSync(
        "npm",
        ["ci", "--dry-run", "--engine-strict", "--ignore-scripts", "--no-audit", "--no-fund"],
        { cwd: dir, encoding: "utf8" },
      );
      assert.equal(
        result.status,
        0,
        `npm ci --engine-strict on Node ${process.versions.node}:\n${result.stderr
          .split("\n")
          .filter((line) => /notsup|engine/i.test(line))
          .join("\n")}`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
