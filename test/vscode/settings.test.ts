// `followThrough.*` settings are read per resource by the server and re-applied when they change.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { POST_MORTEM, open, ruleOf, waitForDiagnostics } from "./helpers";

describe("settings", () => {
  let uri: vscode.Uri;
  const configuration = () => vscode.workspace.getConfiguration("followThrough");

  before(async () => {
    uri = (await open(POST_MORTEM)).document.uri;
    await waitForDiagnostics(uri, "the six findings", (found) => found.length === 6);
  });

  afterEach(async () => {
    await configuration().update("rules", undefined, vscode.ConfigurationTarget.Global);
    await configuration().update("enable", undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(uri, "the defaults back", (found) => found.length === 6);
  });

  it("followThrough.rules turns a rule off and changes another's severity", async () => {
    await configuration().update(
      "rules",
      { "tracker-missing": "off", "deadline-missing": "error" },
      vscode.ConfigurationTarget.Global,
    );
    const diagnostics = await waitForDiagnostics(
      uri,
      "tracker-missing off and deadline-missing as errors",
      (found) =>
        !found.some((diagnostic) => ruleOf(diagnostic) === "tracker-missing") &&
        found
          .filter((diagnostic) => ruleOf(diagnostic) === "deadline-missing")
          .every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error) &&
        found.length === 5,
    );
    assert.equal(
      diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error)
        .length,
      2,
    );
  });

  it("followThrough.enable false clears the diagnostics", async () => {
    await configuration().update("enable", false, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(uri, "no diagnostics", (found) => found.length === 0);
  });
});
