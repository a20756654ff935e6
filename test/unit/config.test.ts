import { strict as assert } from "node:assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadConfigFor, parseConfigText } from "../../server/src/core/config";

describe("config", () => {
  it("reads rules, groups, people, trackerKeys and processVerbs", () => {
    const { config, problems } = parseConfigText(
      [
        "rules:",
        "  tracker-missing: off",
        "  owner-missing: error",
        "groups: [payments-oncall]",
        "people:",
        "  - Priya Raman",
        "  - { name: Kwame, role: VP Engineering }",
        "trackerKeys: [pay]",
        "processVerbs: [Ponder]",
      ].join("\n"),
      "x.yml",
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { "tracker-missing": "off", "owner-missing": "error" });
    assert.deepEqual(config.groups, ["payments-oncall"]);
    assert.deepEqual(
      config.people.map((p) => [p.name, p.role]),
      [
        ["Priya Raman", undefined],
        ["Kwame", "VP Engineering"],
      ],
    );
    assert.deepEqual(config.trackerKeys, ["PAY"]);
    assert.deepEqual(config.processVerbs, ["ponder"]);
  });

  it("names the line and key of each problem and keeps the rest", () => {
    const { config, problems } = parseConfigText(
      [
        "rules:",
        "  owner-misssing: off",
        "  deadline-missing: loud",
        "colour: blue",
        "groups: [sre-team]",
      ].join("\n"),
      "cfg.yml",
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.key]),
      [
        [2, "rules.owner-misssing"],
        [3, "rules.deadline-missing"],
        [4, "colour"],
      ],
    );
    assert.equal(
      problems[0].message,
      'unknown rule "owner-misssing"; did you mean "owner-missing"?',
      "the nearest rule, not all of them",
    );
    assert.equal(
      problems[2].message,
      'unknown key "colour"; known keys: rules, groups, teams, people, roster, trackerKeys, processVerbs, postMortems, postmortems, codeowners, tracker, identity',
    );
    assert.deepEqual(config.groups, ["sre-team"]);
    assert.deepEqual(config.rules, {});
  });

  it("an unknown rule nothing is near points to `follow-through rules`", () => {
    const { problems } = parseConfigText(
      ["rules:", "  spelling: off", "trakerKeys: [PAY]"].join("\n"),
      "cfg.yml",
    );
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'unknown rule "spelling"; `follow-through rules` lists the rules',
        'unknown key "trakerKeys"; did you mean "trackerKeys"?',
      ],
    );
  });

  it("reports YAML syntax errors with a line and falls back to defaults", () => {
    const { config, problems } = parseConfigText("rules: [\n  a: b", "bad.yml");
    assert.equal(problems.length > 0, true);
    assert.match(problems[0].message, /YAML syntax error/);
    assert.deepEqual(config.rules, {});
  });

  it("finds the nearest config upward and adds the repository's CODEOWNERS people to the roster", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "ft-config-"));
    try {
      fs.mkdirSync(path.join(root, ".git"));
      fs.mkdirSync(path.join(root, ".github"));
      fs.writeFileSync(
        path.join(root, ".github", "CODEOWNERS"),
        "# owners\n/docs/ @priya @lumen/sre-team\n*.md dana@example.com\n",
      );
      fs.mkdirSync(path.join(root, "docs", "postmortems"), { recursive: true });
      fs.writeFileSync(path.join(root, "docs", ".followthrough.yml"), "people: [Kwame]\n");
      const { config } = loadConfigFor(path.join(root, "docs", "postmortems", "a.md"));
      assert.equal(config.file, path.join(root, "docs", ".followthrough.yml"));
      assert.deepEqual(
        config.people.map((p) => p.name),
        ["Kwame", "priya", "dana@example.com"],
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
