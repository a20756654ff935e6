import { strict as assert } from "node:assert";
import * as fs from "fs";
import * as path from "path";
import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import { ruleDocsUrl, ruleIds, ruleList } from "../../server/src/core/rules";
import { VERSION } from "../../server/src/core/version";
import { FIXTURES_DIR, listFixtures, readFixture } from "../support/fixtures";

const root = path.join(__dirname, "..", "..");

describe("rule metadata", () => {
  it("lists the same ids in the registry and in rules/ids.ts", () => {
    assert.deepEqual(
      ruleList.map((rule) => rule.id),
      [...ruleIds],
    );
  });

  it("pins docs links to the package version", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
      version: string;
    };
    assert.equal(VERSION, pkg.version);
    assert.match(
      ruleDocsUrl("owner-missing"),
      new RegExp(`/v${VERSION.replace(/\./g, "\\.")}/docs/rules/owner-missing\\.md$`),
    );
  });

  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const allFixtures = listFixtures().map(readFixture);
  for (const rule of ruleList) {
    describe(rule.id, () => {
      it("has a docs page and a README row", () => {
        assert.ok(
          fs.existsSync(path.join(root, "docs", "rules", `${rule.id}.md`)),
          `docs/rules/${rule.id}.md is missing`,
        );
        assert.ok(
          readme.includes(`](docs/rules/${rule.id}.md)`),
          `README has no row linking docs/rules/${rule.id}.md`,
        );
      });

      it("has a short description without a full stop", () => {
        assert.ok(
          rule.description.length > 0 &&
            rule.description.length <= 60 &&
            !rule.description.endsWith("."),
        );
      });

      it("has a fixture of its own, with lines it must flag and lines it must leave alone", () => {
        const own = path.join(FIXTURES_DIR, "rules", `${rule.id}.md`);
        assert.ok(fs.existsSync(own), `test/fixtures/rules/${rule.id}.md is missing`);
        const fixture = readFixture(own);
        const flagged = [...fixture.expected.values()].filter((rules) => rules.has(rule.id)).length;
        assert.ok(flagged >= 1, "the fixture must mark at least one line with this rule");
        const silent = fixture.text
          .split("\n")
          .filter(
            (line, index) =>
              /^\s*(?:[-*+]|\d+[.)]|\|)\s/.test(line) && !fixture.expected.get(index)?.has(rule.id),
          ).length;
        assert.ok(silent >= 1, "the fixture must hold lines this rule leaves alone");
      });

      it(`says ${rule.quickFix ? "it has" : "it has no"} quick fix, as its findings in the fixtures show`, () => {
        const fixture = readFixture(path.join(FIXTURES_DIR, "rules", `${rule.id}.md`));
        const findings = lint(fixture.text, {
          config: defaultConfig(),
          today: fixture.today,
        }).findings.filter((finding) => finding.rule === rule.id);
        assert.ok(findings.length > 0);
        assert.equal(
          findings.some((finding) => finding.fix !== undefined),
          rule.quickFix,
        );
      });

      it("is exercised across fixtures", () => {
        const count = allFixtures.reduce(
          (sum, fixture) =>
            sum + [...fixture.expected.values()].filter((rules) => rules.has(rule.id)).length,
          0,
        );
        assert.ok(count >= 2, `only ${count} flagged fixture line(s)`);
      });
    });
  }
});
