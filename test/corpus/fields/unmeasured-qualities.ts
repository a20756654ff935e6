import type { FieldRow } from "../fieldRow";

// "more specific", "more granular", "make the retry logic smarter": a quality raised by no measure
// (parse/lexicon/vagueWords.ts QUALITY_ADJECTIVES, UNMEASURED_COMPARATIVES); a number still measures it.
export const rows: FieldRow[] = [
  {
    branch: "vague: 'more specific' with nothing to check it by",
    markdown: "- Make the fallback errors more specific.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'make … smarter' closes the request with a comparative",
    markdown: "- Make the retry scheduler smarter.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a named change to the messages stays specific",
    markdown: "- Add the failing host name and the exit code to the fallback error message.",
    expect: { verb: "outcome" },
  },
];
