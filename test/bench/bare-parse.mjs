// The baseline cli-bench.mjs compares the CLI with: one process that finds every Markdown file of a
// folder, reads it and runs a bare markdown-it parse, one file at a time, printing only a count.
//
//   node test/bench/bare-parse.mjs DIR
import MarkdownIt from "markdown-it";
import * as fs from "node:fs";
import * as path from "node:path";

const markdown = new MarkdownIt();
let files = 0;
let tokens = 0;
const visit = (folder) => {
  const entries = fs.readdirSync(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      visit(full);
    } else if (/\.(md|markdown)$/i.test(entry.name)) {
      tokens += markdown.parse(fs.readFileSync(full, "utf8"), {}).length;
      files++;
    }
  }
};
visit(path.resolve(process.argv[2] ?? "."));
process.stdout.write(`${files} files, ${tokens} tokens\n`);
