// Preloaded into each process cli-bench.mjs measures (`node --import`): at exit, writes the
// process's peak resident set size in kB and the CPU time it used in ms (worker threads included:
// they share the process) as JSON to the file named by FOLLOW_THROUGH_BENCH_RSS_FILE.
import * as fs from "node:fs";

const target = process.env.FOLLOW_THROUGH_BENCH_RSS_FILE;
if (target !== undefined && target !== "") {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    fs.writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs }));
  });
}
