import { strict as assert } from "node:assert";
import { onlyItem } from "../support/actionSection";

// Under an action heading the grammar of an item says whether it reports work done; it says so alike in a
// bullet, a numbered item, a bare line, a table cell, beside an owner and a ticket, and under a group label.
const DONE = [
  "Added the lag alert for the ledger queue",
  "We added the lag alert for the ledger queue",
  "Dana added the lag alert for the ledger queue",
  "The lag alert for the ledger queue was added",
  "The lag alert for the ledger queue has been added",
  "Lag alert for the ledger queue added in v2.3",
  "The lag alert for the ledger queue is now live",
  "Add the lag alert for the ledger queue (added in v2.3)",
  "Add the lag alert for the ledger queue. This has been done.",
  "Add the lag alert for the ledger queue — shipped in v2.3",
  "Add the lag alert for the ledger queue → deployed to production on Nov 15",
  "Add the lag alert for the ledger queue. Update: done on 12 Nov.",
];
const OPEN = [
  "Add the lag alert for the ledger queue",
  "We will add the lag alert for the ledger queue",
  "Dana will add the lag alert for the ledger queue",
  "We need to add the lag alert for the ledger queue",
  "The lag alert for the ledger queue should be added",
  "Created a ticket to add the lag alert for the ledger queue",
  "Check whether the lag alert for the ledger queue was added",
  "Add the lag alert that was removed from the ledger queue",
];

const CONTAINERS: Record<string, (text: string) => string> = {
  "a bullet": (t) => `- ${t}`,
  "a numbered item": (t) => `1. ${t}`,
  "a bare line": (t) => t,
  "a table cell": (t) => `| Action | Owner |\n|---|---|\n| ${t} | Dana |`,
  "a bullet with an owner and a ticket": (t) => `- ${t} (Kim Lee, OPS-4)`,
  "a bullet under a group label": (t) => `- Monitoring:\n  - ${t}`,
};

function statusOf(body: string): string {
  const read = onlyItem(body);
  return typeof read === "string" ? read : read.item.status.state;
}

describe("done by grammar reads alike in every container", () => {
  for (const [container, write] of Object.entries(CONTAINERS)) {
    it(`in ${container}`, () => {
      const wrong = [
        ...DONE.filter((text) => statusOf(write(text)) !== "done").map((t) => `done: ${t}`),
        ...OPEN.filter((text) => statusOf(write(text)) !== "open").map((t) => `open: ${t}`),
      ];
      assert.deepEqual(wrong, []);
    });
  }
});
