import { strict as assert } from "node:assert";
import { lint } from "../../server/src/core/lint";
import { saysPostMortem } from "../../server/src/core/detect";
import { actionChanges } from "../../server/src/core/actionEdits";
import { applyChanges } from "../../server/src/core/fixes";
import { WorkspaceIndex, type Analyse } from "../../server/src/core/index/workspaceIndex";
import {
  dueBucket,
  endOfWeek,
  filterPostMortems,
  isOverdue,
  ownerMatches,
  compareNewestFirst,
} from "../../server/src/core/index/query";

const TODAY = new Date(Date.UTC(2026, 10, 24)); // Tuesday 2026-11-24

const POST_MORTEM = [
  "---",
  "title: Checkout outage",
  "date: 2026-11-01",
  "severity: SEV2",
  "services: [checkout, payments]",
  "status: in review",
  "---",
  "# Post-mortem: checkout outage",
  "",
  "## Action items",
  "",
  "- [ ] Improve monitoring",
  "- [ ] Alice: add alert for DB replication lag >30s in Datadog, by 2026-11-10 (PAY-101)",
  "- [x] Bob: remove the stale cron job (OPS-1)",
  "",
].join("\n");

/** Counts analyses, so tests can prove an update touches one file only. */
function countingAnalyse(): { analyse: Analyse; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    analyse: (uri, text) => {
      calls.push(uri);
      return saysPostMortem(text) ? lint(text, { today: TODAY, fileName: uri }) : undefined;
    },
  };
}

