import type { FieldRow } from "../fieldRow";

// A decision not to do the work drops it; work moved to the backlog is put off, still open; a clause about the
// work ("not worth it") is no owner, nor a team called "IT".
export const rows: FieldRow[] = [
  {
    branch: "status: '(we decided not to)' drops the item",
    markdown: "- Shard the audit table by month (we decided not to)",
    expect: { status: "deprioritized" },
  },
  {
    branch: "status: '— not worth it' drops the item and names no owner",
    markdown: "- Shard the audit table by month — not worth it",
    expect: { status: "deprioritized", owners: [] },
  },
  {
    branch: "status: '(not pursuing)' drops the item",
    markdown: "- Shard the audit table by month (not pursuing)",
    expect: { status: "deprioritized" },
  },
  {
    branch: "status: '(moved to backlog)' is put off, still open",
    markdown: "- Shard the audit table by month (moved to backlog)",
    expect: { status: "open" },
  },
  {
    branch: "status: '(moved to the new cluster)' reports the work done",
    markdown: "- Move the audit table off the shared database (moved to the new cluster)",
    expect: { status: "done" },
  },
  {
    branch: "owner: '(corporate IT)' is still a team",
    markdown: "- Renew the VPN certificate (corporate IT)",
    expect: { owners: ["corporate IT"], ownerIsGroup: true },
  },
];
