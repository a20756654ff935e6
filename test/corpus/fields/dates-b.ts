import type { FieldRow } from "../fieldRow";

// Deadlines, trackers and the done/open reading they depend on, round B: shapes from teams the dev set
// does not hold, and look-alikes that must not count.
export const rows: FieldRow[] = [
  {
    branch: "status: 'dropped' between a noun and 'in …' describes that noun, the item stays open",
    markdown: "- [ ] Restore the routes dropped in the last config merge — Ilse Brandt",
    expect: { status: "open" },
  },
  {
    branch: "status: 'cancelled by …' after a noun is who cancelled it, the item stays open",
    markdown: "- Requeue the exports cancelled by the failover — Ilse Brandt",
    expect: { status: "open" },
  },
  {
    branch: "status: '— dropped in favour of …' closing an item still drops it",
    markdown: "- Shard the session cache — dropped in favour of a larger node",
    expect: { status: "deprioritized" },
  },
  {
    branch: "deadline: 'caused by the release' names what did it, no deadline",
    markdown: "- Fix the retry storm caused by the release (Ilse Brandt)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'needed by the launch' still asks for a date",
    markdown: "- Ship the quota check needed by the launch (Ilse Brandt)",
    expect: { deadline: "by the launch" },
  },
  {
    branch: "tracker: a Confluence page on the Jira site is a doc, no ticket",
    markdown:
      "- Write the failover steps into https://acme.atlassian.net/wiki/spaces/OPS/pages/4471/Failover — Ilse Brandt",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a Jira search of many issues is no ticket of its own",
    markdown:
      "- Close out every bug in https://acme.atlassian.net/issues/?jql=labels%3Dfailover — Ilse Brandt",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a Jira link to one issue on the site still is a ticket",
    markdown:
      "- Page on replica lag over a minute — Ilse Brandt — https://acme.atlassian.net/jira/software/projects/OPS/boards/3?selectedIssue=OPS-88",
    expect: {
      trackers: [
        "https://acme.atlassian.net/jira/software/projects/OPS/boards/3?selectedIssue=OPS-88",
      ],
    },
  },
  {
    branch: "tracker: an error code shaped like a key ('ERR-4102') is no ticket",
    markdown: '- Make the "ERR-4102 host key mismatch" message name the host — Ilse Brandt',
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a database error code ('ORA-12154') is no ticket",
    markdown: "- Map ORA-12154 to a message that names the missing alias — Ilse Brandt",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a standard's number ('IEC-62443') is no ticket",
    markdown: "- List the controls of IEC-62443 the gateway misses — Ilse Brandt",
    expect: { trackers: [] },
  },
  {
    branch:
      "section: a heading 'Measures' alone opens the list of actions, as European write-ups title it",
    markdown:
      "# Review: label printer queue stalled\n\n## Measures\n\n1. Alert on queue age over ten minutes — Ilse Brandt — due 18.12.2026\n2. Pin the spooler image digest — Jan Kowal",
    items: ["Alert on queue age", "Pin the spooler image digest"],
    expect: { owners: ["Ilse Brandt"], deadline: "due 18.12.2026" },
  },
  {
    branch: "section: 'Security measures in place' describes what exists, no list of actions",
    markdown:
      "# Review: label printer queue stalled\n\n## Security measures in place\n\n- Badge access to the print room\n\n## Action items\n\n- Pin the spooler image digest — Jan Kowal",
    items: ["Pin the spooler image digest"],
  },
  {
    branch: "table: an 'Iteration' column holds the sprint the work is planned in",
    markdown:
      "| Work item | Action | Assigned to | Iteration |\n|---|---|---|---|\n| AB#3310 | Alert on queue wait over 20 minutes | Ilse Brandt | Sprint 119 |",
    expect: { deadline: "Sprint 119", trackers: ["AB#3310"] },
  },
  {
    branch: "deadline: 'before the January freeze' names which freeze by its month",
    markdown:
      "- Keep cached records for a day when resolvers fail — Ilse Brandt — before the January freeze",
    expect: { deadline: "before the January freeze" },
  },
  {
    branch: "deadline: '30-Jan-27', day, month and two-digit year joined by dashes",
    markdown:
      "- Find why the consumer stopped committing offsets. OPR: Ilse Brandt. NLT 30-Jan-27.",
    expect: { deadline: "30-Jan-27", deadlineDate: "2027-01-30" },
  },
  {
    branch: "deadline: a dashed '02-Dec-26' after 'since' is when something happened",
    markdown: "- Re-check every host patched since 02-Dec-26 (Ilse Brandt)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: \"Dec '27\", a month and an apostrophed year, due at the month's end",
    markdown:
      "| Action | Owner | Due |\n|---|---|---|\n| Cap batch lock waits at 5 s | Ilse Brandt | Dec '27 |",
    expect: { deadlineDate: "2027-12-31" },
  },
  {
    branch: "deadline: 'CY27Q3', a calendar year's quarter written year first",
    markdown: "- Split the balances table by region (Ilse Brandt, CY27Q3)",
    expect: { deadline: "CY27Q3", deadlineDate: "2027-09-30" },
  },
  {
    branch: "deadline: '1H27', the half written before its year",
    markdown: "- Alert on ledger lock waits over 2 s (Ilse Brandt, 1H27)",
    expect: { deadline: "1H27", deadlineDate: "2027-06-30" },
  },
  {
    branch: "deadline: 'D+14', days counted from the incident",
    markdown:
      "# Review\n\nDate: 2026-11-16\n\n## Remediation\n\n1. Mask registry tokens in CI logs — Ilse Brandt — D+14",
    expect: { deadline: "D+14", deadlineDate: "2026-11-30" },
  },
  {
    branch: "deadline: 'T+5 min' in an item is a moment of the timeline, no deadline",
    markdown: "- Page the on-call at T+5 min of a replica stall (Ilse Brandt)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'the sprint after next' is two sprints ahead",
    markdown:
      "- [ ] Cap refunds per merchant at 50 a minute (@ibrandt) — sprint after next — PAY-908",
    expect: { deadline: "sprint after next" },
  },
  {
    branch: "deadline: 'PI 27.1', a program increment of a scaled-agile plan",
    markdown: "- [ ] Reconcile refunds against orders daily (@ibrandt) — PI 27.1 — PAY-906",
    expect: { deadline: "PI 27.1" },
  },
  {
    branch: "deadline: 'end of fiscal year' is a deadline the fiscal calendar places",
    markdown: "- Publish a batch calendar for the ledger (Ilse Brandt, end of fiscal year)",
    expect: { deadline: "end of fiscal year" },
  },
  {
    branch: "deadline: 'by month-end' is the end of the current month",
    markdown:
      "# Review\n\nDate: 2026-11-16\n\n## Actions\n\n- Move reconciliation after payouts (Ilse Brandt) by month-end",
    expect: { deadline: "by month-end", deadlineDate: "2026-11-30" },
  },
  {
    branch: "status: a closing 'Done 11/30.' with a yearless slash date reports the work done",
    markdown: "1. Ilse Brandt: re-send the held invoices with a corrected due date. Done 11/30.",
    expect: { status: "done" },
  },
  {
    branch: "status: '— done D+6', days after the incident, reports the work done",
    markdown: "1. Revoke every token the publish job used. — Ilse Brandt — **done D+6**",
    expect: { status: "done" },
  },
  {
    branch:
      "section: an 'After Action Report' title is the write-up's, its Field / Value table holds no actions",
    markdown:
      "# After Action Report — Portal login outage\n\n| Field | Value |\n|---|---|\n| Program | Benefits portal |\n| Prepared by | Delivery office |\n\n## Corrective actions\n\n- Add the metadata refresh to the rotation runbook (Ilse Brandt)",
    items: ["Add the metadata refresh"],
  },
  {
    branch:
      "section: a heading 'Why the … action was dropped' explains, its paragraph is no action",
    markdown:
      "## Action plan\n\n- Add a staging scanner on the oldest OS (Ilse Brandt)\n\n## Why the routing action was dropped\n\nThe help desk moved to a round-the-clock rota for other reasons, which covers it.",
    items: ["Add a staging scanner"],
  },
  {
    branch:
      "document date: a 'Report date' row dates the write-up, relative deadlines count from it",
    markdown:
      "# Review: token in CI logs\n\n| Field | Value |\n|---|---|\n| Report date | 2026-11-16 |\n\n## Remediation\n\n1. Mask registry tokens in CI logs — Ilse Brandt — D+14",
    expect: { deadlineDate: "2026-11-30" },
  },
  {
    branch: "document date: a dotted '02.12.2026' is read day first",
    markdown:
      "# Review: empty tours\n\n**Date of incident:** 02.12.2026\n\n## Measures\n\n1. Reject an import that marks most weekdays as holidays — Ilse Brandt — D+7",
    expect: { deadlineDate: "2026-12-09" },
  },
  {
    branch: "deadline: 'NLT' (no later than) leads the date and leaves the action's text",
    markdown:
      "- Add the metadata refresh to the rotation runbook. Owner: Ilse Brandt. NLT 12/18/2026.",
    expect: {
      deadlineDate: "2026-12-18",
      text: "Add the metadata refresh to the rotation runbook.",
    },
  },
  {
    branch: "owner: 'OPR:' (office of primary responsibility) names the owner",
    markdown: "- Add a synthetic login probe from two regions. OPR: Ilse Brandt. NLT 15 JAN 2027.",
    expect: { owners: ["Ilse Brandt"] },
  },
  {
    branch: "deadline field: 'ETA: unknown' names no date",
    markdown:
      "### Pin the image library to a tested version\n- Owner: Ilse Brandt\n- ETA: unknown\n- Ticket: IMG-304",
    expect: { deadline: null },
  },
  {
    branch: "tracker field: 'Ticket: none yet' names no ticket",
    markdown:
      "### Pin the image library to a tested version\n- Owner: Ilse Brandt\n- Due: 2026-12-16\n- Ticket: none yet",
    expect: { trackers: [] },
  },
  {
    branch: "deadline field: 'Due: every release' is a cadence, no deadline",
    markdown:
      "### Load-test each library upgrade with the largest images\n- Owner: Ilse Brandt\n- Due: every release\n- Ticket: IMG-305",
    expect: { deadline: null },
  },
  {
    branch:
      "deadline field: 'Target: 99.9% of jobs under 2 s' is the outcome's figure, no deadline",
    markdown:
      "### Bring resize latency back under 2 s\n- Owner: Ilse Brandt\n- Target: 99.9% of jobs under 2 s\n- Ticket: IMG-303",
    expect: { deadline: null },
  },
  {
    branch: "deadline field: 'Target: end of sprint' still is a deadline",
    markdown:
      "- Restart stuck consumers after 3 missed heartbeats. Owner: Ilse Brandt. Target: end of sprint.",
    expect: { deadline: "end of sprint" },
  },
  {
    branch: "tracker field: 'Link:' to a doc page holds no ticket",
    markdown:
      "### Document memory limits in the worker README\n- Owner: Ilse Brandt\n- Link: https://docs.example-img.io/workers/known-issues/oom-2026",
    expect: { trackers: [] },
  },
  {
    branch: "tracker field: 'Link:' to an issue is its ticket",
    markdown:
      "### Document memory limits in the worker README\n- Owner: Ilse Brandt\n- Link: https://github.com/acme/img/issues/311",
    expect: { trackers: ["https://github.com/acme/img/issues/311"] },
  },
  {
    branch:
      "heading item: a verb-led sub-heading with a narrative word ('summary') is still an action",
    markdown:
      "## Action items\n\n### Add a dead-letter queue\n- Owner: Ilse Brandt\n- Due: 2026-12-16\n\n### Write an incident summary for the support team\n- Owner: Jan Kowal\n- Status: Done",
    items: ["Add a dead-letter queue", "Write an incident summary"],
  },
  {
    branch: "tracker: 'INC-2041', the incident the page is about, is no ticket for its work",
    markdown: "- Remove the SEV-1 label from INC-2041 once the credits are issued — Ilse Brandt",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a pull request link written without 'https://' is the item's ticket",
    markdown:
      "- Move the config validator into CI — Ilse Brandt — github.com/acme/gateway-config/pull/88",
    expect: { trackers: ["github.com/acme/gateway-config/pull/88"] },
  },
  {
    branch: "tracker: a GitLab issue link written without 'https://' is the item's ticket",
    markdown:
      "- Keep the previous index for two days — Ilse Brandt — gitlab.com/acme/search/-/issues/97",
    expect: { trackers: ["gitlab.com/acme/search/-/issues/97"] },
  },
  {
    branch: "status: '— done by Friday' says when it must be done, the item stays open",
    markdown: "- [ ] Make the mail worker idempotent — Ilse Brandt — done by Friday — MAIL-220",
    expect: { status: "open", deadline: "by Friday" },
  },
  {
    branch: "status: 'Done by end of month.' closing an item is its deadline, not a report",
    markdown: "- Cap sends per recipient at 3 an hour (Ilse Brandt). Done by end of month.",
    expect: { status: "open" },
  },
  {
    branch: "status: '— done by Jan Kowal' names who did it, the item is done",
    markdown: "- Cap sends per recipient at 3 an hour — done by Jan Kowal",
    expect: { status: "done" },
  },
  {
    branch: "status: a closing '— Completed: 2026-12-01' reports the work done",
    markdown:
      "- Agree the provider's rate limits with their support — Ilse Brandt — Completed: 2026-12-01",
    expect: { status: "done" },
  },
  {
    branch:
      "deadline: '(exported from the tracker on 2026-11-30)' in a heading is when the list was taken",
    markdown:
      "# Review: partial partitions\n\n## Follow-up actions (exported from the tracker on 2026-11-30)\n\n- Add row-count checks to the other nightly jobs (Ilse Brandt, DW-885)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'until the migration completes' says how long a state holds, no deadline",
    markdown: "- Keep the old purge script until the migration completes — Ilse Brandt",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'before the migration completes' still asks for a date",
    markdown: "- Retire the old purge script before the migration completes — Ilse Brandt",
    expect: { deadline: "before the migration" },
  },
  {
    branch: "deadline: 'within a fortnight' is two weeks",
    markdown:
      "# Review\n\nDate: 2026-12-01\n\n## Actions\n\n- Warm the origin cache after a purge (Ilse Brandt), within a fortnight",
    expect: { deadline: "within a fortnight", deadlineDate: "2026-12-15" },
  },
  {
    branch: "deadline: 'by Thanksgiving', a holiday, is a deadline",
    markdown: "- Limit purges to one every ten minutes (Ilse Brandt) by Thanksgiving",
    expect: { deadline: "by Thanksgiving" },
  },
  {
    branch: "deadline: 'before the audit' is a deadline",
    markdown:
      "- Remove shared admin accounts from the billing console (Ilse Brandt) before the audit",
    expect: { deadline: "before the audit" },
  },
  {
    branch: "deadline: 'during January' is a month",
    markdown: "- Move the cron hosts to UTC (Ilse Brandt) during January",
    expect: { deadline: "January" },
  },
  {
    branch: "deadline: 'by Fri 12/18' is the 18th; the weekday only names its day",
    markdown:
      "# Review\n\nDate: 2026-12-01\n\n## Actions\n\n- Cap batch lock waits at 5 s (Ilse Brandt) by Fri 12/18",
    expect: { deadlineDate: "2026-12-18" },
  },
  {
    branch: "deadline: 'COB Friday' is that Friday's close, not today's",
    markdown:
      "# Review\n\nDate: 2026-12-01\n\n## Actions\n\n- Write the restart steps into the runbook (Ilse Brandt), COB Friday",
    expect: { deadlineDate: "2026-12-04" },
  },
  {
    branch: "deadline: 'end Jan', a month's end written without 'of'",
    markdown:
      "| Action | Owner | When |\n|---|---|---|\n| Move the cron hosts to UTC | Ilse Brandt | end Jan |",
    expect: { deadlineDate: "2027-01-31" },
  },
  {
    branch: "deadline: 'the end may come' is no month",
    markdown: "- Drain the queue before shutdown so the end may come cleanly (Ilse Brandt)",
    expect: { deadline: null },
  },
];
