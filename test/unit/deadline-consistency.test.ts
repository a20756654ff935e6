import { strict as assert } from "node:assert";
import { onlyItem } from "../support/actionSection";

// A deadline resolves to the same day wherever an item writes it: after "by" or "due", in brackets, after a
// dash, in a Due field or line, an ETA or target field, a Due or Target cell, behind the calendar mark, or as
// a "By …:" label in front. The post-mortem is dated Friday 2026-11-20; relative forms count from it.
const DEADLINES: [string, string][] = [
  ["2027-01-15", "2027-01-15"],
  ["2027-01-15T00:00:00Z", "2027-01-15"],
  ["15 Jan 2027", "2027-01-15"],
  ["Jan 15, 2027", "2027-01-15"],
  ["January 15", "2027-01-15"],
  ["1/15/2027", "2027-01-15"],
  ["mid-January", "2027-01-15"],
  ["end of January", "2027-01-31"],
  ["1st week of January", "2027-01-07"],
  ["Q1 2027", "2027-03-31"],
  ["end of Q1", "2027-03-31"],
  ["H1 2027", "2027-06-30"],
  ["2027-W03", "2027-01-24"],
  ["EOQ", "2026-12-31"],
  ["next Friday", "2026-11-27"],
  ["end of next week", "2026-11-27"],
  ["next sprint", "undated"],
  ["Sprint 42", "undated"],
  ["before the next release", "undated"],
];

const PLACES: Record<string, (due: string) => string> = {
  "after 'by'": (d) => `- Dana: add an alert on queue depth above 500 by ${d}`,
  "after ', due'": (d) => `- Dana: add an alert on queue depth above 500, due ${d}`,
  "in brackets with the owner": (d) => `- Add an alert on queue depth above 500 (Dana, ${d})`,
  "after a dash, after the owner": (d) => `- Add an alert on queue depth above 500 — Dana — ${d}`,
  "in an inline Due field": (d) =>
    `- Add an alert on queue depth above 500. Owner: Dana. Due: ${d}`,
  "in a Due line under the item": (d) =>
    `- Add an alert on queue depth above 500\n  - Owner: Dana\n  - Due: ${d}`,
  "in an ETA field in brackets": (d) => `- Dana: add an alert on queue depth above 500 (ETA: ${d})`,
  "in a target field in square brackets": (d) =>
    `- Dana: add an alert on queue depth above 500 [target: ${d}]`,
  "in a Due cell": (d) =>
    `| Action | Owner | Due |\n|---|---|---|\n| Add an alert on queue depth above 500 | Dana | ${d} |`,
  "in a Target date cell": (d) =>
    `| Action | Owner | Target date |\n|---|---|---|\n| Add an alert on queue depth above 500 | Dana | ${d} |`,
  "behind the calendar mark": (d) => `- Dana: add an alert on queue depth above 500 📅 ${d}`,
  "as a 'By …:' label in front": (d) => `- By ${d}: Dana to add an alert on queue depth above 500`,
};

function reading(body: string): string {
  const read = onlyItem(body);
  if (typeof read === "string") {
    return read;
  }
  const { item } = read;
  const due =
    item.deadline === undefined
      ? "none"
      : (item.deadline.date?.toISOString().slice(0, 10) ?? "undated");
  return `${due} | ${item.owners.map((owner) => owner.name).join(", ")} | ${item.text.replace(/\.$/, "")}`;
}

describe("a deadline resolves alike wherever the item writes it", () => {
  for (const [place, write] of Object.entries(PLACES)) {
    it(place, () => {
      const wrong: string[] = [];
      for (const [written, day] of DEADLINES) {
        // "By 2027-01-15T00:00:00Z: …": the colons of a time end the label too soon.
        if (place.includes("label") && written.includes("T00")) {
          continue;
        }
        const read = reading(write(written));
        if (
          !/^\S+ \| Dana \| (?:Add|add) an alert on queue depth above 500$/.test(read) ||
          !read.startsWith(`${day} `)
        ) {
          wrong.push(`${JSON.stringify(write(written))}: ${read}, not ${day}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});
