// Benchmark: lint() against a bare markdown-it parse over a generated workspace of post-mortems.
//
//   npm run bench                       10,000 files (~40 MB), 3 rounds, best round counts
//   node test/bench/lint-bench.mjs --files 1000 --rounds 5 --keep
//
// The core is bundled from server/src/core with esbuild's API into a temp file (esbuild.mjs is not
// touched), files are read into memory before timing so disk I/O is excluded, and the two
// measurements alternate within each round so neither gets a warmer machine than the other.
import {
  benchFolders,
  bundleCore,
  parseOptions,
  positiveInteger,
  removeBenchFolders,
  time,
  WORKSPACE_OPTIONS,
} from "./bench-support.mjs";
import MarkdownIt from "markdown-it";
import { generateWorkspace, readWorkspace } from "./generate-post-mortems.mjs";

const args = parseOptions(
  WORKSPACE_OPTIONS,
  "Usage: node test/bench/lint-bench.mjs [--files N] [--rounds N] [--seed N] [--dir DIR] [--keep]",
);
const FILE_COUNT = positiveInteger(args.files, "--files");
const ROUNDS = positiveInteger(args.rounds, "--rounds");
const SEED = positiveInteger(args.seed, "--seed");
const TODAY = new Date(Date.UTC(2026, 10, 24));

// ---------------------------------------------------------------------------------------------

async function main() {
  const folders = benchFolders("follow-through-bench-", args.dir);
  const { scratch, workspace } = folders;
  try {
    const core = await bundleCore(scratch);
    const generated = time(() => generateWorkspace(workspace, { files: FILE_COUNT, seed: SEED }));
    const texts = readWorkspace(workspace);
    const totalBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const megabytes = totalBytes / (1024 * 1024);
    console.log(
      `workspace: ${texts.length} files, ${megabytes.toFixed(1)} MB in ${workspace} (generated in ${(generated.ms / 1000).toFixed(1)} s)`,
    );

    const markdown = new MarkdownIt();
    const config = core.defaultConfig();
    const bare = () => {
      let tokens = 0;
      for (const text of texts) tokens += markdown.parse(text, {}).length;
      return tokens;
    };
    const lintAll = () => {
      let findings = 0;
      let actions = 0;
      let ruleErrors = 0;
      for (const text of texts) {
        const result = core.lint(text, { config, today: TODAY });
        findings += result.findings.length;
        actions += result.doc.actions.length;
        ruleErrors += result.ruleErrors.length;
      }
      return { findings, actions, ruleErrors };
    };

    // Warm the JIT on a slice before measuring, so round 1 is not just compile time.
    const warm = texts.slice(0, Math.min(200, texts.length));
    for (const text of warm) markdown.parse(text, {});
    for (const text of warm) core.lint(text, { config, today: TODAY });

    const bareTimes = [];
    const lintTimes = [];
    let counts;
    for (let round = 1; round <= ROUNDS; round++) {
      const bareRun = time(bare);
      const lintRun = time(lintAll);
      bareTimes.push(bareRun.ms);
      lintTimes.push(lintRun.ms);
      counts = lintRun.value;
      console.log(
        `round ${round}: markdown-it ${bareRun.ms.toFixed(0)} ms, lint ${lintRun.ms.toFixed(0)} ms`,
      );
    }
    const bareBest = Math.min(...bareTimes);
    const lintBest = Math.min(...lintTimes);
    const ratio = lintBest / bareBest;
    const peakRssMb = (process.resourceUsage().maxRSS * 1024) / (1024 * 1024);
    const rate = (ms) => ({
      filesPerSecond: texts.length / (ms / 1000),
      megabytesPerSecond: megabytes / (ms / 1000),
    });

    console.log("");
    console.log(
      `bare markdown-it parse: ${bareBest.toFixed(0)} ms  (${rate(bareBest).filesPerSecond.toFixed(0)} files/s, ${rate(bareBest).megabytesPerSecond.toFixed(1)} MB/s)`,
    );
    console.log(
      `lint():                 ${lintBest.toFixed(0)} ms  (${rate(lintBest).filesPerSecond.toFixed(0)} files/s, ${rate(lintBest).megabytesPerSecond.toFixed(1)} MB/s)`,
    );
    console.log(
      `ratio lint / bare:      ${ratio.toFixed(2)}  (goal <= 1.5: ${ratio <= 1.5 ? "met" : "not met"})`,
    );
    console.log(
      `action items: ${counts.actions}, findings: ${counts.findings}, rule errors: ${counts.ruleErrors}`,
    );
    console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB`);
    console.log(
      JSON.stringify({
        files: texts.length,
        megabytes: Number(megabytes.toFixed(2)),
        rounds: ROUNDS,
        bareMs: Number(bareBest.toFixed(1)),
        lintMs: Number(lintBest.toFixed(1)),
        ratio: Number(ratio.toFixed(3)),
        lintFilesPerSecond: Number(rate(lintBest).filesPerSecond.toFixed(0)),
        lintMegabytesPerSecond: Number(rate(lintBest).megabytesPerSecond.toFixed(2)),
        bareFilesPerSecond: Number(rate(bareBest).filesPerSecond.toFixed(0)),
        bareMegabytesPerSecond: Number(rate(bareBest).megabytesPerSecond.toFixed(2)),
        actions: counts.actions,
        findings: counts.findings,
        ruleErrors: counts.ruleErrors,
        peakRssMb: Number(peakRssMb.toFixed(0)),
        node: process.version,
      }),
    );
  } finally {
    removeBenchFolders(folders, args, scratch);
  }
}

await main();
