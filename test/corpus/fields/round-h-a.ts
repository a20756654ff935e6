import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round H (a): headings that ask what should have been done
// (findings) beside those that ask what could be done next time (work), …
export const rows: FieldRow[] = [
  {
    branch:
      "counterfactual heading: 'Which checks could have been added to prevent this …?' holds findings, not items",
    markdown:
      "# Post-mortem: a stuck queue\n\nDate: 2026-11-20\n\n## Which checks could have been added to prevent this, and why were they missing?\n\nA load test against the new consumer before the release.\n\n## Action items\n\n- Add a load test for the consumer to the release checklist (Ines Duarte)",
    items: ["Add a load test for the consumer"],
  },
  {
    branch:
      "counterfactual heading: 'Which safeguards should have stopped the bad config …?' holds findings, not items",
    markdown:
      "# Post-mortem: a stuck queue\n\nDate: 2026-11-20\n\n## Which safeguards should have stopped the bad config, and why did they fail to prevent it?\n\n- A canary stage that only checked the health page\n\n## Action items\n\n- Make the canary stage replay a sample of real traffic (Ines Duarte)",
    items: ["Make the canary stage replay"],
  },
  {
    branch:
      "avoid heading: 'What can be done to avoid a repeat next time?' opens an action section",
    markdown:
      "# Post-mortem: a stuck queue\n\nDate: 2026-11-20\n\n## Cause\n\nThe consumer stopped acking after a library upgrade.\n\n## What can be done to avoid a repeat next time?\n\n- Pin the queue library to a minor version.\n- Alert when the oldest message is older than ten minutes.",
    items: ["Pin the queue library", "Alert when the oldest message"],
  },
  {
    branch:
      "list intro: 'As a next step, @ravi is going to write two documents:' names the owner of the list under it",
    markdown:
      "## Next steps\n\nAs a next step, @ravi is going to write two documents:\n\n1. The first will describe how a release is cut today.\n2. The second will propose a longer freeze before each launch.",
    item: "The second will propose",
    expect: { owners: ["@ravi"], ownerIsGroup: false },
  },
  {
    branch:
      "list intro: under 'Learnings / next steps' a list whose intro names its owner is work, not lessons",
    markdown:
      "# Post-mortem: a pulled release\n\nDate: 2026-11-20\n\n## Learnings / next steps\n\n**Freeze:** holding the feature back was the right call.\n\nAs a next step, Ravi Menon is going to write two documents:\n\n1. The first will describe how a release is cut today.\n2. The second will propose a longer freeze before each launch.",
    items: ["The first will describe", "The second will propose"],
    expect: { owners: ["Ravi Menon"] },
  },
  {
    branch: "duration threshold: 'hosts older than 4-6 days' is an age, not a deadline",
    markdown: "- Drain and recycle build hosts older than 4-6 days (Ines Duarte)",
    expect: { deadline: null },
  },
  {
    branch: "duration range: 'within 2-3 weeks' stays a deadline",
    markdown: "- Ship the retry fix within 2-3 weeks (Ines Duarte)",
    expect: { deadline: "2-3 weeks" },
  },
  {
    branch:
      "owner initials: 'MK' in the owner column is the author listed as 'Marta Kowalczyk', though the timeline uses 'MK' too",
    markdown:
      "# Post-mortem: a stale cache\n\nDate: 2026-11-20\n\n## Authors\n\nMarta Kowalczyk\n\n## Timeline\n\n- 09:10 MK restarts the cache.\n- 09:25 MK pages the vendor.\n\n## Action items\n\n| Action | Owner | Ticket |\n|---|---|---|\n| Expire cache entries after ten minutes | MK | CACHE-12 |",
    expect: { owners: ["MK"], ownerIsGroup: false },
  },
  {
    branch:
      "owner initials: '**Written by:** Marta Kowalczyk, Li Wei' lists the people whose initials the owner column uses",
    markdown:
      "# Post-mortem: a stale cache\n\nDate: 2026-11-20\n\n**Written by:** Marta Kowalczyk, Li Wei\n\n## Timeline\n\n- 09:10 LW restarts the cache.\n\n## Action items\n\n| Action | Owner | Ticket |\n|---|---|---|\n| Expire cache entries after ten minutes | LW | CACHE-12 |",
    expect: { owners: ["LW"], ownerIsGroup: false },
  },
  {
    branch: "owner column: 'Owning Team' is the owner column, and the team it links to is a group",
    markdown:
      "| Task | Kind | Owning Team | Ticket |\n| --- | --- | --- | --- |\n| Alert when successful sign-ins drop below fifty an hour | Engineering | [payments-crew](https://github.com/orgs/acme/teams/payments-crew) | [#12](https://github.com/acme/app/issues/12) |",
    expect: { owners: ["payments-crew"], ownerIsGroup: true, trackers: ["#12"] },
  },
  {
    branch: "owner column: a 'Team' column names the owning team of each row",
    markdown:
      "| Action | Team | Ticket |\n| --- | --- | --- |\n| Add a retry budget to the billing client | Billing | BILL-31 |",
    expect: { owners: ["Billing"], ownerIsGroup: true },
  },
  {
    branch:
      "vague: 'post any further findings here' names whatever turns up, which cannot be counted as done",
    markdown:
      "- We will post any further findings on this page once the vendor review ends (Ines Duarte)",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'any other uses of the flag' is a set one can check, not whatever turns up",
    markdown: "- Remove any other uses of the legacy export flag (Ines Duarte)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "pointer line: 'See the full diff' wrapped over '[here](…).' is one pointer, not two items",
    markdown:
      "# Post-mortem: a missing file\n\nDate: 2026-11-20\n\n## Corrective actions\n\nThe packager skipped a folder because its manifest line ended in a slash. The fix was to drop the slash.\n\nSee the full diff\n[here](https://github.com/acme/app/commit/abc1234).",
    items: [],
  },
  {
    branch: "pointer line: '- See the complete diff …' in an action list is no item",
    markdown:
      "- Reject manifest lines that end in a slash (Ines Duarte)\n- See the complete diff for the whole change",
    items: ["Reject manifest lines"],
  },
  {
    branch: "action heading: 'What should we change?' opens an action section",
    markdown:
      "# Post-mortem: a stuck queue\n\nDate: 2026-11-20\n\n## Cause\n\nThe consumer stopped acking after a library upgrade.\n\n## What should we change?\n\n- Pin the queue library to a minor version.",
    items: ["Pin the queue library"],
  },
  {
    branch: "action heading: 'What needs to change' opens an action section",
    markdown:
      "# Post-mortem: a stuck queue\n\nDate: 2026-11-20\n\n## Cause\n\nThe consumer stopped acking after a library upgrade.\n\n## What needs to change\n\n- Pin the queue library to a minor version.",
    items: ["Pin the queue library"],
  },
  {
    branch: "done grammar: 'we re-ran the failed jobs' reports work done, as 'we reran' does",
    markdown:
      "## Resolution and next steps\n\n- Once the registry recovered, we re-ran the failed jobs and drained the queue.\n- Mirror the base images to our own registry (Ines Duarte)",
    expect: { status: "done" },
  },
  {
    branch:
      "wording: 'end-to-end tests covering the signup flow' names a kind of test and what it covers, not a degree",
    markdown:
      "- Build end-to-end tests covering the signup flow before a deploy is marked green (Ines Duarte)",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'more end-to-end tests' is still a degree with no measure",
    markdown: "- Add more end-to-end tests (Ines Duarte)",
    expect: { verb: "vague" },
  },
];
