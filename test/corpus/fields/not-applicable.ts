import type { FieldRow } from "../fieldRow";

// "N/A - vendor fixed it" as a status: the item is no longer needed, and the words after it say why; "N/A" alone
// says neither, and "NA" may name a region.
export const rows: FieldRow[] = [
  {
    branch: "status: a Status cell 'N/A - vendor fixed it' drops the item with its reason",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Add an alert for replica lag | Dana | N/A - vendor fixed it |\n",
    expect: { status: "deprioritized" },
  },
  {
    branch: "status: '(N/A: the service is retired)' at the end drops the item",
    markdown: "- Dana: add an alert for replica lag (N/A: the service is retired)",
    expect: { status: "deprioritized", text: "add an alert for replica lag" },
  },
  {
    branch: "status: a Status cell 'N/A' alone leaves the item open",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Add an alert for replica lag | Dana | N/A |\n",
    expect: { status: "open" },
  },
];
