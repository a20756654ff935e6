import type { FieldRow } from "../fieldRow";

// Outside an action heading, a table holds actions when a column names them as work to do ("Actions to improve",
// "Suggested action"), even with no owner or due column beside it; a bare "Action" column needs one.
export const rows: FieldRow[] = [
  {
    branch: "items: an 'Actions to improve' column outside an action heading holds the actions",
    markdown:
      "# Release review\n\n## Slowest builds\n\n| Platform | Days late | Reasons | Actions to improve |\n| --- | --- | --- | --- |\n| arm64 | 9 | one test machine | Add a second test machine for arm64 |\n| s390x | 6 | flaky network | Move the s390x runners to the new rack |\n",
    items: ["Add a second test machine for arm64", "Move the s390x runners to the new rack"],
  },
  {
    branch:
      "items: a bare 'Action' column with no owner, due or status beside it is no action table",
    markdown:
      "# Release review\n\n## Build log\n\n| Step | Action |\n| --- | --- |\n| 1 | Tag the release |\n| 2 | Push the images |\n",
    items: [],
  },
];
