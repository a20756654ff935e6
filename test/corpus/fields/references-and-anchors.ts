import type { FieldRow } from "../fieldRow";

// Keys that number something other than a ticket, and deadlines written around the date rather than as
// one: a version after a project key, a runbook's number, an event named by an acronym, a weekday
// before the day of the month, a day of the month spelled as a word.
export const rows: FieldRow[] = [
  {
    branch: "tracker: 'release PAY-7.14.2' is a version, not ticket PAY-7",
    markdown:
      "- Pin the card client to release PAY-7.14.2 and add a contract test (Noor, by 2027-01-15)",
    expect: {
      trackers: [],
      text: "Pin the card client to release PAY-7.14.2 and add a contract test",
    },
  },
  {
    branch: "tracker: a key after 'runbook' numbers the runbook, not a ticket",
    markdown:
      "- Link runbook RB-114 from the disk alert and add the failover steps (Noor, by 2027-01-15)",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a key before a version-less full stop is still a ticket",
    markdown: "- Add a canary for the card vault (Noor, by 2027-01-15). Filed as PAY-7.",
    expect: { trackers: ["PAY-7"] },
  },
  {
    branch: "deadline: 'before the SOC 2 audit' names its event by an acronym and a number",
    markdown: "- Export the access log to cold storage before the SOC 2 audit (Noor, PAY-92)",
    expect: { deadline: "before the SOC 2 audit" },
  },
  {
    branch: "deadline: 'before the payments cutover' names its event by a word",
    markdown: "- Drain the old queue before the payments cutover (Noor, PAY-93)",
    expect: { deadline: "before the payments cutover" },
  },
  {
    branch: "deadline: 'until the data is migrated' is a clause, no named event",
    markdown:
      "- Keep both writers on until the data is migrated and the audit passes (Noor, PAY-94)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'by Friday 18th' is the next 18th, not the coming Friday",
    markdown: "- Add a retry budget to the webhook sender by Friday 18th (Noor, PAY-95)",
    expect: { deadline: "by Friday 18th", deadlineDate: "2026-12-18" },
  },
  {
    branch: "deadline: 'by the first of February' spells the day as a word",
    markdown: "- Add a synthetic check for refunds by the first of February (Noor, PAY-96)",
    expect: { deadlineDate: "2027-02-01" },
  },
  {
    branch: "deadline: 'later this year' is read whole, and no 'later' is left in the text",
    markdown: "- Lastly, we will move the replicas to push-based sync later this year (PAY-97)",
    expect: { deadline: "later this year", deadlineDate: "2026-12-31" },
  },
];
