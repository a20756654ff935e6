// Settings through workspace/configuration and `.followthrough.yml`, re-applied live.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { DiagnosticSeverity, FileChangeType } from "vscode-languageserver-protocol";
import { WEAK_LINE, findDiagnostic, lineOf, postMortemText, rulesOnLine } from "./fixtures";
import { uriOf } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

describe("language server: settings and config files", function () {
  let settings: Record<string, unknown> = {};
  beforeEach(() => {
    settings = {};
  });
  const server = serverPerTest(undefined, () => ({ settings: () => settings }));

  it("reads settings per document from the followThrough section", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/scope.md", text));
    await server.client.open(uri, text);
    assert.ok(
      server.client.configurationRequests.some(
        (item) => item.section === "followThrough" && item.scopeUri === uri,
      ),
      JSON.stringify(server.client.configurationRequests),
    );
  });

  it("re-lints with new rule severities when the configuration changes", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/settings.md", text));
    const line = lineOf(text, WEAK_LINE);
    const first = await server.client.open(uri, text);
    assert.ok(rulesOnLine(first, line).includes("tracker-missing"));
    assert.equal(findDiagnostic(first, "owner-missing", line).severity, DiagnosticSeverity.Warning);

    settings = { rules: { "tracker-missing": "off", "owner-missing": "error" } };
    const next = server.client.nextDiagnostics(uri);
    await server.client.configurationChanged();
    const second = await next;
    assert.ok(
      !rulesOnLine(second, line).includes("tracker-missing"),
      JSON.stringify(rulesOnLine(second, line)),
    );
    assert.equal(findDiagnostic(second, "owner-missing", line).severity, DiagnosticSeverity.Error);
    assert.ok(rulesOnLine(second, line).includes("process-verb"), "other rules keep reporting");

    settings = { enable: false };
    const disabled = server.client.nextDiagnostics(uri);
    await server.client.configurationChanged();
    assert.deepEqual((await disabled).diagnostics, []);
  });

  it("re-lints open documents when .followthrough.yml changes, and settings override the file", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/config.md", text));
    const line = lineOf(text, WEAK_LINE);
    const first = await server.client.open(uri, text);
    assert.ok(rulesOnLine(first, line).includes("deadline-missing"));

    const configFile = server.workspace.file(
      ".followthrough.yml",
      "rules:\n  deadline-missing: off\n  owner-missing: off\n",
    );
    let next = server.client.nextDiagnostics(uri);
    await server.client.watchedFilesChanged([
      { uri: uriOf(configFile), type: FileChangeType.Created },
    ]);
    const second = await next;
    assert.ok(
      !rulesOnLine(second, line).includes("deadline-missing"),
      JSON.stringify(rulesOnLine(second, line)),
    );
    assert.ok(!rulesOnLine(second, line).includes("owner-missing"));

    settings = { rules: { "owner-missing": "hint" } };
    next = server.client.nextDiagnostics(uri);
    await server.client.configurationChanged();
    const third = await next;
    assert.equal(findDiagnostic(third, "owner-missing", line).severity, DiagnosticSeverity.Hint);
    assert.ok(!rulesOnLine(third, line).includes("deadline-missing"));

    fs.rmSync(configFile);
    next = server.client.nextDiagnostics(uri);
    await server.client.watchedFilesChanged([
      { uri: uriOf(configFile), type: FileChangeType.Deleted },
    ]);
    assert.ok(rulesOnLine(await next, line).includes("deadline-missing"));
  });

  it("reports a broken config file on the file itself, naming the key and line", async function () {
    const configFile = server.workspace.file(
      ".followthrough.yml",
      "people:\n  - Alice Example\nrules:\n  owner-missing: loud\n",
    );
    const configUri = uriOf(configFile);
    const problems = server.client.nextDiagnostics(configUri);
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/broken.md", text));
    const published = await server.client.open(uri, text);
    assert.ok(
      rulesOnLine(published, lineOf(text, WEAK_LINE)).includes("owner-missing"),
      "the bad key falls back to the default",
    );
    const configDiagnostics = (await problems).diagnostics;
    assert.equal(configDiagnostics.length, 1, JSON.stringify(configDiagnostics));
    assert.match(JSON.stringify(configDiagnostics[0].message), /rules\.owner-missing/);
    assert.equal(configDiagnostics[0].range.start.line, 3);

    fs.writeFileSync(configFile, "people:\n  - Alice Example\n");
    const cleared = server.client.nextDiagnostics(configUri);
    await server.client.watchedFilesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
