// Preloaded into each process cli-bench.mjs measures (`node --require`): at exit, writes the
// process's peak resident set size in kB (worker threads included: they share the process) to
// the file named by FOLLOW_THROUGH_BENCH_RSS_FILE.
const fs = require("node:fs");

const target = process.env.FOLLOW_THROUGH_BENCH_RSS_FILE;
if (target !== undefined && target !== "") {
  process.on("exit", () => {
    fs.writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
