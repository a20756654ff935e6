import type { FieldRow } from "../fieldRow";

// A perfect inside "what we have …" belongs to a relative clause; the main clause says whether work was done.
export const rows: FieldRow[] = [
  {
    branch: "status: 'Based on what we have seen, we are building …' is under way, so open",
    markdown:
      "- Based on what we have seen of the failover, we are building tests that replay it nightly.",
    expect: { status: "open" },
  },
  {
    branch: "status: a perfect in the main clause still reports the work done",
    markdown: "- We have added a replay test that has already caught one regression.",
    expect: { status: "done" },
  },
];
