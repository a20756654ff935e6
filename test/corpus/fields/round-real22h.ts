import type { FieldRow } from "../fieldRow";

// Shapes met in distribution, operating-system and community-infrastructure write-ups (real22h), in our own words.
export const rows: FieldRow[] = [
  {
    branch: "section: 'Preventing the outage from happening again' opens the follow-up work",
    markdown:
      "# Post-mortem: cache hosts full\n\n## Preventing the outage from happening again\n\n1. Add a disk-usage alert on the cache hosts.\n\n2. Move the nightly export off the primary.\n",
    items: [
      "Add a disk-usage alert on the cache hosts.",
      "Move the nightly export off the primary.",
    ],
  },
  {
    branch:
      "section: a prevention heading joined to a lessons heading by a slash still opens the work",
    markdown:
      "# Post-mortem: cache hosts full\n\n# Preventing the problem from happening again / What we have learnt\n\n1. Rotate the export logs daily.\n",
    items: ["Rotate the export logs daily."],
  },
  {
    branch: "section: a heading about what did prevent the outage in the past opens nothing",
    markdown:
      "# Post-mortem: cache hosts full\n\n## The checks that prevented the outage from happening elsewhere\n\n1. The mirror hosts had quotas.\n\n2. The replicas were on larger disks.\n",
    items: [],
  },
];
