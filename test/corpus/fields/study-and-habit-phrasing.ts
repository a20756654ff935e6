import type { FieldRow } from "../fieldRow";

// Studies and habits in the phrasings notes use: the study asked for by its amount, kept up, or done by talking;
// a thing kept in mind; and a label ending in "to have:" that names no one.
export const rows: FieldRow[] = [
  {
    branch: "process: 'Further investigation is needed into …' asks for the study",
    markdown: "- Further investigation is needed into the cache misses after the deploy",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'More analysis is required …' asks for the study",
    markdown: "- More analysis is required on the failover timings",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'Keep investigating …' goes on studying with no end",
    markdown: "- Keep investigating the slow queries on the reporting replica",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'Reach out to X about Y' talks",
    markdown: "- Reach out to the storage vendor about the firmware bug",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'Reach out to X with …' hands them something",
    markdown: "- Reach out to every affected customer with a credit note",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'keep <thing> in mind' is a habit",
    markdown: "- Keep the replica lag in mind during failovers",
    expect: { verb: "vague" },
  },
  {
    branch:
      "process: 'A <compound> analysis is needed.' asks for the study, however its noun is built",
    markdown: "- A config drift analysis is needed for the two ledger clusters.",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'There may be some follow-up needed with …' asks for a talk",
    markdown: "- There may be some follow-up needed with the registrar to remove the old records.",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'Code review is needed for every deploy' is a rule, not a study asked for",
    markdown: "- Code review is needed for every deploy of the ledger service",
    expect: { verb: "outcome" },
  },
  {
    branch: "owner: 'Nice to have:' is a label, not a person called Nice",
    markdown: "- Nice to have: a dry-run flag for the migration tool",
    expect: { owners: [], text: "Nice to have: a dry-run flag for the migration tool" },
  },
];
