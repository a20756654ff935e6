import type { FieldRow } from "../fieldRow";

// An amount that keeps growing or stops wherever the team stops ("more and more modules", "as much of the
// upgrade path as we can", "wherever possible") has no end state (lexicon/vagueStates.ts HEDGED_QUANTITY). A
// count or a named scope is one; a hedge in a leading condition ("If you only need … stuff, use …") is not in
// the work asked for (wording/vagueStates.ts CONDITION_LEAD), nor is one after "even if" (CONCESSION).
export const rows: FieldRow[] = [
  {
    branch: "vague: 'more and more' modules",
    markdown: "- End-to-end tests that use more and more modules to catch regressions\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'as much of … as we can'",
    markdown: "- Test as much of the upgrade path as we can\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a named scope",
    markdown: "- Test the upgrade path from 1.4 to 1.6 in the staging cluster\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'as soon as the release is out' is a time, not an amount",
    markdown: "- Delete the old bucket as soon as the 1.6 release is out\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'wherever possible' bounds the work by nothing",
    markdown: "- Store the session ids hashed wherever possible\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a hedge in the leading condition leaves the work it asks for checkable",
    markdown: "- If you only need to fetch stuff from public repos, use https rather than ssh\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a hedge in the work after the condition still counts",
    markdown: "- If a deploy fails, roll back some stuff\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a hedge in an 'even if' clause names the case the change copes with",
    markdown:
      "- Change the cleanup job to delete a container's metadata even if some records are already gone\n",
    expect: { verb: "outcome" },
  },
];
