import type { FieldRow } from "../fieldRow";

// "Next step: …" and "Future goal: …" opening a line label it as work, like "Action item: …", wherever the
// line sits (parse/lineShapes.ts, ACTION_LABEL); the plural heading-like "Next steps:" over a list is not one.
export const rows: FieldRow[] = [
  {
    branch:
      "item: a 'Future goal:' line under a heading that states what is in place is an open item",
    markdown:
      "## Current protection measures\n\nProduction data is now replicated nightly to the vault.\n\nFuture goal: full ZFS storage on all production servers for native snapshots.\n",
    items: ["Future goal: full ZFS storage"],
    expect: { owners: [], status: "open", deadline: null, trackers: [] },
  },
  {
    branch: "item: a 'Next step:' line in the story is an item with its owner, deadline and ticket",
    markdown:
      "## What happened\n\nThe disk filled up overnight.\n\nNext step: move the backups off the host by June 30 (Ana, OPS-12).\n",
    items: ["move the backups off the host"],
    expect: { owners: ["Ana"], trackers: ["OPS-12"] },
  },
  {
    branch: "item: 'next step' inside a sentence labels nothing",
    markdown:
      "## What happened\n\nThe disk filled up overnight. The next step: we restarted the database and the errors stopped.\n",
    items: [],
  },
];
