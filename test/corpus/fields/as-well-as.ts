import type { FieldRow } from "../fieldRow";

// "as well as" joins two things the item names; it is no reference to measure against as "as strict as the
// primary's" is (lexicon/specific.ts REFERENCE_STANDARD).
export const rows: FieldRow[] = [
  {
    branch: "vague: 'as well as' adds a second area to improve, no standard to meet",
    markdown: "- Improve the paging of the relay team as well as the storage team.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'as strict as' names the standard the change must meet",
    markdown: "- Make the replica lag alarm as strict as the primary's alarm.",
    expect: { verb: "outcome" },
  },
];
