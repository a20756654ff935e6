// The CLI bounds how far V8's old generation grows between full collections (cli/heapPolicy.ts),
// except while it lints a large file. Child processes run the same allocation pattern as a lint run,
// a steady set alive and each "file" leaving garbage that lives long enough to be promoted: with the
// bound, the heap must peak well below V8's default; inside a large file's room, near it again.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { YOUNG_GENERATION_MB, boundHeapGrowth } from "../../server/src/cli/heapPolicy";

const POLICY = path.resolve(__dirname, "../../server/src/cli/heapPolicy.ts");

const RUN_LIKE_ALLOCATION = `
const v8 = require("v8");
const policy = require(${JSON.stringify(POLICY)});
if (process.argv[1] !== "free") policy.boundHeapGrowth();
const chars = process.argv[1] === "large file" ? policy.LARGE_FILE_CHARS : 1000;
policy.withRoomForFile(chars, () => {
const alive = [];
for (let i = 0; i < 100; i++) alive.push(Array.from({ length: 10000 }, (_, j) => ({ i, j })));
let peak = 0;
const recentFiles = [];
for (let file = 0; file < 400; file++) {
  recentFiles.push(Array.from({ length: 20000 }, (_, i) => ({ file, i })));
  if (recentFiles.length > 8) recentFiles.shift();
  peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
}
process.stdout.write(String(Math.round(peak / 1048576)));
});
`;

/** Runs `script` in a child process with `mode` as its argument; the megabytes it prints. */
function childMb(script: string, mode: string): number {
  const child = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", script, mode], {
    encoding: "utf8",
  });
  assert.equal(child.status, 0, child.stderr);
  return Number(child.stdout);
}

function peakHeapMb(mode: "bound" | "free" | "large file"): number {
  return childMb(RUN_LIKE_ALLOCATION, mode);
}

// Files one after another, each leaving garbage that dies young; the young generation's peak size in MB.
const FILES_OF_YOUNG_GARBAGE = `
const v8 = require("v8");
const policy = require(${JSON.stringify(POLICY)});
const mode = process.argv[1];
if (mode !== "free") policy.boundHeapGrowth([]);
const userFlags = mode === "user chose" ? ["--max-semi-space-size=16"] : [];
let peak = 0;
const recent = [];
for (let file = 0; file < 300; file++) {
  recent.push(Array.from({ length: 20000 }, (_, i) => ({ file, i })));
  if (recent.length > 2) recent.shift();
  if (mode !== "free") policy.capYoungGeneration(userFlags);
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  peak = Math.max(peak, young.space_size);
}
process.stdout.write(String(Math.round(peak / 1048576)));
`;

function peakYoungMb(mode: "capped" | "free" | "user chose"): number {
  return childMb(FILES_OF_YOUNG_GARBAGE, mode);
}

describe("CLI heap policy", function () {
  this.timeout(60_000);

  it("keeps a run's heap well below V8's default growth", () => {
    const free = peakHeapMb("free");
    const bound = peakHeapMb("bound");
    assert.ok(bound < free * 0.6, `bounded peak ${bound} MB, default ${free} MB`);
  });

  it("lets a large file's heap grow as V8 would, so it is not collected over and over", () => {
    const free = peakHeapMb("free");
    const large = peakHeapMb("large file");
    assert.ok(large > free * 0.8, `large file's peak ${large} MB, default ${free} MB`);
  });

  it("stops the young generation growing once it reaches its cap", () => {
    const free = peakYoungMb("free");
    const capped = peakYoungMb("capped");
    assert.ok(capped <= YOUNG_GENERATION_MB, `capped young generation ${capped} MB`);
    assert.ok(free > capped * 2, `default ${free} MB, capped ${capped} MB`);
  });

  it("leaves a young generation the user chose on the node command line alone", () => {
    assert.ok(peakYoungMb("user chose") > YOUNG_GENERATION_MB * 2);
  });

  it("leaves a growth the user chose on the node command line alone", () => {
    assert.equal(boundHeapGrowth(["--heap-growing-percent=50"]), false);
    assert.equal(boundHeapGrowth(["--heap_growing_percent=50"]), false);
  });
});
