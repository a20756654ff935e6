import type { FieldRow } from "../fieldRow";

// "Things being considered", "Under consideration", "Ideas we are considering": candidate work, still to be
// agreed; their items are actions, and so need an owner and a date like the rest (lexicon/headings.ts).
export const rows: FieldRow[] = [
  {
    branch: "items: a list under 'Things being considered' is candidate work, read as items",
    markdown:
      "# Storage outage\n\n## What happened\n\nThe array lost a disk.\n\n## Things being considered\n\n- Require SNMP on every new host\n- Open a ticket for each hardware fault automatically\n",
    items: ["Require SNMP on every new host", "Open a ticket for each hardware fault"],
  },
  {
    branch: "items: 'Ideas under consideration' is an action heading",
    markdown:
      "# Storage outage\n\n## What happened\n\nThe array lost a disk.\n\n### Ideas under consideration\n\n- Require SNMP on every new host\n",
    items: ["Require SNMP on every new host"],
  },
  {
    branch: "items: 'Alternatives considered' tells the story of a decision, no items",
    markdown:
      "# Storage outage\n\n## What happened\n\nThe array lost a disk.\n\n## Alternatives considered\n\n- A second array in the same rack\n",
    items: [],
  },
];
