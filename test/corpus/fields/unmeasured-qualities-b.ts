import type { FieldRow } from "../fieldRow";

// "more sophisticated", "more graceful": a quality raised by no measure, as "more robust" is.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'more sophisticated …' has no measure",
    markdown: "- Add more sophisticated bad-record detection to the importer",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: 'more graceful' has no measure",
    markdown: "- Make the worker shutdown more graceful",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: a measured shutdown stays an outcome",
    markdown: "- Make the worker finish in-flight jobs within 30 s of SIGTERM",
    expect: { verb: "outcome" },
  },
];
