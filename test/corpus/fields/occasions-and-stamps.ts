import type { FieldRow } from "../fieldRow";

// Dates and occasions that say when something happens, not by when the work is due (dates/guards.ts), and a
// report of work done joined to work still under way (status/grammar.ts).
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'before <occasion>' with no article is before every one, a standing order",
    markdown: "- Test plugin updates on staging before production deployment.\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'before the next deploy' names one occasion",
    markdown: "- Test the plugin update on staging before the next deploy.\n",
    expect: { deadline: "before the next deploy" },
  },
  {
    branch: "deadline: 'before 2.0 release' names one release",
    markdown: "- Remove the legacy exporter before 2.0 release.\n",
    expect: { deadline: "before 2.0 release" },
  },
  {
    branch: "deadline: a day with its time of day stamps an event, and the text keeps it",
    markdown: "- Review the 2026-07-07 13:00–14:00 UTC window in the proxy logs.\n",
    expect: {
      deadline: null,
      text: "Review the 2026-07-07 13:00–14:00 UTC window in the proxy logs.",
    },
  },
  {
    branch: "deadline: a day and time after 'by' is still a deadline",
    markdown: "- Rotate the signing key by 2027-01-10 17:00 UTC.\n",
    expect: { deadlineDate: "2027-01-10" },
  },
  {
    branch: "status: done in part and 'are in the process of …' the rest stays open",
    markdown: "- We have frozen the bridge and are in the process of sending refunds.\n",
    expect: { status: "open" },
  },
];
