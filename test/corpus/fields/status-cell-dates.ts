import type { FieldRow } from "../fieldRow";

// An open item's Status cell that names when ("Scheduled Q1", "Planned for 2027-01-15", "ETA next sprint") gives
// the deadline when no Due column says it (tableItems.ts deadlineInStatus); "In progress since 2026-11-01" says
// when it started, and a done row's date says when it finished.
const header =
  "Date: 2026-11-10\n\n## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n";

export const rows: FieldRow[] = [
  {
    branch: "deadline: 'Scheduled Q1' in the Status cell is the timebox",
    markdown: `${header}| Add a circuit breaker to the payment client | Ta | Scheduled Q1 |\n`,
    expect: { deadline: "Q1", status: "open" },
  },
  {
    branch: "deadline: 'Planned for 2027-01-15' in the Status cell is the date",
    markdown: `${header}| Add a chaos test for the queue | Xi | Planned for 2027-01-15 |\n`,
    expect: { deadlineDate: "2027-01-15" },
  },
  {
    branch: "deadline: 'In progress since 2026-11-01' says when it started, no deadline",
    markdown: `${header}| Add a load test for the queue | Wu | In progress since 2026-11-01 |\n`,
    expect: { deadline: null, status: "open" },
  },
  {
    branch: "deadline: 'Blocked until the 4.2 release' is a condition, no deadline",
    markdown: `${header}| Add a retry cap to the consumer | Mo | Blocked until the 4.2 release |\n`,
    expect: { deadline: null },
  },
];
