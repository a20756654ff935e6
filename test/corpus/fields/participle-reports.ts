import type { FieldRow } from "../fieldRow";

// Under an action heading, a first word that could be a verb, led straight into a participle with no object, is
// the noun the work produced: the item reports it done. A verb of checking so led still gives an order.
export const rows: FieldRow[] = [
  {
    branch: "status: 'Alert added for replica lag' reports the alert done",
    markdown: "- Alert added for replica lag (Dana)",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Page updated to show the region' reports the page done",
    markdown: "- Page updated to show the region",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Verify deployed to every region' orders a check",
    markdown: "- Verify deployed to every region",
    expect: { status: "open" },
  },
  {
    branch: "status: 'Update deployed services to 4.2' asks for work",
    markdown: "- Update deployed services to 4.2",
    expect: { status: "open" },
  },
];
