// The tree view's shape (server/src/core/index/grouping.ts, no VS Code needed) and its manifest entries.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { lint } from "../../server/src/core/lint";
import { readManifest } from "../support/manifest";
import { postMortemMarkdown } from "../support/postMortemText";
import { summarise } from "../../server/src/core/index/summarise";
import {
  actionAsMarkdown,
  actionDescription,
  actionLook,
  countActions,
  groupActions,
  type ViewFilter,
} from "../../server/src/core/index/grouping";

const TODAY = "2026-11-24";

function postMortem(uri: string, title: string, date: string, services: string, items: string[]) {
  const text = postMortemMarkdown(
    [`title: ${title}`, `date: ${date}`, `services: [${services}]`],
    `# ${title}`,
    items,
  );
  return summarise(uri, lint(text, { today: new Date(`${TODAY}T00:00:00Z`) }), "disk");
}

const OLD = postMortem("file:///w/pm/old.md", "Old outage", "2026-10-01", "checkout", [
  "- [ ] Alice: add alert for lag in Datadog, by 2026-11-10 (PAY-1)",
  "- [ ] Improve monitoring",
  "- [x] Bob: remove the cron job (OPS-1)",
]);
const NEW = postMortem("file:///w/pm/new.md", "New outage", "2026-11-20", "search, checkout", [
  "- [ ] @alice: add a canary stage to the search deploy, by 2026-11-27 (OPS-2)",
  "- [ ] Carol: add a runbook for the search reindex, by 2026-12-30 (OPS-3)",
  "- ~~Drop the cache~~ won't do: the cache is being retired",
]);
const ALL: ViewFilter = { showClosed: false, today: TODAY };

describe("Open in Tracker's address", () => {
  const urlOf = (items: string[]): (string | undefined)[] =>
    postMortem("file:///w/pm/links.md", "Links", "2026-11-20", "search", items).actions.map(
      (action) => action.trackerUrl,
    );

  it("is a bare issue URL, or the target of a key written as a Markdown link", () => {
    assert.deepEqual(
      urlOf([
        "- [ ] Dana: add a canary stage, by 2027-01-10 (https://github.com/acme/search/issues/12)",
        "- [ ] Dana: add a reindex runbook, by 2027-01-10 ([SRCH-9](https://tracker.acme.example/browse/SRCH-9))",
        "- [ ] Dana: add a shard alert, by 2027-01-10 (SRCH-10)",
      ]),
      [
        "https://github.com/acme/search/issues/12",
        "https://tracker.acme.example/browse/SRCH-9",
        undefined,
      ],
    );
  });

  it("is read from a Ticket cell that links its key", () => {
    const row =
      "| Add a unique constraint on bank references | Dana | 2027-01-10 | [LEDG-31](https://acme.atlassian.net/browse/LEDG-31) |";
    assert.deepEqual(urlOf(["| Action | Owner | Due | Ticket |", "|---|---|---|---|", row]), [
      "https://acme.atlassian.net/browse/LEDG-31",
    ]);
  });
});

