import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round E: labelled lines wrapped early, one more commitment
// after a list, work done in part with the rest still to come, numbers that point back at the page's own items.
export const rows: FieldRow[] = [
  {
    branch:
      "labelled line: a short '**TODO**:' line goes on in the lower-case line under it, and its owner field is read",
    markdown:
      "## Lessons learned\n\n**TODO**: page on replica lag in the billing\ncluster (owner: Dana Whitfield)",
    expect: {
      owners: ["Dana Whitfield"],
      status: "open",
      text: "page on replica lag in the billing cluster",
    },
  },
  {
    branch: "labelled line: a second labelled line under a short one is an item of its own",
    markdown:
      "## Lessons learned\n\n**DONE**: raise the partition count\n**TODO**: page on replica lag (Dana Whitfield)",
    items: ["raise the partition count", "page on replica lag"],
  },
  {
    branch:
      "status cell: done in one place with the rest still to come is open ('Deployed to staging, prod next week')",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Cache the price list at the edge | Sven Holm | Deployed to staging, prod next week |",
    expect: { status: "open", owners: ["Sven Holm"] },
  },
  {
    branch: "status cell: done for one region with the other named for a month is open",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Refund the doubled charges | Tariq Aziz | Done for EU; US in January |",
    expect: { status: "open" },
  },
  {
    branch: "status cell: a done status whose clause tells when it was checked stays done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Refund the doubled charges | Tariq Aziz | Done, verified in November |",
    expect: { status: "done" },
  },
  {
    branch:
      "trailing sentence: 'Done in staging; production next week.' after the item leaves it open",
    markdown: "- Rotate the API keys (Ines Faro). Done in staging; production next week.",
    expect: { status: "open", owners: ["Ines Faro"], text: "Rotate the API keys" },
  },
  {
    branch:
      "ticket block: a paragraph of 'Key: value' lines with a 'Summary:' is one item, its other lines its fields",
    markdown: [
      "Key: RX-221",
      "Summary: Make the refill call idempotent on the request id",
      "Assignee: Helga Sorensen",
      "Status: Closed",
      "Resolution: Fixed",
      "",
      "Key: RX-223",
      "Summary: Add an alert on refills per patient per hour",
      "Assignee: Carlos Mendes",
      "Status: Open",
      "Due date: 2027-01-15",
    ].join("\n"),
    items: ["Make the refill call idempotent", "Add an alert on refills"],
  },
  {
    branch:
      "ticket block: the summary is the action, and the key, assignee and due date its fields",
    markdown:
      "Key: RX-223\nSummary: Add an alert on refills per patient per hour\nAssignee: Carlos Mendes\nStatus: Open\nDue date: 2027-01-15",
    expect: {
      text: "Add an alert on refills per patient per hour",
      owners: ["Carlos Mendes"],
      trackers: ["RX-223"],
      deadline: "2027-01-15",
      status: "open",
    },
  },
  {
    branch: "ticket block: a 'Won't Fix' resolution under a resolved status drops the item",
    markdown:
      "Key: RX-222\nSummary: Retry the refill call on a timeout\nAssignee: Carlos Mendes\nStatus: Resolved\nResolution: Won't Fix",
    expect: { status: "deprioritized" },
  },
  {
    branch:
      "trailing bracket: one person's name in brackets before a dash and a note is the owner, the note no action",
    markdown: "- Rotate the vault tokens (Ravi Shah) — agreed at the ops review",
    expect: { owners: ["Ravi Shah"], text: "Rotate the vault tokens", status: "open" },
  },
  {
    branch: "trailing bracket: a product's name in brackets before a dash and a note names nobody",
    markdown: "- Restart the pool (pgbouncer) — then drain the old nodes",
    expect: { owners: [] },
  },
  {
    branch:
      "notes cell: '#1' in a table whose '#' column numbers the rows points back at row 1, no ticket",
    markdown: [
      "| # | Action | Owner | Notes |",
      "|---|---|---|---|",
      "| 1 | Add an idempotency key to the charge call | Rosa Klein | PAY-77 |",
      "| 2 | Alert on duplicate charges per card | Rosa Klein | after #1 |",
    ].join("\n"),
    item: "Alert on duplicate charges",
    expect: { trackers: [] },
  },
  {
    branch: "notes cell: '#41' in a numbered table where no row is 41 stays a ticket",
    markdown: [
      "| # | Action | Owner | Notes |",
      "|---|---|---|---|",
      "| 1 | Add an idempotency key to the charge call | Rosa Klein | PAY-77 |",
      "| 2 | Alert on duplicate charges per card | Rosa Klein | #41 |",
    ].join("\n"),
    item: "Alert on duplicate charges",
    expect: { trackers: ["#41"] },
  },
  {
    branch: "item text: '#3 above' points back at the page's own item, no ticket",
    markdown: "- Add a quota per tenant once the cleanup in #3 above has run (Ben Carter)",
    expect: { trackers: [], owners: ["Ben Carter"] },
  },
  {
    branch: "deadline: a week number written 'wk 49' is the end of that ISO week",
    markdown: "- Stagger the firmware pushes across the pair. Owner: Mirela Popescu. Due wk 49.",
    expect: { deadline: "wk 49", owners: ["Mirela Popescu"] },
  },
  {
    branch: "tracker link: a Bitbucket pull request is the item's tracker",
    markdown:
      "- Alert when the index lags by 10 minutes — https://bitbucket.org/shopco/search/pull-requests/88",
    expect: {
      trackers: ["https://bitbucket.org/shopco/search/pull-requests/88"],
      text: "Alert when the index lags by 10 minutes",
    },
  },
  {
    branch: "tracker link: an Azure Repos pull request is the item's tracker",
    markdown:
      "- Alert when the index lags by 10 minutes (https://dev.azure.com/shopco/search/_git/api/pullrequest/41)",
    expect: { trackers: ["https://dev.azure.com/shopco/search/_git/api/pullrequest/41"] },
  },
  {
    branch:
      "paragraph after the list: 'We will also …' adds one more item, and its owner sentence is read",
    markdown: [
      "- Expire every session issued before the leak (Priya Nair, done)",
      "",
      "We will also rotate the token signing key. Marco Ruiz owns it.",
      "",
      "Thanks to everyone who stayed up for this.",
    ].join("\n"),
    items: ["Expire every session", "We will also rotate the token signing key"],
  },
  {
    branch:
      "paragraph after the list: 'We will also …' is open and owned by the person named after it",
    markdown:
      "- Expire every session issued before the leak (Priya Nair, done)\n\nWe will also rotate the token signing key. Marco Ruiz owns it.",
    item: "We will also rotate",
    expect: { owners: ["Marco Ruiz"], status: "open" },
  },
  {
    branch:
      "paragraph after the list: 'We opened <issue> to …' is an open item whose tracker is the issue",
    markdown:
      "- Cap the upstream timeout at 2 s (Lena Ott)\n\nWe opened https://github.com/acme/api/issues/88 to add a retry budget.",
    item: "We opened",
    expect: {
      status: "open",
      owners: [],
      trackers: ["https://github.com/acme/api/issues/88"],
    },
  },
  {
    branch: "paragraph after the list: 'We opened a channel to …' names no ticket and is no item",
    markdown:
      "- Cap the upstream timeout at 2 s (Lena Ott)\n\nWe opened a bridge channel to coordinate the response.",
    items: ["Cap the upstream timeout"],
  },
  {
    branch:
      "bare lines: a promise to report on the items above ('We will share a follow-up once these …') is no item",
    markdown: [
      "## Next steps",
      "",
      "Renew every gateway certificate automatically (Sara Lind, by 2026-12-15).",
      "",
      "Alert store operations when five stores decline cards at once (Omar Haddad).",
      "",
      "We will share a follow-up once these are in place.",
      "",
      "We'll keep you updated.",
    ].join("\n"),
    items: ["Renew every gateway certificate", "Alert store operations"],
  },
  {
    branch: "bare lines: a follow-up post that is itself the deliverable stays an item",
    markdown: [
      "## Next steps",
      "",
      "Renew every gateway certificate automatically (Sara Lind, by 2026-12-15).",
      "",
      "We will publish a follow-up post with the full timeline by 2026-12-20.",
    ].join("\n"),
    items: ["Renew every gateway certificate", "We will publish a follow-up post"],
  },
  {
    branch:
      "labelled line: 'TODO: write/finish/complete' with a piece of work as object is an item; with the write-up as object a note",
    markdown: [
      "## Lessons learned",
      "",
      "**TODO**: write the replay runbook for the dead-letter queue (Ana Lopes)",
      "",
      "**TODO**: finish the rate limiter rollout to every region (Ben Carter)",
      "",
      "**TODO**: finish this section",
      "",
      "TODO: complete timeline",
    ].join("\n"),
    items: ["write the replay runbook", "finish the rate limiter rollout"],
  },
  {
    branch: "status cell: merged and awaiting its deploy is open",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Merged, awaiting deploy |",
    expect: { status: "open" },
  },
  {
    branch: "status cell: done but for a part left out ('Done (except EU)') is open",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Done (except EU) |",
    expect: { status: "open" },
  },
  {
    branch: "status cell: a change rolled back is open",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Rolled back |",
    expect: { status: "open" },
  },
  {
    branch: "status cell: a change rolled out is done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Rolled out |",
    expect: { status: "done" },
  },
  {
    branch: "status cell: done for some of the whole ('Deployed to 3 of 5 regions') is open",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Deployed to 3 of 5 regions |",
    expect: { status: "open" },
  },
  {
    branch: "status cell: done for all of the whole ('Deployed to 5 of 5 regions') is done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Deployed to 5 of 5 regions |",
    expect: { status: "done" },
  },
  {
    branch: "status cell: implemented but not verified is open",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Implemented but not verified |",
    expect: { status: "open" },
  },
  {
    branch: "status cell: a change that is live is done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Live |",
    expect: { status: "done" },
  },
  {
    branch: "status cell: a change in place is done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | In place |",
    expect: { status: "done" },
  },
  {
    branch: "status cell: done with a note after a comma stays done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag | Ana Lopes | Done, checked by the on-call team |",
    expect: { status: "done" },
  },
  {
    branch: "trailing dash: a status word such as 'Live' after the owner's bracket names nobody",
    markdown: "- Page on replica lag (Ana Lopes) — Live",
    expect: { owners: ["Ana Lopes"] },
  },
  {
    branch: "trailing sentence: done for some of the whole ('— done for 3 of 4 clusters') is open",
    markdown: "- Page on replica lag (Ana Lopes) — done for 3 of 4 clusters",
    expect: { status: "open", owners: ["Ana Lopes"] },
  },
  {
    branch:
      "ticket block: 'Who:' / 'What:' / 'When:' lines are one item, the 'What:' its action and the others its fields",
    markdown:
      "## Action plan\n\n**Who:** Kerstin Vogel\n**What:** Build an editor for the dock table\n**When:** 2027-01-15",
    expect: {
      text: "Build an editor for the dock table",
      owners: ["Kerstin Vogel"],
      deadline: "2027-01-15",
    },
  },
  {
    branch: "owner cell: a unit named '… systems' is a group",
    markdown:
      "| Action | Owner |\n|---|---|\n| Assign an owner for the dock table | Warehouse systems |",
    expect: { owners: ["Warehouse systems"], ownerIsGroup: true },
  },
  {
    branch: "owner after a dash: a unit named '… Operations' is a group",
    markdown: "- Send the store outage notice within 10 minutes — Retail Operations",
    expect: { owners: ["Retail Operations"], ownerIsGroup: true },
  },
  {
    branch: "row label: a 'CAPA #' column's 'CAPA-01' numbers the row, no ticket",
    markdown:
      "| CAPA # | Action | Responsible | Due |\n|---|---|---|---|\n| CAPA-01 | Add an override badge to each ward cabinet | Jo Okafor | 2027-01-15 |",
    expect: { trackers: [], owners: ["Jo Okafor"] },
  },
  {
    branch: "row label: a 'Ticket #' column's 'OPS-41' is the row's ticket",
    markdown:
      "| Ticket # | Action | Responsible |\n|---|---|---|\n| OPS-41 | Add an override badge to each ward cabinet | Jo Okafor |",
    expect: { trackers: ["OPS-41"] },
  },
  {
    branch: "notes list: findings under 'Notes from the review:' in an action section are no items",
    markdown: [
      "- Page on SMS delivery latency above 60 s (Tom Hale)",
      "",
      "Notes from the review:",
      "",
      "- The provider's status page stayed green the whole time.",
      "- We had no alert on delivery latency.",
    ].join("\n"),
    items: ["Page on SMS delivery latency"],
  },
  {
    branch: "notes list: verb-led lines under 'Notes:' stay items",
    markdown: [
      "- Page on SMS delivery latency above 60 s (Tom Hale)",
      "",
      "Notes:",
      "",
      "- Add a second SMS provider (Priya Desai)",
    ].join("\n"),
    items: ["Page on SMS delivery latency", "Add a second SMS provider"],
  },
  {
    branch: "grammar: a drill 'Scheduled … for' a date is set up, not done",
    markdown: "- Scheduled the failover drill for 2027-01-20 (Ana Lopes)",
    expect: { status: "open", owners: ["Ana Lopes"] },
  },
  {
    branch:
      "grammar: a past tense whose next clause leaves the rest to come ('…; a safer version is in review') is open",
    markdown: "- Reverted the config change; a safer version is in review (Ben Carter)",
    expect: { status: "open" },
  },
  {
    branch: "grammar: a past tense with a plain second clause stays done",
    markdown:
      "- Fixed the retry loop in the consumer; the queue drained within minutes (Ben Carter)",
    expect: { status: "done" },
  },
  {
    branch:
      "owner prefix: a step taken with someone ('Raised with finance:') names no owner, and leaves the item open",
    markdown: "- Raised with finance: budget for a second cooling unit",
    expect: { owners: [], status: "open" },
  },
  {
    branch: "grammar: work escalated to a vendor is handed on, not done",
    markdown: "- Escalated the reconnect bug to the cabinet vendor (case 99812)",
    expect: { status: "open" },
  },
  {
    branch: "owner prefix: a team's name before the colon stays its owner",
    markdown: "- Finance: approve the budget for a second cooling unit",
    expect: { owners: ["Finance"], ownerIsGroup: true },
  },
  {
    branch: "owner field: the plural key 'DRIs:' names each person after it",
    markdown: "- Add the lag alert (DRIs: Ana Lopes & Ben Carter)",
    expect: { owners: ["Ana Lopes", "Ben Carter"], text: "Add the lag alert" },
  },
  {
    branch: "trailing bracket: a change '(rolled back)' is open",
    markdown: "- Rebuild the search index on every schema change (rolled back)",
    expect: { status: "open" },
  },
  {
    branch: "trailing bracket: '(landed in #412, reverted in #415)' is taken back, so open",
    markdown:
      "- Rebuild the search index on every schema change (landed in #412, reverted in #415)",
    expect: { status: "open", trackers: ["#412", "#415"] },
  },
  {
    branch: "trailing bracket: '(landed in #412)' alone is done",
    markdown: "- Rebuild the search index on every schema change (landed in #412)",
    expect: { status: "done", trackers: ["#412"] },
  },
  {
    branch:
      "ticket block: a bold 'Title:' over owner and status fields is the action, its key no person",
    markdown:
      "**Title:** Retry the SFTP upload three times\n**Assignee:** Lucia Ortega\n**Status:** Done",
    expect: { owners: ["Lucia Ortega"], status: "done", text: "Retry the SFTP upload three times" },
  },
  {
    branch: "status cell: a progress of '100%' is done",
    markdown: "| Action | Who | Done? |\n|---|---|---|\n| Page on replica lag | Ana Lopes | 100% |",
    expect: { status: "done" },
  },
  {
    branch: "status cell: a progress of '50%' is open",
    markdown: "| Action | Who | Done? |\n|---|---|---|\n| Page on replica lag | Ana Lopes | 50% |",
    expect: { status: "open" },
  },
  {
    branch: "deadline: 'week 3' standing as a field in the closing bracket is that ISO week",
    markdown: "- Add synthetic checks for the login page (Ana Lopes, week 3)",
    expect: { deadline: "week 3", owners: ["Ana Lopes"] },
  },
  {
    branch: "deadline: 'in week 3 of the rollout' counts weeks of something else, no deadline",
    markdown: "- Add synthetic checks for the login page in week 3 of the rollout (Ana Lopes)",
    expect: { deadline: null },
  },
];
