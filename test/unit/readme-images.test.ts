import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { EXAMPLE_IMAGES, TYPED_IMAGES } from "../support/readmeImages";

// The README's pictures are taken by the UI suites (`npm run screenshots`); a picture of examples/ that is
// older than the last change to examples/ shows something that is no longer there.
const ROOT = path.join(__dirname, "..", "..");

function lastCommitTime(target: string): number | undefined {
  const run = spawnSync("git", ["log", "-1", "--format=%ct", "--", target], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const seconds = Number(run.stdout.trim());
  return run.status === 0 && run.stdout.trim() !== "" && Number.isFinite(seconds)
    ? seconds
    : undefined;
}

describe("README pictures", () => {
  it("every picture the README shows is one a UI suite takes", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const shown = [...readme.matchAll(/docs\/images\/([\w-]+)\.png/g)].map((match) => match[1]);
    const taken = new Set([...EXAMPLE_IMAGES, ...TYPED_IMAGES]);
    assert.deepEqual(
      shown.filter((name) => !taken.has(name)),
      [],
      "add each README picture to test/support/readmeImages.ts and have a UI suite take it",
    );
    for (const name of shown) {
      assert.ok(
        fs.existsSync(path.join(ROOT, "docs", "images", `${name}.png`)),
        `docs/images/${name}.png is missing`,
      );
    }
  });

  it("no picture of the examples is older than the examples it shows", function () {
    const examples = lastCommitTime("examples");
    if (
      examples === undefined ||
      spawnSync("git", ["rev-parse", "--is-shallow-repository"], {
        cwd: ROOT,
        encoding: "utf8",
      }).stdout.trim() === "true"
    ) {
      console.log("      (skipped: no git history here to date the pictures by)");
      this.skip();
    }
    const stale = EXAMPLE_IMAGES.filter(
      (name) => (lastCommitTime(`docs/images/${name}.png`) ?? 0) < examples,
    );
    assert.deepEqual(
      stale,
      [],
      "examples/ changed after these pictures were taken: run `npm run screenshots` and commit docs/images/",
    );
  });
});
