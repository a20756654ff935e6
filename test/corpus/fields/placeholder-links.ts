import type { FieldRow } from "../fieldRow";

// A tracker cell that links a placeholder ("[bug none](https://bugzil.la/none)") names no ticket, as a bare
// "none" does (trackerRefs.ts isPlaceholder); "[bug 1445666](…)" is one.
export const rows: FieldRow[] = [
  {
    branch: "tracker: a linked 'bug none' cell is no ticket",
    markdown:
      "## Action items\n\n| Bug | Issue | Owner |\n| --- | --- | --- |\n| [bug none](https://bugzil.la/none) | repackage tasks need reruns | asasaki |\n",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a linked 'bug 1445666' cell is a ticket",
    markdown:
      "## Action items\n\n| Bug | Issue | Owner |\n| --- | --- | --- |\n| [bug 1445666](https://bugzil.la/1445666) | only the old aliases moved | asasaki |\n",
    expect: { trackers: ["bug 1445666"] },
  },
  {
    branch: "tracker: 'issue TBD' in the cell is no ticket",
    markdown:
      "## Action items\n\n| Action | Ticket |\n| --- | --- |\n| Add a retry to the snap upload | issue TBD |\n",
    expect: { trackers: [] },
  },
];
