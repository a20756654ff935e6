// The dashboard's page (client/src/views/dashboardHtml.ts, no VS Code needed): a strict CSP with a
// nonce, no script or external resource, escaped text, reveal links as command URIs, and the manifest.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { lint } from "../../server/src/core/lint";
import { readManifest } from "../support/manifest";
import { postMortemMarkdown } from "../support/postMortemText";
import { summarise } from "../../server/src/core/index/summarise";
import { computeMetrics } from "../../server/src/core/metrics";
import type { MetricsResult } from "../../server/src/protocol";
import { renderDashboard, revealUri } from "../../client/src/views/dashboardHtml";

function postMortem(uri: string, date: string, items: string[]) {
  const text = postMortemMarkdown(
    [`title: Outage <b>${date}</b>`, `date: ${date}`, "services: [checkout]"],
    "# Outage",
    items,
  );
  return summarise(uri, lint(text, { today: new Date("2026-12-01T00:00:00Z") }), "disk");
}

const METRICS: MetricsResult = {
  ...computeMetrics(
    [
      postMortem("file:///w/pm/a.md", "2026-02-01", [
        "- [x] Alice: remove the database call from the checkout liveness probe (OPS-1)",
        '- [ ] Bob: add a "p99 > 2 s & errors < 1%" alert for checkout, by 2026-03-01 (OPS-2)',
      ]),
      postMortem("file:///w/pm/b.md", "2026-10-01", [
        "- [ ] Carol: stop the checkout liveness probe from calling the database, by 2027-01-01 (OPS-3)",
      ]),
    ],
    { today: "2026-12-01" },
  ),
  indexing: false,
};

const OPTIONS = { nonce: "bm9uY2Ux", relativePath: (uri: string) => uri.replace("file:///w/", "") };

describe("dashboard page", () => {
  const html = renderDashboard(METRICS, OPTIONS);

  it("has a strict Content-Security-Policy: only the nonced stylesheet, no script, nothing external", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp !== undefined);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'nonce-bm9uY2Ux'/);
    assert.match(csp, /script-src 'none'/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.doesNotMatch(html, /<script/i, "no script element");
    assert.doesNotMatch(html, /\sstyle=/, "no style attributes: the CSP would block them");
    assert.doesNotMatch(html, /(?:src|href)="https?:/, "no external resources");
    assert.equal((html.match(/<style nonce="bm9uY2Ux">/g) ?? []).length, 1);
  });

  it("escapes text from documents", () => {
    assert.match(
      html,
      />add a &quot;p99 &gt; 2 s &amp; errors &lt; 1%&quot; alert for checkout<\/a>/,
    );
    assert.match(html, /Outage &lt;b&gt;2026-02-01&lt;\/b&gt;/);
  });

  it("shows the headline numbers, the rate's definition and the sections", () => {
    assert.match(
      html,
      /<div class="label">Follow-through rate<\/div><div class="value">33%<\/div>/,
    );
    assert.match(html, /done ÷ \(all actions − those deprioritized with a reason\)/);
    for (const heading of [
      "Repeated fixes",
      "Overdue",
      "Rate by quarter",
      "Rate by owner",
      "Rate by service",
      "Open actions by age",
      "Closed with open actions",
      "Weak open actions",
    ]) {
      assert.match(html, new RegExp(`<h2>${heading}`), heading);
    }
    assert.match(
      html,
      /Marked done in “Outage &lt;b&gt;2026-02-01&lt;\/b&gt;” \(2026-02-01\), proposed again on 2026-10-01/,
    );
    assert.match(html, /<td class="num late">275 days<\/td>/);
  });

  it("links overdue and repeated items to followThrough.revealAction with the item's range", () => {
    const overdue = METRICS.overdue[0];
    const link = revealUri(overdue.uri, overdue.range);
    assert.equal(
      link,
      `command:followThrough.revealAction?${encodeURIComponent(JSON.stringify([overdue.uri, overdue.range]))}`,
    );
    assert.ok(
      html.includes(`href="${link.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`),
      "the overdue item links to its range",
    );
    for (const item of METRICS.repeatedFixes[0].items) {
      assert.ok(
        html.includes(encodeURIComponent(JSON.stringify([item.uri, item.range]))),
        item.text,
      );
    }
    assert.match(html, /title="Reveal pm\/a\.md:11"/);
  });

  it("says so when there is nothing to show, and while indexing", () => {
    const empty = renderDashboard(
      { ...computeMetrics([], { today: "2026-12-01" }), indexing: true },
      OPTIONS,
    );
    assert.match(empty, /No post-mortems in this workspace yet\./);
    assert.match(empty, /Indexing the workspace's post-mortems/);
  });

  it("is a contributed command in the Open actions view's … menu, registered by the client", () => {
    const root = path.resolve(__dirname, "..", "..");
    const pkg = readManifest();
    const command = pkg.contributes.commands.find(
      (entry) => entry.command === "followThrough.showDashboard",
    );
    assert.ok(command !== undefined);
    assert.deepEqual(
      { title: command.title, category: command.category },
      { title: "Show Dashboard", category: "Follow-Through" },
    );
    const menu = pkg.contributes.menus["view/title"].find(
      (entry) => entry.command === "followThrough.showDashboard",
    );
    assert.ok(menu !== undefined);
    assert.equal(menu.when, "view == followThrough.actions");
    assert.doesNotMatch(menu.group ?? "", /^navigation/, "in the … menu, not on the title bar");
    assert.ok(
      fs
        .readFileSync(path.join(root, "client/src/extension.ts"), "utf8")
        .includes('registerCommand("showDashboard"'),
    );
  });
});
