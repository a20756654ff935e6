import type { FieldRow } from "../fieldRow";

// The state of the change that does the work, in a closing parenthetical ("(PR #12 merged)", "(MR open)"), and
// "— fixed upstream" after a dash.
export const rows: FieldRow[] = [
  {
    branch: "status: '(PR merged)' reports the work done",
    markdown: "- Cap the retry budget at three attempts (PR merged)",
    expect: { status: "done" },
  },
  {
    branch: "status: '(PR #88 merged)' reports the work done and keeps the PR as its tracker",
    markdown: "- Cap the retry budget at three attempts (PR #88 merged)",
    expect: { status: "done", trackers: ["#88"] },
  },
  {
    branch: "status: '(MR in review)' is still open",
    markdown: "- Cap the retry budget at three attempts (MR in review)",
    expect: { status: "open" },
  },
  {
    branch: "status: '— fixed upstream' reports the work done",
    markdown: "- Stop the client from retrying on 4xx — fixed upstream",
    expect: { status: "done" },
  },
  {
    branch: "status: 'upstream' as the object of the action reports nothing",
    markdown: "- Report the retry bug upstream",
    expect: { status: "open" },
  },
];
