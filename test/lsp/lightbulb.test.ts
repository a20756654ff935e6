// The lightbulb menu as VS Code's client asks for it (it shows pickers): on any weak line, a person
// should see the few likely fixes at a glance, with the long lists behind "…" entries.
import * as assert from "node:assert/strict";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import type { PickFixArguments } from "../../server/src/protocol";
import { lineOf, postMortemText } from "./fixtures";
import { applyEdits, editsFor, uriOf } from "./lspClient";
import { serverPerTest } from "./serverPerTest";

const NAMES = [
  "Alice Example",
  "Bob Builder",
  "Chen Wei",
  "Dara Okoye",
  "Eli Navarro",
  "Farah Haddad",
  "Gus Lindqvist",
  "Hana Sato",
  "Ivo Petrov",
];
const ROSTER = [
  "people:",
  ...NAMES.map((name) => `  - ${name}`),
  "  - name: Vera Lund",
  "    role: VP Engineering",
  "trackerKeys: [PAY]",
  "",
].join("\n");
const MAX_ENTRIES = 10;

const BULLET = "- [ ] Review the alerting thresholds";
const GROUP_BULLET = "- Platform team: improve the on-call process for the whole org";
/** A second unowned item, so the menu also carries "Fix all … owner-missing". */
const OTHER_BULLET = "- [ ] Investigate the retry storm";
const TABLE = [
  "| Action | Owner | Due | Ticket |",
  "|---|---|---|---|",
  "| Investigate better dashboards for the team |  |  |  |",
  "| Review hiring and on-call ownership | SRE team |  |  |",
];

