import type { FieldRow } from "../fieldRow";

// "well" measures nothing, as "properly" does: "is well documented" says how well, not what will be true.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'ensure … is well documented' is a manner with no measure",
    markdown: "- Ensure each change to the paging rota is well documented.",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: 'is well-tested', hyphenated, is a manner with no measure",
    markdown: "- Make sure the restore path is well-tested before the freeze.",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: a 'well-documented' thing to write is still a deliverable",
    markdown: "- Write a well-documented runbook for the restore path.",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'enhanced … protocols' is a degree with no measure",
    markdown: "- Enhanced cabling inspection protocols for the colo racks",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: a protocol to define is a deliverable",
    markdown: "- Define isolation protocols for the gossip layer.",
    expect: { verb: "outcome" },
  },
];
