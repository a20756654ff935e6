import { strict as assert } from "node:assert";
import { lint } from "../../server/src/core/lint";

// Status spans point into the document, so edits such as "Mark done" can rewrite the status in place.
describe("status spans", () => {
  const text = [
    "---",
    "date: 2026-11-20",
    "---",
    "## Action items",
    "",
    "- Alice: add a canary stage by 2027-01-10 (PAY-1)",
    "  - Status: in progress",
    "- WIP: Bob: remove the flag by 2027-01-10 (PAY-2)",
    "",
  ].join("\n");
  const { doc } = lint(text);

  it("a Status sub-bullet's span covers that line", () => {
    const span = doc.actions[0].status.span!;
    assert.match(text.slice(span.start, span.end), /Status: in progress/);
  });

  it("a leading status word's span covers the word", () => {
    const span = doc.actions[1].status.span!;
    assert.match(text.slice(span.start, span.end), /^WIP/);
  });
});
