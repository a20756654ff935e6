// A person's path through the packaged extension in a real VS Code (code-server, Debian's Chromium):
// open a weak post-mortem, see the squiggles and the Problems entries, open the lightbulb, assign an
// owner and add a deadline, see the text change and the problems go; the status bar count; a new
// post-mortem from the palette; the open actions in the sidebar. Screenshots go to
// test-results/screenshots/ in the dark and light themes; FOLLOW_THROUGH_README_IMAGES=1 also copies
// the README's ones to docs/images/.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "../../scripts/vscode/install.mjs";
import { SCREENSHOTS, Workbench } from "./workbench";
import { EXAMPLE_IMAGES } from "../support/readmeImages";

const FILE = "2026-08-22-webhook-backlog.md";
/** "- Improve monitoring of the webhook queue": no owner, no deadline, no tracker, vague. */
const WEAK_LINE = 30;
const README_IMAGES = EXAMPLE_IMAGES;

describe("VS Code UI (code-server + Chromium)", function () {
  this.timeout(300_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.start(`ui-${process.pid}`, {
      "workbench.colorTheme": "Default Dark Modern",
      "editor.fontSize": 13,
    });
  });

  after(async function () {
    const passed = this.test?.parent?.tests.every((test) => test.state === "passed") ?? false;
    await workbench?.stop(passed);
    if (process.env.FOLLOW_THROUGH_README_IMAGES === "1") {
      const target = path.join(repoRoot, "docs", "images");
      fs.mkdirSync(target, { recursive: true });
      for (const name of README_IMAGES) {
        fs.copyFileSync(
          path.join(repoRoot, "test-results", "screenshots", `${name}.png`),
          path.join(target, `${name}.png`),
        );
      }
    }
  });

  it("shows squiggles and Problems entries on a weak post-mortem", async () => {
    await workbench.openFile(FILE);
    await workbench.waitFor(
      workbench.page.locator(".monaco-editor .squiggly-warning"),
      "warning squiggles in the editor",
      90_000,
    );
    await workbench.waitFor(
      workbench.page.locator(".monaco-editor .squiggly-error"),
      "the error squiggle of closed-with-open-actions",
    );
    await workbench.waitUntil(
      `the Problems view lists owner-missing on line ${WEAK_LINE}`,
      async () =>
        (await workbench.problems("owner-missing")).some(
          (row) => row.includes("No owner") && row.includes(`Ln ${WEAK_LINE},`),
        ),
    );
    await workbench.problems("");
    await workbench.goToLine(WEAK_LINE, 3);
    await workbench.screenshot("problems-dark");
  });

  it("shows the weak action count in the status bar", async () => {
    const item = await workbench.waitFor(
      workbench.page.locator(".statusbar-item", { hasText: /\d+ weak actions?/ }),
      "the weak-action count in the status bar",
    );
    assert.match(await item.innerText(), /\d+ weak actions?/);
  });

  it("shows a short five-element card with codicons on hover", async () => {
    // VS Code lists the line's problems above any hover; with the panel closed the whole card shows.
    await workbench.runCommand("View: Hide Panel");
    await workbench.goToLine(WEAK_LINE, 5);
    const hover = await workbench.showHover("in place");
    const text = await hover.innerText();
    // "Improve" is an outcome verb; the owner, outcome, tracker and deadline are missing.
    assert.match(text, /1 of 5 in place/);
    assert.ok(!/[✅❌]/u.test(text), `emoji in the hover: ${text}`);
    assert.equal(
      await hover.locator(".codicon-error").count(),
      4,
      "each missing element has a codicon",
    );
    assert.equal(await hover.locator(".codicon-pass").count(), 1, "the verb in place has one");
    await workbench.page.screenshot({ path: `${SCREENSHOTS}/hover-dark.png` });
    await workbench.page.keyboard.press("Escape");
    await workbench.problems("");
  });

  it("offers a short lightbulb menu: two owners, one deadline, pickers for the rest", async () => {
    await workbench.goToLine(WEAK_LINE, 3);
    const titles = await workbench.openQuickFixes();
    assert.ok(titles.length <= 10, `${titles.length} entries: ${titles.join(" | ")}`);
    for (const expected of [
      "Assign owner…",
      "Add deadline…",
      "Disable a Follow-Through rule here…",
    ]) {
      assert.ok(titles.includes(expected), `no "${expected}": ${titles.join(" | ")}`);
    }
    assert.ok(
      titles.some((title) => title.startsWith("Add deadline:")),
      `no "Add deadline:": ${titles.join(" | ")}`,
    );
    // The whole menu fits the 900-px window: its last row is inside the viewport.
    const lastRow = await workbench.page
      .locator(".action-widget .monaco-list-row")
      .last()
      .boundingBox();
    assert.ok(
      lastRow !== null && lastRow.y + lastRow.height <= 900,
      `the menu runs off the window: ${JSON.stringify(lastRow)}`,
    );
    await workbench.screenshot("quick-fix-dark");
    await workbench.page.keyboard.press("Escape");

    await workbench.setTheme("Light Modern", "vs");
    await workbench.problems("");
    await workbench.goToLine(WEAK_LINE, 3);
    await workbench.screenshot("problems-light");
    await workbench.openQuickFixes();
    await workbench.screenshot("quick-fix-light");
  });

  it("assigns an owner from the picker: the text changes and owner-missing goes away", async () => {
    await workbench.applyQuickFix(/^Assign owner…$/);
    await workbench.waitFor(
      workbench.page.locator(".quick-input-widget", { hasText: "Priya Raman" }),
      "the owner picker",
    );
    await workbench.screenshot("owner-picker-light");
    const offered = await workbench.pickInPicker("Priya Raman");
    assert.ok(offered.includes("Someone else…"), offered.join(" | "));
    await workbench.waitUntil(`line ${WEAK_LINE} names Priya Raman`, async () =>
      (await workbench.lineText(WEAK_LINE)).includes("Priya Raman"),
    );
    assert.equal(
      await workbench.lineText(WEAK_LINE),
      "- Priya Raman: Improve monitoring of the webhook queue",
    );
    await workbench.waitUntil(
      "owner-missing on the line goes away",
      async () =>
        !(await workbench.problems("owner-missing")).some((row) =>
          row.includes(`Ln ${WEAK_LINE},`),
        ),
    );
  });

  it("adds a deadline: the date is written and deadline-missing goes away", async () => {
    await workbench.goToLine(WEAK_LINE, 3);
    await workbench.openQuickFixes();
    const applied = await workbench.applyQuickFix(/^Add deadline:/);
    const date = /\((\d{4}-\d{2}-\d{2})\)/.exec(applied)?.[1];
    assert.ok(date !== undefined, `no date in "${applied}"`);
    await workbench.waitUntil(`line ${WEAK_LINE} has ${date}`, async () =>
      (await workbench.lineText(WEAK_LINE)).includes(date),
    );
    await workbench.waitUntil(
      "deadline-missing on the line goes away",
      async () =>
        !(await workbench.problems("deadline-missing")).some((row) =>
          row.includes(`Ln ${WEAK_LINE},`),
        ),
    );
    await workbench.problems("");
    await workbench.goToLine(WEAK_LINE, 3);
    await workbench.screenshot("fixed-light");
    await workbench.setTheme("Dark Modern", "vs-dark");
    await workbench.screenshot("fixed-dark");
  });

  it("creates a new post-mortem from the command palette", async () => {
    await workbench.runCommand("Follow-Through: New Post-Mortem");
    const input = await workbench.waitFor(
      workbench.page.locator(".quick-input-widget input"),
      "the incident title prompt",
    );
    await input.fill("Card authorisation timeouts");
    await workbench.page.keyboard.press("Enter");
    await workbench.waitFor(
      workbench.page.locator(".tabs-container .tab.active", {
        hasText: "card-authorisation-timeouts",
      }),
      "the new post-mortem's tab",
    );
    await workbench.waitFor(
      workbench.page.locator(".view-lines", { hasText: "Card authorisation timeouts" }),
      "the template with the title",
    );
    await workbench.screenshot("new-post-mortem-dark");
  });

  it("lists the post-mortems' open actions in the Follow-Through sidebar", async () => {
    const sidebar = workbench.page.locator(".part.sidebar");
    await (
      await workbench.waitFor(
        workbench.page.locator('.activitybar [aria-label^="Follow-Through"]'),
        "the Follow-Through icon in the activity bar",
      )
    ).click();
    // The container holds one view, so its title bar reads "Follow-Through: Open actions".
    await workbench.waitFor(
      sidebar.locator(".composite.title", { hasText: /Open actions/i }),
      "the Open actions view",
    );
    await workbench.waitFor(
      sidebar.locator(".monaco-list-row", { hasText: "Merchant webhook backlog" }),
      "the webhook post-mortem in the Open actions view",
    );
    await workbench.screenshot("actions-view-dark");
  });

  it("shows the follow-through dashboard: the rate, overdue actions and repeated fixes", async () => {
    await workbench.runCommand("Follow-Through: Show Dashboard");
    await workbench.waitFor(
      workbench.page.locator(".tabs-container .tab.active", {
        hasText: "Follow-Through Dashboard",
      }),
      "the dashboard tab",
    );
    // The page lives in a webview's nested frames; its text is read there.
    const frame = workbench.page
      .frameLocator("iframe.webview.ready")
      .frameLocator("iframe#active-frame");
    await workbench.waitFor(
      frame.locator("body", { hasText: /Follow-through rate/i }),
      "the rate on the dashboard",
    );
    await workbench.waitFor(
      frame.locator("body", { hasText: /Repeated fixes/i }),
      "the repeated fixes on the dashboard",
    );
    await workbench.runCommand("View: Hide Panel");
    await workbench.screenshot("dashboard-dark");
  });

  it("restarts a crashed language server, and after four restarts says so once, with a Restart Server button", async () => {
    await workbench.openFile(FILE);
    await workbench.hidePanel();
    await workbench.goToLine(WEAK_LINE, 5);
    const answersHover = async (what: string): Promise<void> => {
      await workbench.showHover("in place").catch((error: unknown) => {
        throw new Error(`no hover ${what}: ${String(error)}`);
      });
      await workbench.page.keyboard.press("Escape");
    };
    let pid = await workbench.waitForNewLanguageServer(undefined, "one language server");
    // A crash while it runs: a new server starts and answers.
    process.kill(pid, "SIGKILL");
    pid = await workbench.waitForNewLanguageServer(pid, "a new language server after a crash");
    await answersHover("after the server was restarted");
    // Then a server that dies while starting, as one does in a crash loop: restarted three more times.
    for (let crash = 2; crash <= 4; crash++) {
      process.kill(pid, "SIGKILL");
      pid = await workbench.waitForNewLanguageServer(
        pid,
        `a new language server after crash ${crash}`,
      );
    }
    // The fifth crash in three minutes is not restarted, and the person is told once, with a way back.
    process.kill(pid, "SIGKILL");
    const toast = await workbench.waitFor(
      workbench.page.locator(".notification-toast", { hasText: "will not be restarted" }),
      "the notification that the server was given up on",
    );
    await workbench.page.waitForTimeout(3_000);
    const errors = await workbench.page
      .locator(".notification-toast", { has: workbench.page.locator(".codicon-error") })
      .allInnerTexts();
    assert.equal(errors.length, 1, `one error notification, not:\n${errors.join("\n---\n")}`);
    assert.deepEqual(workbench.languageServerPids(), [], "a server runs after it was given up on");
    await workbench.screenshot("server-gave-up-dark");
    await toast.locator(".monaco-button", { hasText: "Restart Server" }).click();
    await workbench.waitForNewLanguageServer(pid, "a language server started by Restart Server");
    await answersHover("after Restart Server");
  });
});
