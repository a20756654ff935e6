#!/usr/bin/env node
// Renders images/icon.svg to the 128×128 images/icon.png the manifest names, with Debian's Chromium.
//   node scripts/vscode/icon.mjs
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "./codeServer.mjs";
import { chromiumPath, repoRoot } from "./install.mjs";

const svg = readFileSync(join(repoRoot, "images", "icon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
  await page
    .locator("svg")
    .screenshot({ path: join(repoRoot, "images", "icon.png"), omitBackground: true });
  console.log("images/icon.png written");
} finally {
  await browser.close();
}
