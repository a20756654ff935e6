import type { FieldRow } from "../fieldRow";

// "today" after "only" says what something does for now ("(warn only today)"), not the day the work is due;
// "by today" and "deploy it today" still date the work.
export const rows: FieldRow[] = [
  {
    branch: "deadline: '(warn only today)' is how the check behaves now, no due day",
    markdown: "## Action items\n\n- Make the disk alarm page as well as warn (warn only today)\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'by today' dates the work",
    markdown: "## Action items\n\n- Revoke the old deploy token by today\n",
    expect: { deadline: "by today" },
  },
];
