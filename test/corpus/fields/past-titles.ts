import type { FieldRow } from "../fieldRow";

// A bold title that reports the work in the past carries the verb, so the item reads done; a title-case name led
// by a participle ("Enhanced Queue Monitoring") is a name, and the sentence after it says what is asked.
export const rows: FieldRow[] = [
  {
    branch: "done: '**Rebuilt the index.** It took an hour.' reads the title's past tense",
    markdown: "- **Rebuilt the search index from the snapshot.** It took about an hour.",
    expect: { status: "done" },
  },
  {
    branch: "done: a regular past in the title, a description after it",
    markdown: "- **Evaluated which tenants were affected.** Two percent of them were.",
    expect: { status: "done" },
  },
  {
    branch: "open: a title-case name led by a participle is a name, the sentence after it the ask",
    markdown: "- **Enhanced Queue Monitoring**: we should add a depth alert on the ingest queue.",
    expect: { status: "open" },
  },
];