describe("workspace index", () => {
  it("keeps each action with its range, owners, deadline, tracker refs, status and weak reasons", () => {
    const index = new WorkspaceIndex(countingAnalyse().analyse);
    assert.equal(index.setFileText("file:///w/pm/a.md", POST_MORTEM), true);
    const entry = index.get("file:///w/pm/a.md")!;
    assert.equal(entry.title, "Checkout outage");
    assert.equal(entry.date, "2026-11-01");
    assert.equal(entry.severity, "SEV2");
    assert.deepEqual(entry.services, ["checkout", "payments"]);
    assert.equal(entry.status, "in review");
    assert.equal(entry.origin, "disk");
    const [weak, strong, done] = entry.actions;
    assert.equal(weak.text, "Improve monitoring");
    assert.equal(weak.range.start.line, 11);
    assert.ok(
      weak.weak.includes("owner-missing") && weak.weak.includes("vague-outcome"),
      weak.weak.join(),
    );
    assert.deepEqual(strong.owners, ["Alice"]);
    assert.deepEqual(strong.deadline, { text: strong.deadline!.text, date: "2026-11-10" });
    assert.match(strong.deadline.text, /2026-11-10/);
    assert.deepEqual(strong.trackerRefs, ["PAY-101"]);
    assert.deepEqual(strong.weak, ["deadline-past"]);
    assert.equal(strong.range.start.line, 12);
    assert.equal(done.state, "done");
    assert.equal(done.uri, "file:///w/pm/a.md");
  });

  it("adds, changes and deletes files, re-analysing only the file that changed", () => {
    const { analyse, calls } = countingAnalyse();
    const index = new WorkspaceIndex(analyse);
    const changes: string[][] = [];
    index.onDidChange((uris) => changes.push(uris));
    index.setFileText("file:///w/pm/a.md", POST_MORTEM);
    index.setFileText("file:///w/pm/b.md", POST_MORTEM.replace("Checkout outage", "Search outage"));
    assert.equal(index.setFileText("file:///w/notes.md", "# Shopping list\n\n- milk\n"), false);
    assert.equal(index.size, 2);

    calls.length = 0;
    index.setFileText(
      "file:///w/pm/b.md",
      POST_MORTEM.replace("Checkout outage", "Search outage").replace(
        "- [ ] Improve monitoring\n",
        "",
      ),
    );
    assert.deepEqual(calls, ["file:///w/pm/b.md"]);
    assert.equal(index.get("file:///w/pm/b.md")!.actions.length, 2);
    assert.equal(index.get("file:///w/pm/a.md")!.actions.length, 3);

    // A file that stops being a post-mortem leaves the index.
    index.setFileText("file:///w/pm/b.md", "# Shopping list\n");
    assert.equal(index.get("file:///w/pm/b.md"), undefined);
    index.deleteFile("file:///w/pm/a.md");
    assert.equal(index.size, 0);
    assert.deepEqual(changes, [
      ["file:///w/pm/a.md"],
      ["file:///w/pm/b.md"],
      ["file:///w/pm/b.md"],
      ["file:///w/pm/b.md"],
      ["file:///w/pm/a.md"],
    ]);
  });

  it("moves a renamed file's entry without re-reading it", () => {
    const { analyse, calls } = countingAnalyse();
    const index = new WorkspaceIndex(analyse);
    index.setFileText("file:///w/pm/a.md", POST_MORTEM);
    calls.length = 0;
    index.renameFile("file:///w/pm/a.md", "file:///w/pm/2026-11-01-checkout.md");
    assert.deepEqual(calls, []);
    assert.equal(index.get("file:///w/pm/a.md"), undefined);
    const moved = index.get("file:///w/pm/2026-11-01-checkout.md")!;
    assert.equal(moved.uri, "file:///w/pm/2026-11-01-checkout.md");
    assert.ok(moved.actions.every((action) => action.uri === moved.uri));
    assert.deepEqual(index.fileUris(), ["file:///w/pm/2026-11-01-checkout.md"]);
  });

  it("lets an editor's unsaved text override the file until the editor closes", () => {
    const index = new WorkspaceIndex(countingAnalyse().analyse);
    const uri = "file:///w/pm/a.md";
    index.setFileText(uri, POST_MORTEM);
    const edited = POST_MORTEM.replace(
      "- [ ] Improve monitoring",
      "- [x] Carol: add a dashboard for checkout errors (PAY-7)",
    );
    index.setEditorText(uri, edited, 2);
    assert.equal(index.get(uri)!.origin, "editor");
    assert.equal(index.get(uri)!.version, 2);
    assert.equal(index.get(uri)!.actions[0].state, "done");
    // The file changing on disk while the editor is open does not win over the editor.
    index.setFileText(uri, POST_MORTEM.replace("- [ ] Improve monitoring\n", ""));
    assert.equal(index.get(uri)!.actions.length, 3);
    assert.equal(index.postMortems().length, 1);
    // A late result for an older version is ignored.
    index.setEditorText(uri, POST_MORTEM, 1);
    assert.equal(index.get(uri)!.actions[0].state, "done");
    // Editing the title words away hides the document; closing brings the file back.
    index.setEditorText(uri, "# Groceries\n", 3);
    assert.equal(index.get(uri), undefined);
    assert.equal(index.postMortems().length, 0);
    index.closeEditor(uri);
    assert.equal(index.get(uri)!.origin, "disk");
    assert.equal(index.get(uri)!.actions.length, 2);
  });

  it("shows an unsaved new document that is not on disk, and drops it when closed", () => {
    const index = new WorkspaceIndex(countingAnalyse().analyse);
    index.setEditorText("untitled:Untitled-1", POST_MORTEM, 1);
    assert.equal(index.postMortems().length, 1);
    index.closeEditor("untitled:Untitled-1");
    assert.equal(index.postMortems().length, 0);
  });

  it("forgets a removed workspace folder", () => {
    const index = new WorkspaceIndex(countingAnalyse().analyse);
    index.setFileText("file:///w/pm/a.md", POST_MORTEM);
    index.setFileText("file:///w2/pm/a.md", POST_MORTEM);
    index.deleteFolder("file:///w");
    assert.deepEqual(index.fileUris(), ["file:///w2/pm/a.md"]);
  });
});

