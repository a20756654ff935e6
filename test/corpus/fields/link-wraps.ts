import type { FieldRow } from "../fieldRow";

// A paragraph whose author broke its lines around links: a line that opens with a link whose text goes on in
// lower case carries on the sentence before it, however short that line is.
export const rows: FieldRow[] = [
  {
    branch: "bare lines: 'We have begun' over a lower-case link line and its rest is one item",
    markdown:
      "## Follow-ups\n\nWe have begun\n[rewriting the restore guide](https://github.com/acme/ops/pull/12)\nso that whoever is on call can find the console quickly.\n",
    items: ["We have begun rewriting the restore guide"],
  },
  {
    branch: "bare lines: '… we are going to' over '[retire them](…)' ends the same sentence",
    markdown:
      "## Follow-ups\n\nWe found three unused subdomains that still serve an old certificate and we\nare going to\n[retire them](https://github.com/acme/ops/issues/13).\n",
    items: ["We found three unused subdomains"],
    expect: { trackers: ["https://github.com/acme/ops/issues/13"] },
  },
  {
    branch: "bare lines: a lower-case link line under a verb-led line is an item of its own",
    markdown:
      "## Follow-ups\n\nAdd a lag alert to the consumer\n[retire the old subdomains](https://github.com/acme/ops/issues/13)\n",
    items: ["Add a lag alert", "retire the old subdomains"],
  },
];
