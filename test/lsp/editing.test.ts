// Hover cards, completion and the outline, over stdio.
import * as assert from "node:assert/strict";
import type {
  CompletionItem,
  DocumentSymbol,
  Hover,
  MarkupContent,
} from "vscode-languageserver-protocol";
import { STRONG_LINE, WEAK_LINE, lineOf, postMortemText } from "./fixtures";
import { uriOf } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

const ROSTER = [
  "people:",
  "  - { name: Alice Example, github: alice-e, role: SRE }",
  "  - Bob Builder",
  "",
].join("\n");

describe("language server: hover, completion, outline", function () {
  const server = serverPerTest((workspace) => workspace.file(".followthrough.yml", ROSTER));

  async function open(name: string, text: string): Promise<string> {
    const uri = uriOf(server.workspace.file(`postmortems/${name}`, text));
    await server.client.open(uri, text);
    return uri;
  }

  async function hoverOn(uri: string, text: string, needle: string): Promise<string> {
    const hover: Hover = await server.client.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: lineOf(text, needle), character: 10 },
    });
    return (hover.contents as MarkupContent).value;
  }

  it("hovering a weak item ticks what it has and names what it lacks in a few words", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/hover.md", text));
    const { diagnostics } = await server.client.open(uri, text);
    const value = await hoverOn(uri, text, WEAK_LINE);
    const lines = value.split("  \n");
    // The verdict fits the first line: VS Code shows the line's problems above the card.
    assert.equal(
      lines[0],
      "**Action item · 0 of 5 in place** · ✗ owner · ✗ verb · ✗ outcome · ✗ tracker · ✗ deadline",
    );
    // Each line may end with the finding's evidence (what was read, and where), in italics.
    const evidenceOf = (line: string): string | undefined => / · _(.+)_$/.exec(line)?.[1];
    const weakOnLine = diagnostics.filter(
      (candidate) => candidate.range.start.line === lineOf(text, WEAK_LINE),
    );
    const ownerEvidence = (
      weakOnLine.find((candidate) => candidate.code === "owner-missing")?.data as
        { evidence?: string } | undefined
    )?.evidence;
    assert.ok(
      ownerEvidence !== undefined &&
        ownerEvidence.endsWith(evidenceOf(lines[1]) ?? "(none in the card)"),
      `${lines[1]} vs ${ownerEvidence}`,
    );
    assert.deepEqual(
      lines.slice(1).map((line) => line.replace(/ · _.+_$/, "")),
      [
        "**Owner** · none named",
        '**Verb** · "review" is activity, not a change',
        "**Outcome** · no checkable end state",
        "**Tracker** · no ticket or link",
        "**Deadline** · none",
      ],
    );
    // The editor shows the findings' messages next to the card: the card does not repeat them.
    for (const diagnostic of diagnostics.filter(
      (candidate) => candidate.range.start.line === lineOf(text, WEAK_LINE),
    )) {
      const message =
        typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value;
      assert.ok(!value.includes(message), `the card repeats "${message}"`);
    }

    const strongValue = await hoverOn(uri, text, STRONG_LINE);
    assert.match(
      strongValue,
      /^\*\*Strong action item\*\* · ✓ owner · ✓ verb · ✓ outcome · ✓ tracker · ✓ deadline {2}\n/,
    );
    assert.match(strongValue, /^\*\*Owner\*\* · Alice Example/m);
    assert.match(strongValue, /^\*\*Tracker\*\* · PAY-101/m);
    // "by 2099-03-15" names its date once.
    assert.equal(strongValue.split("2099-03-15").length - 1, 1, strongValue);
    const outside = await server.client.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 0, character: 2 },
    });
    assert.equal(outside, null);
  });

  it("draws the card with codicons for a client that renders them, and adds the date to a deadline in words", async function () {
    await server.restart({ initializationOptions: { themeIcons: true } });
    const relative =
      "- [ ] Alice Example: add alert for DB replication lag >30s in Datadog, by end of Q1 2099 (PAY-101)";
    const text = postMortemText([WEAK_LINE, relative]);
    const uri = await open("icons.md", text);
    const weak = await hoverOn(uri, text, WEAK_LINE);
    assert.match(
      weak,
      /^\*\*Action item · 0 of 5 in place\*\* · \$\(error\) owner · \$\(error\) verb/,
    );
    assert.ok(!/[✅❌✓✗]/u.test(weak), weak);
    const dated = await hoverOn(uri, text, relative);
    assert.match(dated, /\$\(pass\) deadline/);
    assert.match(dated, /^\*\*Deadline\*\* · .*Q1 2099 \(2099-03-31\)/m);
  });

  it("says in the card that a ticket key is not in trackerKeys", async function () {
    server.workspace.file(".followthrough.yml", `${ROSTER}trackerKeys: [PAY]\n`);
    await server.restart({});
    const keyed =
      "- [ ] Alice Example: add alert for DB replication lag >30s in Datadog, by 2099-03-15 (SRCH-9)";
    const text = postMortemText([keyed]);
    const uri = await open("key.md", text);
    assert.match(
      await hoverOn(uri, text, keyed),
      /^\*\*Tracker\*\* · "SRCH-9" is not in trackerKeys/m,
    );
  });

  it("completes people after @ and Owner:, and dates after 'by '", async function () {
    const text = `${postMortemText()}- [ ] Add a canary stage @al\n- [ ] Add a restore drill (owner: \n- [ ] Lower the pool size by \n`;
    const uri = await open("complete.md", text);
    const lines = text.split("\n");
    const at = (needle: string): { line: number; character: number } => {
      const line = lines.findIndex((candidate) => candidate.includes(needle));
      return { line, character: lines[line].length };
    };
    const mention: CompletionItem[] = await server.client.connection.sendRequest(
      "textDocument/completion",
      { textDocument: { uri }, position: at("@al") },
    );
    assert.deepEqual(
      mention.map((item) => item.label),
      ["@alice-e", "@bobbuilder"],
    );
    assert.equal((mention[0].textEdit as { newText: string }).newText, "alice-e");
    const owner: CompletionItem[] = await server.client.connection.sendRequest(
      "textDocument/completion",
      { textDocument: { uri }, position: at("(owner: ") },
    );
    assert.deepEqual(
      owner.map((item) => item.label),
      ["Alice Example", "Bob Builder"],
    );
    const dates: CompletionItem[] = await server.client.connection.sendRequest(
      "textDocument/completion",
      { textDocument: { uri }, position: at("pool size by ") },
    );
    assert.ok(
      dates.length >= 2 && dates.every((item) => /^\d{4}-\d{2}-\d{2}$/.test(String(item.label))),
      JSON.stringify(dates),
    );
    const plain: CompletionItem[] = await server.client.connection.sendRequest(
      "textDocument/completion",
      { textDocument: { uri }, position: { line: 0, character: 1 } },
    );
    assert.deepEqual(plain, []);
  });

  it("outlines action sections with their items, under a short label of its own", async function () {
    // VS Code names each outline after its provider in the breadcrumb when Markdown's is there too.
    assert.deepEqual(server.client.initializeResult?.capabilities.documentSymbolProvider, {
      label: "Actions",
    });
    const text = postMortemText();
    const uri = await open("outline.md", text);
    const symbols: DocumentSymbol[] = await server.client.connection.sendRequest(
      "textDocument/documentSymbol",
      { textDocument: { uri } },
    );
    assert.equal(symbols.length, 1);
    assert.match(symbols[0].name, /Action items/i);
    assert.deepEqual(
      symbols[0].children?.map((child) => child.name),
      ["Review alerting thresholds", "add alert for DB replication lag >30s in Datadog"],
    );
    assert.match(String(symbols[0].children[0].detail), /weak/);
    assert.match(String(symbols[0].children[1].detail), /strong · Alice Example/);
  });

  it("reports front matter that is not YAML once, and still lints the items", async function () {
    const text = ["---", 'title: "unclosed', "---", postMortemText()].join("\n");
    const uri = uriOf(server.workspace.file("postmortems/broken.md", text));
    const published = await server.client.open(uri, text);
    const problem = published.diagnostics.find((diagnostic) => diagnostic.code === undefined);
    assert.ok(problem !== undefined, JSON.stringify(published.diagnostics));
    assert.match(
      typeof problem.message === "string" ? problem.message : problem.message.value,
      /Front matter is not valid YAML/,
    );
    assert.ok(published.diagnostics.some((diagnostic) => diagnostic.code === "owner-missing"));
  });
});
