import type { FieldRow } from "../fieldRow";

// How writers' editors and keyboards change an item without changing what it says: lines wrapped to a
// width, no-break spaces from exported pages, a closing full stop, hyphens typed for dashes.
export const rows: FieldRow[] = [
  {
    branch: "wrapped: a closing parenthetical broken over two lines still names the owner",
    markdown: "- Add a slow-log sampler to the search cluster (Ana,\n  SRCH-6, by 2027-01-15)",
    expect: {
      owners: ["Ana"],
      trackers: ["SRCH-6"],
      deadlineDate: "2027-01-15",
      text: "Add a slow-log sampler to the search cluster",
    },
  },
  {
    branch: "wrapped: a deadline phrase broken over two lines leaves the action's text",
    markdown:
      "- Lin: build a traffic-replay environment in the first quarter\n  of next year (EDGE-40)",
    expect: { deadlineDate: "2027-03-31", text: "build a traffic-replay environment" },
  },
  {
    branch: "wrapped: a line of its own that opens with a label stays a field of its own",
    markdown:
      "- Pin the registry version in the deploy manifest\n  **When:** 2027-01-10\n  **Where:** DATA-64",
    expect: { deadline: "2027-01-10", trackers: ["DATA-64"] },
  },
  {
    branch: "wrapped: a report of the work in a closing parenthetical is no owner",
    markdown:
      "- Let the mobile team approve DNS changes too, so more time zones are covered (added the mobile\n  team to the approvers file)",
    expect: { owners: [], status: "done" },
  },
  {
    branch:
      "no-break space: an exported '&nbsp;' before the date still cuts the date from the text",
    markdown: "- Ana: add a GC alarm to the indexer by&nbsp;2027-01-15 (SRCH-2)",
    expect: { deadlineDate: "2027-01-15", text: "add a GC alarm to the indexer" },
  },
  {
    branch: "full stop: after dash fields it closes the last field, which is still read",
    markdown: "- Add a GC alarm — Oren Katz — Duplicate.",
    expect: { owners: ["Oren Katz"], status: "deprioritized" },
  },
  {
    branch: "full stop: after a name beside a reference",
    markdown: "- Add a retry budget to the webhook sender — Hal HOOK-12.",
    expect: { owners: ["Hal"], trackers: ["HOOK-12"] },
  },
  {
    branch: "full stop: inline fields cut out leave one full stop, not their separators",
    markdown:
      "- Move the ledger cron to the new scheduler. Owner: Nadia; Due: 2027-02-01; Ticket: OPS-61.",
    expect: { owners: ["Nadia"], text: "Move the ledger cron to the new scheduler." },
  },
  {
    branch: "typed hyphen: 'Search team - Alice' is the person, as with a dash",
    markdown: "- Add a replica alarm (Search team - Alice, SRCH-12)",
    expect: { owners: ["Alice"], ownerIsGroup: false },
  },
  {
    branch: "typed hyphens: an owner field ends at ' -- ', as at a dash",
    markdown: "- Purge the stale exports -- Owner: Wren Adeyemi -- OPS-771",
    expect: { owners: ["Wren Adeyemi"], trackers: ["OPS-771"] },
  },
  {
    branch:
      "under a label: 'Owner: Nadia — move …' is an item led by its owner, not the label's field",
    markdown:
      "- Monitoring:\n  - Owner: Nadia — move the ledger cron to the new scheduler (OPS-51)",
    expect: { owners: ["Nadia"], text: "move the ledger cron to the new scheduler" },
  },
  {
    branch: "italics: an owner in italics before a colon is the owner",
    markdown: "- _Dana Okafor_: add an alert on queue depth above 500 (OPS-41)",
    expect: { owners: ["Dana Okafor"], text: "add an alert on queue depth above 500" },
  },
  {
    branch: "italics: an italic name before 'to' is the subject, as a plain one is",
    markdown: "- *Mark* to add the alert on queue depth above 500",
    expect: { owners: ["Mark"], text: "add the alert on queue depth above 500" },
  },
  {
    branch: "dates: the comma in 'Dec 18, 2026' does not split a comma list of fields",
    markdown: "- Add a GC alarm to the indexer, Ana, Dec 18, 2026",
    expect: {
      owners: ["Ana"],
      deadlineDate: "2026-12-18",
      text: "Add a GC alarm to the indexer",
    },
  },
  {
    branch: "dates: nor a parenthetical of fields",
    markdown: "- Raise the cache node memory to 64 GiB (Chen Wu, Sep 9, 2027)",
    expect: { owners: ["Chen Wu"], deadline: "Sep 9, 2027", deadlineDate: "2027-09-09" },
  },
  {
    branch: "dates: a span shorter than a day ('after 8h') is no deadline; the date after it is",
    markdown: "- Nadia: expire idle sessions after 8h by 2/1/2027",
    expect: { deadlineDate: "2027-02-01", text: "expire idle sessions after 8h" },
  },
  {
    branch: "dates: 'done 6/4/2026' after a dash reports the work done",
    markdown: "- Purge the stale exports — Wren Adeyemi — OPS-771 — done 6/4/2026",
    expect: { owners: ["Wren Adeyemi"], status: "done", text: "Purge the stale exports" },
  },
  {
    branch: "dates: the post-mortem's own day written out ('Nov 20, 2026') is no deadline either",
    markdown: "- Nadia: move the ledger cron to the new scheduler (OPS-71, Nov 20, 2026)",
    expect: { deadline: null },
  },
  {
    branch:
      "formats: a placeholder among the parenthetical's fields is no status ('(TBD, Done)' is done)",
    markdown: "- Add an alert on queue depth above 500 (TBD, Done)",
    expect: { status: "done", text: "Add an alert on queue depth above 500" },
  },
  {
    branch: "formats: an owner field with the person's team in brackets ends at a semicolon",
    markdown: "- Add an alert on queue depth above 500. Owner: Ana Lopez (SRE); Status: Open",
    expect: { owners: ["Ana Lopez"], text: "Add an alert on queue depth above 500." },
  },
  {
    branch: "formats: a team in brackets after a name in a dash list is where the person sits",
    markdown: "- Add an alert on queue depth above 500 — Ana Lopez (SRE) — Open",
    expect: { owners: ["Ana Lopez"], ownerIsGroup: false },
  },
  {
    branch:
      "formats: a person in brackets after a team in a dash list owns it, as in an Owner cell",
    markdown: "- Add an alert on queue depth above 500 — Billing ops (Grace Kim)",
    expect: { owners: ["Grace Kim"], ownerIsGroup: false },
  },
  {
    branch:
      "formats: a bold title, a blank line, then its field lines is one item (a word processor's export)",
    markdown:
      "**Add an alert on queue depth above 500**\n\nOwner: Dana Okafor\n\nDue: 2027-01-15\n\n**Cap the retry budget at 3 attempts**\n\nOwner: Nadia\nStatus: Done",
    items: ["Add an alert on queue depth above 500", "Cap the retry budget at 3 attempts"],
    expect: { owners: ["Dana Okafor"], deadlineDate: "2027-01-15", status: "open" },
  },
  {
    branch: "formats: a plain title line keeps the field lines of the paragraphs after it",
    markdown: "Cap the retry budget at 3 attempts\n\nOwner: Nadia\nStatus: Done",
    expect: { owners: ["Nadia"], status: "done" },
  },
  {
    branch: "formats: an owner field with the person's team in brackets ends at the line's end",
    markdown: "- Add an alert on queue depth above 500\n  Owner: Ana Lopez (SRE)\n  Status: Open",
    expect: { owners: ["Ana Lopez"], text: "Add an alert on queue depth above 500" },
  },
  {
    branch:
      "deadline: 'by TBD' in the text is a deadline still to set, and leaves the action's text",
    markdown: "- Add an alert on queue depth above 500 by TBD (OPS-41)",
    expect: { deadline: null, text: "Add an alert on queue depth above 500" },
  },
  {
    branch:
      "deadline: 'mid-January' alone in a Due cell is the middle of the month, as 'by mid-January' is",
    markdown:
      "| Action | Owner | Due |\n|---|---|---|\n| Move the billing run to 02:00 UTC | Nadia | mid-January |",
    expect: { deadlineDate: "2027-01-15" },
  },
  {
    branch: "deadline: an ISO date with a time in running text leaves no time behind in the action",
    markdown: "- Ana: add a query-timeout alert by 2027-01-15T00:00:00Z",
    expect: { deadlineDate: "2027-01-15", text: "add a query-timeout alert" },
  },
];
