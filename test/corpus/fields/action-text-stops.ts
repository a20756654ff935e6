import type { FieldRow } from "../fieldRow";

// Cutting an owner or a date out right before a full stop inside the text leaves no " . " behind
// (parse/readers/actionText.ts SPACED_MID_STOP); a stop at the end was already closed up.
export const rows: FieldRow[] = [
  {
    branch: "text: a field cut out before a full stop inside the text closes the gap",
    markdown:
      "- We are adding a second replica in another zone (Alex, by 2027-01-10). The old replica stays until then.",
    expect: {
      text: "We are adding a second replica in another zone. The old replica stays until then.",
      owners: ["Alex"],
    },
  },
  {
    branch: "text: a spaced dot inside a path or a command is left alone",
    markdown: "- Run `rsync -a . /backup` from the repo root before the cutover (Alex)",
    expect: { text: "Run rsync -a . /backup from the repo root" },
  },
];
