import type { FieldRow } from "../fieldRow";

// Under a label that announces a key ("Types:", "Each item gets a priority:"), a list of "Term - meaning"
// lines explains the table's columns, even when the meanings are worded as orders (listNonItems.ts
// isLegend). Without such a label, plain "Prevent - …" lines stay items.
const table =
  "| Action | Type | Priority |\n|---|---|---|\n| Add a checksum test | Prevent | P0 |\n";

export const rows: FieldRow[] = [
  {
    branch: "items: a labelled key of action types is no item",
    markdown: `Each action has a type. Types:\n\n- Prevent - Stop the same fault from reaching users again.\n- Detect - Notice it sooner when it happens.\n- Mitigate - Shorten the time to recover.\n\n${table}`,
    items: ["Add a checksum test"],
  },
  {
    branch: "items: a labelled key of priorities is no item",
    markdown: `Each action gets a priority:\n\n- P0 - Needed before the next release.\n- P1 - Needed this quarter.\n- P2 - Nice to have.\n\n${table}`,
    items: ["Add a checksum test"],
  },
  {
    branch: "items: without the label, plain type-led orders stay items",
    markdown:
      "We agreed on these:\n\n- Prevent - add a checksum test to the release job.\n- Detect - alert when replicas disagree for 5 minutes.\n",
    items: [
      "Prevent - add a checksum test to the release job.",
      "Detect - alert when replicas disagree for 5 minutes.",
    ],
  },
  {
    branch: "items: under the label, a line with an owner and a ticket is an action",
    markdown:
      "Types:\n\n- Prevent - Dana adds a checksum test (LED-12)\n- Detect - alert when replicas disagree\n",
    items: ["Prevent - Dana adds a checksum test", "Detect - alert when replicas disagree"],
  },
  {
    branch: "owner: 'Nice to have' is a priority, not a person called Nice",
    markdown: "- Nice to have a dry-run flag on the export job\n",
    expect: { owners: [] },
  },
];
