import type { FieldRow } from "../fieldRow";

// A due cell that says the work is finished, and where or when ("DONE in v2", "Done (3 May)"), marks the row
// done (tableItems.ts saysDone); a date alone is still the due date.
export const rows: FieldRow[] = [
  {
    branch: "status: 'DONE in v2' in the due column marks the row done",
    markdown:
      "| Action | Owner | Due |\n| --- | --- | --- |\n| Drop the controller dependency from the CLI | Ana | DONE in v2 |\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Done (3 May)' in the due column marks the row done",
    markdown:
      "| Action | Owner | Due |\n| --- | --- | --- |\n| Drop the controller dependency from the CLI | Ana | Done (3 May) |\n",
    expect: { status: "done" },
  },
  {
    branch: "deadline: a date in the due column is the due date",
    markdown:
      "| Action | Owner | Due |\n| --- | --- | --- |\n| Drop the controller dependency from the CLI | Ana | 2027-02-01 |\n",
    expect: { status: "open", deadlineDate: "2027-02-01" },
  },
];
