import { strict as assert } from "node:assert";
import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";

// A post-mortem saved with Windows (CRLF), old Mac (CR) or mixed line endings, with a byte-order mark, or
// with no final newline reads as the same items with findings on the same lines: the editor and the
// LSP count a lone CR as a line break too.

const TODAY = new Date(Date.UTC(2026, 11, 4));

const POST_MORTEM = [
  "# Post-mortem: ledger queue backlog",
  "",
  "Date: 2026-11-20",
  "",
  "## Summary",
  "",
  "The ledger queue stalled for an hour.",
  "",
  "## Action items",
  "",
  "- Add an alert on queue depth above 500",
  "  - Owner: Dana",
  "  - Due: 2027-01-15",
  "  - Ticket: OPS-41",
  "- Improve monitoring",
  "- [x] Restart the consumer (Nadia)",
  "",
  "## Lessons learned",
  "",
  "- Depth alerts catch this earlier.",
  "",
].join("\n");

const ENDINGS: Record<string, (text: string) => string> = {
  "CRLF line endings": (text) => text.replace(/\n/g, "\r\n"),
  "CR line endings": (text) => text.replace(/\n/g, "\r"),
  // A CR before an empty line's LF would make one CRLF of two breaks: that line ends in CRLF instead.
  "mixed line endings": (text) =>
    text
      .split("\n")
      .map((line, index, lines) => {
        const ending = ["\n", "\r\n", "\r"][index % 3];
        return line + (ending === "\r" && lines[index + 1] === "" ? "\r\n" : ending);
      })
      .join("")
      .slice(0, -1),
  "a byte-order mark": (text) => `\uFEFF${text}`,
  "no final newline": (text) => text.trimEnd(),
};

function reading(text: string): string[] {
  const { doc, findings } = lint(text, { config: defaultConfig(), today: TODAY });
  return [
    ...doc.actions.map(
      (item) =>
        `item ${item.text} | ${item.status.state} | ${item.owners.map((owner) => owner.name).join(", ")} | ${item.deadline?.date?.toISOString().slice(0, 10) ?? "-"} | ${item.trackerRefs.map((ref) => ref.text).join(", ")}`,
    ),
    ...findings.map((finding) => `${finding.rule} on line ${finding.range.start.line + 1}`),
  ];
}

describe("line endings and a byte-order mark change nothing that is read", () => {
  const expected = reading(POST_MORTEM);
  it("the plain post-mortem reads three items and their findings", () => {
    assert.equal(expected.filter((line) => line.startsWith("item ")).length, 3);
    assert.ok(expected.includes("vague-outcome on line 15"), expected.join("\n"));
  });
  for (const [name, rewrite] of Object.entries(ENDINGS)) {
    it(`with ${name}`, () => assert.deepEqual(reading(rewrite(POST_MORTEM)), expected));
  }
});
