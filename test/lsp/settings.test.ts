// Settings through workspace/configuration and `.followthrough.yml`, re-applied live.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { DiagnosticSeverity, FileChangeType } from "vscode-languageserver-protocol";
import { ensureBuilt } from "../support/cli-helpers";
import { WEAK_LINE, findDiagnostic, lineOf, makeWorkspace, postMortemText, rulesOnLine, type Workspace } from "./fixtures";
import { TestClient, uriOf } from "./lspClient";

describe("language server: settings and config files", function () {
  let workspace: Workspace;
  let client: TestClient;
  let settings: Record<string, unknown>;

  before(function () {
    this.timeout(60_000);
    ensureBuilt();
  });

  beforeEach(async function () {
    workspace = makeWorkspace();
    settings = {};
    client = await TestClient.start({ workspaceFolder: workspace.root, settings: () => settings });
  });

  afterEach(async function () {
    await client.stop();
    workspace.dispose();
  });

  it("reads settings per document from the followThrough section", async function () {
    const text = postMortemText();
    const uri = uriOf(workspace.file("postmortems/scope.md", text));
    await client.open(uri, text);
    assert.ok(
      client.configurationRequests.some((item) => item.section === "followThrough" && item.scopeUri === uri),
      JSON.stringify(client.configurationRequests),
    );
  });

  it("re-lints with new rule severities when the configuration changes", async function () {
    const text = postMortemText();
    const uri = uriOf(workspace.file("postmortems/settings.md", text));
    const line = lineOf(text, WEAK_LINE);
    const first = await client.open(uri, text);
    assert.ok(rulesOnLine(first, line).includes("tracker-missing"));
    assert.equal(findDiagnostic(first, "owner-missing", line).severity, DiagnosticSeverity.Warning);

    settings = { rules: { "tracker-missing": "off", "owner-missing": "error" } };
    const next = client.nextDiagnostics(uri);
    await client.configurationChanged();
    const second = await next;
    assert.ok(!rulesOnLine(second, line).includes("tracker-missing"), JSON.stringify(rulesOnLine(second, line)));
    assert.equal(findDiagnostic(second, "owner-missing", line).severity, DiagnosticSeverity.Error);
    assert.ok(rulesOnLine(second, line).includes("process-verb"), "other rules keep reporting");

    settings = { enable: false };
    const disabled = client.nextDiagnostics(uri);
    await client.configurationChanged();
    assert.deepEqual((await disabled).diagnostics, []);
  });

  it("re-lints open documents when .followthrough.yml changes, and settings override the file", async function () {
    const text = postMortemText();
    const uri = uriOf(workspace.file("postmortems/config.md", text));
    const line = lineOf(text, WEAK_LINE);
    const first = await client.open(uri, text);
    assert.ok(rulesOnLine(first, line).includes("deadline-missing"));

    const configFile = workspace.file(".followthrough.yml", "rules:\n  deadline-missing: off\n  owner-missing: off\n");
    let next = client.nextDiagnostics(uri);
    await client.watchedFilesChanged([{ uri: uriOf(configFile), type: FileChangeType.Created }]);
    const second = await next;
    assert.ok(!rulesOnLine(second, line).includes("deadline-missing"), JSON.stringify(rulesOnLine(second, line)));
    assert.ok(!rulesOnLine(second, line).includes("owner-missing"));

    settings = { rules: { "owner-missing": "hint" } };
    next = client.nextDiagnostics(uri);
    await client.configurationChanged();
    const third = await next;
    assert.equal(findDiagnostic(third, "owner-missing", line).severity, DiagnosticSeverity.Hint);
    assert.ok(!rulesOnLine(third, line).includes("deadline-missing"));

    fs.rmSync(configFile);
    next = client.nextDiagnostics(uri);
    await client.watchedFilesChanged([{ uri: uriOf(configFile), type: FileChangeType.Deleted }]);
    assert.ok(rulesOnLine(await next, line).includes("deadline-missing"));
  });

  it("reports a broken config file on the file itself, naming the key and line", async function () {
    const configFile = workspace.file(".followthrough.yml", "people:\n  - Alice Example\nrules:\n  owner-missing: loud\n");
    const configUri = uriOf(configFile);
    const problems = client.nextDiagnostics(configUri);
    const text = postMortemText();
    const uri = uriOf(workspace.file("postmortems/broken.md", text));
    const published = await client.open(uri, text);
    assert.ok(rulesOnLine(published, lineOf(text, WEAK_LINE)).includes("owner-missing"), "the bad key falls back to the default");
    const configDiagnostics = (await problems).diagnostics;
    assert.equal(configDiagnostics.length, 1, JSON.stringify(configDiagnostics));
    assert.match(JSON.stringify(configDiagnostics[0].message), /rules\.owner-missing/);
    assert.equal(configDiagnostics[0].range.start.line, 3);

    fs.writeFileSync(configFile, "people:\n  - Alice Example\n");
    const cleared = client.nextDiagnostics(configUri);
    await client.watchedFilesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
