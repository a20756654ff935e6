import type { FieldRow } from "../fieldRow";

// Verbs of change that were read as the noun in front of an activity ("Retain … sessions" is no meeting).
export const rows: FieldRow[] = [
  {
    branch: "wording: 'Retain … sessions' is a change, not a meeting",
    markdown: "- Retain login sessions across a gateway restart",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'Cordon … nodes' stays a change",
    markdown: "- Cordon nodes with a full scratch disk before draining them",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'Paginate …' stays a change",
    markdown: "- Paginate the audit export at 500 rows per page",
    expect: { verb: "outcome" },
  },
];
