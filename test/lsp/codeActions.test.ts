// Quick fixes over stdio: each one applied to the text as an editor would, then re-linted.
import * as assert from "node:assert/strict";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import { WEAK_LINE, findDiagnostic, lineOf, postMortemText, rulesOnLine } from "./fixtures";
import { applyEdits, editsFor, uriOf } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

const ROSTER = ["people:", "  - Alice Example", "  - Bob Builder", ""].join("\n");

describe("language server: quick fixes", function () {
  const server = serverPerTest((workspace) => workspace.file(".followthrough.yml", ROSTER));

  async function openPostMortem(
    name: string,
    text: string,
  ): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = uriOf(server.workspace.file(`postmortems/${name}`, text));
    const published = await server.client.open(uri, text);
    return { uri, diagnostics: published.diagnostics };
  }

  async function actionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await server.client.codeActions(uri, diagnostic.range, [diagnostic]);
    assert.ok(Array.isArray(actions), "codeAction returns a list");
    for (const action of actions) {
      assert.equal(action.kind, "quickfix", action.title);
      assert.deepEqual(action.diagnostics, [diagnostic], `${action.title} names its diagnostic`);
    }
    return actions;
  }

  function pick(actions: CodeAction[], title: string | RegExp): CodeAction {
    const found = actions.find((action) =>
      typeof title === "string" ? action.title === title : title.test(action.title),
    );
    assert.ok(
      found !== undefined,
      `no action ${String(title)}; got ${JSON.stringify(actions.map((action) => action.title))}`,
    );
    return found;
  }

  function applied(uri: string, action: CodeAction): string {
    const { edits } = editsFor(action.edit, uri);
    assert.ok(edits.length > 0, `${action.title} has edits`);
    return applyEdits(server.client.textOf(uri), edits);
  }

  it("source.fixAll.followThrough changes nothing a person has to choose: no owner, date or verb is written on save", async function () {
    const text = postMortemText();
    const { uri, diagnostics } = await openPostMortem("fix-all.md", text);
    assert.ok(diagnostics.length > 0);
    const whole = {
      start: { line: 0, character: 0 },
      end: { line: text.split("\n").length, character: 0 },
    };
    assert.deepEqual(
      await server.client.codeActions(uri, whole, diagnostics, ["source.fixAll"]),
      [],
    );
    assert.deepEqual(
      await server.client.codeActions(uri, whole, diagnostics, ["source.organizeImports"]),
      [],
      "a kind we do not provide gets nothing",
    );
  });

  it("assigns an owner from the roster in the item's own convention, and the finding goes away", async function () {
    const text = postMortemText();
    const { uri, diagnostics } = await openPostMortem("owner.md", text);
    const line = lineOf(text, WEAK_LINE);
    const actions = await actionsFor(
      uri,
      findDiagnostic({ uri, diagnostics }, "owner-missing", line),
    );
    const alice = pick(actions, "Assign to Alice Example");
    assert.equal(alice.isPreferred, true, "the first roster person is preferred");
    pick(actions, "Assign to Bob Builder");
    pick(actions, "Assign owner…");
    assert.equal(actions.filter((action) => action.isPreferred === true).length, 1);

    const fixed = applied(uri, alice);
    const fixedLine = fixed.split("\n")[line];
    const accepted = [
      "- [ ] Alice Example: Review alerting thresholds",
      "- [ ] Review alerting thresholds (owner: Alice Example)",
    ];
    const asSubfield =
      fixed.split("\n")[line + 1] === "  - Owner: Alice Example" && fixedLine === WEAK_LINE;
    assert.ok(
      accepted.includes(fixedLine) || asSubfield,
      `unexpected owner edit: ${JSON.stringify(fixed.split("\n").slice(line, line + 2))}`,
    );
    assert.equal(
      fixed
        .replace("Alice Example: ", "")
        .replace(" (owner: Alice Example)", "")
        .replace("\n  - Owner: Alice Example", ""),
      text,
      "nothing else changes",
    );

    const relinted = await server.client.setText(uri, fixed);
    assert.ok(
      !rulesOnLine(relinted, line).includes("owner-missing"),
      `owner-missing survived: ${fixedLine}`,
    );
  });

  it("writes the owner into an empty table cell", async function () {
    const row = "| Add alert for DB replication lag >30s in Datadog |  | 2099-01-15 | PAY-7 |";
    const text = postMortemText(["| Action | Owner | Due | Ticket |", "|---|---|---|---|", row]);
    const { uri, diagnostics } = await openPostMortem("table.md", text);
    const line = lineOf(text, row);
    const diagnostic = findDiagnostic({ uri, diagnostics }, "owner-missing", line);
    const actions = await actionsFor(uri, diagnostic);

    const fixed = applied(uri, pick(actions, "Assign to Bob Builder"));
    assert.match(
      fixed.split("\n")[line],
      /^\| Add alert for DB replication lag >30s in Datadog \| *Bob Builder *\| 2099-01-15 \| PAY-7 \|$/,
    );
    const relinted = await server.client.setText(uri, fixed);
    assert.deepEqual(rulesOnLine(relinted, line), []);

    // On a table row, "disable for this line" goes at the end of the row, not on a line above.
    const again = await server.client.setText(uri, text);
    const rowActions = await actionsFor(uri, findDiagnostic(again, "owner-missing", line));
    const disabled = applied(uri, pick(rowActions, "Disable owner-missing for this line"));
    assert.equal(
      disabled,
      text.replace(row, `${row} <!-- follow-through-disable-line owner-missing -->`),
    );
    const afterDisable = await server.client.setText(uri, disabled);
    assert.ok(!rulesOnLine(afterDisable, line).includes("owner-missing"));
  });

  it("replaces a process verb with each suggested outcome verb", async function () {
    const text = postMortemText();
    const { uri, diagnostics } = await openPostMortem("verb.md", text);
    const line = lineOf(text, WEAK_LINE);
    const diagnostic = findDiagnostic({ uri, diagnostics }, "process-verb", line);
    const actions = (await actionsFor(uri, diagnostic)).filter((action) =>
      action.title.startsWith("Replace "),
    );
    assert.ok(actions.length > 0, "at least one replacement verb is offered");
    for (const action of actions) {
      const match = /^Replace 'Review' with '(.+)'$/.exec(action.title);
      assert.ok(match !== null, action.title);
      const suggestion = match[1];
      const written = suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
      assert.equal(
        applied(uri, action),
        text.replace(WEAK_LINE, `- [ ] ${written} alerting thresholds`),
      );
    }
    const relinted = await server.client.setText(uri, applied(uri, actions[0]));
    assert.ok(
      !rulesOnLine(relinted, line).includes("process-verb"),
      JSON.stringify(rulesOnLine(relinted, line)),
    );
  });

  it("adds a deadline as an ISO date: end of this week, end of next week, end of month", async function () {
    const text = postMortemText();
    const { uri, diagnostics } = await openPostMortem("deadline.md", text);
    const line = lineOf(text, WEAK_LINE);
    const all = await actionsFor(
      uri,
      findDiagnostic({ uri, diagnostics }, "deadline-missing", line),
    );
    const actions = all.filter((action) => action.title.startsWith("Add deadline:"));
    // Without a picker, "Add deadline…" leaves a placeholder to type over.
    assert.equal(
      applied(uri, pick(all, "Add deadline…")).split("\n")[line],
      `${WEAK_LINE} (due: YYYY-MM-DD)`,
    );
    const expected = expectedDeadlines(new Date());
    assert.deepEqual(
      actions.map((action) => action.title),
      expected.map(([label, date]) => `Add deadline: ${label} (${date})`),
    );
    assert.equal(actions[0].isPreferred, true);
    const [, thisFriday] = expected[0];
    const fixed = applied(uri, actions[0]);
    assert.ok(
      fixed.split("\n")[line].startsWith(WEAK_LINE) ||
        fixed.split("\n")[line + 1]?.includes(thisFriday),
      fixed,
    );
    assert.ok(fixed.includes(thisFriday));
    assert.equal(
      fixed.replace(` (due: ${thisFriday})`, "").replace(`\n  - Due: ${thisFriday}`, ""),
      text,
      "only the deadline is added",
    );
    const relinted = await server.client.setText(uri, fixed);
    assert.ok(!rulesOnLine(relinted, line).includes("deadline-missing"), fixed.split("\n")[line]);
  });

  it("disables a rule for the line above the item, and for the file after the front matter", async function () {
    const text = postMortemText();
    const { uri, diagnostics } = await openPostMortem("disable.md", text);
    const line = lineOf(text, WEAK_LINE);
    const actions = await actionsFor(
      uri,
      findDiagnostic({ uri, diagnostics }, "tracker-missing", line),
    );

    const forLine = applied(uri, pick(actions, "Disable tracker-missing for this line"));
    assert.equal(
      forLine,
      text.replace(
        WEAK_LINE,
        `<!-- follow-through-disable-next-line tracker-missing -->\n${WEAK_LINE}`,
      ),
    );
    const relintedLine = await server.client.setText(uri, forLine);
    const rules = rulesOnLine(relintedLine, line + 1);
    assert.ok(!rules.includes("tracker-missing"), JSON.stringify(rules));
    assert.ok(rules.includes("owner-missing"), "other rules still report on the line");

    const reset = await server.client.setText(uri, text);
    const fileActions = await actionsFor(uri, findDiagnostic(reset, "tracker-missing", line));
    const forFile = applied(uri, pick(fileActions, "Disable tracker-missing for this file"));
    assert.equal(
      forFile,
      text.replace(
        "---\n\n# Checkout",
        "---\n<!-- follow-through-disable-file tracker-missing -->\n\n# Checkout",
      ),
    );
    const relintedFile = await server.client.setText(uri, forFile);
    assert.ok(
      !relintedFile.diagnostics.some((diagnostic) => diagnostic.code === "tracker-missing"),
    );
    assert.ok(relintedFile.diagnostics.some((diagnostic) => diagnostic.code === "owner-missing"));
  });

  it("asks for a reason on a dropped item", async function () {
    const dropped = "- [ ] ~~Add a canary stage to the config pipeline~~";
    const text = postMortemText([dropped]);
    const { uri, diagnostics } = await openPostMortem("dropped.md", text);
    const line = lineOf(text, dropped);
    const actions = await actionsFor(
      uri,
      findDiagnostic({ uri, diagnostics }, "deprioritized-without-reason", line),
    );
    const fixed = applied(uri, pick(actions, "Deprioritize with reason…"));
    assert.ok(
      fixed.split("\n")[line].startsWith(dropped) ||
        fixed.split("\n")[line + 1]?.includes("deprioritized"),
      fixed,
    );
    assert.ok(fixed.includes("deprioritized") && fixed.includes("[reason]"), fixed);
  });

  it("keeps CRLF line endings in the text it writes", async function () {
    const text = postMortemText().split("\n").join("\r\n");
    const { uri, diagnostics } = await openPostMortem("crlf.md", text);
    const line = text.split("\r\n").indexOf(WEAK_LINE);
    const actions = await actionsFor(
      uri,
      findDiagnostic({ uri, diagnostics }, "owner-missing", line),
    );
    const owner = applied(uri, pick(actions, "Assign to Alice Example"));
    assert.equal(owner, text.replace(WEAK_LINE, "- [ ] Alice Example: Review alerting thresholds"));
    const disabled = applied(uri, pick(actions, "Disable owner-missing for this line"));
    assert.equal(
      disabled,
      text.replace(
        WEAK_LINE,
        `<!-- follow-through-disable-next-line owner-missing -->\r\n${WEAK_LINE}`,
      ),
    );
    const relinted = await server.client.setText(uri, disabled);
    assert.ok(!rulesOnLine(relinted, line + 1).includes("owner-missing"));
    assert.ok(rulesOnLine(relinted, line + 1).includes("process-verb"));
  });

  it("returns versioned edits to a client that supports documentChanges", async function () {
    await server.restart({ documentChanges: true });
    const text = postMortemText();
    const { uri } = await openPostMortem("versioned.md", text);
    const line = lineOf(text, WEAK_LINE);
    const published = await server.client.setText(uri, text.replace("Summary", "Overview"));
    const actions = await actionsFor(uri, findDiagnostic(published, "owner-missing", line));
    const alice = pick(actions, "Assign to Alice Example");
    assert.equal(alice.edit?.changes, undefined);
    const { edits, version } = editsFor(alice.edit, uri);
    assert.equal(version, server.client.versionOf(uri));
    assert.ok(edits.length > 0);
  });

  it("turns a review into a decision with a deadline, and the process verb goes away", async function () {
    const text = postMortemText();
    const { uri, diagnostics } = await openPostMortem("decision.md", text);
    const line = lineOf(text, WEAK_LINE);
    const actions = await actionsFor(
      uri,
      findDiagnostic({ uri, diagnostics }, "process-verb", line),
    );
    const decision = pick(actions, /^Turn into a decision: decide on … by \d{4}-\d{2}-\d{2}$/);
    const fixed = applied(uri, decision);
    assert.match(
      fixed.split("\n")[line],
      /^- \[ \] Decide on alerting thresholds \(due: \d{4}-\d{2}-\d{2}\)$/,
    );
    const relinted = await server.client.setText(uri, fixed);
    assert.ok(!rulesOnLine(relinted, line).includes("process-verb"));
    assert.ok(!rulesOnLine(relinted, line).includes("deadline-missing"));
  });

  it("offers the post-mortem's author as an owner, and fixes all missing deadlines at once", async function () {
    const text = postMortemText([
      "- [ ] Add a canary stage (PAY-7)",
      "- [ ] Remove the debug flag (PAY-8)",
    ]).replace("date: 2026-11-20", "date: 2026-11-20\nauthor: Dana Whitfield");
    const { uri, diagnostics } = await openPostMortem("author.md", text);
    const line = lineOf(text, "- [ ] Add a canary stage");
    const owners = await actionsFor(
      uri,
      findDiagnostic({ uri, diagnostics }, "owner-missing", line),
    );
    pick(owners, "Assign to Dana Whitfield (the post-mortem's author)");
    const deadlines = await actionsFor(
      uri,
      findDiagnostic({ uri, diagnostics }, "deadline-missing", line),
    );
    const all = pick(
      deadlines,
      /^Fix all 2 deadline-missing in this file: Add deadline: end of this week$/,
    );
    const relinted = await server.client.setText(uri, applied(uri, all));
    assert.equal(
      relinted.diagnostics.filter((diagnostic) => diagnostic.code === "deadline-missing").length,
      0,
    );
  });
});

/** The same calendar rules the server uses, computed independently. */
function expectedDeadlines(now: Date): [string, string][] {
  const iso = (date: Date): string =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  let friday = new Date(today);
  while (friday.getDay() !== 5) {
    friday = new Date(friday.getFullYear(), friday.getMonth(), friday.getDate() + 1);
  }
  const nextFriday = new Date(friday.getFullYear(), friday.getMonth(), friday.getDate() + 7);
  const endOfMonth = new Date(today.getFullYear(), today.getMonth() + 1, 0);
  const all: [string, string][] = [
    ["end of this week", iso(friday)],
    ["end of next week", iso(nextFriday)],
    ["end of month", iso(endOfMonth)],
  ];
  return all.filter(([, date], index) => all.findIndex(([, other]) => other === date) === index);
}
