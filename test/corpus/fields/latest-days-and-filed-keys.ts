import type { FieldRow } from "../fieldRow";

// "… no later than Friday" sets the day as "by Friday" does (dates/written.ts WEEKDAY, dates/patterns.ts).
// "Created PAY-14 to add …" reports the ticket filed, not the work done, as "created a ticket to …" does,
// once the key is read out of the text (status/grammar.ts FILED_REFERENCE_TO).
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'no later than Friday' is a day",
    markdown: "- Ana: move the export job to the scheduler, no later than Friday\n",
    expect: { deadline: "later than Friday" },
  },
  {
    branch: "deadline: 'other than Friday' sets none",
    markdown: "- Ana: run the export job on any day other than Friday\n",
    expect: { deadline: null },
  },
  {
    branch: "status: 'created <key> to …' is a ticket filed, still open",
    markdown: "- Ana: created PAY-14 to add a lag alert on the replicas\n",
    expect: { status: "open", trackers: ["PAY-14"] },
  },
  {
    branch: "status: 'opened <key> to …' is a ticket filed, still open",
    markdown: "- Ana: opened OPS-9 to rotate the signing key\n",
    expect: { status: "open", trackers: ["OPS-9"] },
  },
];
