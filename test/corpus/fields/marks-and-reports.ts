import type { FieldRow } from "../fieldRow";

// Marks after an item's fields, examples in brackets, and reports of work whose grammar decides done or
// open: a tick or a progress emoji closing the line, "(e.g., …)", "Added jitter to …", "Filed #507 to …".
export const rows: FieldRow[] = [
  {
    branch:
      "trailing mark: a tick after the closing parenthetical leaves its owner and ticket read",
    markdown: "- Write the stampede runbook (Ravi, #508) ✅",
    expect: { owners: ["Ravi"], trackers: ["#508"], status: "done" },
  },
  {
    branch: "trailing mark: a progress emoji after the parenthetical is no part of the text",
    markdown: "- Write the stampede runbook (Ravi, #508) 🚧",
    expect: { owners: ["Ravi"], status: "open", text: "Write the stampede runbook" },
  },
  {
    branch: "owner: '(e.g., a vendor)' gives an example of the work, not its owner",
    markdown: "- [SEC] Engaged outside malware analysts (e.g., Foxglove Labs)",
    expect: { owners: ["SEC"], ownerIsGroup: true, status: "done" },
  },
  {
    branch:
      "status: 'Added jitter to the cache TTLs' reports work; 'to the …' makes the participle a verb",
    markdown: "- Added jitter to the cache TTLs (Ravi, PR #501)",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Increased monitoring' alone still names a wish",
    markdown: "- Increased monitoring for the origin (Ravi, #509)",
    expect: { status: "open" },
  },
  {
    branch: "status: 'Added monitoring on …' reports the work; 'added' is a verb, not 'additional'",
    markdown:
      "- Added low-balance monitoring on the fee account, apart from the staking dashboards (Ravi)",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Filed #507 to add …' filed a ticket; the work is still open",
    markdown: "- Filed #507 to add circuit breakers to the origin client (Ravi, by 2027-01-15)",
    expect: { status: "open", trackers: ["#507"] },
  },
];
