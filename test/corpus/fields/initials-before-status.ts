import type { FieldRow } from "../fieldRow";

// "… the test framework. RN - TODO": in an informal team's notes, the initials of whoever took the item on, then
// its status after a dash (parse/readers/trailing.ts TRAILING_INITIALS). Read only once the status is read.
export const rows: FieldRow[] = [
  {
    branch: "owners: initials before a trailing '- TODO' own the item",
    markdown: "- Review unit test coverage of the split-test framework. RN - TODO.\n",
    expect: {
      owners: ["RN"],
      status: "open",
      text: "Review unit test coverage of the split-test framework.",
    },
  },
  {
    branch: "owners: initials before a trailing '- DONE' own the item, done",
    markdown: "- Add a smoke test for the tracking call. GK - DONE\n",
    expect: { owners: ["GK"], status: "done" },
  },
  {
    branch: "owners: capitals closing a sentence with no status after them name no owner",
    markdown: "- Rotate the keys. JB\n",
    expect: { owners: [] },
  },
];
