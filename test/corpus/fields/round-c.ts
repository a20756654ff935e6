import type { FieldRow } from "../fieldRow";

// Shapes from teams the dev set does not hold, round C: a linked ticket key, owners written as logins
// or with a role, speaker lines pasted from chat, sprint codes and date ranges, sub-tasks of done work.
export const rows: FieldRow[] = [
  {
    branch: "tracker: a key written as a link is one reference; the link is where it opens",
    markdown:
      "- Cap the retry queue at 10k messages [OPS-41](https://tracker.example.com/browse/OPS-41) — Ana Ruiz",
    expect: {
      owners: ["Ana Ruiz"],
      trackers: ["OPS-41"],
      text: "Cap the retry queue at 10k messages",
    },
  },
  {
    branch: "owner field: lower-case logins in a list are each an owner",
    markdown: "- Add a lag panel to the queue dashboard (Owner: jdoe, rsmith and tkim)",
    expect: { owners: ["jdoe", "rsmith", "tkim"], text: "Add a lag panel to the queue dashboard" },
  },
  {
    branch: "owner cell: lower-case logins in a list are each an owner",
    markdown:
      "| Action | Owner | Due |\n|---|---|---|\n| Add a lag panel to the queue dashboard | jdoe, rsmith | 2026-12-01 |",
    expect: { owners: ["jdoe", "rsmith"], deadline: "2026-12-01" },
  },
  {
    branch:
      "trailing parts: a role after a person's name is that person's role, not a second owner",
    markdown: "- Page the secondary when the primary misses 2 pages (Ana Ruiz, SRE lead, OPS-16)",
    expect: { owners: ["Ana Ruiz"], trackers: ["OPS-16"] },
  },
  {
    branch: "owner prefix: a chat speaker in lower case who takes the work on owns it",
    markdown: "- **ana**: I'll add a lag alert on the ingest queue",
    expect: { owners: ["ana"], text: "I'll add a lag alert on the ingest queue" },
  },
  {
    branch: "owner prefix: a chat line's time in brackets is read past to the speaker",
    markdown: "- [10:02] ben: on it, I'll write the failover runbook",
    expect: { owners: ["ben"], text: "on it, I'll write the failover runbook" },
  },
  {
    branch: "owner prefix: a lower-case speaker asking a question owns nothing",
    markdown: "- ben: what about the disk alert?",
    expect: { owners: [] },
  },
  {
    branch: "trailing colons: a name and a reference after colons closing the item are its fields",
    markdown: "- Add a lag alert on the ingest queue: Ana Ruiz: OPS-61",
    expect: {
      owners: ["Ana Ruiz"],
      trackers: ["OPS-61"],
      text: "Add a lag alert on the ingest queue",
    },
  },
  {
    branch: "trailing colons: a name alone after a colon stays the action's own",
    markdown: "- Add a lag alert on the ingest queue: Ana Ruiz",
    expect: { owners: [] },
  },
  {
    branch: "trailing parts: a sprint's code as a field of its own is the deadline",
    markdown: "- Add a lag alert on the ingest queue — Ana Ruiz — S42",
    expect: { owners: ["Ana Ruiz"], deadline: "S42", text: "Add a lag alert on the ingest queue" },
  },
  {
    branch: "trailing parts: a sprint's code in a parenthetical of fields is the deadline",
    markdown: "- Add a lag alert on the ingest queue (Ana Ruiz, OPS-62, S43)",
    expect: { owners: ["Ana Ruiz"], deadline: "S43", trackers: ["OPS-62"] },
  },
  {
    branch: "trailing parts: a storage service's name after a dash is no sprint",
    markdown: "- Move the nightly exports — Ana Ruiz — S3",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a range of days in one month is due by its last day",
    markdown: "- Freeze schema changes on the ledger Dec 3–5, 2026 (Ben Ode, OPS-63)",
    expect: {
      deadline: "Dec 3–5, 2026",
      deadlineDate: "2026-12-05",
      text: "Freeze schema changes on the ledger",
    },
  },
  {
    branch: "deadline: two dates joined by 'to' are a range, due by the second",
    markdown: "- Freeze schema changes on the ledger 2026-12-03 to 2026-12-05 (Ben Ode, OPS-63)",
    expect: { deadline: "2026-12-03 to 2026-12-05", deadlineDate: "2026-12-05" },
  },
  {
    branch: "deadline: 'to' and a purpose after a date is no range",
    markdown: "- Freeze schema changes by 2026-12-01 to unblock the release (Ben Ode, OPS-63)",
    expect: { deadlineDate: "2026-12-01" },
  },
  {
    branch:
      "sub-task: under finished work, keeps its owner and ticket but not the date it was done",
    markdown:
      "- Rebuild the replica set — Ana Ruiz — OPS-14 — done 2026-11-18\n  - [ ] Add a replica health check\n  - [ ] Write the rebuild runbook",
    item: "Add a replica health check",
    expect: { status: "open", owners: ["Ana Ruiz"], trackers: ["OPS-14"], deadline: null },
  },
  {
    branch: "sub-task: under open work, keeps its date",
    markdown:
      "- Rebuild the replica set — Ana Ruiz — OPS-14 — 2026-11-18\n  - [ ] Add a replica health check\n  - [ ] Write the rebuild runbook",
    item: "Add a replica health check",
    expect: { status: "open", owners: ["Ana Ruiz"], deadline: "2026-11-18" },
  },
  {
    branch:
      "owner subject: 'to' before an article is a preposition, so the words before it name no owner",
    markdown: "- Support engineers need read access to the billing console (BILL-90)",
    expect: { owners: [], trackers: ["BILL-90"] },
  },
  {
    branch: "owner passive: the agent of a passive still to happen owns it",
    markdown:
      "- A lag alert on the ingest queue is to be added by Kenji Mori, OPS-64, due 2026-12-11",
    expect: { owners: ["Kenji Mori"], trackers: ["OPS-64"], deadline: "2026-12-11" },
  },
  {
    branch: "owner passive: an object between the participle and the agent",
    markdown:
      "- The reindex job will be moved to the batch pool by Olga Petrova before the next on-call rotation",
    expect: { owners: ["Olga Petrova"], deadline: "before the next on-call rotation" },
  },
  {
    branch: "owner passive: a date after 'by' is the deadline, not an agent",
    markdown: "- The stale cache entries will be purged by Friday (OPS-65)",
    expect: { owners: [], deadline: "by Friday" },
  },
  {
    branch: "owner passive: a tool on the way ('by Fluent Bit to the archive') owns nothing",
    markdown: "- Audit logs to be shipped by Fluent Bit to the cold archive (OPS-66)",
    expect: { owners: [] },
  },
  {
    branch: "inline field: a bracket after the owner, then a sentence's end and the next field",
    markdown:
      "1. Request a higher request-rate quota from the provider. **Owner:** Daniel Kim (EM). **Due:** end of December.",
    expect: {
      owners: ["Daniel Kim"],
      deadline: "end of December",
      text: "Request a higher request-rate quota from the provider.",
    },
  },
  {
    branch:
      "inline field: a team with its lead in brackets, then a sentence's end and the next field",
    markdown:
      "1. Spread writes across 16 prefixes. Owner: storage-team (lead: Daniel Kim). Due: 2026-12-14.",
    expect: { owners: ["Daniel Kim"], deadline: "2026-12-14" },
  },
  {
    branch:
      "inline field: the sentence's full stop after a list of logins is not part of the last one",
    markdown:
      "1. Add a retry with jitter on 503 responses. **Owners:** hlee, mvogel. **Ticket:** STOR-62.",
    expect: { owners: ["hlee", "mvogel"], trackers: ["STOR-62"] },
  },
  {
    branch: "bold title: an owner field after the title's sentence is a field, not a colon owner",
    markdown: "4. **Move** indexing to the new queue. Owner: Farid. SRCH-2214.",
    expect: { owners: ["Farid"], text: "Move indexing to the new queue." },
  },
  {
    branch: "owner prefix: a speaker asking anyone to do the work does not own it",
    markdown: "- **Maya Lind**: can someone add an index to the deploy lock table?",
    expect: { owners: [] },
  },
  {
    branch: "owner prefix: a speaker asking a named person keeps the prefix reading",
    markdown: "- Maya Lind: add an index to the deploy lock table (DEP-56)",
    expect: { owners: ["Maya Lind"] },
  },
  {
    branch: "deadline: a day and month with dots and no year after 'until', as German writers date",
    markdown: "- Add a 3s timeout to the payment client (Owner: Jonas Weber, until 15.01., PAY-71)",
    expect: { owners: ["Jonas Weber"], deadline: "until 15.01.", trackers: ["PAY-71"] },
  },
  {
    branch: "deadline: a calendar week written 'KW 3' or 'CW 5' is the ISO week",
    markdown: "- Roll out the circuit breaker to all payment calls — Lea Schmitt — KW 3",
    expect: { owners: ["Lea Schmitt"], deadline: "KW 3" },
  },
  {
    branch: "deadline: a version at a sentence's end is no day and month",
    markdown: "- Lea Schmitt: pin the payment client to 1.2. PAY-74",
    expect: { deadline: null },
  },
  {
    branch: "tracker: a Chromium bug written with its host and no scheme",
    markdown: "- Patch the WebView crash on old devices — Ines Duarte — crbug.com/1402231",
    expect: { owners: ["Ines Duarte"], trackers: ["crbug.com/1402231"] },
  },
  {
    branch: "owner subject: 'X owns' before a gerund takes the work on",
    markdown: "1. Ana Ruiz owns adding the shard-balance alert (SRCH-301), target 2026-12-12.",
    expect: { owners: ["Ana Ruiz"], trackers: ["SRCH-301"], verb: "outcome" },
  },
  {
    branch: "owner subject: 'owns' before a noun says what a team runs, not who takes this on",
    markdown: "- The search team owns the indexer, so page them on shard imbalance (SRCH-305)",
    expect: { owners: [] },
  },
  {
    branch:
      "title over fields: a line of its own over a list of nothing but its fields is the action",
    markdown:
      "Reconcile the ledger nightly against the bank statement\n- Owner: Femi Adebayo\n- Target date: 2027-01-10\n- Tracking: LEDG-40",
    expect: {
      owners: ["Femi Adebayo"],
      deadline: "2027-01-10",
      trackers: ["LEDG-40"],
      text: "Reconcile the ledger nightly against the bank statement",
    },
  },
  {
    branch: "title over fields: an intro ending in a colon over field lines is no action",
    markdown:
      "All items below share these fields:\n- Owner: Femi Adebayo\n- Target date: 2027-01-10",
    items: [],
  },
  {
    branch:
      "deadline: a range's first day leaves the action text with the date ('between 14 and 18 December')",
    markdown:
      "- Freeze schema changes on the ledger between 14 and 18 December (Ravi Menon, DATA-312)",
    expect: {
      deadline: "between 14 and 18 December",
      text: "Freeze schema changes on the ledger",
    },
  },
  {
    branch: "owner passive: a team named with its noun as the agent is a group owner",
    markdown: "- Purge retries will be handled by the platform team (CDN-40).",
    expect: { owners: ["the platform team"], ownerIsGroup: true },
  },
  {
    branch: "owner passive: a phrasal participle and a name that starts like a month",
    markdown: "- Monitoring for purge latency is to be set up by Jun Park (CDN-41).",
    expect: { owners: ["Jun Park"], trackers: ["CDN-41"] },
  },
  {
    branch: "owners: a role in a dash list beside one person's name is that person's role",
    markdown: "- Page the secondary when the primary misses 2 pages — Ana Ruiz — SRE lead — OPS-16",
    expect: { owners: ["Ana Ruiz"], trackers: ["OPS-16"] },
  },
  {
    branch: "owners: a role after the name in an owner field is that person's role",
    markdown:
      "- Page the secondary when the primary misses 2 pages. Owner: Ana Ruiz, SRE lead. Due: 2026-12-01.",
    expect: { owners: ["Ana Ruiz"], deadline: "2026-12-01" },
  },
];
