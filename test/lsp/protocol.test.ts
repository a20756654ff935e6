// The custom requests of server/src/protocol.ts, over stdio.
import * as assert from "node:assert/strict";
import {
  ActionsRequest,
  RulesRequest,
  type ActionsResult,
  type RulesResult,
} from "../../server/src/protocol";
import { STRONG_LINE, WEAK_LINE, lineOf, postMortemText } from "./fixtures";
import { uriOf } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

describe("language server: custom requests", function () {
  const server = serverPerTest();

  it("lists every rule with its docs URL (followThrough/rules)", async function () {
    const result: RulesResult = await server.client.connection.sendRequest(RulesRequest.method);
    const ids = result.rules.map((rule) => rule.id);
    assert.ok(
      ids.includes("owner-missing") && ids.includes("deprioritized-without-reason"),
      ids.join(", "),
    );
    for (const rule of result.rules) {
      assert.ok(rule.docsUrl.endsWith(`/docs/rules/${rule.id}.md`), rule.docsUrl);
      assert.ok(rule.description.length > 0);
    }
  });

  it("lists a document's action items with their findings (followThrough/actions)", async function () {
    const text = postMortemText();
    const uri = uriOf(server.workspace.file("postmortems/actions.md", text));
    await server.client.open(uri, text);
    const result: ActionsResult = await server.client.connection.sendRequest(
      ActionsRequest.method,
      { textDocument: { uri } },
    );
    assert.equal(result.isPostMortem, true);
    assert.equal(result.version, 1);
    assert.equal(result.actions.length, 2);
    const [weak, strong] = result.actions;
    assert.equal(weak.range.start.line, lineOf(text, WEAK_LINE));
    assert.ok(weak.findings.includes("owner-missing"));
    assert.equal(strong.range.start.line, lineOf(text, STRONG_LINE));
    assert.deepEqual(strong.findings, []);
    assert.ok(
      strong.trackerRefs.some((ref) => ref.includes("PAY-101")),
      JSON.stringify(strong),
    );

    const unrelated = uriOf(server.workspace.file("notes/actions.md", text));
    await server.client.open(unrelated, text);
    const none: ActionsResult = await server.client.connection.sendRequest(ActionsRequest.method, {
      textDocument: { uri: unrelated },
    });
    assert.deepEqual(none, { version: 1, isPostMortem: false, actions: [] });
  });
});
