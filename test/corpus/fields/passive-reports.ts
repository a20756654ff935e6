import type { FieldRow } from "../fieldRow";

// Completed work reported in the passive (parse/status/grammar.ts): a manner adverb after "was"/"were",
// participles joined in a series, a phrasal participle, and "now" with the verb of a new dependency.
export const rows: FieldRow[] = [
  {
    branch: "grammar: a manner adverb between 'were' and the participle",
    markdown: "- The leaked deploy keys were promptly revoked across every runner.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: an adverb of doubt leaves the passive report unconfirmed",
    markdown: "- The stale cache entries were likely purged by the nightly job.",
    expect: { status: "open" },
  },
  {
    branch: "grammar: a change among participles in a series after 'were'",
    markdown:
      "- The affected build agents were identified, isolated from the pool, and reinstalled from a clean image.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: a series of participles that report no change stays open",
    markdown: "- The faulty hosts were traced and counted by the on-call engineer.",
    expect: { status: "open" },
  },
  {
    branch: "grammar: a passive with a phrasal participle ('was carried out')",
    markdown: "- A full audit of the deploy permissions was carried out across all repositories.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: the imperative of the same phrasal verb asks for the work",
    markdown: "- Carry out a full audit of the deploy permissions across all repositories.",
    expect: { status: "open" },
  },
  {
    branch: "grammar: 'now relies on' reports the new dependency in place",
    markdown: "- The release gate now relies on signed tags instead of branch names.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: asking for the same dependency stays open",
    markdown: "- Make the release gate rely on signed tags instead of branch names.",
    expect: { status: "open" },
  },
  {
    branch:
      "grammar: a present passive of a change with what the thing does now ('is updated to …')",
    markdown: "- The ingest worker is updated to drop events with an empty payload.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: a present passive of a change with the value it has now ('are changed to …')",
    markdown: "- The connection pool limits are changed to 40 per replica.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: the same passive inside a condition stays open",
    markdown: "- If the pool limit is changed to 40, page the database on-call first.",
    expect: { status: "open" },
  },
  {
    branch: "grammar: 'is set to' states a value, not a change reported done",
    markdown: "- The retry ceiling is set to five attempts per job.",
    expect: { status: "open" },
  },
];
