import type { FieldRow } from "../fieldRow";

// How long a state holds is no due date, a note in the owner column names nobody, and a reading is no action.
export const rows: FieldRow[] = [
  {
    branch:
      "hold verb: 'Keep … until the renewal' says how long the old key stays, so no deadline is read",
    markdown: "- Keep the retired token in the vault until the renewal, then revoke it",
    expect: {
      deadline: null,
      text: "Keep the retired token in the vault until the renewal, then revoke it",
    },
  },
  {
    branch: "hold verb: 'Pin the chart version until the next release' is a lasting state too",
    markdown: "- Pin the chart version for the ingress controller until the next release (Oskar)",
    expect: { owners: ["Oskar"], deadline: null },
  },
  {
    branch:
      "hold verb near miss: 'Rotate the token before the renewal' asks for the work by the event",
    markdown: "- Rotate the retired token before the renewal",
    expect: { deadline: "before the renewal" },
  },
  {
    branch:
      "hold verb near miss: a verb of a state in an earlier clause leaves 'by the next release' a deadline",
    markdown: "- Keep the old endpoint; ship the new client by the next release",
    expect: { deadline: "by the next release" },
  },
  {
    branch:
      "owner cell note: 'Added together with the hotfix' tells what was done, not who owns the row",
    markdown:
      "| Action | Owner | Status |\n| --- | --- | --- |\n| Alert on certificate expiry | Added together with the hotfix | Done |",
    expect: { owners: [], status: "done" },
  },
  {
    branch: "owner cell note near miss: a two-word name in the cell stays the owner",
    markdown:
      "| Action | Owner | Status |\n| --- | --- | --- |\n| Alert on certificate expiry | Ahmed Rahimi | Open |",
    expect: { owners: ["Ahmed Rahimi"], ownerIsGroup: false, status: "open" },
  },
  {
    branch:
      "readings under a follow-up heading: 'Web client: 4.218' is a label and its value, no action",
    markdown:
      "# Post-mortem: message counts diverged\n\nDate: 2026-11-20\n\n## Follow-up\n\nAfter the fix the two clients still count differently:\n\nWeb client: 4.218\n\nDesktop client: 3.907\n\nAdd a dashboard that compares the two counts per day.",
    items: ["Add a dashboard that compares"],
  },
];
