import type { FieldRow } from "../fieldRow";

// "from … to …" marks a change between two checkable states only inside one sentence: a "from" in a bold title
// and a "to" in the explanation after it are no range.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'from' in the title and 'to' in the next sentence are no range",
    markdown:
      "## Action items\n\n- **Improve alerting from outside the cluster.** We want to hear about it before users do.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: 'from … to …' in one sentence names both states",
    markdown: "## Action items\n\n- Move the nightly backups from the primary to a replica\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: a dot inside a word ('v2.3') ends no sentence between 'from' and 'to'",
    markdown:
      "## Action items\n\n- Upgrade the ingress from the v2.x line to the current release\n",
    expect: { verb: "outcome" },
  },
];
