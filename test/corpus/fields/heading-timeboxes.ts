import type { FieldRow } from "../fieldRow";

// A sub-heading's timebox over its items ("### Immediate (this week)") is their deadline, counted from the
// post-mortem's own day; only a calendar date on that day or before it dates the list instead.
export const rows: FieldRow[] = [
  {
    branch: "deadline: a sub-heading's 'this week' under a dated post-mortem is the items' timebox",
    markdown:
      '---\ntitle: "2026-06-12"\n---\n\n# Database deleted\n\n## Actions\n\n### Immediate (this week)\n\n- Block replacement of the database resource in the deploy plan\n',
    expect: { deadline: "this week" },
  },
  {
    branch: "deadline: a sub-heading dated the post-mortem's own day still gives no deadline",
    markdown:
      '---\ntitle: "2026-06-12"\n---\n\n# Database deleted\n\n## Actions\n\n### Agreed on 2026-06-12\n\n- Block replacement of the database resource in the deploy plan\n',
    expect: { deadline: null },
  },
];
