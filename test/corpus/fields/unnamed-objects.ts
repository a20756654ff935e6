import type { FieldRow } from "../fieldRow";

// "Implement the necessary changes", "add the relevant alerts", "resolve the underlying problem", "deploy a fix":
// the object is an area, and a word that leaves the thing to be found ("necessary", "relevant", "underlying")
// keeps "the" from pointing at a known one (lexicon/vagueWords.ts UNNAMED_WORDS; wording/leadAndObject.ts).
const item = (text: string): string => `- Dana: ${text} by 2027-01-10 (OPS-1)\n`;

export const rows: FieldRow[] = [
  {
    branch: "vague: 'implement the necessary changes' names no change",
    markdown: item("implement the necessary changes"),
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'add the relevant alerts' names no alert",
    markdown: item("add the relevant alerts"),
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'resolve the underlying problem' names no change",
    markdown: item("resolve the underlying problem"),
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'deploy a fix' names no fix",
    markdown: item("deploy a fix"),
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'fix the remaining crash in the importer' names the thing",
    markdown: item("fix the remaining crash in the importer"),
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'add the alert' points at a known one",
    markdown: item("add the alert"),
    expect: { verb: "outcome" },
  },
];
