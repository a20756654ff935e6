import type { FieldRow } from "../fieldRow";

// The team's promise written as a line that its list finishes ("We are adding automatic alerts for:" over
// "- replica lag"): the line is the item and the list its parts, as with a verb-led line so written.
export const rows: FieldRow[] = [
  {
    branch: "items: 'We are adding automatic alerts for:' over nouns is one item",
    markdown:
      "## Action items\n\nWe are adding automatic alerts for:\n\n- replica lag\n- queue depth\n",
    items: ["We are adding automatic alerts for"],
  },
  {
    branch: "items: 'We will add dashboards for:' over nouns is one item",
    markdown:
      "## Action items\n\nWe will add dashboards for:\n\n- the ingest queue\n- the billing relay\n",
    items: ["We will add dashboards for"],
  },
  {
    branch: "items: the same line over verb-led lines lists those lines",
    markdown:
      "## Action items\n\nWe will add alerts for:\n\n- Add an alert for replica lag\n- Page on queue depth over 500\n",
    items: ["Add an alert for replica lag", "Page on queue depth"],
  },
];
