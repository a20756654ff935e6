import { strict as assert } from "node:assert";
import * as fc from "fast-check";
import { lint } from "../../server/src/core/lint";

// Parsing never fails: any text gives items and findings whose ranges lie inside the text.
const fragment = fc.constantFrom(
  "## Action items\n",
  "# Timeline\n",
  "- [ ] ",
  "- [x] ",
  "1. ",
  "  - Owner: ",
  "| Action | Owner | Due |\n|---|---|---|\n",
  "| ",
  " |",
  "Alice: ",
  "@bob ",
  "[Carla] ",
  "(owner: Dmitri) ",
  "— Eve",
  "review ",
  "add an alert ",
  "improve monitoring",
  "by 2026-03-15",
  " by next Friday",
  " Q2",
  " (PAY-12)",
  " #42",
  "~~",
  "**",
  "won't do",
  "DONE: ",
  "should have ",
  "---\nstatus: closed\n---\n",
  "<!-- follow-through-disable -->",
  "```\n",
  "\n",
  "\n\n",
  "\u2705",
  "\u0000",
  "?",
);
const document = fc.array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("parser properties", () => {
  it("never throws and keeps every range inside the document", () => {
    fc.assert(
      fc.property(document, (text) => {
        const { findings, ruleErrors, doc } = lint(text, { today: new Date(Date.UTC(2026, 10, 24)) });
        assert.deepEqual(ruleErrors, []);
        for (const finding of findings) {
          assert.ok(finding.span.start >= 0 && finding.span.end <= text.length && finding.span.start <= finding.span.end, `span ${JSON.stringify(finding.span)} out of ${text.length}`);
        }
        for (const item of doc.actions) {
          assert.ok(item.span.start >= 0 && item.span.end <= text.length);
        }
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });

  it("reports the same findings for the same text (no hidden state between runs)", () => {
    fc.assert(
      fc.property(document, (text) => {
        const first = lint(text, { today: new Date(Date.UTC(2026, 10, 24)) }).findings.map((f) => `${f.rule}@${f.span.start}`);
        const second = lint(text, { today: new Date(Date.UTC(2026, 10, 24)) }).findings.map((f) => `${f.rule}@${f.span.start}`);
        assert.deepEqual(first, second);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
