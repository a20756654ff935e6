import type { FieldRow } from "../fieldRow";

// A clause of condition or time before the comma ("If the probe was removed, …") sets the scene; the clause
// after it says whether the work is done (parse/status/grammar.ts withoutLeadingCondition).
export const rows: FieldRow[] = [
  {
    branch: "status: a past passive inside a leading 'if' clause reports nothing done",
    markdown: "- If the disk probe was removed during the cleanup, put it back on every replica.",
    expect: { status: "open" },
  },
  {
    branch: "status: a perfect inside a leading 'once' clause reports nothing done",
    markdown: "- Once the new exporter has been rolled out, add the queue depth panel.",
    expect: { status: "open" },
  },
  {
    branch: "status: a leading 'after' clause, then a report in the main clause, is done",
    markdown: "- After the second page, we raised the pool limit to 300.",
    expect: { status: "done" },
  },
  // "Raised a ticket" sets work up; "raised the pool limit to 300" reports the change made (TO_A_VALUE).
  {
    branch: "status: 'raised' a setting to a value reports the change done",
    markdown: "- Raised the worker pool limit to 300 on every replica.",
    expect: { status: "done" },
  },
  {
    branch: "status: 'raised' a ticket only sets the work up",
    markdown: "- Raised a ticket with the vendor about the pool limit.",
    expect: { status: "open" },
  },
];
