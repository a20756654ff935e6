import { strict as assert } from "node:assert";
import * as path from "path";
import { loadConfigFor } from "../../server/src/core/config";
import { applyChanges, fixChoices } from "../../server/src/core/fixes";
import { lint } from "../../server/src/core/lint";
import { FIXTURES_DIR, listFixtures, readFixture } from "../support/fixtures";

// Every fixture line marked {rule-id} must report exactly those rules; every other line nothing.
describe("fixtures", () => {
  for (const file of listFixtures()) {
    it(path.relative(FIXTURES_DIR, file), () => {
      const fixture = readFixture(file);
      const { config } = loadConfigFor(file);
      const { findings, ruleErrors } = lint(fixture.text, { config, today: fixture.today });
      assert.deepEqual(ruleErrors, [], "no rule may throw");
      const actual = new Map<number, Set<string>>();
      for (const finding of findings) {
        const line = finding.range.start.line;
        actual.set(line, (actual.get(line) ?? new Set()).add(finding.rule));
      }
      const lines = fixture.text.split("\n");
      const problems: string[] = [];
      for (const line of new Set([...actual.keys(), ...fixture.expected.keys()])) {
        const want = [...(fixture.expected.get(line) ?? [])].sort();
        const got = [...(actual.get(line) ?? [])].sort();
        if (want.join(" ") !== got.join(" ")) {
          problems.push(
            `line ${line + 1}: expected {${want.join(" ")}} got {${got.join(" ")}}\n    ${lines[line]?.trim()}`,
          );
        }
      }
      if (problems.length > 0) {
        assert.fail(`${problems.length} line(s) differ:\n${problems.join("\n")}`);
      }
    });
  }

  // Every fix that needs no tracker, applied on its own, must make its finding go away.
  describe("each fix resolves its finding", () => {
    for (const file of listFixtures()) {
      it(path.relative(FIXTURES_DIR, file), () => {
        const fixture = readFixture(file);
        const { config } = loadConfigFor(file);
        const people =
          config.people.length > 0 ? config.people : [{ name: "Alice Example", aliases: [] }];
        const first = lint(fixture.text, { config, today: fixture.today });
        const failures: string[] = [];
        for (const finding of first.findings) {
          if (finding.fix === undefined) {
            continue;
          }
          const choices = fixChoices(finding.fix, {
            text: fixture.text,
            people,
            today: fixture.today,
            actionItems: () => first.doc.actions,
            reason: "the risk is low and the effort is high",
          });
          const choice = choices.find((c) => c.isPreferred === true) ?? choices[0];
          if (choice === undefined) {
            continue; // Push to tracker: needs a tracker.
          }
          const fixed = applyChanges(fixture.text, choice.changes);
          const after = lint(fixed, { config, today: fixture.today }).findings;
          const before = first.findings.filter((f) => f.rule === finding.rule).length;
          if (after.filter((f) => f.rule === finding.rule).length >= before) {
            failures.push(
              `line ${finding.range.start.line + 1} ${finding.rule}: "${choice.title}" left it in place`,
            );
          }
        }
        if (failures.length > 0) {
          assert.fail(failures.join("\n"));
        }
      });
    }
  });
});
