// Assigning a person to an item owned by a group (or by "we"/"everyone") replaces the group, or keeps it as where the person sits;
// it never prepends a name to the group ("Kwame Mensah: Payments team: …").
import { strict as assert } from "node:assert";
import { parseConfigText } from "../../server/src/core/config";
import { applyChanges, fixChoices } from "../../server/src/core/fixes";
import { lint } from "../../server/src/core/lint";

const { config } = parseConfigText(
  ["people:", "  - Mei Lin", "  - name: Dana Ortiz", "    role: VP Engineering", ""].join("\n"),
  ".followthrough.yml",
);
const TODAY = new Date(Date.UTC(2026, 10, 24));

function document(line: string): string {
  return [
    "---",
    "date: 2026-11-20",
    "---",
    "# Post-mortem: webhook backlog",
    "",
    "## Action items",
    "",
    line,
    "",
  ].join("\n");
}

/** The line after the owner fix's first choice (Mei Lin), or after typing `typed` into "Assign owner…". */
function assigned(line: string, typed?: string): { fixed: string; rulesLeft: string[] } {
  const text = document(line);
  const { findings, doc } = lint(text, { config, today: TODAY });
  const finding = findings.find((candidate) => candidate.fix?.kind === "insertOwner");
  assert.ok(
    finding !== undefined,
    `no owner fix on ${line}: ${findings.map((f) => f.rule).join(", ")}`,
  );
  const choices = fixChoices(
    finding.fix!,
    { text, people: config.people, today: TODAY, actionItems: () => doc.actions },
    finding.actionId,
  );
  const choice =
    typed === undefined
      ? choices[0]
      : choices.find((candidate) => candidate.placeholder !== undefined)!;
  const changes = choice.changes.map((change) => ({
    ...change,
    newText:
      typed === undefined ? change.newText : change.newText.replace(choice.placeholder!, typed),
  }));
  const fixedText = applyChanges(text, changes);
  const fixed = fixedText.split("\n")[7 + line.split("\n").length - 1];
  const rulesLeft = lint(fixedText, { config, today: TODAY })
    .findings.filter((f) => ["owner-missing", "owner-is-group"].includes(f.rule))
    .map((f) => f.rule);
  return { fixed, rulesLeft };
}

describe("owner fix on a group-owned item", () => {
  const cases: [string, string][] = [
    [
      "- Payments team: look into per-merchant worker pools",
      "- Mei Lin (Payments team): look into per-merchant worker pools",
    ],
    [
      "- Everyone should double-check the deployment name before scaling",
      "- Mei Lin should double-check the deployment name before scaling",
    ],
    [
      "- [ ] We will add a canary stage to the deploy pipeline",
      "- [ ] Mei Lin will add a canary stage to the deploy pipeline",
    ],
    ["- SRE to review the alerting thresholds", "- Mei Lin to review the alerting thresholds"],
    [
      "- @search-team: add a canary query by 2027-01-01 (OPS-1)",
      "- Mei Lin (@search-team): add a canary query by 2027-01-01 (OPS-1)",
    ],
    [
      "- Add a canary query (owner: SRE team) by 2027-01-01 (OPS-1)",
      "- Add a canary query (owner: Mei Lin) by 2027-01-01 (OPS-1)",
    ],
  ];
  for (const [line, expected] of cases) {
    it(`${line.slice(2, 40)}…`, () => {
      const { fixed, rulesLeft } = assigned(line);
      assert.equal(fixed, expected);
      assert.deepEqual(rulesLeft, [], "the person is read as the owner");
    });
  }

  it("keeps the group in an Owner cell", () => {
    const text = [
      "| Action | Owner | Due | Ticket |",
      "|---|---|---|---|",
      "| Add a canary query | SRE team | 2027-01-01 | OPS-2 |",
    ].join("\n");
    const { fixed, rulesLeft } = assigned(text);
    assert.equal(fixed, "| Add a canary query | Mei Lin (SRE team) | 2027-01-01 | OPS-2 |");
    assert.deepEqual(rulesLeft, []);
  });

  it("writes a typed name in the group's place too", () => {
    assert.equal(
      assigned("- Payments team: look into per-merchant worker pools", "Kwame Mensah").fixed,
      "- Kwame Mensah (Payments team): look into per-merchant worker pools",
    );
  });

  it("a systemic item owned by a group gets a leader in the group's place", () => {
    const { fixed } = assigned(
      "- SRE team: reduce on-call load to 2 pages a week by 2027-06-30 (OPS-3)",
    );
    assert.equal(
      fixed,
      "- Dana Ortiz (SRE team): reduce on-call load to 2 pages a week by 2027-06-30 (OPS-3)",
    );
  });
});
