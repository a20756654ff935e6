// The server over stdio: diagnostics on open, incremental change, close; post-mortem detection.
import * as assert from "node:assert/strict";
import { DiagnosticSeverity, TextDocumentSyncKind } from "vscode-languageserver-protocol";
import {
  STRONG_LINE,
  WEAK_LINE,
  findDiagnostic,
  lineOf,
  postMortemText,
  rulesOnLine,
} from "./fixtures";
import { uriOf } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

describe("language server: diagnostics", function () {
  const server = serverPerTest();

  it("advertises incremental sync, quick fixes and its fix-all kind", function () {
    const capabilities = server.client.initializeResult?.capabilities;
    assert.ok(capabilities !== undefined);
    const sync = capabilities.textDocumentSync;
    assert.ok(typeof sync === "object" && sync !== null);
    assert.equal(sync.change, TextDocumentSyncKind.Incremental);
    assert.equal(sync.openClose, true);
    assert.deepEqual(capabilities.codeActionProvider, {
      codeActionKinds: ["quickfix", "source.fixAll.followThrough"],
    });
  });

  it("publishes diagnostics with code, docs link, source, severity and fix data for a post-mortem in postmortems/", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/2026-11-20-checkout.md", text));
    const published = await server.client.open(uri, text);
    assert.equal(published.version, 1);
    const weakLine = lineOf(text, WEAK_LINE);
    const rules = rulesOnLine(published, weakLine);
    for (const rule of ["owner-missing", "process-verb", "deadline-missing", "tracker-missing"]) {
      assert.ok(
        rules.includes(rule),
        `expected ${rule} on "${WEAK_LINE}", got ${rules.join(", ")}`,
      );
    }
    assert.deepEqual(
      rulesOnLine(published, lineOf(text, STRONG_LINE)),
      [],
      "the strong item must stay silent",
    );

    for (const diagnostic of published.diagnostics) {
      assert.equal(diagnostic.source, "follow-through");
      assert.equal(typeof diagnostic.code, "string");
      const href = diagnostic.codeDescription?.href;
      assert.ok(href !== undefined, `${String(diagnostic.code)} has no codeDescription`);
      assert.ok(
        new URL(href).toString().includes(String(diagnostic.code)),
        `${href} does not name ${String(diagnostic.code)}`,
      );
      const data = diagnostic.data as { rule?: string };
      assert.equal(data.rule, diagnostic.code, "data.rule carries the rule id");
    }
    const ownerMissing = findDiagnostic(published, "owner-missing", weakLine);
    assert.equal(ownerMissing.severity, DiagnosticSeverity.Warning);
    assert.ok(
      (ownerMissing.data as { fix?: { kind?: string } }).fix?.kind === "insertOwner",
      "owner-missing carries an insertOwner fix",
    );
    assert.equal(
      findDiagnostic(published, "tracker-missing", weakLine).severity,
      DiagnosticSeverity.Information,
    );
    assert.equal(ownerMissing.range.start.line, weakLine);
  });

  it("re-lints after an incremental change, with the new version", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/incremental.md", text));
    await server.client.open(uri, text);
    const weakLine = lineOf(text, WEAK_LINE);

    // Replace the weak item's text in place (an incremental range edit, as typing produces).
    const start = { line: weakLine, character: "- [ ] ".length };
    const end = { line: weakLine, character: WEAK_LINE.length };
    const strong =
      "Bob Builder: lower the CPU alert threshold from 95% to 85% on checkout, by 2099-01-31 (PAY-102)";
    const fixed = server.client.nextDiagnostics(uri, { version: 2 });
    await server.client.change(uri, [{ range: { start, end }, text: strong }]);
    const afterFix = await fixed;
    assert.equal(afterFix.version, 2);
    assert.deepEqual(
      rulesOnLine(afterFix, weakLine),
      [],
      `the rewritten item must stay silent: ${server.client.textOf(uri).split("\n")[weakLine]}`,
    );

    // Type a new weak item below: its findings appear on its own line.
    const newLine = weakLine + 2;
    const added = server.client.nextDiagnostics(uri, { version: 3 });
    await server.client.change(uri, [
      {
        range: { start: { line: newLine, character: 0 }, end: { line: newLine, character: 0 } },
        text: "- [ ] Investigate the cache stampede\n",
      },
    ]);
    const afterAdd = await added;
    assert.ok(
      rulesOnLine(afterAdd, newLine).includes("owner-missing"),
      `new item should report owner-missing: ${JSON.stringify(rulesOnLine(afterAdd, newLine))}`,
    );
    assert.deepEqual(rulesOnLine(afterAdd, weakLine), []);
  });

  it("drops stale work: rapid changes publish only the latest version", async function () {
    const text = postMortemText([WEAK_LINE]);
    const uri = uriOf(server.workspace.file("postmortems/rapid.md", text));
    await server.client.open(uri, text);
    const before = server.client.diagnostics.length;
    const weakLine = lineOf(text, WEAK_LINE);
    let version = 1;
    for (const character of " for checkout") {
      const at = {
        line: weakLine,
        character: server.client.textOf(uri).split("\n")[weakLine].length,
      };
      version = await server.client.change(uri, [
        { range: { start: at, end: at }, text: character },
      ]);
    }
    const last = await server.client.nextDiagnostics(uri, { version });
    // Give a stale run time to show up if it were going to.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const published = server.client.diagnostics
      .slice(before)
      .filter((params) => params.uri === uri);
    assert.deepEqual(
      published.map((params) => params.version),
      [version],
      "only the final version is linted and published",
    );
    assert.ok(rulesOnLine(last, weakLine).includes("process-verb"));
  });

  it("publishes no diagnostics for unrelated Markdown", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("notes/meeting.md", text));
    const published = await server.client.open(uri, text);
    assert.deepEqual(published.diagnostics, []);
  });

  it("detects a post-mortem by its title and clears diagnostics when it stops being one", async function () {
    const uri = "untitled:Untitled-1";
    const text = ["# Post-mortem: search latency", "", "## Action items", "", WEAK_LINE, ""].join(
      "\n",
    );
    const published = await server.client.open(uri, text);
    assert.ok(
      rulesOnLine(published, 4).includes("owner-missing"),
      JSON.stringify(published.diagnostics.map((d) => d.code)),
    );
    const renamed = await server.client.setText(
      uri,
      text.replace("# Post-mortem: search latency", "# Search latency notes"),
    );
    assert.deepEqual(
      renamed.diagnostics,
      [],
      "diagnostics are cleared once the document is no longer a post-mortem",
    );
  });

  it("detects a post-mortem by its front matter", async function () {
    const uri = "untitled:Untitled-2";
    const text = [
      "---",
      "type: incident review",
      "---",
      "",
      "# Search latency",
      "",
      "## Action items",
      "",
      WEAK_LINE,
      "",
    ].join("\n");
    const published = await server.client.open(uri, text);
    assert.ok(rulesOnLine(published, 8).includes("owner-missing"));
  });

  it("clears diagnostics when the document closes", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/close.md", text));
    const opened = await server.client.open(uri, text);
    assert.ok(opened.diagnostics.length > 0);
    const cleared = server.client.nextDiagnostics(uri);
    await server.client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it("skips a document larger than 2 MB with one log line", async function () {
    const filler =
      "The checkout service returned errors for forty minutes after a config push.\n".repeat(
        30_000,
      );
    const text = postMortemText() + filler;
    const uri = uriOf(server.workspace.file("postmortems/huge.md", text));
    const published = await server.client.open(uri, text, "markdown");
    assert.deepEqual(published.diagnostics, []);
    const version = await server.client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "" },
    ]);
    await server.client.nextDiagnostics(uri, { version });
    const lines = server.client.logs.filter((log) => log.message.includes("larger than 2 MB"));
    assert.equal(lines.length, 1, JSON.stringify(server.client.logs));
  });

  it("survives malformed documents and keeps answering", async function () {
    const malformed = [
      "---\ntitle: [unclosed\nstatus: closed\n# Post-mortem without a closing fence\n- [ ] Review logs\n",
      "# Post-mortem\n\n## Action items\n\n- [ ] \u0000\u0001 Review \ud800 thresholds 🚨\n|||\n| --- |\n|\n- [x]\n- [ ]\n1.\n",
      "# Post-mortem\n\n## Action items\n\n" +
        "  ".repeat(200) +
        "- [ ] deeply nested Review\n" +
        "```\n- [ ] inside an unclosed fence\n",
      "",
    ];
    for (const [index, text] of malformed.entries()) {
      const uri = uriOf(server.workspace.file(`postmortems/malformed-${index}.md`, text));
      const published = await server.client.open(uri, text);
      assert.ok(Array.isArray(published.diagnostics), `document ${index} gets an answer`);
    }
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/after.md", text));
    assert.ok(
      (await server.client.open(uri, text)).diagnostics.length > 0,
      "the server still lints after malformed input",
    );
    assert.equal(
      server.client.process.exitCode,
      null,
      `the server is alive; stderr: ${server.client.serverStderr}`,
    );
  });

  it("puts diagnostics on the right line in a CRLF document with astral characters", async function () {
    const text = postMortemText()
      .replace("# Checkout outage", "# Checkout outage 🔥🔥")
      .split("\n")
      .join("\r\n");
    const uri = uriOf(server.workspace.file("postmortems/crlf.md", text));
    const published = await server.client.open(uri, text);
    const line = text.split("\r\n").indexOf(WEAK_LINE);
    const verb = findDiagnostic(published, "process-verb", line);
    assert.deepEqual(verb.range, { start: { line, character: 6 }, end: { line, character: 12 } });
  });
});
