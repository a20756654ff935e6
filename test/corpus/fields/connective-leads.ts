import type { FieldRow } from "../fieldRow";

// A connective before the commitment ("In addition, we will …", "Shorter term, …") is skipped like
// "Additionally," so the verb after it is judged; and one "have" over a list of participles reports each of them.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'In addition,' before a process verb",
    markdown: "- In addition, we will review the paging tools the support desk relies on.",
    expect: { verb: "process" },
  },
  {
    branch: "wording: 'On top of that,' before a process verb",
    markdown: "- On top of that, we will discuss the rota with the other regions.",
    expect: { verb: "process" },
  },
  {
    branch: "wording: 'Beyond that,' before an outcome verb",
    markdown: "- Beyond that, we'll add a canary stage to the image pipeline.",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'Near term,' before a process verb",
    markdown: "- Near term, look into the retry storm on the queue workers.",
    expect: { verb: "process" },
  },
  {
    branch:
      "wording: a topic lead ('As for the cache, we're …') before 'continuing to investigate'",
    markdown: "- As for the cache, we're continuing to investigate the slow evictions.",
    expect: { verb: "vague" },
  },
  {
    branch: "wording: a topic lead ('Regarding …, we will …') before a process verb",
    markdown: "- Regarding the stuck uploads, we will look into the retry budget.",
    expect: { verb: "process" },
  },
  {
    branch: "wording: a time clause ('Once …, we will …') before a process verb",
    markdown: "- Once the freeze lifts, we will review the staged builds with the release team.",
    expect: { verb: "process" },
  },
  {
    branch: "wording: a time clause before an outcome verb stays an outcome",
    markdown: "- Before the next cut, we will add a smoke test for the installer.",
    expect: { verb: "outcome" },
  },
  {
    branch: "status: 'have' over a list of participles, the last with a result 'to be'",
    markdown:
      "- We've identified the race in the lock, added tests, and changed the ordering to be safe under load.",
    expect: { status: "done" },
  },
  {
    branch: "status: 'to be' after a perfect with no deed in its list still plans",
    markdown: "- We've reviewed the alerts and the runbook to be rewritten by the on-call lead.",
    expect: { status: "open" },
  },
];
