// Runs first (files run in name order): the workspace has no post-mortem folder and no
// .followthrough.yml, so nothing has activated the extension yet.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { FollowThroughApi } from "../../client/src/extension";
import {
  EXTENSION_ID,
  NOTES,
  recordForBenchmark,
  POST_MORTEM,
  open,
  ours,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from "./helpers";

describe("activation", () => {
  it("is not active before a Markdown file is opened", () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension !== undefined, `${EXTENSION_ID} is not installed in the extension host`);
    assert.equal(
      extension.isActive,
      false,
      "activated although the workspace has no post-mortem folder and no config",
    );
  });

  it("activates on a Markdown file and lints a post-mortem, but reports nothing on unrelated Markdown", async () => {
    await open(NOTES);
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor("the extension to activate", () => (extension.isActive ? true : undefined));
    await open(POST_MORTEM);
    await waitForDiagnostics(
      workspaceUri(POST_MORTEM),
      "diagnostics on the post-mortem",
      (diagnostics) => diagnostics.length > 0,
    );
    // The server answers in order, so notes.md would have its diagnostics by now; its weak items stay silent.
    assert.deepEqual(
      ours(workspaceUri(NOTES)),
      [],
      "notes.md is not a post-mortem and must not be linted",
    );
  });

  it("returns before the language server is up and says how long its own start took", async () => {
    const extension = vscode.extensions.getExtension<FollowThroughApi>(EXTENSION_ID)!;
    const api = extension.exports;
    assert.ok(
      api.ready instanceof Promise,
      "activate returns a ready promise for the server start",
    );
    await api.ready;
    const { loadMs, activateMs } = api.activation;
    assert.ok(Number.isFinite(loadMs) && loadMs >= 0, `bundle load time ${loadMs}`);
    assert.ok(Number.isFinite(activateMs) && activateMs >= 0, `activate time ${activateMs}`);
    // Recorded, not asserted: timing belongs to the benchmark (npm run bench:vscode), not to a test.
    recordForBenchmark("activation", { loadMs, activateMs });
  });
});
