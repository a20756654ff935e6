import type { FieldRow } from "../fieldRow";

// A later sentence that only says where to look ("… can be found at …", parse/lexicon/tense.ts MODAL_POINTER)
// asks for no more work, so a report of the work done before it stays done.
export const rows: FieldRow[] = [
  {
    branch: "status: a report followed by where to find the result stays done",
    markdown:
      "- We have moved the status page off site and wired it to the probes. The page can be found at https://status.example.org.",
    expect: { status: "done" },
  },
  {
    branch: "status: a report followed by a request with 'can' asks for more",
    markdown:
      "- We have moved the status page off site. Someone can add the probe for the mail relay next.",
    expect: { status: "open" },
  },
];
