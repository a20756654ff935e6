// The judgement on the labelled post-mortems, written the ways other teams write. Each rewrite changes one
// habit (habits.mjs: bullet characters, heading marks, quotes and dashes, date formats, bold, boxes) or
// writes a missing field onto each labelled item that lacks it (fields.mjs: after its text, in front of it,
// or on a line of its own), and the labels follow their items. A rewrite that scores below the unchanged
// set shows a reading that depends on one team's habits, which documents from unseen teams will not share.
//
//   npm run eval:rewrites                     all rewrites, one line each: the elements and items found
//   node scripts/eval-rewrites/index.mjs --only unicodeBullets,curledQuotes --errors
//
// The rewritten copies go to a temporary folder and are removed afterwards; nothing is copied into the
// project.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { FIELDS } from "./fields.mjs";
import { HABITS } from "./habits.mjs";
import { TABLES } from "./tables.mjs";

const { values: args } = parseArgs({
  options: {
    set: { type: "string", default: path.resolve("../shared/eval/dev") },
    only: { type: "string" },
    errors: { type: "boolean", default: false },
  },
});
const scorer = path.join(path.dirname(args.set), "score.mjs");
if (!fs.existsSync(path.join(args.set, "actions.jsonl")) || !fs.existsSync(scorer)) {
  console.error(`No labelled set at ${args.set} (expected ../shared/eval beside the repository).`);
  process.exit(2);
}

const REWRITES = { ...HABITS, ...FIELDS, ...TABLES };
const names =
  args.only === undefined ? Object.keys(REWRITES) : ["unchanged", ...args.only.split(",")];
const unknown = names.filter((name) => REWRITES[name] === undefined);
if (unknown.length > 0) {
  console.error(
    `Unknown rewrite "${unknown.join(", ")}"; known: ${Object.keys(REWRITES).join(", ")}`,
  );
  process.exit(2);
}

function score(set) {
  const run = spawnSync(
    process.execPath,
    [scorer, "--set", set, ...(args.errors ? ["--errors"] : ["--json"])],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) {
    console.error(run.stderr || run.stdout);
    process.exit(2);
  }
  return run.stdout;
}

const pair = (element) => `${element.precision.toFixed(2)}/${element.recall.toFixed(2)}`;
const labelled = fs
  .readFileSync(path.join(args.set, "actions.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-rewrites-"));
try {
  const corpus = path.join(args.set, "corpus");
  const files = fs.readdirSync(corpus).filter((file) => file.endsWith(".md"));
  console.log(
    `${"rewrite".padEnd(24)} owner      wording    deadline   tracker    items      strays  done`,
  );
  for (const name of names) {
    const set = path.join(scratch, name.replace(/[^\w-]/g, "_"));
    fs.mkdirSync(path.join(set, "corpus"), { recursive: true });
    const labels = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(corpus, file), "utf8");
      const written = REWRITES[name](
        text,
        labelled.filter((item) => item.file === file),
      );
      fs.writeFileSync(path.join(set, "corpus", file), written.text);
      labels.push(...written.labels);
    }
    fs.writeFileSync(
      path.join(set, "actions.jsonl"),
      `${labels.map((item) => JSON.stringify(item)).join("\n")}\n`,
    );
    const out = score(set);
    if (args.errors) {
      console.log(`\n=== ${name}\n${out}`);
      continue;
    }
    const result = JSON.parse(out);
    const { owner, wording, deadline, tracker } = result.elements;
    const found = result.extraction;
    console.log(
      `${name.padEnd(24)} ${[owner, wording, deadline, tracker].map(pair).join("  ")}  ${found.precision.toFixed(2)}/${found.recall.toFixed(2)}  ${String(found.strays).padStart(6)}  ${found.doneRecall.toFixed(2)}`,
    );
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
