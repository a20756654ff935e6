import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { lint } from "../../server/src/core/lint";

// Findings say why: what was read for the element, and where.
const DOC = [
  "# Post-mortem: cache outage",
  "",
  "Date: 2026-11-20",
  "",
  "## Action items for the platform team",
  "",
  "- [ ] Add an alert on cache hit ratio below 80% (OPS-4)",
  "- [ ] QXP: cap the eviction rate at 500/s by 2026-12-18",
  "",
].join("\n");

function evidenceOf(rule: string, line: number): string | undefined {
  const { findings } = lint(DOC, { today: new Date(Date.UTC(2026, 11, 4)) });
  return findings.find((finding) => finding.rule === rule && finding.range.start.line === line - 1)
    ?.evidence;
}

describe("evidence: why a finding was raised", () => {
  it("a group owner inherited from the heading says so", () => {
    assert.equal(
      evidenceOf("owner-is-group", 7),
      'owner: "platform team" in the heading or list above the item is a group, not one person',
    );
  });
  it("an acronym owner is read as an organisation", () => {
    assert.equal(
      evidenceOf("owner-is-group", 8),
      "owner: \"QXP\" before the action is an organisation's or team's acronym, not one person",
    );
  });
  it("a role written alone is anyone who holds it, and the message says so", () => {
    const { findings } = lint(
      "# Post-mortem\n\n## Action items\n\n- [ ] Maintainer to pin the base image digest by 2027-02-01 (OPS-9)\n",
    );
    const finding = findings.find((f) => f.rule === "owner-is-group");
    assert.equal(
      finding?.evidence,
      'owner: "Maintainer" before the action is a role anyone could fill, not one person',
    );
    assert.match(finding?.message ?? "", /^"Maintainer" is a role anyone could fill, not an owner/);
  });
  it("a placeholder owner is named as such", () => {
    const { findings } = lint(
      "# Post-mortem\n\n## Action items\n\n- [ ] Rebuild the warm-up job (owner: TBD)\n",
    );
    assert.match(
      findings.find((finding) => finding.rule === "owner-missing")?.evidence ?? "",
      /^owner: none — the owner is written as a placeholder/,
    );
  });
  it("a missing deadline and tracker say what would count", () => {
    assert.match(
      evidenceOf("deadline-missing", 7) ?? "",
      /^deadline: no date, sprint, quarter or timebox/,
    );
    assert.match(evidenceOf("tracker-missing", 8) ?? "", /^tracker: no issue key/);
  });
  it("a wording finding names the words that made it process or vague", () => {
    const { findings } = lint(
      "# Post-mortem\n\n## Action items\n\n- [ ] Dana: perhaps shard the session store\n- [ ] Dana: add some sort of canary for the session store\n",
    );
    assert.equal(
      findings.find((finding) => finding.rule === "process-verb")?.evidence,
      'wording: process — "perhaps" offers a possibility, not a commitment, in "perhaps shard the session store"',
    );
    assert.equal(
      findings.find((finding) => finding.rule === "vague-outcome")?.evidence,
      'wording: vague — "some sort of" cannot be counted as done, in "add some sort of canary for the session store"',
    );
  });
  it("lint --explain prints a why line under each finding; JSON carries it", function () {
    this.timeout(30_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ft-explain-"));
    const file = path.join(dir, "cache-outage.md");
    fs.writeFileSync(file, DOC);
    const cli = path.join(__dirname, "..", "..", "dist", "cli.js");
    const text = spawnSync(
      process.execPath,
      [cli, "lint", "--explain", "--no-color", "--today", "2026-12-04", file],
      { encoding: "utf8" },
    );
    assert.match(
      text.stdout,
      /owner-is-group\n\s+why: owner: "QXP" before the action is an organisation's or team's acronym/,
    );
    const plain = spawnSync(
      process.execPath,
      [cli, "lint", "--no-color", "--today", "2026-12-04", file],
      { encoding: "utf8" },
    );
    assert.doesNotMatch(plain.stdout, /why:/);
    const json = spawnSync(
      process.execPath,
      [cli, "lint", "--format", "json", "--today", "2026-12-04", file],
      { encoding: "utf8" },
    );
    const findings = (
      JSON.parse(json.stdout) as { findings: { rule: string; evidence?: string }[] }
    ).findings;
    assert.ok(
      findings.some(
        (finding) =>
          finding.rule === "tracker-missing" &&
          finding.evidence?.startsWith("tracker: no issue key"),
      ),
    );
  });
});
