// The mocha entry point the extension host loads (extensionTestsPath): runs every *.test.js beside it,
// in name order, inside the real VS Code with the real `vscode` API.
import * as fs from "node:fs";
import * as path from "node:path";

type MochaModule = typeof import("mocha");

export async function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- mocha stays out of the bundle (external)
  const loaded = require("mocha") as MochaModule & { default?: MochaModule };
  const Mocha = loaded.default ?? loaded;
  // The launcher relays output from this line on (scripts/vscode/code-shim.mjs).
  console.log("[follow-through] extension tests starting");
  const mocha = new Mocha({
    ui: "bdd",
    color: process.env.FOLLOW_THROUGH_MOCHA_COLOR === "1",
    timeout: 120_000,
    slow: 5_000,
  });
  const only = process.env.FOLLOW_THROUGH_VSCODE_GREP;
  if (only !== undefined && only !== "") {
    mocha.grep(only);
  }
  for (const file of fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith(".test.js"))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  await mocha.loadFilesAsync();
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) =>
      failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve(),
    );
  });
}