describe("actions view grouping", () => {
  it("by post-mortem: newest first, open actions only unless closed ones are shown", () => {
    const groups = groupActions([OLD, NEW], "postMortem", ALL);
    assert.deepEqual(
      groups.map((group) => group.label),
      ["New outage", "Old outage"],
    );
    assert.deepEqual(
      groups.map((group) => group.entries.length),
      [2, 2],
    );
    assert.equal(groups[0].description, "2026-11-20");
    const withClosed = groupActions([OLD, NEW], "postMortem", { ...ALL, showClosed: true });
    assert.deepEqual(
      withClosed.map((group) => group.entries.length),
      [3, 3],
    );
  });

  it("by owner: one group per person, 'No owner' last", () => {
    const groups = groupActions([OLD, NEW], "owner", ALL);
    // "@alice" and "Alice" are one person.
    assert.deepEqual(
      groups.map((group) => [group.label, group.entries.length]),
      [
        ["Alice", 2],
        ["Carol", 1],
        ["No owner", 1],
      ],
    );
  });

  it("by due date: Overdue, This week, Later, No deadline", () => {
    const groups = groupActions([OLD, NEW], "due", ALL);
    assert.deepEqual(
      groups.map((group) => group.label),
      ["Overdue", "This week", "Later", "No deadline"],
    );
    assert.deepEqual(
      groups.map((group) => group.entries.map((entry) => entry.action.owners[0] ?? "-")),
      [["Alice"], ["@alice"], ["Carol"], ["-"]],
    );
  });

  it("by service: an action shows under each service of its post-mortem", () => {
    const groups = groupActions([OLD, NEW], "service", ALL);
    assert.deepEqual(
      groups.map((group) => [group.label, group.entries.length]),
      [
        ["checkout", 4],
        ["search", 2],
      ],
    );
  });

  it("My actions keeps the person's actions, by any identity, and counts open and overdue", () => {
    const mine: ViewFilter = { ...ALL, identities: ["Alice Example", "alice@example.com"] };
    const groups = groupActions([OLD, NEW], "postMortem", mine);
    assert.deepEqual(
      groups.flatMap((group) => group.entries.map((entry) => entry.action.text)),
      ["add a canary stage to the search deploy", "add alert for lag in Datadog"],
    );
    assert.deepEqual(countActions([OLD, NEW], mine), {
      open: 2,
      overdue: 1,
      done: 0,
      deprioritized: 0,
    });
    assert.deepEqual(countActions([OLD, NEW], ALL), {
      open: 4,
      overdue: 1,
      done: 1,
      deprioritized: 1,
    });
  });

  it("draws each action's state, description and Markdown", () => {
    const [alice, weak, bob] = OLD.actions;
    assert.equal(actionLook(alice, TODAY), "overdue");
    assert.equal(actionLook(weak, TODAY), "weak");
    assert.equal(actionLook(bob, TODAY), "done");
    assert.equal(actionLook(NEW.actions[2], TODAY), "deprioritized");
    assert.equal(actionLook(NEW.actions[1], TODAY), "open");
    assert.equal(actionDescription(alice), "Alice · due 2026-11-10");
    assert.equal(
      actionAsMarkdown({ action: alice, postMortem: OLD }, "pm/old.md#L10"),
      "- [ ] Alice: add alert for lag in Datadog (due 2026-11-10, PAY-1) — from [Old outage](pm/old.md#L10)",
    );
  });
});

describe("actions view manifest", () => {
  const root = path.resolve(__dirname, "..", "..");
  const pkg = readManifest();
  const contributed = new Set<string>(pkg.contributes.commands.map((command) => command.command));
  const clientSource = ["client/src/extension.ts", "client/src/views/actionsView.ts"]
    .map((file) => fs.readFileSync(path.join(root, file), "utf8"))
    .join("\n");

  it("has its own activity-bar container with an icon that ships", () => {
    const container = pkg.contributes.viewsContainers.activitybar.find(
      (candidate) => candidate.id === "followThrough",
    );
    assert.ok(container !== undefined);
    assert.ok(fs.existsSync(path.join(root, container.icon)), container.icon);
    assert.ok(
      fs.readFileSync(path.join(root, ".vscodeignore"), "utf8").includes(`!${container.icon}`),
    );
    assert.deepEqual(
      pkg.contributes.views.followThrough.map((view) => view.id),
      ["followThrough.actions"],
    );
  });

  it("the command palette lists only the toggle that applies: My or Everyone's, Show or Hide done", () => {
    const palette = new Map(
      pkg.contributes.menus.commandPalette.map((entry) => [entry.command, entry.when]),
    );
    assert.equal(palette.get("followThrough.actions.showMine"), "!followThrough.actions.mine");
    assert.equal(palette.get("followThrough.actions.showAll"), "followThrough.actions.mine");
    assert.equal(
      palette.get("followThrough.actions.showClosed"),
      "!followThrough.actions.showClosed",
    );
    assert.equal(
      palette.get("followThrough.actions.hideClosed"),
      "followThrough.actions.showClosed",
    );
    const titles = pkg.contributes.commands.map(
      (command) => `${command.category}: ${command.title}`,
    );
    assert.ok(
      !titles.some((title) => /^Follow-Through: .*Follow-Through/.test(title)),
      `a title repeats its category: ${titles.filter((title) => /^Follow-Through: .*Follow-Through/.test(title)).join(", ")}`,
    );
  });

  it("every command its menus and welcome views name is contributed and registered", () => {
    const named = new Set<string>();
    for (const entries of Object.values(pkg.contributes.menus)) {
      for (const entry of entries) {
        if (entry.when?.includes("followThrough.actions") || entry.when === "false") {
          named.add(entry.command);
        }
      }
    }
    for (const welcome of pkg.contributes.viewsWelcome) {
      for (const match of welcome.contents.matchAll(/command:([\w.]+)/g)) {
        named.add(match[1]);
      }
    }
    assert.ok(named.size >= 10, [...named].join());
    for (const command of named) {
      assert.ok(contributed.has(command), `${command} is not in contributes.commands`);
      const name = command.replace(/^followThrough\./, "");
      assert.ok(clientSource.includes(`"${name}"`), `${command} is not registered by the client`);
    }
  });
});
