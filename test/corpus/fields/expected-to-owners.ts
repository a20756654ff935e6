import type { FieldRow } from "../fieldRow";

// "X is expected to …" and "X are required to …" name X as the owner, as "X will …" does
// (lexicon/owners.ts OWNER_COMMITMENTS); the phrase itself is no part of the owner's name, and "the team"
// before it is everyone, no owner.
export const rows: FieldRow[] = [
  {
    branch: "owner: a person 'is expected to' do the work",
    markdown: "- Ana Ruiz is expected to rotate the mirror tokens by 2026-12-18\n",
    expect: { owners: ["Ana Ruiz"], text: "rotate the mirror tokens" },
  },
  {
    branch: "owner: a group 'are required to' do the work, without the phrase in its name",
    markdown: "- SRE are required to rotate the mirror tokens every quarter\n",
    expect: { owners: ["SRE"], ownerIsGroup: true },
  },
  {
    branch: "owner: 'the team is expected to' names no owner",
    markdown: "- The team is expected to keep the signing tokens short-lived\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: 'that are expected to' inside the action names no owner",
    markdown: "- Rotate the tokens that are expected to expire next week (Ana Ruiz)\n",
    expect: { owners: ["Ana Ruiz"] },
  },
];
