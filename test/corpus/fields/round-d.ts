import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round D: sub-tasks of ticked work, item labels that number
// the page's own list, team handles, logins in brackets, findings among numbered paragraphs.
export const rows: FieldRow[] = [
  {
    branch:
      "sub-task: deliverables under a ticked box, with no boxes of their own, are finished with it",
    markdown:
      "- [x] Roll back the bad flag config\n  - Add a guard that rejects an empty allow-list\n  - Test the guard in staging",
    item: "Test the guard in staging",
    expect: { status: "done" },
  },
  {
    branch: "sub-task: beside a sub-task with its own open box, a sub-item without one stays open",
    markdown:
      "- [x] Roll back the bad flag config\n  - [ ] Add a guard that rejects an empty allow-list\n  - Test the guard in staging",
    item: "Test the guard in staging",
    expect: { status: "open" },
  },
  {
    branch: "bare lines: a numbered paragraph that reports what was found is no item",
    markdown: [
      "**1. Page on consumer lag.** The alert fires when the lag passes 500 messages.",
      "",
      "**2. Cap the retry queue** so a stuck consumer cannot fill the disk.",
      "",
      "**3. Reading the broker logs** we noticed that the consumer stalls on every broker restart.",
    ].join("\n"),
    items: ["Page on consumer lag", "Cap the retry queue"],
  },
  {
    branch: "owner mention: a handle that ends in a team's function names the team",
    markdown: "- Add a paging rule for the settlement queue — @settle-sre",
    expect: { owners: ["@settle-sre"], ownerIsGroup: true },
  },
  {
    branch: "owner cell: a handle without its @ that ends in a team's function names the team",
    markdown:
      "| Action | Owner | Due |\n|---|---|---|\n| Add a paging rule for the settlement queue | ledger-eng | 2026-12-01 |",
    expect: { owners: ["ledger-eng"], ownerIsGroup: true },
  },
  {
    branch:
      "owner mention: '-ops' after a system's name is its team, after a person's name the person",
    markdown:
      "- Add a paging rule for the settlement queue @payments-ops\n- Rotate the signing key @nadia-ops",
    item: "Rotate the signing key",
    expect: { owners: ["@nadia-ops"], ownerIsGroup: false },
  },
  {
    branch: "owner mention: '-ops' after a system's name is its team",
    markdown: "- Add a paging rule for the settlement queue @payments-ops",
    expect: { owners: ["@payments-ops"], ownerIsGroup: true },
  },
  {
    branch:
      "item label: a bold corrective-action number in front numbers the page's list, no ticket",
    markdown: "- **CA-2** — Add a lag alert on the settlement queue (Ana Ruiz)",
    expect: { trackers: [], owners: ["Ana Ruiz"], text: "Add a lag alert on the settlement queue" },
  },
  {
    branch: "item label: the same key written plain in front may be a project's ticket",
    markdown: "- CA-12: Add a lag alert on the settlement queue",
    expect: { trackers: ["CA-12"] },
  },
  {
    branch: "row number: a corrective-action number in an ID column labels the row, no ticket",
    markdown:
      "| ID | Action | Owner |\n|---|---|---|\n| PA-4 | Add a lag alert on the settlement queue | Ana Ruiz |",
    expect: { trackers: [], owners: ["Ana Ruiz"] },
  },
  {
    branch: "trailing: a lone lower-case login in the closing brackets owns the item",
    markdown: "- Add a lag alert on the settlement queue (okwame)",
    expect: {
      owners: ["okwame"],
      ownerIsGroup: false,
      text: "Add a lag alert on the settlement queue",
    },
  },
  {
    branch: "trailing: a lower-case English word in the closing brackets names no one",
    markdown:
      "- Add a lag alert on the settlement queue (lag)\n- Page the secondary on a missed page (again)\n- Drop the unused index (cleanup)\n- Add a retry test (flaky)\n- Add a runbook step (staging)",
    items: [
      "Add a lag alert",
      "Page the secondary",
      "Drop the unused index",
      "Add a retry test",
      "Add a runbook step",
    ],
    expect: { owners: [] },
  },
  {
    branch:
      "section owner: a sub-heading that is only the name of someone the page lists owns the items under it",
    markdown: [
      "# Post-mortem: settlement lag",
      "",
      "Authors: Ines Duarte, Kwame Mensah",
      "",
      "## Action items",
      "",
      "### Ines",
      "",
      "- Add a lag alert on the settlement queue",
      "",
      "### Rate Limiting",
      "",
      "- Cap the retry queue at 10k messages",
    ].join("\n"),
    expect: { owners: ["Ines"], ownerIsGroup: false },
  },
  {
    branch:
      "section owner: a sub-heading of a topic the page never lists as a person names no owner",
    markdown: [
      "# Post-mortem: settlement lag",
      "",
      "Authors: Ines Duarte, Kwame Mensah",
      "",
      "## Action items",
      "",
      "### Rate Limiting",
      "",
      "- Cap the retry queue at 10k messages",
    ].join("\n"),
    expect: { owners: [] },
  },
  {
    branch: "trailing dash: an honorific's full stop does not cut the name after a dash",
    markdown: "- Add a disk-usage panel for the settlement hosts — Dr. Ines Duarte",
    expect: {
      owners: ["Dr. Ines Duarte"],
      text: "Add a disk-usage panel for the settlement hosts",
    },
  },
  {
    branch:
      "bare paragraph: several sentences that commit to work under an action heading with no list are one item",
    markdown:
      "We will add a lag alert on the settlement queue that pages within five minutes. Kwame owns it. Due Friday.",
    items: ["We will add a lag alert on the settlement queue"],
    expect: { owners: ["Kwame"], deadline: "Due Friday" },
  },
  {
    branch: "leading mark: a wiki export's '(/)' tick in front says the item is done",
    markdown: "- (/) Rotate the expired SFTP key (Kwame Mensah)",
    expect: { status: "done", owners: ["Kwame Mensah"], text: "Rotate the expired SFTP key" },
  },
  {
    branch: "status cell: a wiki export's '(/)' tick, alone or with a word, says the row is done",
    markdown:
      "| Task | Owner | Status |\n|---|---|---|\n| Rotate the expired SFTP key | Kwame Mensah | (/) |\n| Re-send the missed files | Kwame Mensah | (/) Done |",
    item: "Re-send the missed files",
    expect: { status: "done" },
  },
  {
    branch: "status cell: a lone '(/)' tick says the row is done",
    markdown:
      "| Task | Owner | Status |\n|---|---|---|\n| Rotate the expired SFTP key | Kwame Mensah | (/) |",
    expect: { status: "done" },
  },
  {
    branch: "task cell: a ticked box written in the action's cell says the row is done",
    markdown:
      "| Task | Owner | Status |\n|---|---|---|\n| [x] Re-send the missed files | Kwame Mensah | |",
    expect: { status: "done", text: "Re-send the missed files" },
  },
  {
    branch: "trailing: a ticket key still to fill in ('JIRA-XXX') is no owner and no ticket",
    markdown: "- Shard the suggestions index by locale — JIRA-XXX",
    expect: { owners: [], trackers: [], text: "Shard the suggestions index by locale" },
  },
  {
    branch: "trailing: a ticket key still to fill in beside a name leaves the name the owner",
    markdown: "- Shard the suggestions index by locale (Ines Duarte, OPS-???)",
    expect: { owners: ["Ines Duarte"], trackers: [] },
  },
  {
    branch: "box-led line: a lesson told in the past behind a ballot box is no item",
    markdown: [
      "# Post-mortem: stale flag values",
      "",
      "## Lessons learned",
      "",
      "\u2610 We had no metric for how old a flag value was.",
      "",
      "\u2610 Add a staleness metric for flag reads (Ines Duarte)",
    ].join("\n"),
    items: ["Add a staleness metric for flag reads"],
  },
  {
    branch:
      "owner: a name with its lead in brackets ('Loyalty (lead: …)') is owned by the lead, whatever the team's name",
    markdown: "- Add a unique key on credit events — Rewards (lead: Ines Duarte) — LOY-52",
    expect: { owners: ["Ines Duarte"], ownerIsGroup: false, trackers: ["LOY-52"] },
  },
  {
    branch: "owner: a person with a manager in brackets ('(EM: …)') stays the owner",
    markdown: "- Add a unique key on credit events (Owner: Ines Duarte (EM: Kwame Mensah), LOY-53)",
    expect: { owners: ["Ines Duarte"] },
  },
  {
    branch:
      "bare paragraphs: among one-paragraph items, sentences that only set the scene are no item",
    markdown: [
      "The tax service slowed from 80 ms to 4 s at the peak. Two changes come out of that.",
      "",
      "First, checkout will use the cached rate when the tax service takes over 800 ms. Ines Duarte owns this (TAX-40).",
      "",
      "Second, we will put a 2 s timeout on every tax call (TAX-41).",
    ].join("\n"),
    items: ["First, checkout will use the cached rate", "Second, we will put a 2 s timeout"],
  },
  {
    branch:
      "trailing dash: a clause with a team word inside it is the action's own words, no group owner",
    markdown:
      "- Rotate the leaked deploy keys — Ines Duarte — then tell all customers who used them",
    expect: { owners: ["Ines Duarte"], ownerIsGroup: false },
  },
  {
    branch: "trailing dash: a team named with a word after its team noun is still a group",
    markdown: "- Rotate the leaked deploy keys — SRE team members",
    expect: { owners: ["SRE team members"], ownerIsGroup: true },
  },
  {
    branch: "owner emoji: the name after the person emoji ends at the separator before the action",
    markdown: "- \u{1F464} Ines Duarte: Scan every bucket nightly for public access — SEC-301",
    expect: {
      owners: ["Ines Duarte"],
      ownerIsGroup: false,
      trackers: ["SEC-301"],
      text: "Scan every bucket nightly for public access",
    },
  },
  {
    branch: "owner emoji: a dash after the name separates it from the action",
    markdown: "- \u{1F464} Ines Duarte — Scan every bucket nightly for public access — SEC-301",
    expect: { owners: ["Ines Duarte"], text: "Scan every bucket nightly for public access" },
  },
  {
    branch: "deadline: a wait written with 'after' ('tuning after a week') is no due date",
    markdown:
      "- Alert when the retry queue holds 50k messages\n  - Owner: Ines Duarte\n  - Notes: the threshold may need tuning after a week",
    expect: { owners: ["Ines Duarte"], deadline: null },
  },
  {
    branch:
      "resolution cell: a closed ticket whose Resolution says it was not done is dropped, not done",
    markdown:
      "| Key | Summary | Assignee | Status | Resolution |\n|---|---|---|---|---|\n| AUTH-513 | Move the limiter into the edge proxy | Ravi Menon | Closed | Won't Do |",
    expect: { status: "deprioritized", trackers: ["AUTH-513"] },
  },
  {
    branch: "resolution cell: a closed ticket resolved as fixed stays done",
    markdown:
      "| Key | Summary | Assignee | Status | Resolution |\n|---|---|---|---|---|\n| AUTH-510 | Exempt SSO callbacks from the limiter | Ravi Menon | Closed | Fixed |",
    expect: { status: "done" },
  },
  {
    branch:
      "owner prefix: an owner key with a dash before the name and a colon after it ('DRI — Ana: add …')",
    markdown: "- DRI — Yuki Tanabe: add a policy check to the bucket module in CI (SEC-302)",
    expect: {
      owners: ["Yuki Tanabe"],
      trackers: ["SEC-302"],
      text: "add a policy check to the bucket module in CI",
    },
  },
  {
    branch: "owner prefix: an assignee key with a hyphen before the name and a colon after it",
    markdown: "- Assignee - Yuki Tanabe: add a policy check to the bucket module in CI",
    expect: { owners: ["Yuki Tanabe"], text: "add a policy check to the bucket module in CI" },
  },
  {
    branch:
      "trailing done sentence: a completion report with 'during' after a dash says the item is done",
    markdown: "1. **Roll back the bad remote config** — completed during the incident.",
    expect: { status: "done", text: "Roll back the bad remote config" },
  },
  {
    branch: "leading mark: a wiki's status template in front ('{{done}}') says the item is done",
    markdown: "* {{done}} Restore the quorum settings on every master – T360101",
    expect: {
      status: "done",
      trackers: ["T360101"],
      text: "Restore the quorum settings on every master",
    },
  },
  {
    branch:
      "leading mark: a wiki's status template naming a word that is no status stays in the text",
    markdown: "* {{Note}} Restore the quorum settings on every master – T360101",
    expect: { status: "open" },
  },
  {
    branch:
      "trailing dash: a team word opening a longer phrase that is no team ('team discussion at …') names no group",
    markdown: "- Agree how long planned maintenance may page — team discussion at the next retro",
    expect: { owners: [], deadline: "at the next retro" },
  },
  {
    branch:
      "trailing dash: a team word, then whom it counts ('everyone on the payments rota'), is a group",
    markdown: "- Agree how long planned maintenance may page — everyone on the payments rota",
    expect: { owners: ["everyone on the payments rota"], ownerIsGroup: true },
  },
  {
    branch:
      "mid-sentence brackets: a person's name in brackets before a clause boundary owns the item",
    markdown: "- Add a lag alert on the retry queue (Leo Martins), then tune it after launch",
    expect: { owners: ["Leo Martins"], ownerIsGroup: false },
  },
  {
    branch:
      "mid-sentence brackets: a ticket and a name in brackets before 'and' are the item's fields",
    markdown: "- Add a lag alert on the retry queue (OPS-12, Leo Martins) and page the secondary",
    expect: { owners: ["Leo Martins"], trackers: ["OPS-12"] },
  },
  {
    branch: "mid-sentence brackets: a product's name in brackets owns nothing",
    markdown: "- Page the secondary through the pager (Grafana OnCall) and log each page",
    expect: { owners: [] },
  },
  {
    branch:
      "owner subject: a team's address as the subject ('sec-oncall@… to confirm …') is a group owner",
    markdown: "- security-oncall@example.com to confirm no data was downloaded (SEC-305)",
    expect: { owners: ["security-oncall@example.com"], ownerIsGroup: true },
  },
  {
    branch: "owner subject: a person's address as the subject owns the item",
    markdown: "- ines.duarte@example.com to confirm no data was downloaded (SEC-305)",
    expect: { owners: ["ines.duarte@example.com"], ownerIsGroup: false },
  },
  {
    branch: "colon status: a status word after the item's last colon is its status ('…: done')",
    markdown: "- Audit the other zones for stale records: done",
    expect: { status: "done", text: "Audit the other zones for stale records" },
  },
  {
    branch:
      "colon status: a status word and a note after the last colon ('…: finished, none found')",
    markdown: "- Audit of the other zones: finished, no stale records found.",
    expect: { status: "done", text: "Audit of the other zones" },
  },
  {
    branch: "colon status: an open word and a note after the last colon keeps the item open",
    markdown: "- Audit the other zones: in progress, half of them checked (Ines Duarte)",
    expect: { status: "open", owners: ["Ines Duarte"] },
  },
  {
    branch:
      "colon status: a field's value that reads like a status ('Target: backlog') is no status claim",
    markdown: "- Reset the cursor on fetch errors\n  - Owner: Lars Berg\n  - Target: backlog",
    expect: { status: "open", owners: ["Lars Berg"] },
  },
  {
    branch: "trailing slashes: a name and a ticket after spaced slashes are the item's fields",
    markdown: "- Rotate the keys that sat in the public bucket / Felix Braun / SEC-304",
    expect: {
      owners: ["Felix Braun"],
      trackers: ["SEC-304"],
      text: "Rotate the keys that sat in the public bucket",
    },
  },
  {
    branch: "trailing slashes: words between spaced slashes that name no one stay the action's",
    markdown: "- Add alerts for CPU / memory / disk on the ingest hosts",
    expect: { owners: [], text: "Add alerts for CPU / memory / disk on the ingest hosts" },
  },
  {
    branch: "dropped heading: an 'Icebox' over a list drops its items, as 'Parked' does",
    markdown: "### Icebox\n\n- Replace the sync job with change data capture",
    expect: { status: "deprioritized" },
  },
  {
    branch: "dropped heading: 'Deferred to' a date moves the items to that date",
    markdown: "### Deferred to Q1 2027\n\n- Version every feature table (Mei Lin)",
    expect: { status: "open", deadline: "Q1 2027" },
  },
];
