// The dashboard webview draws text from documents (titles, action text, owners, services, statuses):
// however hostile, it must land as text. No element, no attribute, no link but our own reveal links.
import { strict as assert } from "node:assert";
import { lint } from "../../server/src/core/lint";
import { summarise } from "../../server/src/core/index/summarise";
import { computeMetrics } from "../../server/src/core/metrics";
import type { MetricsResult } from "../../server/src/protocol";
import { REVEAL_COMMAND, renderDashboard } from "../../client/src/views/dashboardHtml";

const IMG = "<img src=x onerror=alert(1)>";
const JS_LINK = "[x](javascript:alert(1))";
const COMMAND_LINK = "[x](command:workbench.action.terminal.new)";
const SCRIPT = "<script>alert(1)</script>";

function hostilePostMortem(uri: string, date: string) {
  // Front matter values reach the page as written; item text after the parser has read it, so
  // escaped Markdown and entities carry the raw characters through.
  const text = [
    "---",
    `title: '${IMG} ${SCRIPT} ${COMMAND_LINK}'`,
    `date: ${date}`,
    `services: ['${IMG}', '${JS_LINK}']`,
    "status: 'closed <iframe src=javascript:alert(1)>'",
    "---",
    "# Outage",
    "",
    "## Action items",
    "",
    `- [ ] Improve &lt;img src=x onerror=alert(1)&gt; \\[x\\]\\(javascript:alert(1)\\) by 2026-03-01`,
    `- [ ] Add alert \\[x\\]\\(command:workbench.action.terminal.new\\) ${JS_LINK} ${COMMAND_LINK} by 2026-04-01`,
    "  - Owner: &lt;img src=x onerror=alert(1)&gt;",
    `- [x] Remove ${IMG} &lt;script&gt;alert(1)&lt;/script&gt; (OPS-1)`,
    "",
  ].join("\n");
  return summarise(uri, lint(text, { today: new Date("2026-12-01T00:00:00Z") }), "disk");
}

const METRICS: MetricsResult = {
  ...computeMetrics(
    [
      hostilePostMortem("file:///w/pm/a.md", "2026-02-01"),
      hostilePostMortem("file:///w/pm/%3Cimg%20src%3Dx%3E.md", "2026-10-01"),
    ],
    { today: "2026-12-01" },
  ),
  indexing: false,
};

describe("dashboard page with hostile document text", () => {
  const html = renderDashboard(METRICS, {
    nonce: "bm9uY2Ux",
    relativePath: (uri) => decodeURIComponent(uri.replace("file:///w/", "")),
  });

  it("the hostile text reached the page (so the checks below check something)", () => {
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /\[x\]\(javascript:alert\(1\)\)/);
    assert.match(html, /\[x\]\(command:workbench\.action\.terminal\.new\)/);
    assert.match(html, /&lt;script&gt;/);
  });

  it("creates no element and no attribute from document text", () => {
    const tags = new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]));
    for (const tag of ["img", "script", "iframe", "svg", "object", "embed"]) {
      assert.ok(!tags.has(tag), `a <${tag}> element`);
    }
    const handler = /<[^>]*\son[a-z]+\s*=[^>]*>/i.exec(html);
    assert.equal(handler, null, `an event handler attribute: ${handler?.[0]}`);
  });

  it("links only to the reveal command: no javascript:, no other command, no external page", () => {
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]);
    assert.ok(hrefs.length > 0);
    for (const href of hrefs) {
      assert.ok(href.startsWith(`command:${REVEAL_COMMAND}?`), href);
      // The document's URI and range travel as encoded JSON arguments, never as a new command.
      const args = JSON.parse(
        decodeURIComponent(href.slice(`command:${REVEAL_COMMAND}?`.length).replace(/&amp;/g, "&")),
      ) as unknown[];
      assert.ok(typeof args[0] === "string" && args[0].startsWith("file:///w/pm/"), href);
    }
    assert.doesNotMatch(html, /(?:href|src|action)\s*=\s*"?\s*(?:javascript|data|vbscript):/i);
  });

  it("keeps the strict Content-Security-Policy and no script", () => {
    assert.match(html, /script-src 'none'/);
    assert.equal((html.match(/<script/gi) ?? []).length, 0);
  });
});
