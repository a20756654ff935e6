// Benchmark: large single documents.
//
// 1. Pathological shapes, in process: one post-mortem holding a 100,000-row action table, and one
//    holding 100,000 list items, each linted with lint() and parsed by a bare markdown-it in the same
//    process; the ratio lint / bare parse is printed against the 3x goal.
// 2. The CLI, as a user runs it: one post-mortem of 5, 10 and 20 MB through `lint`, `actions` and
//    `metrics`. Every command must finish, and its time must grow in step with the size.
//
//   npm run bench:large                      both parts (100,000 rows; 5, 10 and 20 MB)
//   node test/bench/large-document-bench.mjs --only shapes --rows 100000 --rounds 3
//   node test/bench/large-document-bench.mjs --only cli --sizes 1,2,4 --rounds 3
import { bundleCore, parseOptions, REPO_ROOT, time } from "./bench-support.mjs";
import MarkdownIt from "markdown-it";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const CLI = path.join(REPO_ROOT, "dist", "cli.js");
const COMMANDS = ["lint", "actions", "metrics"];

const args = parseOptions({
  sizes: { type: "string", default: "5,10,20" },
  rounds: { type: "string", default: "2" },
  rows: { type: "string", default: "100000" },
  only: { type: "string" },
});
const sizes = args.sizes.split(",").map(Number);
const rounds = Number(args.rounds);
const rowCount = Number(args.rows);
const RATIO_GOAL = 3;
const TODAY = new Date(Date.UTC(2026, 10, 24));

/** The list items the documents repeat: strong, weak, done, and one owned by a group. */
function listItemShapes(index) {
  return [
    `- [ ] Dana: add a page when queue ${index} waits longer than ${index % 90} s, by 2026-12-${String(1 + (index % 28)).padStart(2, "0")} (OPS-${index})`,
    `- [ ] Look into the retries of worker ${index}`,
    `- [x] Raise the pool limit of shard ${index} (OPS-${index})`,
    `1. Owner: the platform team — review the alert routing of region ${index}`,
  ];
}

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
    const shapes = listItemShapes(index);
    const line = shapes[index % shapes.length];
    lines.push(line);
    size += line.length + 1;
  }
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

// ---------------------------------------------------------------------------------------------
// Pathological shapes, in process.

/** How the in-process documents start, up to their action section's content. */
const SHAPE_HEAD = [
  "# Post-mortem: queue saturation",
  "",
  "Date: 2026-10-01",
  "",
  "## Action items",
  "",
];

/** A post-mortem whose action section is one table of `rows` rows: strong, vague, done and group-owned. */
function tableDocument(rows) {
  const lines = [
    ...SHAPE_HEAD,
    "| Action | Owner | Due | Ticket | Status |",
    "|---|---|---|---|---|",
  ];
  for (let index = 0; index < rows; index++) {
    const shapes = [
      `| Add a page when queue ${index} waits longer than ${index % 90} s | Dana | 2026-12-${String(1 + (index % 28)).padStart(2, "0")} | OPS-${index} | Open |`,
      `| Look into the retries of worker ${index} | | | | Open |`,
      `| Raise the pool limit of shard ${index} | @bob | | OPS-${index} | Done |`,
      `| Review the alert routing of region ${index} | the platform team | by Q1 2027 | | In progress |`,
    ];
    lines.push(shapes[index % shapes.length]);
  }
  return `${lines.join("\n")}\n`;
}

/** A post-mortem whose action section is one list of `items` items, some with field lines under them. */
function listDocument(items) {
  const lines = [...SHAPE_HEAD];
  for (let index = 0; index < items; index++) {
    const shapes = listItemShapes(index);
    lines.push(shapes[index % shapes.length]);
    if (index % 5 === 0) {
      lines.push(
        `  - Owner: @erin`,
        `  - Due: 2027-01-${String(1 + (index % 28)).padStart(2, "0")}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

async function benchShapes() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-large-core-"));
  try {
    const core = await bundleCore(scratch);
    const config = core.defaultConfig();
    const markdown = new MarkdownIt();
    const shapes = [
      { name: `${rowCount.toLocaleString("en-US")}-row table`, text: tableDocument(rowCount) },
      { name: `${rowCount.toLocaleString("en-US")} list items`, text: listDocument(rowCount) },
    ];
    const ratios = [];
    for (const { name, text } of shapes) {
      let bare = Infinity;
      let lint = Infinity;
      let actions = 0;
      // The two measurements alternate so that neither gets a warmer machine than the other.
      for (let round = 0; round < rounds; round++) {
        bare = Math.min(bare, time(() => markdown.parse(text, {})).ms / 1000);
        const run = time(() => core.lint(text, { config, today: TODAY }));
        lint = Math.min(lint, run.ms / 1000);
        actions = run.value.doc.actions.length;
      }
      const ratio = lint / bare;
      ratios.push(ratio);
      const megabytes = Buffer.byteLength(text) / (1024 * 1024);
      console.log(
        `${name.padEnd(20)} ${megabytes.toFixed(1)} MB, ${actions} action items: markdown-it ${bare.toFixed(2)} s, lint ${lint.toFixed(2)} s, ratio ${ratio.toFixed(2)}  (goal <= ${RATIO_GOAL}: ${ratio <= RATIO_GOAL ? "met" : "not met"})`,
      );
    }
    return ratios;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The CLI on 5, 10 and 20 MB.

function benchCli() {
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
}

if (args.only === undefined || args.only === "shapes") {
  await benchShapes();
}
if (args.only === undefined || args.only === "cli") {
  benchCli();
}
