// Drives code-server's workbench in Debian's Chromium the way a person does: the keyboard, the command
// palette, the lightbulb and the Problems view. Every wait is bounded and a failure quotes the server log.
// The bounds are generous: CI shares two cores with whatever else runs, and a loaded machine makes
// the workbench slow, not wrong.
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
// The launcher scripts are plain ESM JavaScript shared with `npm run demo`.
import {
  CHROMIUM_ARGS,
  installExtension,
  type RunningCodeServer,
  type Sandbox,
  makeSandbox,
  removeSandbox,
  sandboxEnv,
  startCodeServer,
  stopAll,
  writeUserSettings,
} from "../../scripts/vscode/codeServer.mjs";
import { chromiumPath, ensureCodeServer, repoRoot } from "../../scripts/vscode/install.mjs";

export const SCREENSHOTS = path.join(repoRoot, "test-results", "screenshots");
/** How long one step may take before the test fails with a screenshot and the server log. */
const WAIT_MS = Number(process.env.FOLLOW_THROUGH_UI_WAIT_MS ?? 45_000);
/** How long typing into the palette may wait before the palette is opened again, and how many times. */
const PALETTE_RETRY_MS = 10_000;
const PALETTE_ATTEMPTS = 3;

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    readonly server: RunningCodeServer,
    readonly workspace: string,
    private readonly sandbox: Sandbox,
  ) {}

  /**
   * code-server on a free port in its own process group, with the packaged .vsix installed (what ships
   * is what is tested) and a copy of examples/ open; Chromium headless on it.
   */
  static async start(
    name: string,
    settings: Record<string, unknown>,
    prepare?: (workspace: string) => void,
  ): Promise<Workbench> {
    const vsix = path.join(repoRoot, "follow-through.vsix");
    if (!fs.existsSync(vsix)) {
      throw new Error(`${vsix} is missing: run npm run package first (npm run test:ui does)`);
    }
    const installed = ensureCodeServer();
    const sandbox = makeSandbox(name);
    const workspace = path.join(sandbox.root, "examples");
    fs.cpSync(path.join(repoRoot, "examples"), workspace, { recursive: true });
    prepare?.(workspace);
    installExtension(sandbox, vsix);
    writeUserSettings(sandbox, settings);
    const server = await startCodeServer({ sandbox, folder: workspace });
    try {
      const context = await chromium.launchPersistentContext(
        path.join(sandbox.root, "chromium-profile"),
        {
          executablePath: chromiumPath(),
          headless: true,
          args: CHROMIUM_ARGS,
          env: sandboxEnv(sandbox, installed.nodeDir),
          viewport: { width: 1440, height: 900 },
        },
      );
      const page = context.pages()[0] ?? (await context.newPage());
      const workbench = new Workbench(page, context, server, workspace, sandbox);
      await page.goto(server.url);
      await workbench.waitFor(page.locator(".monaco-workbench"), "the workbench to load", 120_000);
      await workbench.waitFor(
        page.locator(".explorer-folders-view .monaco-list-row", { hasText: "postmortems" }),
        "the Explorer to list postmortems/",
        120_000,
      );
      return workbench;
    } catch (error) {
      await stopAll();
      removeSandbox(sandbox, { keepRoot: true });
      throw error;
    }
  }

  /** Closes Chromium and stops code-server's process group; a passing run also removes its sandbox's folder. */
  async stop(passed: boolean): Promise<void> {
    await this.context.close().catch(() => {});
    await this.server.stop();
    removeSandbox(this.sandbox, { keepRoot: !passed });
  }

  /**
   * Process ids of the language servers this workbench's extension host runs (Linux /proc): the
   * installed extension's dist/server.js, found by its path inside this sandbox.
   */
  languageServerPids(): number[] {
    const server = path.join(this.sandbox.extensions, "follow-through.follow-through-");
    const pids: number[] = [];
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) {
        continue;
      }
      let commandLine: string;
      try {
        commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      } catch {
        continue; // Gone between the listing and the read.
      }
      const args = commandLine.split("\0");
      if (
        args.some(
          (arg) => arg.startsWith(server) && arg.endsWith(`${path.sep}dist${path.sep}server.js`),
        )
      ) {
        pids.push(Number(entry));
      }
    }
    return pids;
  }

  /** Waits for exactly one language server process other than `previous`, and returns its id. */
  async waitForNewLanguageServer(previous: number | undefined, what: string): Promise<number> {
    let pid: number | undefined;
    await this.waitUntil(what, () => {
      const pids = this.languageServerPids();
      pid = pids.length === 1 && pids[0] !== previous ? pids[0] : undefined;
      return Promise.resolve(pid !== undefined);
    });
    return pid!;
  }

  /** Waits for a locator to be visible; the error says what was awaited and quotes the server log. */
  async waitFor(locator: Locator, what: string, timeout = WAIT_MS): Promise<Locator> {
    try {
      await locator.first().waitFor({ state: "visible", timeout });
    } catch (error) {
      const shot = await this.screenshot(
        `failure-${what.replace(/[^a-z0-9]+/gi, "-").slice(0, 50)}`,
      ).catch(() => "(no screenshot)");
      throw new Error(
        `timed out after ${timeout} ms waiting for ${what} (screenshot ${shot}).\ncode-server log ${this.server.log}:\n${this.server.logTail(30)}\n${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        { cause: error },
      );
    }
    return locator.first();
  }

  async waitUntil(what: string, check: () => Promise<boolean>, timeout = WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await check())) {
      if (Date.now() > deadline) {
        const shot = await this.screenshot(
          `failure-${what.replace(/[^a-z0-9]+/gi, "-").slice(0, 50)}`,
        ).catch(() => "(no screenshot)");
        throw new Error(
          `timed out after ${timeout} ms waiting until ${what} (screenshot ${shot}).\ncode-server log ${this.server.log}:\n${this.server.logTail(30)}`,
        );
      }
      await this.page.waitForTimeout(100);
    }
  }

  async screenshot(name: string): Promise<string> {
    // Park the mouse on the Explorer's empty space, so no hover or tooltip covers the editor.
    await this.page.mouse.move(150, 600);
    await this.page.waitForTimeout(200);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  private get quickInput(): Locator {
    return this.page.locator(".quick-input-widget input");
  }

  /** The quick input row whose label is exactly `label` (not one that merely contains it). */
  private quickPickRow(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    return this.page
      .locator(".quick-input-list .monaco-list-row")
      .filter({ has: this.page.locator(".label-name", { hasText: exact }) });
  }

  /** Runs a command from the palette by its label. */
  async runCommand(label: string): Promise<void> {
    // A view that takes focus as it opens (the sidebar just after its icon is clicked) can close the palette
    // between F1 and the typing, on a busy machine: open it again, a bounded number of times.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press("F1");
      await this.waitFor(this.quickInput, "the command palette");
      try {
        await this.quickInput.fill(`>${label}`, { timeout: PALETTE_RETRY_MS });
        break;
      } catch (error) {
        if (attempt === PALETTE_ATTEMPTS) {
          throw error;
        }
        await this.page.keyboard.press("Escape");
      }
    }
    const row = await this.waitFor(this.quickPickRow(label), `"${label}" in the command palette`);
    await row.click();
  }

  /** Hides the panel (Problems, Output) when it shows: the palette offers "Hide Panel" only then. */
  async hidePanel(): Promise<void> {
    if (await this.page.locator(".part.panel").isVisible()) {
      await this.runCommand("View: Hide Panel");
    }
  }

  /** Opens a workspace file through Quick Open and waits for its tab. */
  async openFile(name: string): Promise<void> {
    // An open file's tab is clicked, as a person does: Quick Open's Enter is lost while a webview has focus.
    const tab = this.page.locator(".tabs-container .tab", { hasText: name });
    if ((await tab.count()) > 0) {
      await tab.first().click();
      await this.waitFor(
        this.page.locator(".tabs-container .tab.active", { hasText: name }),
        `the ${name} tab`,
      );
      return;
    }
    await this.page.keyboard.press("Control+P");
    await this.waitFor(this.quickInput, "Quick Open");
    await this.quickInput.fill(name);
    await this.waitFor(
      this.page.locator(".quick-input-list .monaco-list-row", { hasText: name }),
      `${name} in Quick Open`,
    );
    await this.page.keyboard.press("Enter");
    await this.waitFor(
      this.page.locator(".tabs-container .tab.active", { hasText: name }),
      `the ${name} tab`,
    );
    await this.waitFor(this.page.locator(".monaco-editor .view-lines"), "the editor");
  }

  /** Puts the cursor at the start of a 1-based line (Quick Open's `:line`). */
  async goToLine(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press("Control+P");
    await this.waitFor(this.quickInput, "Quick Open");
    await this.quickInput.fill(`:${line}:${column}`);
    await this.page.keyboard.press("Enter");
    await this.waitUntil(
      `the cursor is on line ${line}`,
      async () =>
        (await this.page.locator(".statusbar-item", { hasText: `Ln ${line},` }).count()) > 0,
    );
  }

  /** The text of an editor line as rendered (1-based; the line must be in view). */
  async lineText(line: number): Promise<string> {
    return this.page.evaluate((wanted) => {
      // Each rendered line sits at top = (line - 1) * lineHeight; Monaco renders them in .view-line.
      type Element = {
        textContent: string | null;
        style: { top: string };
        parentElement: Element | null;
        querySelectorAll(selector: string): ArrayLike<Element>;
      };
      const root = (
        globalThis as unknown as {
          document: Element & { querySelector(selector: string): Element | null };
        }
      ).document;
      const editor =
        root.querySelector(".editor-instance .monaco-editor") ??
        root.querySelector(".monaco-editor");
      const lines = Array.from(editor?.querySelectorAll(".view-lines .view-line") ?? []);
      const numbers = Array.from(
        editor?.querySelectorAll(".margin-view-overlays .line-numbers") ?? [],
      );
      const number = numbers.find((candidate) => candidate.textContent?.trim() === String(wanted));
      if (number === undefined) {
        return "";
      }
      const top = number.parentElement?.style.top ?? number.style.top;
      const match = lines.find((candidate) => candidate.style.top === top);
      return (match?.textContent ?? "").replace(/\u00a0/g, " ");
    }, line);
  }

  /** True when the keyboard focus is in a text editor (not the Problems view or an input box). */
  private async editorHasFocus(): Promise<boolean> {
    return this.page.evaluate(() => {
      const active = (
        globalThis as unknown as {
          document: { activeElement: { closest(selector: string): unknown } | null };
        }
      ).document.activeElement;
      return active !== null && active.closest(".editor-instance .monaco-editor") !== null;
    });
  }

  /** Gives the keyboard to the active editor, keeping its cursor where it is. */
  async focusEditor(): Promise<void> {
    if (!(await this.editorHasFocus())) {
      await this.runCommand("View: Focus Active Editor Group");
      await this.waitUntil("the editor has the keyboard focus", () => this.editorHasFocus());
    }
  }

  /** Opens the lightbulb menu at the cursor (Ctrl+.) and returns its entries' titles. */
  async openQuickFixes(): Promise<string[]> {
    await this.focusEditor();
    const rows = this.page.locator(".action-widget .monaco-list-row");
    // The code actions come from the language server; on a loaded machine the first Ctrl+. can find
    // none yet, so ask again until the menu shows.
    await this.waitUntil("the quick fix menu opens", async () => {
      if ((await rows.count()) > 0) {
        return true;
      }
      await this.page.keyboard.press("Control+.");
      return rows
        .first()
        .waitFor({ state: "visible", timeout: 5_000 })
        .then(
          () => true,
          () => false,
        );
    });
    return (await rows.allInnerTexts()).map((text) => text.trim());
  }

  /** Applies the lightbulb entry whose title starts with `title`. */
  async applyQuickFix(title: string | RegExp): Promise<string> {
    const row = this.page.locator(".action-widget .monaco-list-row.action", { hasText: title });
    await this.waitFor(row, `"${title}" in the quick fix menu`);
    const text = (await row.first().innerText()).trim();
    await row.first().click();
    await this.waitUntil(
      "the quick fix menu closes",
      async () => (await this.page.locator(".action-widget .monaco-list-row").count()) === 0,
    );
    return text;
  }

  /** Picks the row labelled `label` in the open picker (a "…" quick fix's), as a person clicks it. */
  async pickInPicker(label: string): Promise<string[]> {
    await this.waitFor(this.page.locator(".quick-input-widget .quick-input-list"), "the picker");
    const labels = (
      await this.page.locator(".quick-input-list .monaco-list-row .label-name").allInnerTexts()
    ).map((text) => text.trim());
    const row = await this.waitFor(this.quickPickRow(label), `"${label}" in the picker`);
    await row.click();
    await this.waitUntil("the picker closes", async () => !(await this.quickInput.isVisible()));
    return labels;
  }

  /** Shows the hover at the cursor from the keyboard (Ctrl+K Ctrl+I) and returns its element. */
  async showHover(containing: string): Promise<Locator> {
    await this.focusEditor();
    const hover = this.page.locator(".monaco-hover:not(.hidden)", { hasText: containing });
    await this.waitUntil(`the hover shows "${containing}"`, async () => {
      if ((await hover.count()) > 0) {
        return true;
      }
      await this.page.keyboard.press("Control+K");
      await this.page.keyboard.press("Control+I");
      return hover
        .first()
        .waitFor({ state: "visible", timeout: 5_000 })
        .then(
          () => true,
          () => false,
        );
    });
    return hover.first();
  }

  /** Drags the sidebar's edge to make it `width` pixels wide, as a person does to read long items. */
  async widenSidebar(width: number): Promise<void> {
    const box = await this.page.locator(".part.sidebar").boundingBox();
    if (box === null) return;
    const edge = box.x + box.width + 1;
    const middle = box.y + box.height / 2;
    await this.page.mouse.move(edge, middle);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, middle, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Types into the focused editor as a person does, key by key. */
  async type(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** Answers the open input box (a prompt from the extension) and presses Enter. */
  async answerInputBox(titleContains: string | RegExp, answer: string): Promise<void> {
    await this.waitFor(
      this.page.locator(".quick-input-widget", { hasText: titleContains }),
      `the input box "${String(titleContains)}"`,
    );
    await this.quickInput.fill(answer);
    await this.page.keyboard.press("Enter");
    await this.waitUntil("the input box closes", async () => !(await this.quickInput.isVisible()));
  }

  /** Shows the Problems view filtered to `filter` and returns the rows' texts. */
  async problems(filter: string): Promise<string[]> {
    const panel = this.page.locator(".markers-panel");
    if (!(await panel.isVisible())) {
      await this.runCommand("View: Focus Problems (Errors, Warnings, Infos)");
      await this.waitFor(panel, "the Problems view");
    }
    const input = this.page
      .locator(".markers-panel-action-filter input, .viewpane-filter input")
      .first();
    if ((await input.inputValue()) !== filter) {
      await input.fill(filter);
      await this.page.waitForTimeout(400);
    }
    return (await this.page.locator(".markers-panel .monaco-tl-row").allInnerTexts()).map((text) =>
      text.replace(/\s+/g, " ").trim(),
    );
  }

  /** Switches the color theme through "Preferences: Color Theme", as a person does. */
  async setTheme(theme: "Light Modern" | "Dark Modern", kind: "vs" | "vs-dark"): Promise<void> {
    await this.runCommand("Preferences: Color Theme");
    await this.waitFor(this.quickInput, "the theme picker");
    await this.quickInput.fill(theme);
    const row = await this.waitFor(this.quickPickRow(theme), `"${theme}" in the theme picker`);
    await row.click();
    await this.waitUntil(
      `the ${theme} theme applies`,
      async () => (await this.page.locator(`.monaco-workbench.${kind}`).count()) > 0,
    );
    await this.waitUntil(
      "the theme picker closes",
      async () => !(await this.quickInput.isVisible()),
    );
  }
}
