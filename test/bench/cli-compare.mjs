// Checks that two builds of the CLI write the same bytes: `lint` in every format, with several
// --jobs, over a generated workspace plus the awkward files (binary, invalid UTF-8, UTF-16, a byte
// order mark, an oversized file, a dangling link, supporting documents, a folder with its own
// globs) and inputs (folders, files named twice, a glob, a missing file, an empty folder). Each run
// of the new build is compared with the old build's --jobs 1 run: stdout and the exit code must
// match byte for byte, and stderr too, except that where discovery's notes ("no post-mortems
// found") fall among the files' lines may differ (the old build's --jobs N placed them by timing).
// For changes to the CLI's architecture: build the old commit, copy its dist/ away, build the new
// one, and compare.
//
//   node test/bench/cli-compare.mjs --old /tmp/old-dist [--new dist] [--files 1000] [--jobs 1,2,3]
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseOptions, positiveInteger, REPO_ROOT } from "./bench-support.mjs";
import { generateWorkspace } from "./generate-post-mortems.mjs";

const FORMATS = ["json", "sarif", "text", "csv"];

const USAGE =
  "Usage: node test/bench/cli-compare.mjs --old DIST_DIR [--new DIST_DIR] [--files N] [--jobs 1,2,3] [--formats json,sarif,text,csv]";
const args = parseOptions(
  {
    old: { type: "string" },
    new: { type: "string", default: path.join(REPO_ROOT, "dist") },
    files: { type: "string", default: "1000" },
    jobs: { type: "string", default: "1,2,3" },
    formats: { type: "string", default: FORMATS.join(",") },
  },
  USAGE,
);
if (args.old === undefined) {
  console.log(USAGE);
  process.exit(2);
}
const FILE_COUNT = positiveInteger(args.files, "--files");
const JOBS = args.jobs.split(",").map((jobs) => positiveInteger(jobs, "--jobs"));
const formats = args.formats.split(",").filter((format) => FORMATS.includes(format));

const POST_MORTEM =
  "# Post-mortem: cache stampede\n\n## Action items\n\n- [ ] Improve monitoring\n";

/** The awkward files, beside the generated ones (relative path → contents). */
function awkwardFiles() {
  const invalidUtf8 = Buffer.concat([
    Buffer.from("# Post-mortem: bytes\n\n## Action items\n\n- [ ] Investigate caf"),
    Buffer.from([0xe9, 0x0a]),
  ]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POST_MORTEM, "utf16le")]);
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(POST_MORTEM)]);
  const binary = Buffer.concat([Buffer.from(POST_MORTEM), Buffer.alloc(16)]);
  const items = Array.from(
    { length: 600 },
    (_, index) => `- [ ] Review the runbook for step ${index}`,
  ).join("\n");
  return {
    "extra/postmortems/README.md": "# Post-mortems\n\nHow we write them.\n",
    "extra/postmortems/template.md": "# Post-mortem: TITLE\n\n## Action items\n\n- [ ] ...\n",
    "extra/postmortems/invalid-utf8.md": invalidUtf8,
    "extra/postmortems/utf16.md": utf16,
    "extra/postmortems/bom.md": bom,
    "extra/postmortems/binary.md": binary,
    "extra/postmortems/big.md": `# Post-mortem: big\n\n## Action items\n\n${items}\n`,
    "extra/notes/retro.md": `# Retrospective: the outage\n\n## Action items\n\n- [ ] Look into alerts\n`,
    "extra/notes/todo.md": "# Groceries\n\n## Action items\n\n- [ ] buy milk\n",
    "extra/custom/.followthrough.yml": 'postMortems: ["reviews/**/*.md"]\n',
    "extra/custom/reviews/plain.md": "# Notes\n\n## Action items\n\n- [ ] Check things\n",
    "extra/custom/reviews/README.md": "# Reviews\n\n- [ ] Improve monitoring\n",
    "extra/custom/other.md": POST_MORTEM,
  };
}

function buildWorkspace(dir) {
  generateWorkspace(dir, { files: FILE_COUNT, seed: 20261124 });
  for (const [name, contents] of Object.entries(awkwardFiles())) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), contents);
  }
  fs.mkdirSync(path.join(dir, "extra", "empty"));
  fs.symlinkSync("gone.md", path.join(dir, "extra", "postmortems", "dangling.md"));
}

/** Each argument list is run in every format and with every --jobs. */
const RUNS = [
  { name: "folder", args: ["."] },
  { name: "quiet", args: [".", "--quiet"] },
  { name: "explain", args: [".", "--explain"] },
  { name: "max-size", args: ["extra", "postmortems/000", "--max-file-size", "0.01"] },
  {
    name: "mixed",
    args: [
      "extra/postmortems",
      "postmortems/001/incident-00105.md",
      "extra/notes/retro.md",
      "postmortems/001",
      "missing.md",
      "extra/empty",
      "extra/notes",
      "postmortems/00[23]/*.md",
      "extra/**/*.md",
      "postmortems/004",
    ],
  },
];

function run(cli, cwd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "lint", "--today", "2026-11-24", ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout = createHash("sha256");
    let bytes = 0;
    const stderr = [];
    child.stdout.on("data", (chunk) => {
      stdout.update(chunk);
      bytes += chunk.length;
    });
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: stdout.digest("hex"), bytes, stderr: Buffer.concat(stderr) }),
    );
  });
}

/** The same lines, and the files' own lines in the same order; discovery's notes may move. */
function sameStderr(expected, actual) {
  const lines = (text) => text.split("\n");
  const sorted = (text) => lines(text).sort().join("\n");
  const filesOnly = (text) =>
    lines(text)
      .filter((line) => !line.endsWith(": no post-mortems found"))
      .join("\n");
  return sorted(expected) === sorted(actual) && filesOnly(expected) === filesOnly(actual);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-cli-compare-"));
let differences = 0;
try {
  const workspace = path.join(scratch, "workspace");
  buildWorkspace(workspace);
  const oldCli = path.join(path.resolve(args.old), "cli.js");
  const newCli = path.join(path.resolve(args.new), "cli.js");
  for (const { name, args: runArgs } of RUNS) {
    for (const format of formats) {
      const formatArgs = [...runArgs, "--format", format];
      const expected = await run(oldCli, workspace, [...formatArgs, "--jobs", "1"]);
      for (const jobs of JOBS) {
        const actual = await run(newCli, workspace, [...formatArgs, "--jobs", String(jobs)]);
        const same =
          actual.code === expected.code &&
          actual.stdout === expected.stdout &&
          sameStderr(expected.stderr.toString(), actual.stderr.toString());
        if (!same) {
          differences++;
        }
        console.log(
          `${same ? "same" : "DIFFERENT"}  ${name} --format ${format} --jobs ${jobs}: exit ${actual.code}, ${actual.bytes} bytes, ${actual.stderr.length} bytes on stderr`,
        );
        if (!same) {
          console.log(`  old (--jobs 1): exit ${expected.code}, ${expected.bytes} bytes`);
          console.log(`  old stderr:\n${expected.stderr}\n  new stderr:\n${actual.stderr}`);
        }
      }
    }
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
console.log(differences === 0 ? "every output is the same" : `${differences} outputs differ`);
process.exitCode = differences === 0 ? 0 : 1;
