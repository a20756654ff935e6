import { strict as assert } from "node:assert";
import { lint } from "../../server/src/core/lint";

// The status says what it was read from: a ticked box is the writer's own mark, so it is the evidence even when
// the text's tense agrees with it; tense is only inferred.
describe("status evidence", () => {
  const statusOf = (item: string) => lint(`## Action items\n\n${item}\n`).doc.actions[0].status;

  it("a ticked box over a past-tense text is the evidence", () => {
    assert.deepEqual(statusOf("- [x] The legacy endpoint was disabled on Monday"), {
      state: "done",
      evidence: "[x]",
    });
  });
  it("with no box the tense is the evidence, marked as inferred", () => {
    const status = statusOf("- The legacy endpoint was disabled on Monday");
    assert.equal(status.state, "done");
    assert.equal(status.inferred, true);
  });
});
