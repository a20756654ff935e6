import type { FieldRow } from "../fieldRow";

// "… to make sure …" after a concrete deliverable is why it is built; the deliverable is what is checked.
export const rows: FieldRow[] = [
  {
    branch: "outcome: a deliverable, then 'to make sure … promptly' as its purpose",
    markdown:
      "- Run the checkout smoke tests every 5 minutes to make sure we hear about outages promptly\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'in order to ensure … knows' after a deliverable is its purpose",
    markdown:
      "- Add the renewal steps to the certificate runbook in order to ensure on-call knows them\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'make sure … promptly' as the request itself has no measure",
    markdown: "- Make sure we hear about checkout outages promptly\n",
    expect: { verb: "vague" },
  },
];
