import { strict as assert } from "node:assert";
import { lint } from "../../server/src/core/lint";

// "05/12/2026" is 5 December where the document also writes "30/11/2026", and 12 May where it writes
// "11/30/2026": the slash dates that can be read one way only say how the others are meant.
const today = new Date(Date.UTC(2026, 10, 24));

function dueDates(text: string): (string | undefined)[] {
  return lint(text, { today }).doc.actions.map((action) =>
    action.deadline?.date?.toISOString().slice(0, 10),
  );
}

describe("slash dates", () => {
  it("are read day first where the document writes a day over 12 first", () => {
    const text = [
      "## Actions",
      "",
      "- Action: add a retry budget. Owner: Imogen Hale. Due: 30/11/2026. Ref: PAY-1200.",
      "- Action: re-enable request hedging. Owner: Callum Price. Due: 05/12/2026. Ref: PAY-1201.",
    ].join("\n");
    assert.deepEqual(dueDates(text), ["2026-11-30", "2026-12-05"]);
  });

  it("are read month first where the document writes a day over 12 second", () => {
    const text = [
      "## Actions",
      "",
      "- Add a retry budget (Imogen Hale, PAY-1200, due 11/30/2026)",
      "- Re-enable request hedging (Callum Price, PAY-1201, due 05/12/2026)",
    ].join("\n");
    assert.deepEqual(dueDates(text), ["2026-11-30", "2026-05-12"]);
  });

  it("name the owner after a sentence end, not the sentence before it", () => {
    const text =
      "## Actions\n\n- Action: Re-enable request hedging. Owner: Callum Price. Due: 05/12/2026.";
    const [action] = lint(text, { today }).doc.actions;
    assert.deepEqual(
      action.owners.map((owner) => owner.name),
      ["Callum Price"],
    );
  });
});
