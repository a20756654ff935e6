import type { FieldRow } from "../fieldRow";

// Shapes from status-page, blog and incident-tool write-ups: prose commitments, sentence adverbs,
// labels and status words those exports use.
export const rows: FieldRow[] = [
  {
    branch: "wording: a sentence adverb before the commitment is read past",
    markdown: "- Finally, we will improve how we tell customers about delays.",
    expect: { verb: "vague", status: "open" },
  },
  {
    branch: "wording: a sentence adverb before a specific change leaves it specific",
    markdown: "- Additionally, we will add an alert when the oldest webhook is over 5 minutes old.",
    expect: { verb: "outcome" },
  },
];
