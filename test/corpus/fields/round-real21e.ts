import type { FieldRow } from "../fieldRow";

// Shapes met in write-ups from build services, streaming tools and networking projects (round real21e).
export const rows: FieldRow[] = [
  {
    branch:
      "owner: bold words that look like a name, then a 'We're …' sentence, title that sentence",
    markdown: "1. **Tenant Throttling**: We're adding a cap on jobs per tenant in the scheduler.",
    expect: { owners: [] },
  },
  {
    branch: "owner: a bold person's name before an imperative still names the owner",
    markdown: "1. **Priya Raman**: add a cap on jobs per tenant in the scheduler.",
    expect: { owners: ["Priya Raman"] },
  },
  {
    branch: "owner: a bold team name before a 'we' sentence keeps the team",
    markdown: "1. **Platform team**: we will add a cap on jobs per tenant in the scheduler.",
    expect: { owners: ["Platform team"], ownerIsGroup: true },
  },
];
