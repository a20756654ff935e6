// Issue 4's path, end to end in a real VS Code: a person types a weak action item under "Action items",
// sees every finding appear, fixes each one from the lightbulb (the verb, the owner, the deadline, and
// Push to tracker against a local GitLab that checks every request against its API description), and
// the line ends as a strong item with no problems left and one issue in the tracker.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { GitLabFake } from "../trackers/fakes/gitlab";
import { repoRoot } from "../../scripts/vscode/install.mjs";
import { SCREENSHOTS, Workbench } from "./workbench";
import { TYPED_IMAGES } from "../support/readmeImages";

const FILE = "2026-11-30-checkout-alert-storm.md";
const SKELETON = [
  "---",
  "title: Checkout alert storm",
  "date: 2026-11-30",
  "status: draft",
  "---",
  "# Checkout alert storm",
  "",
  "## Summary",
  "",
  "Paging noise hid a CPU saturation on checkout for 40 minutes.",
  "",
  "## Action items",
  "",
  "",
].join("\n");
const LINE = 14;
const README_IMAGES = TYPED_IMAGES;
const WEAK_RULES = [
  "process-verb",
  "vague-outcome",
  "owner-missing",
  "deadline-missing",
  "tracker-missing",
];

describe("VS Code UI: a weak action item made strong from the lightbulb", function () {
  this.timeout(300_000);
  let workbench: Workbench;
  let gitlab: GitLabFake;

  before(async () => {
    gitlab = await GitLabFake.create();
    workbench = await Workbench.start(
      `ui-strong-${process.pid}`,
      {
        "workbench.colorTheme": "Default Dark Modern",
        "editor.fontSize": 13,
        "editor.autoClosingBrackets": "never",
      },
      (workspace) => {
        fs.appendFileSync(
          path.join(workspace, ".followthrough.yml"),
          `\ntracker:\n  gitlab:\n    project: acme/payments\n    baseUrl: ${gitlab.baseUrl}\n`,
        );
        fs.writeFileSync(path.join(workspace, "postmortems", FILE), SKELETON);
      },
    );
  });

  after(async function () {
    const passed = this.test?.parent?.tests.every((test) => test.state === "passed") ?? false;
    await workbench?.stop(passed);
    await gitlab?.stop();
    if (passed && process.env.FOLLOW_THROUGH_README_IMAGES === "1") {
      for (const name of README_IMAGES) {
        fs.copyFileSync(
          path.join(SCREENSHOTS, `${name}.png`),
          path.join(repoRoot, "docs", "images", `${name}.png`),
        );
      }
    }
  });

  async function rulesOnLine(): Promise<string[]> {
    const rows = await workbench.problems("");
    return WEAK_RULES.filter((rule) =>
      rows.some((row) => row.includes(rule) && row.includes(`Ln ${LINE},`)),
    );
  }

  it("typing the item shows all five findings on its line", async () => {
    await workbench.openFile(FILE);
    await workbench.goToLine(LINE, 1);
    await workbench.type("- [ ] Review alerting thresholds");
    await workbench.waitUntil(
      "the five findings on the typed line",
      async () => (await rulesOnLine()).length === WEAK_RULES.length,
    );
    await workbench.goToLine(LINE, 8);
    await workbench.screenshot("typed-weak-item-dark");
  });

  it("replaces the process verb: process-verb and vague-outcome go", async () => {
    await workbench.goToLine(LINE, 8);
    await workbench.openQuickFixes();
    await workbench.applyQuickFix(/^Replace 'Review'…$/);
    await workbench.pickInPicker("Replace 'Review' with 'lower'");
    await workbench.waitUntil(
      "the verb is replaced",
      async () => (await workbench.lineText(LINE)) === "- [ ] Lower alerting thresholds",
    );
    await workbench.waitUntil("process-verb and vague-outcome go", async () => {
      const left = await rulesOnLine();
      return !left.includes("process-verb") && !left.includes("vague-outcome");
    });
  });

  it("assigns an owner from the roster and adds a deadline", async () => {
    await workbench.goToLine(LINE, 8);
    await workbench.openQuickFixes();
    await workbench.applyQuickFix(/^Assign to Priya Raman/);
    await workbench.waitUntil(
      "owner-missing goes",
      async () => !(await rulesOnLine()).includes("owner-missing"),
    );
    await workbench.goToLine(LINE, 8);
    await workbench.openQuickFixes();
    const applied = await workbench.applyQuickFix(/^Add deadline:/);
    const date = /\((\d{4}-\d{2}-\d{2})\)/.exec(applied)?.[1];
    assert.ok(date !== undefined, `no date in "${applied}"`);
    await workbench.waitUntil(
      "deadline-missing goes",
      async () => !(await rulesOnLine()).includes("deadline-missing"),
    );
    const line = await workbench.lineText(LINE);
    assert.ok(line.includes("Priya Raman") && line.includes(date), line);
  });

  it("pushes to the tracker: one issue is created, its link is written back, and no finding is left", async () => {
    await workbench.goToLine(LINE, 8);
    const titles = await workbench.openQuickFixes();
    assert.ok(titles.includes("Push to tracker"), titles.join(" | "));
    await workbench.applyQuickFix(/^Push to tracker$/);
    // No GitLab token stored yet: the push asks for one (into VS Code's secret storage).
    await workbench.answerInputBox(/GitLab personal access token/, "glpat-ui-test");
    await workbench.waitUntil("the issue link is written into the item", async () =>
      /#1\b/.test(await workbench.lineText(LINE)),
    );
    await workbench.waitUntil(
      "no finding is left on the line",
      async () => (await rulesOnLine()).length === 0,
    );
    assert.equal(gitlab.issues.size, 1, "exactly one issue");
    const issue = [...gitlab.issues.values()][0];
    assert.match(issue.title, /Lower alerting thresholds/);
    assert.ok(issue.labels.includes("post-mortem-action"), issue.labels.join(", "));
    assert.deepEqual(gitlab.violations, [], "every request matched GitLab's API description");
    assert.ok(
      gitlab.requests.length > 0 &&
        gitlab.requests.every((request) => request.headers["private-token"] === "glpat-ui-test"),
      "the token from the input box was used",
    );
    const saved = fs.readFileSync(path.join(workbench.workspace, "postmortems", FILE), "utf8");
    assert.ok(!saved.includes("glpat-ui-test"), "the token is never written into the document");
    await workbench.problems("");
    await workbench.goToLine(LINE, 8);
    await workbench.screenshot("strong-item-dark");
  });

  it("Check Trackers in the sidebar: the pushed item shows its issue's state, and a hand-made labelled issue appears under From the tracker", async () => {
    const made = await fetch(`${gitlab.baseUrl}/api/v4/projects/acme%2Fpayments/issues`, {
      method: "POST",
      headers: { "private-token": "glpat-by-hand", "content-type": "application/json" },
      body: JSON.stringify({
        title: "Silence the duplicate CPU page on checkout",
        labels: "post-mortem-action",
      }),
    });
    assert.equal(made.status, 201);
    const sidebar = workbench.page.locator(".part.sidebar");
    await (
      await workbench.waitFor(
        workbench.page.locator('.activitybar [aria-label^="Follow-Through"]'),
        "the Follow-Through icon in the activity bar",
      )
    ).click();
    await workbench.waitFor(
      sidebar.locator(".monaco-list-row", { hasText: "Checkout alert storm" }),
      "the new post-mortem in the Open actions view",
    );
    await workbench.runCommand("Follow-Through: Check Trackers");
    await workbench.waitFor(
      sidebar.locator(".monaco-list-row", { hasText: "From the tracker" }),
      "the From the tracker group",
    );
    await workbench.waitFor(
      sidebar.locator(".monaco-list-row", {
        hasText: "Silence the duplicate CPU page on checkout",
      }),
      "the hand-made issue under From the tracker",
    );
    await workbench.waitFor(
      sidebar.locator(".monaco-list-row", { hasText: /Lower alerting thresholds.*#1 open/ }),
      "the pushed item with its issue's state",
    );
    await workbench.widenSidebar(640);
    await workbench.screenshot("tracker-view-dark");
  });
});
