import type { FieldRow } from "../fieldRow";

// A plan told in sentences, its owner named in a sentence of its own after it: "Priya owns the migration",
// "Priya is responsible for it", "Priya has taken this on". The work named is the item's; a system is not.
const PLANS =
  "# Incident report: expired proxy certificate\n\nDate: 2026-11-20\n\n## What we are changing\n\n" +
  "We are moving certificate renewal to the cluster operator. It renews a month before expiry. Ines owns the migration, due 2027-01-15.\n\n" +
  "We are adding an expiry check to the login probe. Ines is responsible for it (AUTH-412).\n\n" +
  "We will rotate the staging keys as well. Ines has taken this on (AUTH-415).\n";

export const rows: FieldRow[] = [
  {
    branch: "owner: 'Ines owns the migration' after the plan names the owner of the work",
    markdown: PLANS,
    items: ["We are moving certificate renewal", "We are adding an expiry check", "We will rotate"],
    expect: { owners: ["Ines"], deadline: "2027-01-15" },
  },
  {
    branch: "owner: 'Ines is responsible for it' after the plan names its owner",
    markdown: PLANS,
    item: "We are adding an expiry check",
    expect: { owners: ["Ines"], trackers: ["AUTH-412"] },
  },
  {
    branch: "owner: 'has taken this on' is read whole, leaving no 'on' in the text",
    markdown: PLANS,
    item: "We will rotate",
    expect: { owners: ["Ines"], text: "We will rotate the staging keys as well." },
  },
  {
    branch: "owner: 'Ines owns the billing service' names who owns a system, not the item",
    markdown:
      "- Add a retry budget to the invoice sender (PAY-31, by 2027-01-15). Ines owns the billing service.",
    expect: { owners: [] },
  },
];
