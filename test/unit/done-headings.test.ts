import { strict as assert } from "node:assert";
import { actionSection, readItems } from "../support/actionSection";

// A sub-heading of an action section that says its items are finished makes them done, and one that says
// they were let go deprioritizes them, however it is decorated; a sub-heading that merely sounds like one leaves them open.

const DONE = [
  "Completed",
  "Already done",
  "Done ✅",
  "✅ Done",
  "Done (2026-11-20)",
  "Fixed",
  "Implemented",
  "Delivered",
  "Already in place",
  "In place now",
  "What we've already done",
  "What we’ve already done",
  "Immediate actions (completed):",
  "✅ Done:",
  "Done so far",
  "Completed during the incident",
  "Actions completed",
];
const DROPPED = [
  "Won't do",
  "Parked",
  "Out of scope",
  "Ideas we decided against",
  "Dropped",
  "Cancelled items",
  "Abandoned",
  "Won't fix (2026-11-20)",
];
const OPEN = [
  "Dropped connections",
  "Cancelled orders",
  "Deferred",
  "Open",
  "Fixes",
  "Implementation",
  "In progress",
  "To be done",
  "Not done",
  "Next",
];

function stateUnder(heading: string): string {
  const body = `### ${heading}\n\n- Add an alert on queue depth above 500 (Dana)\n\n### Still to do\n\n- Cap the retry budget at 3 attempts (Nadia)`;
  return readItems(actionSection(body))
    .map((read) => read.item.status.state)
    .join(" ");
}

describe("done and dropped sub-headings", () => {
  for (const heading of DONE) {
    it(`"${heading}" marks its items done`, () => assert.equal(stateUnder(heading), "done open"));
  }
  for (const heading of DROPPED) {
    it(`"${heading}" marks its items deprioritized`, () =>
      assert.equal(stateUnder(heading), "deprioritized open"));
  }
  for (const heading of OPEN) {
    it(`"${heading}" leaves its items open`, () => assert.equal(stateUnder(heading), "open open"));
  }
});
