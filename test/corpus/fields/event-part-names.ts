import type { FieldRow } from "../fieldRow";

// An event word followed by a part of the release ("before cutting the release branch") names that part, so
// the phrase tells a step of the procedure, not a due date (dates/guards.ts eventNamesAPart); "before the
// next release" and "ahead of the release" on their own still ask for one.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'before tagging the release branch' is a step, not a due date",
    markdown:
      "- Before tagging the release branch, the release captain checks that the nightly packages installed cleanly.\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'before the next release' still asks for a date",
    markdown: "- Ana Ruiz to sign the installer before the next release\n",
    expect: { deadline: "before the next release" },
  },
];
