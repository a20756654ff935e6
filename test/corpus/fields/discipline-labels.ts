import type { FieldRow } from "../fieldRow";

// A lone capitalised word that ends like an adjective or a kind of thing ("Electrical:", "Firmware:") labels the
// discipline of the work; it names no one. A given name of the same length ("Kunal:") still does.
export const rows: FieldRow[] = [
  {
    branch: "owner: a bold 'Electrical:' label names no one",
    markdown: "## Action items\n\n- **Electrical:** add a surge arrester to the summit feed\n",
    expect: { owners: [], text: "Electrical: add a surge arrester to the summit feed" },
  },
  {
    branch: "owner: a 'Firmware:' label names no one",
    markdown: "## Action items\n\n- Firmware: retry the sensor read twice before faulting\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: a given name before a colon still owns the item",
    markdown: "## Action items\n\n- **Kunal:** add a surge arrester to the summit feed\n",
    expect: { owners: ["Kunal"] },
  },
];
