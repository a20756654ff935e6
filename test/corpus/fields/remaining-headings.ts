import type { FieldRow } from "../fieldRow";

// "Remaining work", "Remaining steps" and a bare "Backlog" head the work still to do (lexicon/headings.ts), as
// "Open items" and "Outstanding actions" do; "Remaining issues" names problems, and heads no work.
export const rows: FieldRow[] = [
  {
    branch: "items: 'Remaining work' heads work to do",
    markdown:
      "# Post-mortem: x\n\n## Summary\n\nThe cache fell over.\n\n## Remaining work\n\n- Cap the eviction batch at 500 keys\n",
    items: ["Cap the eviction batch"],
  },
  {
    branch: "items: a bare 'Backlog' heads work to do",
    markdown:
      "# Post-mortem: x\n\n## Summary\n\nThe cache fell over.\n\n## Backlog\n\n- Cap the eviction batch at 500 keys\n",
    items: ["Cap the eviction batch"],
  },
  {
    branch: "items: 'Remaining issues' names problems, no work",
    markdown:
      "# Post-mortem: x\n\n## Summary\n\nThe cache fell over.\n\n## Remaining issues\n\n- The eviction batch is unbounded\n",
    items: [],
  },
];
