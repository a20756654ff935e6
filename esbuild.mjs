// Bundles the client, the language server and the CLI. `--watch` rebuilds on change, `--production` minifies.
import * as esbuild from "esbuild";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

/** @type {import("esbuild").BuildOptions} */
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  legalComments: "none",
};

const builds = [
  // Banner and footer mark the bundle's first and last lines, so activation time counts module evaluation too.
  {
    entryPoints: ["client/src/extension.ts"],
    outfile: "dist/extension.js",
    external: ["vscode"],
    banner: { js: "var __followThroughLoadStart = performance.now();" },
    footer: { js: "var __followThroughLoadEnd = performance.now();" },
  },
  { entryPoints: ["server/src/server.ts"], outfile: "dist/server.js" },
  // `lint --jobs N` starts dist/cli.js again in its worker threads (see server/src/cli/main.ts).
  { entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js" },
];

if (watch) {
  for (const build of builds) {
    const ctx = await esbuild.context({ ...common, ...build });
    await ctx.watch();
  }
  console.log("esbuild: watching client, server and cli");
} else {
  await Promise.all(builds.map((build) => esbuild.build({ ...common, ...build })));
}
