import type { FieldRow } from "../fieldRow";

// Shapes written by teams whose documents the dev set does not hold: fields after a dash, a done date
// after the action, a person named beside a group, cadences, and sections of work that will not be done.
export const rows: FieldRow[] = [
  {
    branch: "owner prefix: a colon after a dash belongs to a field, not to a name before it",
    markdown: "- Purge the stale exports — Owner: Wren Adeyemi — OPS-771",
    expect: { owners: ["Wren Adeyemi"], trackers: ["OPS-771"], status: "open" },
  },
  {
    branch: "trailing done: a done date after a dash reports the work finished",
    markdown: "- Purge the stale exports — Owner: Wren Adeyemi — OPS-771 — done 2026-06-04",
    expect: { status: "done", owners: ["Wren Adeyemi"] },
  },
  {
    branch: "trailing done: in italics after bold fields",
    markdown:
      "- Purge the stale exports — **Owner:** Wren Adeyemi — **Due:** 2026-06-05 — OPS-771 — *done 2026-06-04*",
    expect: { status: "done", owners: ["Wren Adeyemi"], deadline: "2026-06-05" },
  },
  {
    branch: "trailing done: 'Done on <date>' after the parenthetical keeps the owner in it",
    markdown: "- Purge the stale exports (Wren Adeyemi, OPS-771) — Done on 2026-06-04",
    expect: { status: "done", owners: ["Wren Adeyemi"], trackers: ["OPS-771"] },
  },
  {
    branch: "trailing done: a dash and a condition is no report",
    markdown: "- Wren: page the on-call — closed tickets do not count (OPS-772)",
    expect: { status: "open" },
  },
  {
    branch: "owner field: a group, then the person in it in brackets: the person owns it",
    markdown: "- Purge the stale exports — **Owner:** Storage ops (Wren Adeyemi) — OPS-771",
    expect: { owners: ["Wren Adeyemi"], ownerIsGroup: false },
  },
  {
    branch: "owner field: a person in brackets who only says where the owner sits stays out",
    markdown: "- Purge the stale exports — Owner: Wren Adeyemi (Storage) — OPS-771",
    expect: { owners: ["Wren Adeyemi"] },
  },
  {
    branch: "owner: 'X from <group>' names the person",
    markdown: "- Purge the stale exports (owner: Wren Adeyemi from storage ops, OPS-771)",
    expect: { owners: ["Wren Adeyemi"], ownerIsGroup: false, trackers: ["OPS-771"] },
  },
  {
    branch: "owner field: a tracker link after the name is not part of it",
    markdown:
      "- Purge the stale exports (Owner: Wren, [OPS-771](https://jira.example.com/browse/OPS-771))",
    expect: { owners: ["Wren"] },
  },
  {
    branch: "owner field: two people after the key stay two owners",
    markdown: "- Purge the stale exports (Owner: Wren, Ilse)",
    expect: { owners: ["Wren", "Ilse"] },
  },
  {
    branch: "deadline: a cadence says how often, not by when",
    markdown: "- Wren: run a restore drill every month (OPS-773)",
    expect: { deadline: null, owners: ["Wren"] },
  },
  {
    branch: "deadline: 'recurring quarterly' is no deadline either",
    markdown: "- Wren: review the restore drill results, recurring quarterly (OPS-774)",
    expect: { deadline: null },
  },
  {
    branch: "status: items under a 'Not doing' sub-heading are dropped",
    markdown:
      "## Action items\n\n### Ideas we parked\n\n- Rewrite the export service in another language\n",
    expect: { status: "deprioritized", owners: [] },
  },
  {
    branch: "status: 'Out of scope' drops the items under it, 'Backlog' does not",
    markdown:
      "## Action items\n\n### Out of scope\n\n- Replace the message queue\n\n### Backlog\n\n- Add tracing to the export worker (OPS-775)\n",
    item: "Add tracing",
    expect: { status: "open", trackers: ["OPS-775"] },
  },
  {
    branch: "status: a sub-heading naming dropped traffic is a kind of action, not a decision",
    markdown:
      "## Action items\n\n### Dropped connections\n\n- Wren: add a retry to the export client (OPS-776)\n",
    expect: { status: "open", owners: ["Wren"] },
  },
  {
    branch: "strikethrough: the decision after the struck action is not part of its text",
    markdown: "- ~~Rewrite the export worker~~ — won't do: the current one meets its target",
    items: ["Rewrite the export worker"],
    expect: { status: "deprioritized" },
  },
  {
    branch: "table: 'Done' in the due column finishes the row",
    markdown:
      "| Action | Owner | Due |\n|---|---|---|\n| ~~Roll the cache TTL back~~ | Wren Adeyemi | Done |\n",
    expect: { status: "done", deadline: null, owners: ["Wren Adeyemi"] },
  },
  {
    branch: "items: sub-items led by 'include' are what the parent's document holds, not items",
    markdown: [
      "- Wren: write a runbook entry for a stalled export (OPS-777, by 2027-01-15)",
      "    - Include the command that restarts the consumer",
      "    - Include how to check the backlog is shrinking",
    ].join("\n"),
    items: ["write a runbook entry"],
  },
  {
    branch:
      "owner: a named subject that takes the item on in its own sentence ('Hollis owns this')",
    markdown:
      "## What we will change\n\nWe will cap the migration job at a fifth of the request budget. Hollis owns this, tracked in STOR-41.\n\nWe will also add an alert on the queue depth.\n",
    expect: { owners: ["Hollis"], trackers: ["STOR-41"] },
  },
  {
    branch: "owner: 'the team owns it' names nobody",
    markdown: "- Cap the migration job at a fifth of the request budget. The team owns it.",
    expect: { owners: [] },
  },
  {
    branch: "prefix: a priority in parentheses is a tag, not an owner",
    markdown: "- **AI-1** (P1) Raise the cache node memory to 64 GiB — Chen Wu — 2026-09-09",
    expect: { owners: ["Chen Wu"], deadline: "2026-09-09", verb: "outcome" },
  },
  {
    branch: "tracker: a project-relative reference ('ci#815') is an issue",
    markdown: "- Priya: document cache sizing (ci#815)",
    expect: { trackers: ["ci#815"] },
  },
  {
    branch: "trailing: five parts after dashes are all read, the tick after 'Completed' too",
    markdown:
      "- **AI-4** (P2) Document cache sizing — Priya — 2026-09-30 — ci#815 — Completed \u2714",
    expect: { status: "done", owners: ["Priya"], deadline: "2026-09-30", trackers: ["ci#815"] },
  },
  {
    branch:
      "paragraphs: a numbered bold title over sentences is an item when its title opens with a verb",
    markdown:
      "## Actions\n\n**1. Route around a failing acquirer.** Send new payments to the backup when declines pass 5%. Owner: Wren. Target: end of November. PAYM-91.\n\n**2. Better visibility.** We need better visibility into acquirer health.\n",
    items: ["Route around a failing acquirer", "Better visibility"],
    expect: { owners: ["Wren"], deadline: "end of November", trackers: ["PAYM-91"] },
  },
  {
    branch: "inline field: a value ends at a sentence end, but not at an initial",
    markdown: "- Purge the stale exports. Owner: J. Adeyemi. Due: end of January.",
    expect: { owners: ["J. Adeyemi"], deadline: "end of January" },
  },
  {
    branch: "action text: field sentences cut out of brackets leave no empty brackets",
    markdown: "- Purge the stale exports (Owner: Wren. Due: 2027-01-05)",
    items: ["Purge the stale exports"],
    expect: { owners: ["Wren"], deadline: "2027-01-05" },
  },
  {
    branch: "owner cell: a hyphenated handle that opens with a function is a team",
    markdown: "| Action | Owner |\n|---|---|\n| Run a replica-loss game day | sre-ledger |\n",
    expect: { owners: ["sre-ledger"], ownerIsGroup: true },
  },
  {
    branch: "owner cell: a hyphenated first name is a person",
    markdown: "| Action | Owner |\n|---|---|\n| Run a replica-loss game day | jean-luc |\n",
    expect: { owners: ["jean-luc"], ownerIsGroup: false },
  },
  {
    branch: "owner key: 'Owner(s):' in front names every owner after it",
    markdown: "- [ ] Owner(s): @tam, @nkosi — Add a contract test for the feature store — ML-332",
    expect: { owners: ["@tam", "@nkosi"], trackers: ["ML-332"] },
  },
  {
    branch: "owner: 'ASAP' after a dash is no owner (and no deadline)",
    markdown: "- [ ] Decide on retention for raw events — @tam — ASAP",
    expect: { owners: ["@tam"], deadline: null },
  },
  {
    branch: "deadline: 'by the 15th' is the next 15th",
    markdown: "- [ ] Move materialization to the stream — @tam — ML-333 — by the 15th",
    expect: { deadline: "by the 15th", owners: ["@tam"] },
  },
  {
    branch: "deadline: 'on the 2nd try' is no date",
    markdown: "- [ ] Wren: make the deploy succeed on the 2nd try (ML-334)",
    expect: { deadline: null },
  },
  {
    branch: "task list marks: a due date after the calendar mark, a key written as a tag",
    markdown:
      "- [ ] Add a staleness check to the feature fetch @nkosi \u{1F4C5} 2026-12-10 #ML-330",
    items: ["Add a staleness check to the feature fetch"],
    expect: { deadline: "2026-12-10", trackers: ["ML-330"], owners: ["@nkosi"] },
  },
  {
    branch: "task list marks: a date after the done mark is when it was done, not a deadline",
    markdown: "- [x] Backfill the missing partitions @nkosi \u2705 2026-11-22",
    expect: { status: "done", deadline: null },
  },
  {
    branch: "done: a change reported in the past passive ('was added in …')",
    markdown:
      "## Remediation\n\nAlerting on stuck deploys was added in DEP-72.\nOps reviewed the lock runbook and found it accurate.\nNobody was paged because the alert went to email.\nMarta will add a panel for lock age by 2026-10-20 (DEP-73).\n",
    item: "Alerting on stuck deploys",
    expect: { status: "done", trackers: ["DEP-72"] },
  },
  {
    branch: "done: a named team, then a past verb",
    markdown:
      "## Remediation\n\nAlerting on stuck deploys was added in DEP-72.\nOps reviewed the lock runbook and found it accurate.\nNobody was paged because the alert went to email.\nMarta will add a panel for lock age by 2026-10-20 (DEP-73).\n",
    item: "Ops reviewed",
    expect: { status: "done" },
  },
  {
    branch: "items: a line that tells what did not happen is no item (and no report of work done)",
    markdown:
      "## Remediation\n\nAlerting on stuck deploys was added in DEP-72.\nOps reviewed the lock runbook and found it accurate.\nNobody was paged because the alert went to email.\nMarta will add a panel for lock age by 2026-10-20 (DEP-73).\n",
    items: ["Alerting on stuck deploys", "Ops reviewed", "add a panel"],
  },
  {
    branch: "done: a named person with a future verb stays open",
    markdown:
      "## Remediation\n\nAlerting on stuck deploys was added in DEP-72.\nOps reviewed the lock runbook and found it accurate.\nNobody was paged because the alert went to email.\nMarta will add a panel for lock age by 2026-10-20 (DEP-73).\n",
    item: "add a panel",
    expect: { status: "open", owners: ["Marta"] },
  },
  {
    branch: "tracker field: a key with its number still to fill in ('OPS-XXX') is a placeholder",
    markdown:
      "- Add a freshness check to the export job — Owner: @alice — Due 2027-01-15 — Jira: OPS-XXX",
    expect: { trackers: [], owners: ["@alice"] },
  },
  {
    branch:
      "owner prefix: a technical acronym before a colon ('SLO:') is a label, so 'owner TBD' stands",
    markdown: "- SLO: add burn-rate alerts for checkout — owner TBD — Q1",
    expect: { owners: [], deadline: "Q1" },
  },
  {
    branch: "tracker: GitHub's lower-case shorthand 'gh-812'",
    markdown: "- Fix the retry storm in the client (gh-812, Ravi, 2027-01-10)",
    expect: { trackers: ["gh-812"], owners: ["Ravi"] },
  },
  {
    branch: "status cell: a participle that reports the change made ('Sent 2026-11-02') is done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Write the customer note | Sue | Sent 2026-11-02 |\n",
    expect: { status: "done", owners: ["Sue"] },
  },
  {
    branch: "status cell: 'Assigned' or 'Scheduled' moves the work along but is not done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Write the customer note | Sue | Scheduled |\n| Load test the client | Jon | Assigned |\n",
    item: "Load test",
    expect: { status: "open", owners: ["Jon"] },
  },
  {
    branch:
      "items: a single paragraph of commitments is one item, its owner named in a later sentence",
    markdown:
      "## What we will change\n\nWe will cap the migration job at a fifth of the request budget. Hollis owns this, tracked in STOR-41.\n",
    expect: { owners: ["Hollis"], trackers: ["STOR-41"] },
  },
  {
    branch: "section owner: 'Owner: Search team (lead: Priya Shah)' over a list names the lead",
    markdown:
      "## Follow-up items\n\n**Owner: Search team (lead: Priya Shah)**\n\n- Add a canary query before a shard goes live (SRCH-501, by 2027-01-08)\n",
    expect: { owners: ["Priya Shah"], ownerIsGroup: false },
  },
  {
    branch:
      "heading items: 'Action Item #1: <title>' over Description, Assignee, Due date and Jira lines is one item",
    markdown:
      "## Action items\n\n### Action Item #1: Alert on disk usage\n- **Description:** Page when any metrics node passes 85% disk for 10 minutes.\n- **Assignee:** Kofi Mensah\n- **Due date:** 2026-12-01\n- **Jira:** MET-210\n- **Status:** In review\n\n### Action Item #2: Retention review\n- **Description:** Look at whether the 90-day retention is still needed.\n- **Assignee:** Metrics team\n- **Due date:** TBD\n",
    items: ["Alert on disk usage", "Retention review"],
    expect: {
      owners: ["Kofi Mensah"],
      deadline: "2026-12-01",
      trackers: ["MET-210"],
      status: "open",
    },
  },
  {
    branch:
      "heading items: the item's number after 'Action Item' is no tracker ref, 'Assignee' no name",
    markdown:
      "## Action items\n\n### Action Item #1: Alert on disk usage\n- **Description:** Page when any metrics node passes 85% disk for 10 minutes.\n- **Assignee:** Kofi Mensah\n- **Due date:** 2026-12-01\n- **Jira:** MET-210\n- **Status:** In review\n\n### Action Item #2: Retention review\n- **Description:** Look at whether the 90-day retention is still needed.\n- **Assignee:** Metrics team\n- **Due date:** TBD\n",
    item: "Retention review",
    expect: { owners: ["Metrics team"], ownerIsGroup: true, trackers: [], deadline: null },
  },
  {
    branch: "GitLab marks: a label in front is a tag and a milestone is the timebox",
    markdown:
      '- [ ] ~"priority::1" Add autoscaling limits per project — @jdoe — gitlab-org/infra#1201 — %"16.7"',
    items: ["Add autoscaling limits per project"],
    expect: { deadline: "milestone 16.7", owners: ["@jdoe"], verb: "outcome" },
  },
  {
    branch:
      "GitLab marks: the wording after a label is judged ('Improve runner dashboards' is vague)",
    markdown: '- [ ] ~"priority::2" Improve runner dashboards — @asmith — gitlab-org/infra#1203',
    expect: { verb: "vague" },
  },
  {
    branch: "GitLab marks: a percentage and a home folder are no milestone or label",
    markdown: "- Wren: cut p99 latency by 80% and fix ~/.config handling (OPS-9)",
    expect: { deadline: null, verb: "outcome" },
  },
  {
    branch: "items: a past verb late in a wish ('More tests …, which had none') keeps it an item",
    markdown:
      "## Remediation\n\nMore tests for the parser, which had no coverage at all\nNobody was paged because the alert went to email.\n",
    items: ["More tests for the parser"],
    expect: { verb: "vague" },
  },
  {
    branch: "owner prefix: a name, then a dash, then the action ('Alice Smith — evaluate …')",
    markdown: "- [ ] Alice Smith — Add checksum verification after each index swap — SRCH-88",
    items: ["Add checksum verification"],
    expect: { owners: ["Alice Smith"], trackers: ["SRCH-88"], verb: "outcome" },
  },
  {
    branch:
      "owner prefix: 'Unassigned —' in front says nobody owns it, and the wording after it is judged",
    markdown: "- [ ] Unassigned — Evaluate index replication — SRCH-91 — Q1 2027",
    expect: { owners: [], verb: "process", deadline: "Q1 2027" },
  },
  {
    branch: "owner prefix: a component or a hyphenated word before a dash is no owner",
    markdown:
      "- Payments — add retries to the client (OPS-5)\n- Add-on - fix the widget loader (OPS-6)",
    expect: { owners: [] },
  },
  {
    branch: "bold title: a field key after it ('— DRI:') is the key, not an owner",
    markdown: "- **Bound the indexer queue** — DRI: Lena Kovac — Due: 2026-12-20 — SRCH-221",
    expect: { owners: ["Lena Kovac"], deadline: "2026-12-20", trackers: ["SRCH-221"] },
  },
  {
    branch: "bold title: '— DRI: unassigned' says nobody owns it",
    markdown: "- **Pause the indexer on backlog** — DRI: unassigned — SRCH-222",
    expect: { owners: [], trackers: ["SRCH-222"] },
  },
  {
    branch: "owner cell: a system part's name ('Payments') stands for the team that owns it",
    markdown: [
      "| Action | Owner | Due | Ticket |",
      "|---|---|---|---|",
      "| Retry webhook deliveries with backoff | Payments | 2026-12-20 | PAY-312 |",
    ].join("\n"),
    expect: { owners: ["Payments"], ownerIsGroup: true },
  },
  {
    branch: "owner field: a system part's name ('Owner: Billing') is a group",
    markdown: "- Shorten the webhook timeout — Owner: Billing — PAY-3 — 2026-12-20",
    expect: { owners: ["Billing"], ownerIsGroup: true, trackers: ["PAY-3"] },
  },
  {
    branch: "items: a short verb-led line with field lines under it is an item, not a label",
    markdown: [
      "- Add webhook retries",
      "  - Owner: Lena Kovac",
      "  - Due: 2026-12-20",
      "  - PAY-2",
    ].join("\n"),
    items: ["Add webhook retries"],
    expect: { owners: ["Lena Kovac"], deadline: "2026-12-20", trackers: ["PAY-2"] },
  },
  {
    branch:
      "owner subject: a role in brackets after the name ('Jo (EM) to …') names Jo, a decision-maker",
    markdown: "- Jo (EM) to approve a second broker cluster by 2027-01-15 (MQ-382)",
    expect: { owners: ["Jo"], ownerIsGroup: false },
  },
  {
    branch: "trailing: '— waiting on the PKI team' says what blocks it; the owner before it stays",
    markdown:
      "- Blocked: rotate the broker TLS certificates (Lin, MQ-391, 2026-12-31) — waiting on the PKI team",
    expect: { owners: ["Lin"], deadline: "2026-12-31", trackers: ["MQ-391"], status: "open" },
  },
  {
    branch:
      "wording: a vague title over a Description field that names the change is judged by the description",
    markdown: [
      "- Improve reconciliation (Dmitri, LED-53, 2026-12-18)",
      "  - Description: split the nightly reconciliation into hourly batches",
    ].join("\n"),
    expect: { verb: "outcome", owners: ["Dmitri"] },
  },
  {
    branch: "wording: a vague title over a Description field that is vague too stays vague",
    markdown: [
      "- Improve reconciliation (Dmitri, LED-55, 2026-12-18)",
      "  - Description: make reconciliation better",
    ].join("\n"),
    expect: { verb: "vague" },
  },
  {
    branch: "deadline: 'at the next all-hands' is the next such event",
    markdown: "- Present the reconciliation findings at the next all-hands (Dmitri, LED-52)",
    expect: { deadline: "at the next all-hands", owners: ["Dmitri"] },
  },
  {
    branch: "status shortcodes: ':white_check_mark:' in front reports it done, as '✅' does",
    markdown: "- :white_check_mark: Rotate the runner registration token (Marc, CI-90)",
    expect: { status: "done", owners: ["Marc"], trackers: ["CI-90"] },
  },
  {
    branch: "status shortcodes: ':white_check_mark:' alone in a Status cell is done",
    markdown: [
      "| Action | Owner | Status |",
      "|---|---|---|",
      "| Autoscale the runner pool between 10 and 60 runners | Wen | :white_check_mark: |",
    ].join("\n"),
    expect: { status: "done", owners: ["Wen"] },
  },
  {
    branch:
      "trailing: a progress note after a parenthetical of fields is read past ('— draft shared')",
    markdown: "- Write a model-release checklist (Hana, SRCH-314) — draft shared for comments",
    expect: { owners: ["Hana"], trackers: ["SRCH-314"], status: "open" },
  },
  {
    branch: "trailing: a status after the fields behind a colon ('(Hana, SRCH-313): in review')",
    markdown:
      "- Re-run the relevance analysis with the fixed tokenizer (Hana, SRCH-313): in review",
    expect: { owners: ["Hana"], trackers: ["SRCH-313"], status: "open" },
  },
  {
    branch: "grammar: 're-run …' is a verb again, and 'fixed tokenizer' is no 'fixed to'",
    markdown: "- Re-run the relevance analysis with the fixed tokenizer (Hana, SRCH-317)",
    expect: { status: "open" },
  },
  {
    branch:
      "trailing: the last hyphen-dash part names the owner after a hyphen-dash label ('P2 - … - Priya')",
    markdown: "- P2 - Add a replication lag alert - Priya",
    expect: { owners: ["Priya"] },
  },
  {
    branch:
      "owner prefix: a category tag in brackets ('[Mitigation]') is no owner and leaves the verb first",
    markdown: "- [Mitigation] Add a replication lag alert (Priya, OPS-31, 2026-12-20)",
    expect: { owners: ["Priya"], verb: "outcome" },
  },
  {
    branch: "mentions: a Notion-style '@Alice Smith' names the person with her surname",
    markdown: "- [ ] Add a replication lag alert @Alice Smith December 12, 2026",
    expect: { owners: ["Alice Smith"], deadline: "December 12, 2026" },
  },
  {
    branch: "mentions: a month after the mention is the date, not a surname ('@Bob Dec 12')",
    markdown: "- [ ] Add a disk usage alert @Bob Dec 12",
    expect: { owners: ["@Bob"], deadline: "Dec 12" },
  },
  {
    branch: "trailing: a parenthetical of fields holding a Markdown link to the ticket",
    markdown:
      "- [ ] Rotate the reindex credentials (Hal, [SRCH-12](https://tracker.example.com/browse/SRCH-12), 2027-01-22)",
    expect: {
      owners: ["Hal"],
      deadline: "2027-01-22",
      trackers: ["SRCH-12"],
      verb: "outcome",
    },
  },
  {
    branch: "trailing: the linked ticket first, the owner after it, in one parenthetical",
    markdown:
      "- Cap the reindex batch at 500 documents ([#123](https://github.com/acme/search/issues/123), Hal)",
    expect: { owners: ["Hal"], trackers: ["#123", "https://github.com/acme/search/issues/123"] },
  },
  {
    branch:
      "inline field: an owner field whose value is a link to the person (a Confluence mention)",
    markdown:
      "- Add a retry budget to the webhook sender. Owner: [Hal Jordan](https://people.example.com/hal). Due: 2027-01-10.",
    expect: { owners: ["Hal Jordan"], deadline: "2027-01-10" },
  },
  {
    branch: "inline field: a linked owner, then a linked ticket, in one parenthetical",
    markdown:
      "- Add a dead-letter queue (Owner: [Hal Jordan](https://people.example.com/hal), Jira: [link](https://tracker.example.com/browse/HOOK-13))",
    expect: { owners: ["Hal Jordan"], trackers: ["https://tracker.example.com/browse/HOOK-13"] },
  },
  {
    branch: "trailing: a reference after the owner's parenthetical ('(Hal) #12')",
    markdown: "- [ ] Add a retry budget to the webhook sender (Hal) #12",
    expect: { owners: ["Hal"], trackers: ["#12"] },
  },
  {
    branch: "trailing: a linked reference after the owner's parenthetical",
    markdown:
      "- [ ] Add a retry budget to the webhook sender (Hal, 2027-01-10) [HOOK-12](https://tracker.example.com/browse/HOOK-12)",
    expect: { owners: ["Hal"], deadline: "2027-01-10" },
  },
  {
    branch: "trailing: a name beside a reference in one part ('— Hal HOOK-12')",
    markdown: "- [ ] Add a retry budget to the webhook sender — Hal HOOK-12",
    expect: { owners: ["Hal"], trackers: ["HOOK-12"] },
  },
  {
    branch: "trailing: the kind of a reference beside it is no owner ('(Epic HOOK-1)')",
    markdown: "- Add a retry budget to the webhook sender (Epic HOOK-1)",
    expect: { owners: [], trackers: ["HOOK-1"] },
  },
  {
    branch: "trackers: an Azure Boards work item as GitHub links it ('AB#4521')",
    markdown: "- Add a canary for the ranking model deploy (Fay, AB#4521, 2027-01-15)",
    expect: { owners: ["Fay"], trackers: ["AB#4521"], deadline: "2027-01-15" },
  },
  {
    branch: "trackers: a Shortcut story in its branch-name form ('sc-12345')",
    markdown: "- Rotate the reindex credentials (Hal, sc-12345)",
    expect: { owners: ["Hal"], trackers: ["sc-12345"] },
  },
  {
    branch:
      "trackers: a ServiceNow problem record; the incident record is no tracker of the action",
    markdown:
      "- Drop the legacy synonyms file from the image (Kim, PRB0041234)\n- Add a heap alarm on search nodes (Lou, INC0041235)",
    items: ["Drop the legacy synonyms file", "Add a heap alarm"],
    expect: { owners: ["Kim"], trackers: ["PRB0041234"] },
  },
  {
    branch: "trackers: an incident record ('INC0041235') is no tracker of the follow-up",
    markdown: "- Add a heap alarm on search nodes (Lou, INC0041235)",
    expect: { owners: ["Lou"], trackers: [] },
  },
  {
    branch: "trailing: a comma list of one name and a reference or a date closes the item",
    markdown:
      "- Pin the JVM heap at 31 GB on search nodes, Dana, https://github.com/acme/search/issues/5, by 2027-01-10",
    expect: {
      owners: ["Dana"],
      deadline: "by 2027-01-10",
      trackers: ["https://github.com/acme/search/issues/5"],
    },
  },
  {
    branch: "trailing: a comma list without a person's name is the action's own words",
    markdown: "- Add alerts for Kafka, Redis, PAY-12",
    expect: { owners: [], trackers: ["PAY-12"] },
  },
  {
    branch:
      "owns this: in a closing parenthetical the bracket stands for the object ('(Dana to drive)')",
    markdown:
      "- Add a retry budget to the webhook sender (Dana to drive)\n- Add a dead-letter queue (Dana is on it)",
    items: ["Add a retry budget to the webhook sender", "Add a dead-letter queue"],
    expect: { owners: ["Dana"] },
  },
  {
    branch: "owns this: '(Dana is on it)' names Dana, not a group called 'Dana is on it'",
    markdown: "- Add a dead-letter queue (Dana is on it)",
    expect: { owners: ["Dana"], ownerIsGroup: false },
  },
  {
    branch: "items: ballot-box lines beside a list are checklist items ('☐ Add …', '☑ Page …')",
    markdown:
      "- Add a 5xx alert on the checkout API (Dana, CHK-1, 2027-01-10)\n\n☐ Add a runbook entry for pricing rollbacks — Jon — CHK-6 — 2027-01-20\n☑ Page the pricing on-call on checkout 5xx — Kim — CHK-7",
    items: [
      "Add a 5xx alert on the checkout API",
      "Add a runbook entry for pricing rollbacks",
      "Page the pricing on-call on checkout 5xx",
    ],
    item: "Page the pricing on-call",
    expect: { owners: ["Kim"], status: "done", trackers: ["CHK-7"] },
  },
  {
    branch: "trailing: a part the readers do not know after a name in a dash list is read past",
    markdown: "- Add a pricing SLO — Ivy — 12/2026\n- Add a bulkhead — Wes — every sprint",
    items: ["Add a pricing SLO", "Add a bulkhead"],
    expect: { owners: ["Ivy"] },
  },
  {
    branch: "trailing: a cadence after a name is no deadline ('— Wes — every sprint')",
    markdown: "- Add a bulkhead — Wes — every sprint",
    expect: { owners: ["Wes"], deadline: null },
  },
  {
    branch: "trailing: without a name before it an unknown dash part stays the action's words",
    markdown: "- Add a retry cap — for checkout — someday",
    expect: { owners: [] },
  },
  {
    branch:
      "fields: What / Who / When lines under one bullet; 'What:' labels the action, 'When:' is its deadline",
    markdown:
      "- **What:** Pin the schema registry version in the deploy manifest\n  **Who:** Noor Valdivia\n  **When:** 2026-07-10\n- **What:** Backfill the dropped events from the client buffer\n  **Who:** Elias Brandvold\n  **When:** done\n",
    items: ["Pin the schema registry version", "Backfill the dropped events"],
    expect: { owners: ["Noor Valdivia"], deadline: "2026-07-10", status: "open" },
  },
  {
    branch: "fields: 'When: done' reports the item done",
    markdown:
      "- **What:** Backfill the dropped events from the client buffer\n  **Who:** Elias Brandvold\n  **When:** done\n",
    expect: { status: "done", deadline: null },
  },
  {
    branch: "trailing fields in square brackets: '[Name] [due: …] [KEY]' after the action",
    markdown:
      "- Add request coalescing to the catalog cache client [Efua Lindqvist] [due: 2026-03-20] [CAT-301]",
    expect: { owners: ["Efua Lindqvist"], deadline: "2026-03-20", trackers: ["CAT-301"] },
  },
  {
    branch: "trailing fields in square brackets: a tag is left in the action",
    markdown: "- Add request coalescing to the catalog cache client [P1]",
    expect: { owners: [] },
  },
  {
    branch: "trailing dash owner: the dash and name in bold ('**— Name**')",
    markdown:
      "- Cap webhook retries at 5 with exponential backoff **— Jonah Prieto** (PAY-501, 2026-12-11)",
    expect: { owners: ["Jonah Prieto"], deadline: "2026-12-11", trackers: ["PAY-501"] },
  },
  {
    branch:
      "trailing: a long bare tracker URL in the parenthetical counts short ('(Ana, https://…, date)')",
    markdown:
      "- Add a cache warmer (Ana, https://tracker.example.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY-133, 2027-01-10)",
    expect: { owners: ["Ana"], deadline: "2027-01-10" },
  },
  {
    branch: "trackers: an item opened on a GitHub project board is a tracker link",
    markdown:
      "- Add a mapping check (Ana, https://github.com/orgs/acme/projects/3/views/1?pane=issue&itemId=138)",
    expect: {
      owners: ["Ana"],
      trackers: ["https://github.com/orgs/acme/projects/3/views/1?pane=issue&itemId=138"],
    },
  },
  {
    branch: "trackers: a GitHub project board without an item is no tracker link",
    markdown: "- Add a mapping check (Ana, https://github.com/orgs/acme/projects/3/views/1)",
    expect: { trackers: [] },
  },
  {
    branch: "trackers: an error tracker's issue (a Sentry link) is no home for the work",
    markdown:
      "- Add a query budget (Ana, https://sentry.io/organizations/acme/issues/131/, 2027-01-10)",
    expect: { owners: ["Ana"], trackers: [] },
  },
  {
    branch: "trailing: an arrow to a person hands the item to them ('… → Dana', '… => Dana, date')",
    markdown:
      "- Add a retry budget to the webhook sender → Dana\n- Add a dead-letter queue => Dana, 2027-01-10\n- Migrate the cache -> Redis",
    items: [
      "Add a retry budget to the webhook sender",
      "Add a dead-letter queue",
      "Migrate the cache -> Redis",
    ],
    expect: { owners: ["Dana"] },
  },
  {
    branch:
      "trailing: an arrow to a product is the action's own words ('Migrate the cache -> Redis')",
    markdown: "- Migrate the cache -> Redis",
    expect: { owners: [] },
  },
  {
    branch:
      "trailing: a dropping status word after the owner ('— Oren Katz — Duplicate') is no second owner",
    markdown: "- Add a GC alarm — Oren Katz — Duplicate",
    expect: { owners: ["Oren Katz"], status: "deprioritized" },
  },
];