describe("workspace index queries", () => {
  const index = new WorkspaceIndex(countingAnalyse().analyse);
  index.setFileText("file:///w/pm/a.md", POST_MORTEM);
  index.setFileText(
    "file:///w/pm/b.md",
    POST_MORTEM.replace("2026-11-01", "2026-11-20").replace("Checkout outage", "Search outage"),
  );
  const [alice] = index
    .get("file:///w/pm/a.md")!
    .actions.filter((action) => action.owners.includes("Alice"));

  it("matches owners by name, handle or email words", () => {
    assert.equal(ownerMatches("Alice", ["Alice Example"]), true);
    assert.equal(ownerMatches("@alice", ["alice@example.com"]), true);
    assert.equal(ownerMatches("Alice Example", ["alice"]), true);
    assert.equal(ownerMatches("Alicia", ["Alice"]), false);
    assert.equal(ownerMatches("Bob", ["Alice Example", "alice@example.com"]), false);
  });

  it("buckets deadlines: overdue, this week (to Sunday), later, none", () => {
    assert.equal(endOfWeek("2026-11-24"), "2026-11-29");
    assert.equal(endOfWeek("2026-11-29"), "2026-11-29");
    assert.equal(isOverdue(alice, "2026-11-24"), true);
    assert.equal(dueBucket(alice, "2026-11-24"), "overdue");
    assert.equal(dueBucket(alice, "2026-11-10"), "thisWeek");
    assert.equal(dueBucket(alice, "2026-11-01"), "later");
    assert.equal(dueBucket({ ...alice, state: "done" }, "2026-11-24"), "later");
    assert.equal(dueBucket({ ...alice, deadline: undefined }, "2026-11-24"), "none");
  });

  it("filters by owner, state and overdue, and sorts newest first", () => {
    const mine = filterPostMortems(index.postMortems(), { owner: ["Alice Example"] });
    assert.equal(mine.length, 2);
    assert.ok(
      mine.every(
        (postMortem) =>
          postMortem.actions.length === 1 && postMortem.actions[0].owners[0] === "Alice",
      ),
    );
    const open = filterPostMortems(index.postMortems(), { states: ["open"] });
    assert.ok(
      open.every((postMortem) => postMortem.actions.every((action) => action.state === "open")),
    );
    assert.equal(open[0].actions.length, 2);
    const overdue = filterPostMortems(index.postMortems(), { overdue: true, today: "2026-11-24" });
    assert.deepEqual(
      overdue.flatMap((postMortem) => postMortem.actions.map((action) => action.owners[0])),
      ["Alice", "Alice"],
    );
    assert.deepEqual(
      filterPostMortems(index.postMortems(), { overdue: true, today: "2026-11-01" }),
      [],
    );
    assert.deepEqual(
      [...index.postMortems()].sort(compareNewestFirst).map((postMortem) => postMortem.title),
      ["Search outage", "Checkout outage"],
    );
  });
});

describe("action edits (Mark done, Deprioritize with reason)", () => {
  const text = [
    "# Post-mortem: checkout outage",
    "",
    "## Action items",
    "",
    "- [ ] Alice: add alert for lag, by 2026-12-15 (PAY-101)",
    "- Bob: remove the cron job (OPS-1)",
    "  - Status: in progress",
    "1. Dan: add a canary stage (OPS-3)",
    "",
    "| Action | Owner | Due | Ticket | Status |",
    "|---|---|---|---|---|",
    "| Add retries to the client | Carol | 2026-12-01 | PAY-2 | Open |",
    "",
  ].join("\n");
  const doc = lint(text).doc;

  for (const change of [
    { kind: "done" as const },
    { kind: "deprioritize" as const, reason: "the service is retired" },
  ]) {
    it(`${change.kind}: every format re-parses to the new state and nothing else moves`, () => {
      assert.equal(doc.actions.length, 4);
      for (const item of doc.actions) {
        const changes = actionChanges(text, item, change);
        assert.equal(changes.length, 1, item.text);
        const after = lint(applyChanges(text, changes)).doc;
        assert.equal(after.actions.length, doc.actions.length, item.text);
        const same = after.actions.find((candidate) =>
          candidate.text.startsWith(item.text.slice(0, 12)),
        )!;
        assert.equal(
          same.status.state,
          change.kind === "done" ? "done" : "deprioritized",
          `${item.text}: ${JSON.stringify(changes)}`,
        );
        if (change.kind === "deprioritize") {
          assert.match(same.status.reason ?? "", /service is retired/, item.text);
        }
        const others = after.actions.filter((candidate) => candidate !== same);
        assert.ok(
          others.every((candidate) => candidate.status.state === "open"),
          item.text,
        );
      }
    });
  }

  it("ticks the task box and sets the Status cell and Status line in place", () => {
    const edits = doc.actions.map((item) =>
      applyChanges(text, actionChanges(text, item, { kind: "done" })),
    );
    assert.match(edits[0], /^- \[x\] Alice: add alert/m);
    assert.match(edits[1], /^ {2}- Status: done$/m);
    assert.match(edits[2], /^1\. Dan: add a canary stage \(OPS-3\) \(done\)$/m);
    assert.match(edits[3], /\| PAY-2 \| Done \|$/m);
    const done = lint(edits[0]).doc.actions[0];
    assert.deepEqual(actionChanges(edits[0], done, { kind: "done" }), []);
  });

  it("ticks a box typed without its space ('- [] …') rather than writing '(done)' after it", () => {
    const typed = "# Outage\n\n## Action items\n\n- [] Dana: add an uptime check (OPS-9)\n";
    const item = lint(typed).doc.actions[0];
    assert.equal(item.text, "add an uptime check");
    assert.equal(
      applyChanges(typed, actionChanges(typed, item, { kind: "done" })),
      typed.replace("[]", "[x]"),
    );
  });
});
