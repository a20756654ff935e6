import type { FieldRow } from "../fieldRow";

// Words in front of an action or inside it that look like an owner or a report of work but are neither: a
// goal's or a document's label, a column name written as an identifier, a steward's key.
export const rows: FieldRow[] = [
  {
    branch: "status: 'created_at' inside an identifier is no participle, so the item stays open",
    markdown: "- [Payments] Add an index on orders(customer_id, created_at)",
    expect: { status: "open" },
  },
  {
    branch: "owner prefix: a key result's label 'KR1:' names no owner",
    markdown: "- KR1: cut p99 checkout latency to 300 ms",
    expect: { owners: [] },
  },
  {
    branch: "owner prefix: a document kind 'RFC:' names no owner",
    markdown: "- RFC: move sessions to the shared store",
    expect: { owners: [] },
  },
  {
    branch: "owner field: 'Steward: Dana Ruiz - …' leads the action with its owner",
    markdown: "- Steward: Dana Ruiz - rotate the signing keys",
    expect: { owners: ["Dana Ruiz"], text: "rotate the signing keys" },
  },
];
