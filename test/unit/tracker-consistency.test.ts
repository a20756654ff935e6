import { strict as assert } from "node:assert";
import { onlyItem } from "../support/actionSection";

// A tracker reference reads the same wherever an item writes it, and leaves the action's text clean: in
// brackets, after a dash, in a Ticket field or line, in front, in a Ticket cell, after "tracked in", bare at
// the end, alone on a line under the item, or closing a comma list.
const REFERENCES = [
  "OPS-41",
  "#123",
  "acme/app#12",
  "!58",
  "AB#4521",
  "sc-4521",
  "gh-812",
  "PRB0041234",
  "https://github.com/acme/app/issues/88",
  "https://github.com/acme/app/pull/90",
  "https://gitlab.com/acme/app/-/merge_requests/58",
  "https://linear.app/acme/issue/ENG-12",
  "https://acme.atlassian.net/browse/OPS-41",
];

const PLACES: Record<string, (ref: string) => string> = {
  "in brackets": (t) => `- Dana: add an alert on queue depth above 500 (${t})`,
  "after a dash": (t) => `- Add an alert on queue depth above 500 — Dana — ${t}`,
  "in an inline Ticket field": (t) => `- Dana: add an alert on queue depth above 500. Ticket: ${t}`,
  "in a Ticket line under the item": (t) =>
    `- Dana: add an alert on queue depth above 500\n  - Ticket: ${t}`,
  "in square brackets in front": (t) => `- [${t}] Dana: add an alert on queue depth above 500`,
  "with a colon in front": (t) => `- ${t}: Dana: add an alert on queue depth above 500`,
  "in a Ticket cell": (t) =>
    `| Action | Owner | Ticket |\n|---|---|---|\n| Add an alert on queue depth above 500 | Dana | ${t} |`,
  "after 'tracked in'": (t) => `- Dana: add an alert on queue depth above 500, tracked in ${t}`,
  "bare at the end": (t) => `- Dana: add an alert on queue depth above 500 ${t}`,
  "alone on a line under the item": (t) =>
    `- Dana: add an alert on queue depth above 500\n  - ${t}`,
  "closing a comma list": (t) => `- Add an alert on queue depth above 500, Dana, ${t}`,
};

function reading(body: string): string {
  const read = onlyItem(body);
  if (typeof read === "string") {
    return read;
  }
  const { item } = read;
  const refs = item.trackerRefs.map((ref) => ref.text).join(", ");
  return `${refs} | ${item.owners.map((owner) => owner.name).join(", ")} | ${item.text.replace(/\.$/, "")}`;
}

describe("a tracker reference reads alike wherever the item writes it", () => {
  for (const [place, write] of Object.entries(PLACES)) {
    it(place, () => {
      const wrong = REFERENCES.map((ref) => [ref, reading(write(ref))])
        .filter(
          ([ref, read]) =>
            read !== `${ref} | Dana | Add an alert on queue depth above 500` &&
            read !== `${ref} | Dana | add an alert on queue depth above 500`,
        )
        .map(([ref, read]) => `${JSON.stringify(write(ref))}: ${read}`);
      assert.deepEqual(wrong, []);
    });
  }
});
