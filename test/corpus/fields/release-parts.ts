import type { FieldRow } from "../fieldRow";

// "for" a version after a part of a release ("the chart versions for v3.2.1") says whose part it is
// (lexicon/deadlines.ts RELEASE_PARTS, dates/guards.ts namesItsRelease); "for v3.2.1" after the work
// itself still names the release it must ship in.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'the chart versions for v3.2.1' names the release the versions belong to",
    markdown: "- Bump the chart versions for v3.2.1 (Ana Ruiz)\n",
    expect: { owners: ["Ana Ruiz"], deadline: null },
  },
  {
    branch: "deadline: 'the container images for v4.0.2' names which release's images",
    markdown: "- Rebuild the container images for v4.0.2 — Ana Ruiz\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'ship the retry fix for v3.2.1' still names the target release",
    markdown: "- Ship the retry fix for v3.2.1 (Ana Ruiz)\n",
    expect: { deadline: "for v3.2.1", deadlineDate: null },
  },
];
