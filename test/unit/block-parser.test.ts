import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as fc from "fast-check";
import MarkdownIt from "markdown-it";
import type { MarkdownIt as MarkdownItParser } from "markdown-it";
import { parseBlocks, takesShortcuts } from "../../server/src/core/parse/blockParser";

// The block parser builds markdown-it's block state and tokens its own, faster way; every document
// must still get exactly the tokens markdown-it itself gives.

function stockParser(): MarkdownItParser {
  const parser = new MarkdownIt({ html: true, linkify: false });
  parser.disable(["inline", "linkify", "replacements", "smartquotes", "text_join"], true);
  return parser;
}

const stock = stockParser();

function assertSameTokens(source: string): void {
  assert.equal(
    JSON.stringify(parseBlocks(source)),
    JSON.stringify(stock.parse(source, {})),
    `tokens differ for ${JSON.stringify(source.slice(0, 200))}`,
  );
}

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(file) : file.endsWith(".md") ? [file] : [];
  });
}

describe("block parser", () => {
  it("takes its shortcuts with the markdown-it in the lock file", () => {
    assert.equal(takesShortcuts, true);
  });

  it("gives markdown-it's tokens for every fixture and example", () => {
    const files = [
      ...markdownFiles(path.join(__dirname, "..", "fixtures")),
      ...markdownFiles(path.join(__dirname, "..", "..", "examples")),
    ];
    assert.ok(files.length > 50, `only ${files.length} documents found`);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      assertSameTokens(text);
      assertSameTokens(text.replace(/\n/g, "\r\n"));
    }
  });

  it("gives markdown-it's tokens for indentation, line ends and NULs it must count the same", () => {
    const piece = fc.constantFrom(
      " ",
      "  ",
      "    ",
      "\t",
      " \t",
      "\n",
      "\r\n",
      "\r",
      "\u0000",
      "- item",
      "1. step",
      "> quote",
      "```",
      "# heading",
      "---",
      "| a | b |",
      "|---|---|",
      "text",
      "<div>",
      "[ref]: /x",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        assertSameTokens(pieces.join(""));
      }),
      { numRuns: 400 },
    );
  });
});
