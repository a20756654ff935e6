import type { FieldRow } from "../fieldRow";

// A handle written without its "@" and closed by a team noun ("payments-team", "db_squad") names a team, as
// "@payments-team" does (parse/owners/groups.ts); a person's handle ("erin-k") stays a person.
export const rows: FieldRow[] = [
  {
    branch: "owner group: a bare handle closed by 'team' in an owner field",
    markdown: "- Add the consumer lag alert (owner: ledger-team)",
    expect: { owners: ["ledger-team"], ownerIsGroup: true },
  },
  {
    branch: "owner group: a bare handle closed by 'squad' in an owner field",
    markdown: "- Add the consumer lag alert (owner: checkout_squad)",
    expect: { owners: ["checkout_squad"], ownerIsGroup: true },
  },
  {
    branch: "owner person: a bare handle with a person's name stays a person",
    markdown: "- Add the consumer lag alert (owner: erin-k)",
    expect: { owners: ["erin-k"], ownerIsGroup: false },
  },
];
