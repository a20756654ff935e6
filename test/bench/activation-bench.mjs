#!/usr/bin/env node
// `npm run bench:activation`: the extension's own activation time in a real VS Code (code-server's
// extension host), over several fresh starts. Each run opens a Markdown file in a workspace without
// post-mortems, so activation happens in front of the test; the extension measures itself from the
// bundle's first line to its last, plus the `activate` call (client/src/activationClock.ts). The
// package script builds the production bundle first, as the .vsix ships it. Budget: 50 ms.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const runs = Number(process.env.RUNS ?? 3);
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "ft-activation-"));
const samples = [];
for (let run = 0; run < runs; run++) {
  const out = join(scratch, `run-${run}.json`);
  const result = spawnSync(process.execPath, [join(repoRoot, "scripts/vscode/run-extension-tests.mjs")], {
    cwd: repoRoot,
    env: { ...process.env, FOLLOW_THROUGH_VSCODE_GREP: "^activation ", FOLLOW_THROUGH_ACTIVATION_OUT: out },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) {
    console.error(`run ${run + 1}: the extension-host run failed (exit ${result.status})`);
    process.exit(1);
  }
  samples.push(JSON.parse(readFileSync(out, "utf8")));
}
rmSync(scratch, { recursive: true, force: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const total = samples.map((sample) => sample.loadMs + sample.activateMs);
console.log(`activation over ${runs} fresh extension hosts (ms): ${samples.map((s) => `${s.loadMs.toFixed(1)} load + ${s.activateMs.toFixed(1)} activate`).join(", ")}`);
console.log(`median: load ${median(samples.map((s) => s.loadMs)).toFixed(1)} ms, activate ${median(samples.map((s) => s.activateMs)).toFixed(1)} ms, total ${median(total).toFixed(1)} ms (budget 50 ms, ${(median(total) / 50).toFixed(2)} of it)`);
