import type { FieldRow } from "../fieldRow";

// Under an action heading a request made to others, told in the passive, is work done, as "were told to" and
// "were notified" already are (parse/status/grammar.ts, lexicon REQUEST_PARTICIPLES).
export const rows: FieldRow[] = [
  {
    branch: "done: 'were asked to' reports the request made",
    markdown: "- Node operators were asked to restart on the patched release.",
    expect: { status: "done" },
  },
  {
    branch: "done: 'were reminded to' reports the request made",
    markdown: "- Support staff were reminded to link the status page in every reply.",
    expect: { status: "done" },
  },
  {
    branch: "open: the same request still to be made",
    markdown: "- Node operators will be asked to restart on the patched release.",
    expect: { status: "open" },
  },
  {
    branch: "open: work that others asked for is not the request made",
    markdown: "- A second review of the deploy gate was requested by the auditors.",
    expect: { status: "open" },
  },
];
