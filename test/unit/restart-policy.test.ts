// The client's restart policy for a crashed language server, without VS Code: a fake clock decides
// how many crashes fall in the window.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  DEFAULT_RESTART_POLICY,
  keepRunningAfterConnectionError,
  RestartPolicy,
  START_FAILURE,
} from "../../client/src/restartPolicy";

describe("restart policy for a crashed language server", () => {
  let now: number;
  let policy: RestartPolicy;

  beforeEach(() => {
    now = Date.UTC(2026, 11, 4, 12);
    policy = new RestartPolicy(DEFAULT_RESTART_POLICY, () => now);
  });

  it("restarts four times within three minutes, then gives up with a message for the user", () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      now += 10_000;
      assert.deepEqual(policy.serverClosed(), { restart: true, attempt, maxRestarts: 4 });
    }
    now += 10_000;
    const decision = policy.serverClosed();
    assert.equal(decision.restart, false);
    assert.ok(!decision.restart);
    assert.equal(decision.crashes, 5);
    assert.match(
      decision.message,
      /crashed 5 times in the last 3 minutes and will not be restarted/,
    );
    // Giving up is final until someone restarts it: a later crash report does not restart either.
    now += 1_000;
    assert.equal(policy.serverClosed().restart, false);
  });

  it("forgets crashes older than the window: a crash an hour is always restarted", () => {
    for (let hour = 0; hour < 20; hour++) {
      now += 60 * 60_000;
      assert.deepEqual(policy.serverClosed(), { restart: true, attempt: 1, maxRestarts: 4 });
    }
  });

  it("counts only the crashes inside the window", () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      now += 50_000;
      assert.equal(policy.serverClosed().restart, true);
    }
    // The first crash is now more than three minutes old: four in the window, so one more restart.
    now += 50_000;
    assert.deepEqual(policy.serverClosed(), { restart: true, attempt: 4, maxRestarts: 4 });
  });

  it("starts counting again after a restart the person asked for", () => {
    for (let attempt = 0; attempt < 5; attempt++) policy.serverClosed();
    assert.equal(policy.serverClosed().restart, false);
    policy.reset();
    assert.deepEqual(policy.serverClosed(), { restart: true, attempt: 1, maxRestarts: 4 });
  });

  it("keeps a connection through three errors in a row and shuts it down on the fourth", () => {
    assert.deepEqual([1, 2, 3, 4, undefined].map(keepRunningAfterConnectionError), [
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("knows the language client's words for a failed start, so an upgrade that changes them fails here", () => {
    // The messages the library forces into a notification when a start fails; the client logs them
    // instead, since the restart policy reports a dead server once.
    const library = fs.readFileSync(
      path.join(__dirname, "../../node_modules/vscode-languageclient/lib/common/client.js"),
      "utf8",
    );
    const forced = [...library.matchAll(/this\.error\(`([^`]*)`, error, 'force'\)/g)].map((match) =>
      match[1].replace("${this._name}", "Follow-Through"),
    );
    assert.equal(forced.length, 2, `the library's forced start errors: ${forced.join(" | ")}`);
    for (const message of forced) {
      assert.match(message, START_FAILURE);
    }
    assert.doesNotMatch("Request textDocument/hover failed.", START_FAILURE);
  });
});
