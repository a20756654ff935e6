import type { FieldRow } from "../fieldRow";

// The date on a finished item is when it was finished, so a date without a year is the occurrence before
// the write-up, not the next one; a near future date on a finished item (finished early) stays.
const DATED = "---\ndate: 2026-12-03\n---\n\n# Key rotation review\n\n## Action items\n\n";

export const rows: FieldRow[] = [
  {
    branch:
      "completion date: 'done Dec 2' in a write-up of 3 December is the day before, not next year",
    markdown: `${DATED}- Rotate the signing keys (Ana Ruiz) — done Dec 2`,
    expect: { status: "done", deadlineDate: "2026-12-02" },
  },
  {
    branch: "completion date: 'Done 11/30.' after the action is last week, not next November",
    markdown: `${DATED}- Page the on-call on queue age (Ana Ruiz). Done 11/30.`,
    expect: { status: "done", deadlineDate: "2026-11-30" },
  },
  {
    branch: "completion date: a due date weeks ahead on a finished item stays in the future",
    markdown: `${DATED}- [x] Rotate the signing keys (Ana Ruiz, due Dec 20)`,
    expect: { status: "done", deadlineDate: "2026-12-20" },
  },
];
