// Every kind of quick fix, fetched as the lightbulb fetches them and applied with workspace.applyEdit.
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import {
  EXTENSION_ID,
  POST_MORTEM,
  answering,
  applyAction,
  codeActions,
  hasFinding,
  lineOf,
  open,
  ours,
  restore,
  ruleOf,
  summary,
  waitFor,
  waitForDiagnostics,
} from "./helpers";

/** The part of the extension's API this test reads: the index's view of each action. */
interface ActionsViewApi {
  snapshot: {
    postMortems: {
      uri: string;
      actions: { text: string; state: string; reason?: string; weak: string[] }[];
    }[];
  };
}

describe("quick fixes", () => {
  let editor: vscode.TextEditor;
  let original: string;

  before(async () => {
    editor = await open(POST_MORTEM);
    original = editor.document.getText();
    await waitForDiagnostics(
      editor.document.uri,
      "the six findings",
      (found) => found.length === 6,
    );
  });

  afterEach(async () => {
    await restore(editor.document, original);
    await waitForDiagnostics(
      editor.document.uri,
      "the six findings after restoring",
      (found) => found.length === 6,
    );
  });

  /** The fixes offered for `rule` on the line containing `fragment`. */
  async function fixesFor(
    fragment: string,
    rule: string,
  ): Promise<{ line: number; actions: vscode.CodeAction[] }> {
    const document = editor.document;
    const line = lineOf(document, fragment);
    const diagnostic = ours(document.uri).find(
      (candidate) => ruleOf(candidate) === rule && candidate.range.start.line === line,
    );
    assert.ok(
      diagnostic !== undefined,
      `no ${rule} on "${fragment}": ${summary(ours(document.uri))}`,
    );
    const actions = await codeActions(document.uri, diagnostic.range);
    return {
      line,
      actions: actions.filter(
        (action) => action.diagnostics?.some((candidate) => ruleOf(candidate) === rule) ?? true,
      ),
    };
  }

  function pick(actions: vscode.CodeAction[], title: RegExp): vscode.CodeAction {
    const action = actions.find((candidate) => title.test(candidate.title));
    assert.ok(
      action !== undefined,
      `no action matching ${title}; offered: ${actions.map((candidate) => candidate.title).join(" | ")}`,
    );
    return action;
  }

  /** Runs a "…" entry's picker as a person would: picks the row whose label matches, types `input` if asked. */
  async function choose(action: vscode.CodeAction, label: RegExp, input?: string): Promise<void> {
    assert.equal(
      action.command?.command,
      "followThrough.pickFix",
      `"${action.title}" opens a picker`,
    );
    let offered: string[] = [];
    const applied = await answering(
      {
        pick: (items) => {
          offered = items.map((item) => item.label);
          return items.find((item) => label.test(item.label));
        },
        input,
      },
      () =>
        vscode.commands.executeCommand<boolean>(
          action.command!.command,
          ...((action.command!.arguments ?? []) as unknown[]),
        ),
    );
    assert.equal(
      applied,
      true,
      `no row matching ${label} was applied; offered: ${offered.join(" | ")}`,
    );
  }

  it("assigns the post-mortem's author as owner, in the item's own convention", async () => {
    const { line, actions } = await fixesFor("Add a canary query", "owner-missing");
    const assign = pick(actions, /^Assign to Priya Raman \(the post-mortem's author\)$/);
    assert.equal(assign.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await applyAction(assign);
    assert.equal(
      editor.document.lineAt(line).text,
      "- [ ] Priya Raman: Add a canary query to the index migration runbook (OPS-12)",
    );
    await waitForDiagnostics(
      editor.document.uri,
      "owner-missing to go",
      (found) =>
        !hasFinding(found, "owner-missing", line) && hasFinding(found, "deadline-missing", line),
    );
  });

  it("adds a deadline as an ISO date", async () => {
    const { line, actions } = await fixesFor("Mei: add an alert", "deadline-missing");
    const add = pick(actions, /^Add deadline: .+ \(\d{4}-\d{2}-\d{2}\)$/);
    assert.equal(add.isPreferred, true, "the first deadline is the preferred fix");
    const date = /\((\d{4}-\d{2}-\d{2})\)$/.exec(add.title)![1];
    await applyAction(add);
    assert.ok(
      editor.document.lineAt(line).text.includes(date),
      `line ${line + 1} has no ${date}: ${editor.document.lineAt(line).text}`,
    );
    await waitForDiagnostics(
      editor.document.uri,
      "deadline-missing to go",
      (found) => !hasFinding(found, "deadline-missing", line),
    );
  });

  it("assigns someone not on any list through the owner picker", async () => {
    const { line, actions } = await fixesFor("Add a canary query", "owner-missing");
    await choose(pick(actions, /^Assign owner…$/), /^Someone else…$/, "Lena Park");
    assert.equal(
      editor.document.lineAt(line).text,
      "- [ ] Lena Park: Add a canary query to the index migration runbook (OPS-12)",
    );
    await waitForDiagnostics(
      editor.document.uri,
      "owner-missing to go",
      (found) => !hasFinding(found, "owner-missing", line),
    );
  });

  it("replaces a process verb with an outcome verb", async () => {
    const { line, actions } = await fixesFor("investigate the shard", "process-verb");
    await choose(pick(actions, /^Replace 'investigate'…$/), /^Replace 'investigate' with '(\w+)'$/);
    const verb =
      /^- \[ \] Tomás: (\w+) the shard/.exec(editor.document.lineAt(line).text)?.[1] ??
      "investigate";
    assert.notEqual(verb, "investigate");
    assert.equal(
      editor.document.lineAt(line).text,
      `- [ ] Tomás: ${verb} the shard rebalancing timeouts, by 2027-06-30 (OPS-13)`,
    );
    await waitForDiagnostics(
      editor.document.uri,
      "process-verb to go",
      (found) => !hasFinding(found, "process-verb", line),
    );
  });

  it("turns an investigation into a decision", async () => {
    const { line, actions } = await fixesFor("investigate the shard", "process-verb");
    await choose(pick(actions, /^Replace 'investigate'…$/), /^Turn into a decision/);
    assert.equal(
      editor.document.lineAt(line).text,
      "- [ ] Tomás: decide on the shard rebalancing timeouts, by 2027-06-30 (OPS-13)",
    );
    await waitForDiagnostics(
      editor.document.uri,
      "process-verb to go",
      (found) => !hasFinding(found, "process-verb", line),
    );
  });

  it("fixes all findings of a rule in the file at once", async () => {
    const { actions } = await fixesFor("Add a canary query", "deadline-missing");
    await applyAction(pick(actions, /^Fix all 2 deadline-missing in this file: Add deadline/));
    await waitForDiagnostics(
      editor.document.uri,
      "every deadline-missing to go",
      (found) => !found.some((diagnostic) => ruleOf(diagnostic) === "deadline-missing"),
    );
  });

  it("deprioritizes a dropped item with a reason to fill in; the index then counts it as dropped for that reason", async () => {
    const { line, actions } = await fixesFor("~~Jonas", "deprioritized-without-reason");
    await applyAction(pick(actions, /^Deprioritize with reason…$/));
    const expected = original.split("\n");
    expected[line] =
      "- [ ] ~~Jonas: rewrite the indexer in Rust~~ (OPS-15) — deprioritized: [reason]";
    assert.equal(editor.document.getText(), expected.join("\n"));
    // "[reason]" is a placeholder: the finding stays until the user writes one.
    const placeholder = editor.document.lineAt(line).text.indexOf("[reason]");
    const reason = "the current indexer meets its latency target";
    await editor.edit((edit) =>
      edit.replace(
        new vscode.Range(line, placeholder, line, placeholder + "[reason]".length),
        reason,
      ),
    );
    await waitForDiagnostics(
      editor.document.uri,
      "deprioritized-without-reason to go",
      (found) => !hasFinding(found, "deprioritized-without-reason", line),
    );
    // Dropped with a reason is left out of the follow-through rate; without one it counts as not done.
    const extension = vscode.extensions.getExtension<{ actionsView: ActionsViewApi }>(
      EXTENSION_ID,
    )!;
    const view = (await extension.activate()).actionsView;
    const dropped = await waitFor("the index to read the reason", () =>
      view.snapshot.postMortems
        .find((postMortem) => postMortem.uri === editor.document.uri.toString())
        ?.actions.find(
          (action) => action.text.includes("rewrite the indexer") && action.reason === reason,
        ),
    );
    assert.equal(dropped.state, "deprioritized");
    assert.ok(!dropped.weak.includes("deprioritized-without-reason"), dropped.weak.join());
  });

  it("disables a rule for one line and for the whole file", async () => {
    const { actions } = await fixesFor("Kwame: roll back", "tracker-missing");
    await choose(
      pick(actions, /^Disable a Follow-Through rule here…$/),
      /^tracker-missing on this line$/,
    );
    assert.match(
      editor.document.getText(),
      /<!-- follow-through-disable-(next-)?line tracker-missing -->/,
    );
    await waitForDiagnostics(
      editor.document.uri,
      "tracker-missing to go",
      (found) => !found.some((diagnostic) => ruleOf(diagnostic) === "tracker-missing"),
    );
    await restore(editor.document, original);
    await waitForDiagnostics(editor.document.uri, "tracker-missing back", (found) =>
      found.some((diagnostic) => ruleOf(diagnostic) === "tracker-missing"),
    );

    const again = await fixesFor("Kwame: roll back", "tracker-missing");
    await choose(
      pick(again.actions, /^Disable a Follow-Through rule here…$/),
      /^tracker-missing in this file$/,
    );
    assert.match(editor.document.getText(), /<!-- follow-through-disable-file tracker-missing -->/);
    await waitForDiagnostics(
      editor.document.uri,
      "tracker-missing to go",
      (found) =>
        !found.some((diagnostic) => ruleOf(diagnostic) === "tracker-missing") && found.length === 5,
    );
  });
});
