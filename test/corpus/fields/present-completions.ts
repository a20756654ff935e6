import type { FieldRow } from "../fieldRow";

// A present passive reports the change done when "now" says it holds ("Renewal is now automated", "A second
// resolver is now in place"), or when a named thing opens the line ("The login bug is fixed."). Adjective-like
// participles count after "is now" only; a clause of time or condition after the participle keeps it a rule.
export const rows: FieldRow[] = [
  {
    branch: "status: 'is now automated' reports the change done",
    markdown: "- Certificate renewal is now automated for every domain.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'is now in place' reports the change done",
    markdown: "- A second DNS resolver is now in place in each region.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'automated' before a noun is a wish, not a report",
    markdown: "- Automated renewal for every certificate\n",
    expect: { status: "open" },
  },
  {
    branch: "status: 'The login bug is fixed.' reports the change done",
    markdown: "- The login bug is fixed and the session cookie is scoped to one host.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'is resolved when …' states a rule, not a report",
    markdown: "- The alert is resolved when the replica lag drops under 30 seconds.\n",
    expect: { status: "open" },
  },
];
