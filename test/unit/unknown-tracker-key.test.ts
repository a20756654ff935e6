// A ticket key the roster's `trackerKeys` does not list gets a finding that says how to declare it.
import { strict as assert } from "node:assert";
import { parseConfigText } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";

const TODAY = new Date(Date.UTC(2026, 10, 24));

function trackerFindings(line: string, configText: string): { message: string; text: string }[] {
  const { config } = parseConfigText(configText, ".followthrough.yml");
  const text = ["# Post-mortem: search outage", "", "## Action items", "", line, ""].join("\n");
  return lint(text, { config, today: TODAY })
    .findings.filter((finding) => finding.rule === "tracker-missing")
    .map((finding) => ({
      message: finding.message,
      text: text.slice(finding.span.start, finding.span.end),
    }));
}

describe("tracker-missing on a ticket key not in trackerKeys", () => {
  const item = "- [ ] Mei Lin: add a canary query to the index migration by 2027-01-15 (SRCH-9)";

  it("names the key and how to declare it, on the key itself", () => {
    const [finding] = trackerFindings(item, "trackerKeys: [PAY, OPS]\n");
    assert.ok(finding !== undefined, "tracker-missing is reported");
    assert.equal(finding.text, "SRCH-9");
    assert.equal(
      finding.message,
      '"SRCH-9" is not a known ticket key: add SRCH to `trackerKeys` in .followthrough.yml (now PAY, OPS), or link the issue\'s URL.',
    );
  });

  it("is silent once the key is declared, and without a trackerKeys list", () => {
    assert.deepEqual(trackerFindings(item, "trackerKeys: [PAY, OPS, SRCH]\n"), []);
    assert.deepEqual(trackerFindings(item, "people: []\n"), []);
  });

  it("reads a key after 'runbook' as a ticket only when trackerKeys lists its project", () => {
    const runbook = "- [ ] Mei Lin: link runbook RB-114 from the disk alert by 2027-01-15";
    assert.deepEqual(trackerFindings(runbook, "trackerKeys: [RB]\n"), []);
    assert.equal(trackerFindings(runbook, "people: []\n").length, 1, "no key without the list");
  });

  it("keeps the general message when the item names no key at all", () => {
    const [finding] = trackerFindings(
      "- [ ] Mei Lin: add a canary query to the index migration by 2027-01-15",
      "trackerKeys: [PAY]\n",
    );
    assert.match(finding.message, /^Not in a tracker/);
  });
});
