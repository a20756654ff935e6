// The pool behind `lint --jobs N`, driven with a stand-in worker (a few lines of JavaScript that
// answer batches after a random delay) instead of the linter: batches come back in task order
// whichever thread finishes first, the main thread lints its share, and a worker that throws or
// exits ends the run with its error instead of a hang or a report with a hole in it.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import type { LintedBatch, LintTask } from "../../server/src/cli/lintFile";
import { lintInPool, type FinishedBatch } from "../../server/src/cli/pool";
import { makeTempDir, removeTempDir } from "../support/cli-helpers";

/** Answers each batch with one line per file, after a delay that reorders the replies. */
const STAND_IN_WORKER = `
const { parentPort, workerData } = require("worker_threads");
parentPort.on("message", (batch) => {
  // Fails on the first batch it gets past a point: which batches go to a worker depends on timing.
  const index = Number(/\\d+/.exec(batch.files[0].file)[0]);
  if (workerData.failFrom !== undefined && index >= workerData.failFrom) {
    if (workerData.how === "throw") throw new Error("stand-in worker failed at " + index);
    process.exit(3);
  }
  setTimeout(() => {
    const text = Buffer.from(batch.files.map((task) => "worker " + task.file + "\\n").join(""));
    const outcomes = batch.files.map((task) => ({ path: task.shown, postMortem: true, linted: true, problems: [],
      incomplete: false, counts: { findings: 1, errors: 0, warnings: 1, info: 0, hints: 0 } }));
    const bytes = new Uint8Array(text);
    parentPort.postMessage({ id: batch.id, outcomes, text: bytes }, [bytes.buffer]);
  }, Math.floor(Math.random() * 4));
});
`;

function lintHere(files: LintTask[]): LintedBatch {
  return {
    outcomes: files.map((task) => ({
      path: task.shown,
      postMortem: true,
      linted: true,
      problems: [],
      incomplete: false,
      counts: { findings: 1, errors: 0, warnings: 1, info: 0, hints: 0 },
    })),
    text: files.map((task) => `main ${task.file}\n`).join(""),
  };
}

async function* tasksOf(count: number): AsyncGenerator<LintTask> {
  for (let index = 0; index < count; index++) {
    // Discovery is asynchronous: let the event loop turn now and then, as a folder listing does.
    if (index % 50 === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const file = `file-${String(index).padStart(4, "0")}.md`;
    yield { file, shown: file };
  }
}

describe("cli: the --jobs pool", function () {
  this.timeout(60_000);
  let dir: string;
  let workerFile: string;
  before(() => {
    dir = makeTempDir("ft-pool-");
    workerFile = path.join(dir, "stand-in-worker.js");
    fs.writeFileSync(workerFile, STAND_IN_WORKER);
  });
  after(() => removeTempDir(dir));

  async function run(
    count: number,
    jobs: number,
    workerData: { failFrom?: number; how?: "throw" | "exit" } = {},
  ): Promise<{ paths: string[]; lines: string[] }> {
    const paths: string[] = [];
    let text = "";
    await lintInPool(
      tasksOf(count),
      { jobs, workerFile, workerData, lintHere },
      async (batch: FinishedBatch) => {
        paths.push(...batch.outcomes.map((outcome) => outcome.path));
        text += Buffer.from(batch.text).toString();
        // A slow reader: the pool must wait for it, not run ahead without bound.
        await new Promise((resolve) => setImmediate(resolve));
      },
    );
    return { paths, lines: text.split("\n").filter((line) => line !== "") };
  }

  for (const jobs of [2, 3, 5]) {
    it(`--jobs ${jobs}: every file once, in task order, from the main thread and the workers`, async () => {
      const count = 1000;
      const { paths, lines } = await run(count, jobs);
      const expected = Array.from(
        { length: count },
        (_, index) => `file-${String(index).padStart(4, "0")}.md`,
      );
      assert.deepEqual(paths, expected);
      assert.deepEqual(
        lines.map((line) => line.replace(/^(main|worker) /, "")),
        expected,
      );
      assert.ok(
        lines.some((line) => line.startsWith("main ")),
        "the main thread lints a share",
      );
      assert.ok(
        lines.some((line) => line.startsWith("worker ")),
        "the workers lint a share",
      );
    });
  }

  it("a run with fewer files than a batch still ends", async () => {
    const { paths } = await run(3, 2);
    assert.deepEqual(paths, ["file-0000.md", "file-0001.md", "file-0002.md"]);
  });

  it("a worker that throws ends the run with its error", async () => {
    await assert.rejects(
      run(1000, 2, { failFrom: 500, how: "throw" }),
      /stand-in worker failed at \d+/,
    );
  });

  it("a worker that exits with batches in hand ends the run with its exit code", async () => {
    await assert.rejects(
      run(1000, 3, { failFrom: 500, how: "exit" }),
      /a lint worker thread stopped \(exit code 3\)/,
    );
  });
});
