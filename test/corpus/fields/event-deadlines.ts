import type { FieldRow } from "../fieldRow";

// More events a deadline is anchored to: a ceremony, a maintenance window, a hard fork, a conference, an exam period.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'before the next ceremony'",
    markdown: "- Upgrade the signing nodes before the next ceremony",
    expect: { deadline: "before the next ceremony" },
  },
  {
    branch: "deadline: 'during the next maintenance window'",
    markdown: "- Install the third edge router during the next maintenance window",
    expect: { deadline: "during the next maintenance window" },
  },
  {
    branch: "deadline: 'before the hard fork'",
    markdown: "- Upgrade every validator before the hard fork",
    expect: { deadline: "before the hard fork" },
  },
  {
    branch:
      "deadline: none for 'during upcoming maintenance', which says when the redundancy matters",
    markdown: "- Add a third edge router to keep redundancy during upcoming maintenance",
    expect: { deadline: null },
  },
];
