import type { FieldRow } from "../fieldRow";

// A tracker cell or field names the ticket; a state written after it is not part of the reference.
export const rows: FieldRow[] = [
  {
    branch: "action column: beside a Description column, an Item column only numbers the rows",
    markdown: [
      "| Item | Description | Owner | Due |",
      "|---|---|---|---|",
      "| R1 | Add a lag alert on the ledger consumer at 30s | Ana Ruiz | 2027-01-15 |",
      "| R2 | Remove the legacy retry flag | Ben Cho | 2027-01-20 |",
    ].join("\n"),
    items: ["Add a lag alert on the ledger consumer", "Remove the legacy retry flag"],
    expect: { owners: ["Ana Ruiz"], deadlineDate: "2027-01-15", trackers: [] },
  },
  {
    branch: "action column: an Item column alone holds the action",
    markdown: [
      "| Item | Owner | Due |",
      "|---|---|---|",
      "| Add a lag alert on the ledger consumer at 30s | Ana Ruiz | 2027-01-15 |",
    ].join("\n"),
    items: ["Add a lag alert on the ledger consumer"],
  },
  {
    branch: "tracker: Ticket cell with a status word after the key",
    markdown: [
      "| Action | Owner | Due | Ticket |",
      "|---|---|---|---|",
      "| Add a rate limit to the token endpoint | Kim Osei | 2026-12-01 | AUTH-4121 TODO |",
    ].join("\n"),
    expect: { trackers: ["AUTH-4121"] },
  },
  {
    branch: "tracker: Ticket cell with a two-word state in brackets",
    markdown: [
      "| Action | Owner | Ticket |",
      "|---|---|---|",
      "| Rotate the signing key every month | Kim Osei | AUTH-4122 (in progress) |",
    ].join("\n"),
    expect: { trackers: ["AUTH-4122"] },
  },
  {
    branch: "tracker: Ticket cell whose words are not a state stays whole",
    markdown: [
      "| Action | Owner | Ticket |",
      "|---|---|---|",
      "| Rotate the signing key every month | Kim Osei | security board card 12 |",
    ].join("\n"),
    expect: { trackers: ["security board card 12"] },
  },
  {
    branch: "tracker: Field/Value table with a status word after the key",
    markdown: [
      "### Add a login canary",
      "",
      "| Field | Value |",
      "|---|---|",
      "| Owner | Kim Osei |",
      "| Ticket | AUTH-4123 - done |",
    ].join("\n"),
    expect: { trackers: ["AUTH-4123"] },
  },
  {
    branch: "tracker: Tracking field line with a status word after a value that is no key",
    markdown: "- [ ] Kim Osei: add a login canary, by 2026-12-01\n  - Tracking: login board TODO",
    expect: { trackers: ["login board"] },
  },
  {
    branch: "bug cell: a status after the bug is the item's status ('Bug 5550101 DONE')",
    markdown: [
      "| Action Item | Type | Owner | Bug |",
      "|---|---|---|---|",
      "| Cap the ranking fan-out at 64 shards | prevent | ines | Bug 5550101 DONE |",
    ].join("\n"),
    expect: { status: "done", trackers: ["Bug 5550101"], owners: ["ines"] },
  },
  {
    branch: "bug cell: 'n/a' before the status is no tracker ('n/a TODO')",
    markdown: [
      "| Action Item | Type | Owner | Bug |",
      "|---|---|---|---|",
      "| Cap the ranking fan-out at 64 shards | prevent | ines | n/a TODO |",
    ].join("\n"),
    expect: { status: "open", trackers: [] },
  },
  {
    branch: "completion column: a date under 'Completed' says the work was finished then",
    markdown: [
      "| Action | Owner | Completed |",
      "|---|---|---|",
      "| Cap the ranking fan-out at 64 shards (SRCH-4, 2026-12-20) | Ines | 2026-11-30 |",
    ].join("\n"),
    expect: { status: "done", owners: ["Ines"] },
  },
  {
    branch: "html table: an action table written in HTML is read like a Markdown one",
    markdown:
      "<table>\n  <tr><th>Action</th><th>Owner</th><th>Due</th><th>Ticket</th></tr>\n  <tr><td>Add a driver smoke test to the image build</td><td>Ines Balogun</td><td>2026-11-20</td><td>IMG-204</td></tr>\n  <tr><td>Roll the resizer back to 4.7</td><td>Cyril</td><td>Done</td><td>IMG-203</td></tr>\n</table>\n",
    items: ["Add a driver smoke test", "Roll the resizer back"],
    expect: {
      owners: ["Ines Balogun"],
      deadline: "2026-11-20",
      trackers: ["IMG-204"],
      status: "open",
    },
  },
  {
    branch: "html table: a blank line inside the table does not end it",
    markdown:
      "<table>\n<tr><th>Action</th><th>Owner</th></tr>\n\n<tr><td>Roll the resizer back to 4.7</td><td>Cyril</td></tr>\n</table>\n",
    items: ["Roll the resizer back"],
    expect: { owners: ["Cyril"] },
  },
  {
    branch: "owner cell: a struck-through name is the old owner ('~~Ana~~ Bob')",
    markdown:
      "| Action | Owner | Due | Ticket |\n|---|---|---|---|\n| Add a query-timeout alert | ~~Ana~~ Bob | 2027-01-10 | SRCH-1 |",
    expect: { owners: ["Bob"] },
  },
  {
    branch: "owner cell: a handover arrow names the new owner ('Ana → Bob')",
    markdown:
      "| Action | Owner | Due | Ticket |\n|---|---|---|---|\n| Add a circuit breaker | Ana → Bob | 2027-01-10 | SRCH-2 |",
    expect: { owners: ["Bob"] },
  },
  {
    branch: "owner cell: a line break between names lists two owners ('Ana<br>Bob')",
    markdown:
      "| Action | Owner | Due | Ticket |\n|---|---|---|---|\n| Add a cache warmer | Ana<br>Bob | 2027-01-10 | SRCH-11 |",
    expect: { owners: ["Ana", "Bob"] },
  },
  {
    branch:
      "owner cell: a guess ('TBD (likely Ana)') and a choice ('Ana or Bob') name no owner yet",
    markdown:
      "| Action | Owner | Due | Ticket |\n|---|---|---|---|\n| Add a query budget | TBD (likely Ana) | 2027-01-10 | SRCH-8 |\n| Add a canary query | Ana or Bob | 2027-01-10 | SRCH-9 |",
    items: ["Add a query budget", "Add a canary query"],
    expect: { owners: [] },
  },
  {
    branch: "owner cell: 'Ana or Bob' names no owner yet",
    markdown:
      "| Action | Owner | Due | Ticket |\n|---|---|---|---|\n| Add a canary query | Ana or Bob | 2027-01-10 | SRCH-9 |",
    expect: { owners: [] },
  },
];
