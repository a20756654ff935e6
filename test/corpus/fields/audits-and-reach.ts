import type { FieldRow } from "../fieldRow";

// An audit is a study, as a review is; widening a reach needs its extent, as changing an amount needs a target.
export const rows: FieldRow[] = [
  {
    branch: "process: 'audit' studies the thing it names, as 'review' does",
    markdown: "- Audit the remaining deploy pipelines for secrets passed on the command line",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'we will audit' in a sentence",
    markdown: "- We will audit the firewall rules of the staging network.",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'audit' before 'log' names a thing, and the change follows",
    markdown: "- Audit logs shipped to the cold archive by the collector",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: an audit followed by the change it leads to",
    markdown: "- Audit the service tokens and revoke the ones unused for 90 days",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'expand' with no extent",
    markdown: "- Expand the group of engineers who can run a failover",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'grow' with no extent",
    markdown: "- Grow the pool of reviewers",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'expand' with its extent ('to cover …')",
    markdown: "- Expand the smoke tests to cover the refund flow",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'grow' with a figure",
    markdown: "- Grow the log volume by 200 GB",
    expect: { verb: "outcome" },
  },
];
