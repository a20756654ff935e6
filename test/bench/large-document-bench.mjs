// Benchmark: one post-mortem of 5, 10 and 20 MB through `lint`, `actions` and `metrics` (the built CLI,
// as a user runs it). Every command must finish, and its time must grow in step with the size.
//
//   npm run bench:large                      5, 10 and 20 MB, best of 2 runs each
//   node test/bench/large-document-bench.mjs --sizes 1,2,4 --rounds 3
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = path.join(REPO_ROOT, "dist", "cli.js");
const COMMANDS = ["lint", "actions", "metrics"];

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "5,10,20" },
    rounds: { type: "string", default: "2" },
  },
});
const sizes = args.sizes.split(",").map(Number);
const rounds = Number(args.rounds);

/** One post-mortem of about `megabytes` MB: a mix of strong, weak, table and done items, as exports have. */
function writeDocument(file, megabytes) {
  const lines = [
    "---",
    "title: Queue saturation",
    "date: 2026-10-01",
    "status: draft",
    "---",
    "# Post-mortem: queue saturation",
    "",
    "## Action items",
    "",
  ];
  let size = 0;
  for (let index = 0; size < megabytes * 1024 * 1024; index++) {
    const shapes = [
      `- [ ] Dana: add a page when queue ${index} waits longer than ${index % 90} s, by 2026-12-${String(1 + (index % 28)).padStart(2, "0")} (OPS-${index})`,
      `- [ ] Look into the retries of worker ${index}`,
      `- [x] Raise the pool limit of shard ${index} (OPS-${index})`,
      `1. Owner: the platform team — review the alert routing of region ${index}`,
    ];
    const line = shapes[index % shapes.length];
    lines.push(line);
    size += line.length + 1;
  }
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-large-"));
const results = [];
try {
  for (const megabytes of sizes) {
    const file = path.join(dir, `postmortem-${megabytes}mb.md`);
    writeDocument(file, megabytes);
    for (const command of COMMANDS) {
      let best = Infinity;
      for (let round = 0; round < rounds; round++) {
        const started = process.hrtime.bigint();
        const run = spawnSync(
          process.execPath,
          [CLI, command, "--today", "2026-11-24", "--max-file-size", "100", file],
          { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 },
        );
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (run.status !== 0 && run.status !== 1) {
          throw new Error(
            `${command} on ${megabytes} MB exited ${run.status ?? run.signal}:\n${run.stderr.slice(0, 2000)}`,
          );
        }
        best = Math.min(best, seconds);
      }
      results.push({ megabytes, command, seconds: best });
      console.log(
        `${String(megabytes).padStart(3)} MB  ${command.padEnd(8)} ${best.toFixed(2).padStart(7)} s  ${(best / megabytes).toFixed(2)} s/MB`,
      );
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Linear means the seconds per MB of the largest size stay near those of the smallest.
const smallest = Math.min(...sizes);
const largest = Math.max(...sizes);
for (const command of COMMANDS) {
  const perMb = (megabytes) =>
    results.find((row) => row.command === command && row.megabytes === megabytes).seconds /
    megabytes;
  console.log(
    `${command}: ${(perMb(largest) / perMb(smallest)).toFixed(2)}× the seconds per MB at ${largest} MB as at ${smallest} MB`,
  );
}