describe("language server: the lightbulb menu with pickers", function () {
  const server = serverPerTest(
    (workspace) => workspace.file(".followthrough.yml", ROSTER),
    () => ({ initializationOptions: { trusted: true, pickers: true } }),
  );

  /** The code actions on one line, asked for as the lightbulb does: the line's diagnostics in context. */
  async function menuOn(
    name: string,
    text: string,
    needle: string,
  ): Promise<{ uri: string; line: number; actions: CodeAction[]; diagnostics: Diagnostic[] }> {
    const uri = uriOf(server.workspace.file(`postmortems/${name}`, text));
    const published = await server.client.open(uri, text);
    const line = lineOf(text, needle);
    const diagnostics = published.diagnostics.filter(
      (diagnostic) => diagnostic.range.start.line <= line && line <= diagnostic.range.end.line,
    );
    assert.ok(
      diagnostics.length >= 3,
      `a weak line: ${JSON.stringify(diagnostics.map((diagnostic) => diagnostic.code))}`,
    );
    const range = {
      start: { line, character: 0 },
      end: { line, character: text.split("\n")[line].length },
    };
    const actions = await server.client.codeActions(uri, range, diagnostics);
    return { uri, line, actions, diagnostics };
  }

  const titles = (actions: CodeAction[]): string =>
    JSON.stringify(
      actions.map((action) => action.title),
      null,
      1,
    );

  /** At most MAX_ENTRIES entries, none of them twice. */
  function assertShortMenu(actions: CodeAction[], needle: string): void {
    assert.ok(
      actions.length <= MAX_ENTRIES,
      `${actions.length} entries on "${needle}": ${titles(actions)}`,
    );
    assert.equal(
      new Set(actions.map((action) => action.title)).size,
      actions.length,
      `an entry repeats: ${titles(actions)}`,
    );
  }

  function pickerOf(actions: CodeAction[], title: string): PickFixArguments {
    const action = actions.find((candidate) => candidate.title === title);
    assert.ok(action?.command !== undefined, `no picker "${title}" in ${titles(actions)}`);
    assert.equal(action.command.command, "followThrough.pickFix");
    return action.command.arguments![0] as PickFixArguments;
  }

  it(`offers at most ${MAX_ENTRIES} entries on a weak bullet item, with pickers for the rest`, async function () {
    const text = postMortemText([BULLET, GROUP_BULLET, OTHER_BULLET]);
    for (const needle of [BULLET, GROUP_BULLET]) {
      const { actions } = await menuOn(`bullet-${needle.length}.md`, text, needle);
      assertShortMenu(actions, needle);
      assert.equal(
        actions.filter((action) => action.title.startsWith("Disable ")).length,
        1,
        `one disable entry: ${titles(actions)}`,
      );
    }
    const { actions } = await menuOn("bullet.md", text, BULLET);
    assert.ok(
      actions.some((action) => action.title.startsWith("Fix all 2 owner-missing")),
      titles(actions),
    );
    assert.equal(
      actions.filter((action) => action.title.startsWith("Assign to ")).length,
      2,
      titles(actions),
    );
    assert.equal(
      actions.filter((action) => action.title.startsWith("Add deadline: ")).length,
      1,
      titles(actions),
    );
    const owners = pickerOf(actions, "Assign owner…");
    for (const name of NAMES) {
      assert.ok(
        owners.choices.some((choice) => choice.label === name),
        `${name} is in the owner picker`,
      );
    }
    assert.ok(
      owners.choices.some((choice) => choice.ask !== undefined),
      "the owner picker lets a person type another name",
    );
  });

  it("names the likeliest owners directly: the post-mortem's author, then people who own its other actions", async function () {
    const owned =
      "- [ ] Hana Sato: add a canary stage to the deploy pipeline by 2099-01-01 (PAY-1)";
    const text = postMortemText([BULLET, owned]).replace(
      "date: 2026-11-20",
      "date: 2026-11-20\nauthor: Eli Navarro",
    );
    const { actions } = await menuOn("ranked.md", text, BULLET);
    const direct = actions
      .filter((action) => action.title.startsWith("Assign to "))
      .map((action) => action.title);
    assert.deepEqual(direct, ["Assign to Eli Navarro", "Assign to Hana Sato"]);
    const picker = pickerOf(actions, "Assign owner…");
    assert.deepEqual(
      picker.choices.slice(0, 2).map((choice) => [choice.label, choice.description]),
      [
        ["Eli Navarro", "the post-mortem's author"],
        ["Hana Sato", "owns 1 action here"],
      ],
    );
  });

  it(`offers at most ${MAX_ENTRIES} entries on a weak table row`, async function () {
    const text = postMortemText(TABLE);
    for (const needle of TABLE.slice(2)) {
      const { actions } = await menuOn(`table-${needle.length}.md`, text, needle);
      assertShortMenu(actions, needle);
    }
  });

  it("the disable picker names every rule on the line, for the line and for the file, and its edits work", async function () {
    const text = postMortemText([BULLET]);
    const { uri, line, actions, diagnostics } = await menuOn("disable.md", text, BULLET);
    const picker = pickerOf(actions, "Disable a Follow-Through rule here…");
    for (const rule of new Set(diagnostics.map((diagnostic) => String(diagnostic.code)))) {
      assert.ok(
        picker.choices.some((choice) => choice.label === `${rule} on this line`),
        `${rule} on this line: ${JSON.stringify(picker.choices.map((c) => c.label))}`,
      );
      assert.ok(
        picker.choices.some((choice) => choice.label === `${rule} in this file`),
        `${rule} in this file`,
      );
    }
    const tracker = picker.choices.find(
      (choice) => choice.label === "tracker-missing on this line",
    )!;
    const { edits } = editsFor(tracker.edit, uri);
    const fixed = applyEdits(text, edits);
    assert.equal(
      fixed,
      text.replace(BULLET, `<!-- follow-through-disable-next-line tracker-missing -->\n${BULLET}`),
    );
    const relinted = await server.client.setText(uri, fixed);
    assert.ok(
      !relinted.diagnostics.some(
        (diagnostic) =>
          diagnostic.code === "tracker-missing" && diagnostic.range.start.line === line + 1,
      ),
    );
  });

  it("the deadline picker offers the other dates and asks for any date", async function () {
    const text = postMortemText([BULLET]);
    const { uri, actions } = await menuOn("deadline.md", text, BULLET);
    const picker = pickerOf(actions, "Add deadline…");
    assert.ok(
      picker.choices.filter((choice) => choice.edit !== undefined).length >= 2,
      JSON.stringify(picker.choices.map((choice) => choice.label)),
    );
    const other = picker.choices.find((choice) => choice.ask !== undefined);
    assert.ok(other?.ask !== undefined, "a choice to type a date");
    const pattern = new RegExp(other.ask.pattern ?? "");
    assert.ok(pattern.test("2031-02-03") && !pattern.test("soon"), String(pattern));
    const { edits } = editsFor(other.edit, uri);
    const written = applyEdits(
      text,
      edits.map((edit) => ({
        ...edit,
        newText: edit.newText.split(other.ask!.token).join("2031-02-03"),
      })),
    );
    assert.ok(written.includes("2031-02-03"), written);
    const relinted = await server.client.setText(uri, written);
    assert.ok(
      !relinted.diagnostics.some((diagnostic) => diagnostic.code === "deadline-missing"),
      JSON.stringify(relinted.diagnostics.map((d) => d.code)),
    );
  });

  it("a client without pickers still gets the choices as direct edits", async function () {
    await server.restart({ initializationOptions: { trusted: true } });
    const text = postMortemText([BULLET]);
    const { actions } = await menuOn("flat.md", text, BULLET);
    assert.ok(
      !actions.some((action) => action.command?.command === "followThrough.pickFix"),
      titles(actions),
    );
    assert.ok(
      actions.some((action) => action.title === "Disable tracker-missing for this line"),
      titles(actions),
    );
    assert.ok(
      actions.some((action) => action.title === "Assign to Ivo Petrov"),
      titles(actions),
    );
  });
});
