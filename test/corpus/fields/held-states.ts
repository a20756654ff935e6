import type { FieldRow } from "../fieldRow";

// How long a state holds is no due date, and a note in the owner column names nobody.
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
];
