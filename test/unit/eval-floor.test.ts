import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

// The judgement on real post-mortems written by others must not slip below the floors in test/eval-floor.json.
const ROOT = path.join(__dirname, "..", "..");
const SCORER = path.join(ROOT, "..", "shared", "eval", "score.mjs");
const CLI = path.join(ROOT, "dist", "cli.js");

interface Measure {
  precision: number;
  recall: number;
}

describe("judgement on the real post-mortems of ../shared/eval", function () {
  this.timeout(120_000);
  it("stays at or above the recorded floors", function () {
    if (!fs.existsSync(SCORER)) {
      console.log(
        `      (skipped: ${SCORER} is absent; the labelled set lives beside the repository)`,
      );
      this.skip();
    }
    assert.ok(fs.existsSync(CLI), "dist/cli.js is missing: run `npm run build` first");
    const run = spawnSync(process.execPath, [SCORER, "--json", "--cli", CLI], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    assert.equal(run.status, 0, run.stderr);
    const score = JSON.parse(run.stdout) as {
      elements: Record<string, Measure>;
      extraction: Measure & { doneRecall: number };
    };
    const floor = JSON.parse(
      fs.readFileSync(path.join(ROOT, "test", "eval-floor.json"), "utf8"),
    ) as { elements: Record<string, Measure>; extraction: Measure & { doneRecall: number } };
    const below: string[] = [];
    for (const [element, wanted] of Object.entries(floor.elements)) {
      for (const key of ["precision", "recall"] as const) {
        if (score.elements[element][key] < wanted[key]) {
          below.push(`${element} ${key} ${score.elements[element][key]} < floor ${wanted[key]}`);
        }
      }
    }
    for (const key of ["precision", "recall", "doneRecall"] as const) {
      if (score.extraction[key] < floor.extraction[key]) {
        below.push(`items ${key} ${score.extraction[key]} < floor ${floor.extraction[key]}`);
      }
    }
    assert.deepEqual(below, [], "run `npm run eval -- --errors` to see each miss and false alarm");
  });
});
