import type { FieldRow } from "../fieldRow";

// Date forms read beyond ISO and English month names, and ticket keys that look like abbreviations.
export const rows: FieldRow[] = [
  {
    branch: "deadlines: a dotted day-first date ('20.12.2026')",
    markdown: "- Ilse: add a lag alert to the search indexer by 20.12.2026 (SRCH-8)\n",
    expect: { owners: ["Ilse"], deadline: "20.12.2026", trackers: ["SRCH-8"] },
  },
  {
    branch: "deadlines: dotted numbers that are no date (a version) are none",
    markdown: "- Ilse: upgrade the search indexer to 12.10.2 (SRCH-9)\n",
    expect: { deadline: null },
  },
  {
    branch: "trackers: a project key that is also an abbreviation ('API-12') is a ticket",
    markdown: "- Ilse: cap the public API's burst limit at 200 requests (API-12, 2027-01-15)\n",
    expect: { trackers: ["API-12"], deadline: "2027-01-15" },
  },
  {
    branch: "trackers: an encoding or hash name with a number ('UTF-8', 'SHA-256') is no ticket",
    markdown: "- Ilse: store upload names as UTF-8 and check them with SHA-256 by 2027-01-15\n",
    expect: { trackers: [] },
  },
  {
    branch:
      "deadline: 'a second cluster' is no span of time, and 'by mid-January' is the middle of the month",
    markdown: "- Jo to decide whether to fund a second cluster, by mid-January (MQ-380)",
    expect: { deadline: "mid-January", owners: ["Jo"] },
  },
  {
    branch: "deadline: a trailing 'deferred to Q2 2027' gives the new date",
    markdown: "- Upgrade the brokers (Lin, MQ-381) — deferred to Q2 2027",
    expect: { deadline: "deferred to Q2 2027", owners: ["Lin"], trackers: ["MQ-381"] },
  },
  {
    branch: "deadline: a quarter told in words ('in the first quarter of next year')",
    markdown:
      "- Lin: build a traffic-replay environment in the first quarter of next year (EDGE-40)",
    expect: { deadline: "in the first quarter of next year", owners: ["Lin"] },
  },
  {
    branch: "deadline: a month and a four-digit year ('12/2026') is due at that month's end",
    markdown: "- Add a pricing SLO (Ivy, 12/2026)",
    expect: { owners: ["Ivy"], deadline: "12/2026" },
  },
  {
    branch: "deadline: an ISO week without its year ('W03') is the next such week",
    markdown: "- Add a chaos test (Ned, W03)",
    expect: { owners: ["Ned"], deadline: "W03" },
  },
  {
    branch: "deadline: a sprint named by its month ('in the January sprint')",
    markdown: "- Add a load test in the January sprint (Lou)",
    expect: { owners: ["Lou"], deadline: "January sprint" },
  },
  {
    branch: "deadline: a ratio with a slash ('1/2026 requests') is no month",
    markdown: "- Add a sampling rule for 3/20000 requests (Ivy)",
    expect: { owners: ["Ivy"], deadline: null },
  },
  {
    branch: "deadline: an ISO date with a time after it, as trackers export a due date",
    markdown: "- Add a query-timeout alert (Ana, SRCH-1, 2026-12-01T00:00:00Z)",
    expect: {
      deadline: "2026-12-01T00:00:00Z",
      deadlineDate: "2026-12-01",
      owners: ["Ana"],
      text: "Add a query-timeout alert",
    },
  },
  {
    branch: "deadline: the end of a calendar year ('by end of CY2026')",
    markdown: "- Add a slow-log sampler (Ana, SRCH-6, by end of CY2026)",
    expect: { deadline: "by end of CY2026" },
  },
  {
    branch: "deadline: a quarter written year first ('2026Q4')",
    markdown: "- Add a translog check (Ana, SRCH-18, 2026Q4)",
    expect: { deadline: "2026Q4" },
  },
  {
    branch: "deadline: the release the work must ship in ('by v2.3')",
    markdown: "- Add a cache warmer (Ana, SRCH-11, by v2.3)",
    expect: { deadline: "by v2.3" },
  },
  {
    branch: "deadline: a version the work moves to is no deadline ('upgrade the client to v2.3')",
    markdown: "- Upgrade the search client to v2.3 (Ana, SRCH-26)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a year already over is context, not a deadline",
    markdown: "- Add a lag alert; we had three such outages in 2025 (Ana, SRCH-27)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a part of a year ('early 2027', 'mid-2027')",
    markdown:
      "- Add a thread-pool alarm (Ana, SRCH-14, early 2027)\n- Add a GC alarm (Ana, SRCH-13, mid-2027)",
    items: ["Add a thread-pool alarm", "Add a GC alarm"],
    expect: { deadline: "early 2027" },
  },
  {
    branch: "deadline: a week of a month ('first week of January')",
    markdown: "- Add a replica alarm (Ana, SRCH-12, first week of January)",
    expect: { deadline: "first week of January" },
  },
  {
    branch: "deadline: a struck-through old date is a correction, not a strike of the item",
    markdown: "- Add a load-shed rule (Ana, SRCH-9, due ~~2026-12-01~~ 2027-01-12)",
    expect: {
      status: "open",
      deadline: "due 2027-01-12",
      deadlineDate: "2027-01-12",
      owners: ["Ana"],
    },
  },
  {
    branch: "deadline: a struck old date in a Due field line",
    markdown: "- Add a GC alarm\n  - Owner: Ana\n  - Due: ~~2026-12-01~~ 2027-01-18",
    expect: { status: "open", deadline: "2027-01-18" },
  },
  {
    branch: "owner: a struck old owner in an Owner field ('Owner: ~~Ana~~ Bo')",
    markdown: "- Add a GC alarm (Owner: ~~Ana~~ Bo, SRCH-13)",
    expect: { status: "open", owners: ["Bo"] },
  },
  {
    branch:
      "owner: a struck old owner after a long struck action pairs its own marks ('~~…~~ — owner ~~Ana~~ Bo')",
    markdown:
      "- ~~Move the nightly export job off the primary database and onto the reporting replica~~ — replaced by OPS-7, owner ~~Ana Ruiz~~ Bo Lind",
    expect: { status: "deprioritized", owners: ["Bo Lind"] },
  },
  {
    branch: "deadline: 'moved from <old> to <new>' is due at the new date",
    markdown: "- Add a replica alarm (Ana, SRCH-11, moved from 2026-12-01 to 2027-01-16)",
    expect: { deadline: "moved from 2026-12-01 to 2027-01-16", deadlineDate: "2027-01-16" },
  },
  {
    branch: "status: a struck action is still a strike of the item",
    markdown: "- ~~Add a heap dashboard~~ (Ana, SRCH-5)",
    expect: { status: "deprioritized" },
  },
  {
    branch:
      "deadline: a period after 'from' says which data, not by when ('backfill the data from Q3')",
    markdown: "- Backfill the data from Q3 (Ana, SRCH-14)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a written day naming which thing ('rerun the November 1 load test')",
    markdown: "- Rerun the November 1 load test (Ana, SRCH-16)",
    expect: { deadline: null },
  },
  {
    branch:
      "deadline: a period between 'during the' and a noun is still a deadline ('during the H1 sprints')",
    markdown: "- Add a liveness probe to the indexer during the H1 sprints (Ana, SRCH-17)",
    expect: { deadline: "H1" },
  },
  {
    branch: "deadline: a year the work was pushed to ('— deferred to 2027') is due at its end",
    markdown: "- Add a heap alarm — Oren Katz — deferred to 2027",
    expect: { owners: ["Oren Katz"], deadline: "deferred to 2027", deadlineDate: "2027-12-31" },
  },
  {
    branch: "deadline: the words around a deadline leave the action text ('by COB Friday')",
    markdown: "- Hana: document the shard failover by COB Friday",
    expect: { owners: ["Hana"], text: "document the shard failover" },
  },
  {
    branch: "deadline: an event after a quarter leaves the action text ('before the Q1 freeze')",
    markdown: "- Hana: cap the shard retries before the Q1 freeze",
    expect: { owners: ["Hana"], text: "cap the shard retries" },
  },
  {
    branch: "deadline: 'in the next two weeks' leaves the action text whole",
    markdown: "- Hana: rotate the shard keys in the next two weeks",
    expect: { owners: ["Hana"], text: "rotate the shard keys" },
  },
  {
    branch: "deadline: 'by mid-Q1' leaves no 'by mid' behind",
    markdown: "- Hana: move the shard queue to the new cluster by mid-Q1",
    expect: { owners: ["Hana"], text: "move the shard queue to the new cluster" },
  },
  {
    branch:
      "deadline: a span counted from the review leaves the action text ('within 30 days of this review')",
    markdown: "- Hana: upgrade the shard driver within 30 days of this review",
    expect: { owners: ["Hana"], text: "upgrade the shard driver" },
  },
  {
    branch: "deadline: a range written with '..' is due by its last day",
    markdown: "- Hana: rerun the shard backfill for 2026-12-01..2026-12-07",
    expect: { owners: ["Hana"], deadlineDate: "2026-12-07", text: "rerun the shard backfill" },
  },
  {
    branch: "deadline: a range's 'for' leaves the action text with it",
    markdown: "- Hana: pause the shard deploys for 11–14 December",
    expect: { owners: ["Hana"], deadlineDate: "2026-12-14", text: "pause the shard deploys" },
  },
  {
    branch: "deadline: a single date's 'for' is the work's object and stays ('for 2026-11-14')",
    markdown: "- Hana: re-run the shard export for 2026-11-14",
    expect: { owners: ["Hana"], text: "re-run the shard export for" },
  },
  {
    branch: "deadline: 'from X to Y' is a range due by its end, and 'from' leaves the text with it",
    markdown: "- Hana: pause the shard cron from Dec 3 to Dec 5",
    expect: { owners: ["Hana"], deadlineDate: "2026-12-05", text: "pause the shard cron" },
  },
  {
    branch: "deadline: 'from X' alone says when something started, no deadline",
    markdown: "- Hana: keep the shard logs from 2026-11-01",
    expect: { owners: ["Hana"], deadline: null },
  },
  {
    branch:
      "deadline: a version named by its date is no deadline ('pin the API version to 2026-03-01')",
    markdown: "- Hana: pin the shard API version to 2026-03-01",
    expect: { owners: ["Hana"], deadline: null },
  },
  {
    branch: "deadline: 'before the incident' is the incident the page is about, no deadline",
    markdown:
      "- Add a lag alert on the payment queue; with it we would have seen the backlog, perhaps before the incident (Ana Ruiz)\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'before the next incident' is ahead, a deadline",
    markdown: "- Add a lag alert on the payment queue before the next incident (Ana Ruiz)\n",
    expect: { deadline: "before the next incident" },
  },
  {
    branch:
      "deadline: a date straight after the verb, before the records it dates, names them ('Backfill Nov 17-18 partitions')",
    markdown: "- Backfill Nov 17-18 partitions of the clickstream table (Mia Chen)\n",
    expect: { deadline: null, text: "Backfill Nov 17-18 partitions of the clickstream table" },
  },
  {
    branch:
      "deadline: a date closing the item after its object is still when it is due ('Rotate the relay keys Dec 3')",
    markdown: "- Rotate the relay keys Dec 3 (Mia Chen)\n",
    expect: { deadline: "Dec 3" },
  },
];
