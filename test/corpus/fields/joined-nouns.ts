import type { FieldRow } from "../fieldRow";

// A word that is a noun as well as a verb, after "and" between two plurals, goes on the object: no second clause.
export const rows: FieldRow[] = [
  {
    branch: "process: 'and backup strategies' joins a second noun phrase to the study",
    markdown: "- Investigate failover options and backup schedules for the ledger",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'and add retries' is a change after the study",
    markdown: "- Investigate the timeouts and add retries to the webhook sender",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'and update the steps', with its article, is a change after the study",
    markdown: "- Review the runbooks and update the failover steps",
    expect: { verb: "outcome" },
  },
];
