import { strict as assert } from "node:assert";
import { onlyItem } from "../support/actionSection";

// A status word means the same wherever an item writes it: in front ("Done: …", "[WIP] …", "**Resolved**
// …"), in brackets or after a dash at the end, in a Status field line, an inline Status field, a Status
// cell, or a closing sentence. One vocabulary (parse/lexicon/status.ts) serves every place; this holds it to
// that.
const WORDS: Record<"done" | "open" | "deprioritized", string[]> = {
  done: [
    "done",
    "DONE",
    "completed",
    "complete",
    "fixed",
    "resolved",
    "closed",
    "shipped",
    "merged",
    "finished",
    "deployed",
    "released",
    "landed",
    "delivered",
    "implemented",
  ],
  open: [
    "open",
    "todo",
    "to do",
    "in progress",
    "WIP",
    "not started",
    "pending",
    "planned",
    "ongoing",
    "blocked",
    "backlog",
    "in review",
    "scheduled",
    "doing",
  ],
  deprioritized: [
    "won't do",
    "Won't fix",
    "wontfix",
    "cancelled",
    "dropped",
    "descoped",
    "out of scope",
    "not planned",
    "deprioritized",
    "abandoned",
    "obsolete",
    "rejected",
    "declined",
    "parked",
    "on hold",
    "superseded",
    "no longer needed",
  ],
};

const ITEMS = [
  "Add an alert on queue depth above 500 (Dana Okafor)",
  "Nadia: cap the retry budget at 3 attempts",
  "Move the ledger cron to the new scheduler — Kim Lee",
];

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

const PLACES: Record<string, (item: string, word: string) => string> = {
  "in brackets at the end": (item, word) => `- ${item} (${word})`,
  "in square brackets at the end": (item, word) => `- ${item} [${word}]`,
  "after a dash at the end": (item, word) => `- ${item} — ${word}`,
  "in square brackets in front": (item, word) => `- [${word}] ${item}`,
  "in bold in front": (item, word) => `- **${word}** ${item}`,
  "with a colon in front": (item, word) => `- ${capitalised(word)}: ${item}`,
  "in a Status line under the item": (item, word) => `- ${item}\n  - Status: ${word}`,
  "in an inline Status field": (item, word) => `- ${item}. Status: ${word}`,
  "in a Status cell": (item, word) => `| Action | Status |\n|---|---|\n| ${item} | ${word} |`,
};
/** A closing sentence reports work done ("… Released."); one that drops the item says why, elsewhere. */
const CLOSING_SENTENCE = (item: string, word: string): string => `- ${item}. ${capitalised(word)}.`;

function statusOf(body: string): string {
  const read = onlyItem(body);
  return typeof read === "string" ? read : read.item.status.state;
}

describe("a status word means the same wherever it is written", () => {
  for (const [place, write] of Object.entries(PLACES)) {
    it(place, () => {
      const wrong: string[] = [];
      for (const [state, words] of Object.entries(WORDS)) {
        for (const word of words) {
          for (const item of ITEMS) {
            const read = statusOf(write(item, word));
            if (read !== state) {
              wrong.push(`${JSON.stringify(write(item, word))}: ${read}, not ${state}`);
            }
          }
        }
      }
      assert.deepEqual(wrong, []);
    });
  }

  it("in a closing sentence, for the words that report work done", () => {
    const wrong = WORDS.done.flatMap((word) =>
      ITEMS.filter((item) => statusOf(CLOSING_SENTENCE(item, word)) !== "done").map((item) =>
        CLOSING_SENTENCE(item, word),
      ),
    );
    assert.deepEqual(wrong, []);
  });
});
