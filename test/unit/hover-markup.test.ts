// Hover cards quote the document (owners, verbs, dates, the item's text, a drop's reason); whatever
// the document says must reach the editor as text, never as a link, HTML or a codicon.
import * as assert from "node:assert/strict";
import type { MarkupContent } from "vscode-languageserver";
import { lint } from "../../server/src/core/lint";
import { hoverFor } from "../../server/src/lsp/hover";
import { escapeMarkdown } from "../../server/src/lsp/markdownEscape";

const TODAY = new Date(Date.UTC(2026, 10, 24));
const IMG = "<img src=x onerror=alert(1)>";
const JS_LINK = "[x](javascript:alert(1))";
const COMMAND_LINK = "[x](command:workbench.action.terminal.new)";

/** Markup in a Markdown string: an unescaped tag, a link to a script or a command, or a codicon. */
function liveMarkup(markdown: string): string[] {
  const found: string[] = [];
  const unescaped = (pattern: string): RegExp => new RegExp(`(?<!\\\\)${pattern}`, "i");
  if (unescaped("<[a-z/!]").test(markdown)) found.push("an HTML tag");
  if (unescaped("\\]\\((?:javascript|command|data|vbscript):").test(markdown)) found.push("a link");
  if (unescaped("\\$\\(").test(markdown)) found.push("a codicon");
  if (/\n\s*(?:#|<|[-*+] |\d+[.)] )/.test(markdown)) found.push("a new block");
  return found;
}

function hovers(lines: string[]): string[] {
  const text = ["# Post-mortem: hostile", "", "## Action items", "", ...lines, ""].join("\n");
  const result = lint(text, { today: TODAY });
  return result.doc.actions.map((item) => {
    // Plain ✓ and ✗: any codicon in the card would then come from the document.
    const hover = hoverFor(result, item.span.start + 1);
    assert.ok(hover !== undefined);
    return (hover.contents as MarkupContent).value;
  });
}

describe("hover cards keep document text inert", () => {
  it("escapes what could become markup", () => {
    assert.equal(escapeMarkdown(IMG), "\\<img src=x onerror=alert(1)\\>");
    assert.equal(escapeMarkdown(COMMAND_LINK), "\\[x\\](command:workbench.action.terminal.new)");
    assert.equal(escapeMarkdown("$(terminal)"), "\\$(terminal)");
    assert.equal(escapeMarkdown("two\n# lines"), "two # lines");
    assert.deepEqual(liveMarkup(escapeMarkdown(`${IMG} ${JS_LINK} ${COMMAND_LINK} $(x)`)), []);
  });

  // What survives the parser into an item's text: backslash-escaped Markdown and HTML entities are
  // plain text to it, so the evidence (which quotes the item) and a drop's reason hold the raw
  // characters. Each case checks that its markup reaches the card, escaped.
  const ENTITY_IMG = "&lt;img src=x onerror=alert(1)&gt;";
  const cases: [string, string, RegExp][] = [
    [
      "a command: link in the item's text",
      "- [ ] Improve \\[x\\]\\(command:workbench.action.terminal.new\\) monitoring",
      /\\\[x\\\]\(command:/,
    ],
    ["a codicon in the item's text", "- [ ] Improve $(terminal) monitoring", /\\\$\(terminal\)/],
    [
      "an image tag and a command: link in a drop's reason",
      `- [ ] ~~Add an alert~~ deprioritized: ${ENTITY_IMG} and \\[x\\]\\(command:workbench.action.terminal.new\\)`,
      /\\<img src=x onerror=alert\(1\)\\>.*\\\[x\\\]\(command:/,
    ],
    [
      "a javascript: link and an image tag after a drop word",
      `- [ ] Alice: add alert by 2099-01-01 (PAY-1) — dropped: \\[x\\]\\(javascript:alert(1)\\) ${ENTITY_IMG}`,
      /x\\\]\(javascript:alert\(1\)\) \\<img/,
    ],
  ];
  for (const [name, line, escaped] of cases) {
    it(`renders ${name} as text`, () => {
      const [value] = hovers([line]);
      assert.deepEqual(liveMarkup(value), [], value);
      assert.match(value, escaped, "the card still says what the document says, escaped");
    });
  }
});
