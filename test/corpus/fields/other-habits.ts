import type { FieldRow } from "../fieldRow";

// Habits of teams whose write-ups the dev set does not hold: dash lists that end in a part no reader
// knows, owners asked or reported in prose, field lines with a hyphen, pipes between fields.
export const rows: FieldRow[] = [
  {
    branch: "trailing dash: a reference between the owner and a last unknown part keeps the owner",
    markdown: "- Ship the suggester behind a flag — Jon Berg — SRCH-682 — S43",
    expect: { owners: ["Jon Berg"], trackers: ["SRCH-682"] },
  },
  {
    branch: "trailing parts: a weekday standing alone is the day it is due by",
    markdown: "- Ship the suggester behind a flag — Jon Berg — SRCH-682 — Friday",
    expect: {
      owners: ["Jon Berg"],
      deadline: "Friday",
      text: "Ship the suggester behind a flag",
    },
  },
  {
    branch:
      "field lines: a key and a dash on a wrapped line of a numbered item, as a word processor exports it",
    markdown:
      "1. Cap the retry backoff at 10 minutes\n   Owner - Tomasz Zielinski\n   Due - 2026-12-12\n   Ticket - PAY-881",
    expect: {
      owners: ["Tomasz Zielinski"],
      deadline: "2026-12-12",
      trackers: ["PAY-881"],
      text: "Cap the retry backoff at 10 minutes",
    },
  },
  {
    branch: "owner request: 'Ask Ana to …' hands the work to Ana",
    markdown: "- Ask Bruno to add limiter decisions to the audit log — AUTH-304",
    expect: {
      owners: ["Bruno"],
      trackers: ["AUTH-304"],
      verb: "outcome",
      text: "add limiter decisions to the audit log",
    },
  },
  {
    branch: "owner request: asking a group to act names nobody of ours",
    markdown: "- Ask AWS to raise the NAT gateway quota",
    expect: { owners: [] },
  },
  {
    branch: "owner request: 'Ana, can you …?' names Ana, and the request is no open question",
    markdown: "- Kwame, can you write the limiter tuning guide? AUTH-305",
    expect: {
      owners: ["Kwame"],
      verb: "outcome",
      text: "write the limiter tuning guide",
    },
  },
  {
    branch: "owner subject: a person's name, then an -ing action verb and its object",
    markdown: "- Luca Romano is moving export workers onto their own node pool (EXP-41)",
    expect: { owners: ["Luca Romano"], trackers: ["EXP-41"] },
  },
  {
    branch: "owner subject: an -ing form without an object is a trend, not work taken on",
    markdown: "- Traffic is increasing steadily — see the capacity plan",
    expect: { owners: [] },
  },
  {
    branch:
      "owner cell: 'TBD' in the owner column writes the owner as a placeholder, as 'Owner: TBD' does",
    markdown:
      "## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add schema validation to the consumer | TBD | 2026-12-18 |",
    expect: { owners: [], ownerUnassigned: true },
  },
  {
    branch: "owner cell: a blank owner cell writes nothing, so it is no placeholder",
    markdown:
      "## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add schema validation to the consumer | &nbsp; | 2026-12-18 |",
    expect: { owners: [], ownerUnassigned: false },
  },
  {
    branch: "trailing pipes: fields after spaced pipes, as after spaced dashes",
    markdown: "- Add a row-count check to the report job | Ana Ruiz | 2026-12-01 | REP-20",
    expect: {
      owners: ["Ana Ruiz"],
      deadline: "2026-12-01",
      trackers: ["REP-20"],
      text: "Add a row-count check to the report job",
    },
  },
  {
    branch: "trailing pipes: a shell pipe in the action is no field",
    markdown: "- Add `journalctl | grep oom` to the triage runbook — Ana Ruiz",
    expect: { owners: ["Ana Ruiz"], text: "Add journalctl | grep oom to the triage runbook" },
  },
  {
    branch:
      "trailing paren: a bracketed reference and a date after the owner's parenthetical keep the owner",
    markdown: "- Add a timeout budget to the autocomplete service (Carla) [SRCH-680] 2026-12-18",
    expect: {
      owners: ["Carla"],
      trackers: ["SRCH-680"],
      deadline: "2026-12-18",
      text: "Add a timeout budget to the autocomplete service",
    },
  },
  {
    branch: "trailing paren: words after a parenthetical are the action's own",
    markdown: "- Add a timeout (per request) to the 2 autocomplete calls",
    expect: { owners: [], text: "Add a timeout (per request) to the 2 autocomplete calls" },
  },
  {
    branch: "trailing dash: a bracketed note inside the last dash part keeps the owner before it",
    markdown: "- Add a delivery-latency SLO for push — Dario Conti — PUSH-72 — next sprint (S42)",
    expect: {
      owners: ["Dario Conti"],
      trackers: ["PUSH-72"],
      deadline: "next sprint",
      text: "Add a delivery-latency SLO for push",
    },
  },
  {
    branch: "deadline event: a named freeze is read whole ('before the release freeze')",
    markdown: "- Ask Jonas to write the reindex runbook before the release freeze",
    expect: {
      owners: ["Jonas"],
      deadline: "before the release freeze",
      text: "write the reindex runbook",
    },
  },
  {
    branch: "owner prefix: a group between two dashes opens the item",
    markdown: "- — Dev — Make the report job fail loudly on an empty table — REP-22",
    expect: {
      owners: ["Dev"],
      ownerIsGroup: true,
      trackers: ["REP-22"],
      text: "Make the report job fail loudly on an empty table",
    },
  },
  {
    branch: "owner prefix: a capitalised name and 'team' before a dash is a group owner",
    markdown: "- Data team — Rebuild the missing reports — REP-23",
    expect: { owners: ["Data team"], ownerIsGroup: true, text: "Rebuild the missing reports" },
  },
  {
    branch: "owner: a possessive name ('(Ana's)') names the person, without the 's",
    markdown: "- Lower the limiter alert threshold (Ana's) — AUTH-303",
    expect: { owners: ["Ana"], trackers: ["AUTH-303"] },
  },
  {
    branch: "owned by: 'Assigned to <name>, due …' ends the name at the comma",
    markdown:
      "- Rebuild the search index nightly until the fix lands. Assigned to Giulia Conti, due 12/14.",
    expect: { owners: ["Giulia Conti"], deadline: "12/14" },
  },
  {
    branch: "bold title: fields after a middle dot are fields, not an owner called '· DRI'",
    markdown:
      "- **Pin the feature store client to 4.2** · DRI: Noor Saleh · ETA: 2026-12-12 · ML-301",
    expect: {
      owners: ["Noor Saleh"],
      deadline: "2026-12-12",
      trackers: ["ML-301"],
      text: "Pin the feature store client to 4.2",
    },
  },
  {
    branch: "bold title: a placeholder after a middle-dot owner key leaves the item unassigned",
    markdown: "- **Write a freshness SLO** · DRI: ? · ML-303",
    expect: { owners: [], ownerUnassigned: true },
  },
  {
    branch:
      "status: a drop word after a preposition describes the noun ('Alert on dropped log lines')",
    markdown: "- Alert on dropped log lines — Aditi Rao — LOG-56",
    expect: { status: "open", owners: ["Aditi Rao"] },
  },
  {
    branch: "status: a drop word closing the item still drops it",
    markdown: "- Alert on log lines — Aditi Rao — dropped",
    expect: { status: "deprioritized" },
  },
  {
    branch: "status cell: a green mark with 'On track' beside it is open work in good health",
    markdown:
      "## Action items\n\n| Status | Action | Owner |\n|---|---|---|\n| 🟢 On track | Add tunnel health to the network dashboard | Zara Ahmed |",
    expect: { status: "open", owners: ["Zara Ahmed"] },
  },
  {
    branch: "status cell: a green mark alone still reads done",
    markdown:
      "## Action items\n\n| Status | Action | Owner |\n|---|---|---|\n| 🟢 | Add tunnel health to the network dashboard | Zara Ahmed |",
    expect: { status: "done" },
  },
  {
    branch: "owner subject: the person after a time phrase and a comma owns the work",
    markdown:
      "## Next steps\n\nOver the next two weeks, Marco Bianchi will add contract tests between checkout and the payment SDK (CHK-710).",
    expect: { owners: ["Marco Bianchi"], trackers: ["CHK-710"] },
  },
  {
    branch: "owner subject: 'we' after a time phrase names nobody",
    markdown: "- In January, we will add contract tests between checkout and the payment SDK",
    expect: { owners: [] },
  },
  {
    branch:
      "table: an ID column beside a column named for tickets labels the row; its 'PA-2' is no ticket",
    markdown:
      "## Action items\n\n| ID | Corrective action | Responsible | Ref |\n|---|---|---|---|\n| PA-2 | Train on-call on config rollback | Ines Lopes | |",
    expect: { trackers: [], owners: ["Ines Lopes"] },
  },
  {
    branch: "table: an ID column with no ticket column may still hold the ticket",
    markdown:
      "## Action items\n\n| ID | Action | Owner |\n|---|---|---|\n| OPS-502 | Stage config pushes to 5% of nodes | Ines Lopes |",
    expect: { trackers: ["OPS-502"] },
  },
  {
    branch: "deadline: a year and a month ('2026-12') is due at the month's end",
    markdown: "- Add a lag alert — Ana Ruiz — OPS-1 — 2026-12",
    expect: { deadline: "2026-12", deadlineDate: "2026-12-31", owners: ["Ana Ruiz"] },
  },
  {
    branch: "deadline: a year and a month that labels a past incident is no deadline",
    markdown: "- Add the lag alert that the 2025-03 incident lacked — Ana Ruiz",
    expect: { deadline: null },
  },
  {
    branch: "deadline event: a holiday or a hand-over is an event to be done before",
    markdown: "- Add a lag alert (Ana Ruiz, by the next on-call handover)",
    expect: { deadline: "by the next on-call handover", owners: ["Ana Ruiz"] },
  },
  {
    branch: "deadline event: 'before Christmas' closing a dash list",
    markdown: "- Add a lag alert — Ana Ruiz — OPS-1 — before Christmas",
    expect: { deadline: "before Christmas", text: "Add a lag alert" },
  },
  {
    branch: "owner key without a colon: 'Owner Omar Haddad —' opens the item",
    markdown: "- Owner Omar Haddad — alert when the metrics ingester lags by 5 minutes — MET-30",
    expect: {
      owners: ["Omar Haddad"],
      trackers: ["MET-30"],
      text: "alert when the metrics ingester lags by 5 minutes",
    },
  },
  {
    branch: "owner key without a colon: a sentence of its own after the action",
    markdown: "- Add a second ingester replica. Owner Omar Haddad. Due 2026-12-20. MET-31",
    expect: { owners: ["Omar Haddad"], deadline: "2026-12-20" },
  },
  {
    branch: "owner key without a colon: 'owner' inside the action's words names no one",
    markdown: "- Notify the service owner Omar about every failed restart",
    expect: { owners: [] },
  },
  {
    branch: "owner field: another key after a comma ends the owner ('backup: …' is not the owner)",
    markdown: "- Document the provider failover (owner: Ana Ruiz, backup: Tariq Aziz) — SMS-14",
    expect: { owners: ["Ana Ruiz"], trackers: ["SMS-14"], text: "Document the provider failover" },
  },
  {
    branch: "trailing parts: a weekday before a date belongs to the date ('due Friday 12th Dec')",
    markdown: "- Run a provider failover drill — Ana & Tariq — SMS-15 — due Friday 12th Dec",
    expect: {
      owners: ["Ana", "Tariq"],
      deadline: "due Friday 12th Dec",
      text: "Run a provider failover drill",
    },
  },
  {
    branch:
      "GitLab marks: a '/assign @handle' quick action names the owner and leaves the action's words",
    markdown: '- Add retry with backoff to the artifact uploader #211 ~"priority::1" /assign @hkim',
    expect: {
      owners: ["@hkim"],
      trackers: ["#211"],
      text: "Add retry with backoff to the artifact uploader",
    },
  },
  {
    branch: "owner prefix: a name with a bracketed role before a dash ('Lena Vogt (assignee) — …')",
    markdown: "- Lena Vogt (assignee) — add ingester lag to the on-call dashboard — MET-33",
    expect: {
      owners: ["Lena Vogt"],
      trackers: ["MET-33"],
      text: "add ingester lag to the on-call dashboard",
    },
  },
  {
    branch: "labelled line: 'Action:' on a wrapped line of a lesson's list item is an item",
    markdown:
      "## Lessons learned\n\n1. Cache keys expired together after the deploy.\n   Action: add random TTL jitter to cache writes (Ivy Chen, CACHE-70)",
    items: ["add random TTL jitter to cache writes"],
    expect: { owners: ["Ivy Chen"], trackers: ["CACHE-70"] },
  },
  {
    branch: "labelled line: an arrow before 'Action:' only points at the label",
    markdown:
      "## Lessons learned\n\n1. Nobody saw the hit ratio drop for 20 minutes.\n   → Action: alert on hit ratio below 80% — Marcus Hale — CACHE-71",
    items: ["alert on hit ratio below 80%"],
    expect: { owners: ["Marcus Hale"], text: "alert on hit ratio below 80%" },
  },
  {
    branch:
      "owner prefix: the key written inside the bracket with a placeholder ('(owner TBD): …') is unassigned",
    markdown: "- AI-3 (owner TBD): Move billing to the batch platform (ETA: Q1)",
    expect: {
      owners: [],
      ownerUnassigned: true,
      deadline: "Q1",
      text: "Move billing to the batch platform",
    },
  },
  {
    branch: "owner prefix: 'Owner TBD: …' without brackets is unassigned too",
    markdown: "- Owner TBD: publish the drill results to the engineering blog",
    expect: { ownerUnassigned: true, text: "publish the drill results to the engineering blog" },
  },
  {
    branch: "owner subject: 'I' names no one: the writer is not named in the item",
    markdown: "- I'll move the partner certificate to automatic renewal by Friday (OPS-2201)",
    expect: { owners: [], trackers: ["OPS-2201"] },
  },
  {
    branch: "trailing dash: a bracketed reference after the last dash leaves the name before it",
    markdown: "- Add a lag alert — Ana Ruiz — (GH-12)",
    expect: { owners: ["Ana Ruiz"], trackers: ["GH-12"], text: "Add a lag alert" },
  },
  {
    branch: "owned by: 'the <name> team' is read whole as one group",
    markdown: "- Add a lag alert — owned by the SRE team",
    expect: { owners: ["the SRE team"], ownerIsGroup: true, text: "Add a lag alert" },
  },
  {
    branch: "owned by: 'assigned to the payments team' names the group",
    markdown: "- Add a lag alert, assigned to the payments team",
    expect: { owners: ["the payments team"], ownerIsGroup: true },
  },
  {
    branch:
      "comma fields: a closing sentence that is only a name and fields ('… alert. Ana Ruiz, OPS-1, Dec 1.')",
    markdown: "- Add a lag alert on the ingester. Ana Ruiz, OPS-1, Dec 1.",
    expect: { owners: ["Ana Ruiz"], trackers: ["OPS-1"], deadline: "Dec 1" },
  },
  {
    branch: "comma fields: a closing sentence with more than names and fields names no one",
    markdown: "- Add a lag alert on the ingester. Ana, Bob and Carol agreed on it, OPS-1.",
    expect: { owners: [] },
  },
  {
    branch:
      "owner cell: wiki mentions of display names ('@Ana Ruiz @Ben Ode') are the people named",
    markdown:
      "## Action items\n\n| Action item | Assignee | Due date |\n|---|---|---|\n| Schedule reindexing outside business hours | @Ana Ruiz @Ben Ode | Jan 8, 2027 |",
    expect: { owners: ["Ana Ruiz", "Ben Ode"], ownerIsGroup: false },
  },
  {
    branch: "owner cell: a handle stays a handle",
    markdown:
      "## Action items\n\n| Action item | Assignee | Due date |\n|---|---|---|\n| Schedule reindexing outside business hours | @ana.ruiz | Jan 8, 2027 |",
    expect: { owners: ["@ana.ruiz"] },
  },
  {
    branch: "trailing paren: 'due <date>' after the owner's parenthetical keeps the owner",
    markdown: "- Add a lag alert [OPS-1] (Ana Ruiz) due 2026-12-20",
    expect: { owners: ["Ana Ruiz"], deadline: "2026-12-20", text: "Add a lag alert" },
  },
  {
    branch:
      "habits: a writer who bolds every item — the whole item in bold reads as if plain (its subject names the owner)",
    markdown: "- **Dana Whitfield will add a lag alert on the relay at 30s by 2027-01-15.**\n",
    expect: { owners: ["Dana Whitfield"], deadlineDate: "2027-01-15", verb: "outcome" },
  },
  {
    branch: "habits: a bold item wrapped over two lines reads as one plain item",
    markdown:
      "- **We will review who can read the security inbox, and\n  keep that group small.**\n",
    expect: { verb: "process", owners: [] },
  },
  {
    branch:
      "habits: a bold item led by a verb (or an adverb and a verb) over a note is an action, not a label over it",
    markdown:
      "- **Continuously check the threat models of our outside dependencies**\n    - The vendor has done audits of its own code.\n- **Things we will change**\n    - Add a lag alert on the relay at 30s\n    - Cap the retry queue at 500 messages\n",
    items: ["Continuously check", "Add a lag alert", "Cap the retry queue"],
    expect: { status: "open" },
  },
  {
    branch: "habits: a page pasted as a quote, every line behind '> ', reads as if unquoted",
    markdown:
      "> # Relay outage\n>\n> ## Follow-ups\n>\n> **TODO**: add a lag alert on the relay at 30s — Dana Whitfield, due 2027-01-15\n>\n> Action point: cap the retry queue at 500 messages (OPS-77)\n",
    items: ["add a lag alert", "cap the retry queue"],
    expect: { owners: ["Dana Whitfield"], deadlineDate: "2027-01-15" },
  },
];
