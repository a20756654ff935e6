// What the benchmark scripts share: argument checks and the core bundled for in-process timing.
import * as esbuild from "esbuild";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The value of a `--name N` option as a positive integer, or exit 2 with a message. */
export function positiveInteger(value, name) {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    console.error(`${name} must be a positive integer; got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return number;
}

/**
 * Bundles server/src/core with esbuild's API into `outDir` (esbuild.mjs is not touched) and loads it.
 * `exports` are lines such as 'export { lint } from "./server/src/core/lint";'.
 */
export async function bundleCore(
  outDir,
  exports = [
    'export { lint } from "./server/src/core/lint";',
    'export { defaultConfig } from "./server/src/core/config";',
  ],
  name = "core",
) {
  const outfile = path.join(outDir, `${name}.cjs`);
  await esbuild.build({
    stdin: {
      contents: exports.join("\n"),
      resolveDir: REPO_ROOT,
      sourcefile: `${name}-bench-entry.ts`,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    logLevel: "warning",
  });
  return createRequire(import.meta.url)(outfile);
}
