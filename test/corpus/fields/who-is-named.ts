import type { FieldRow } from "../fieldRow";

// Who a name in front of an item is: the page's listed writer, or a topic word before a colon.
export const rows: FieldRow[] = [
  {
    branch: "owners: capitals the page's author line lists alone are that person's initials",
    markdown: [
      "# Post-mortem: backup job wrote to the wrong bucket",
      "",
      "**Author:** KM",
      "**Status:** Mitigated",
      "",
      "## Action items",
      "",
      "| # | Action | Owner | Status |",
      "|---|---|---|---|",
      "| 1 | Pin the backup job's bucket name in its chart values | KM | Todo |",
      "| 2 | Alert when the nightly backup writes zero objects | KM | Todo |",
    ].join("\n"),
    expect: { owners: ["KM"], ownerIsGroup: false },
  },
  {
    branch: "owners: capitals other than the listed author's, used in the prose, stay a group",
    markdown: [
      "# Post-mortem: backup job wrote to the wrong bucket",
      "",
      "**Author:** KM",
      "",
      "The storage cluster is run by NBX, who restored the bucket policy.",
      "",
      "## Action items",
      "",
      "| # | Action | Owner | Status |",
      "|---|---|---|---|",
      "| 1 | Pin the backup job's bucket name in its chart values | NBX | Todo |",
    ].join("\n"),
    expect: { owners: ["NBX"], ownerIsGroup: true },
  },
  {
    branch:
      "owners: a bold abstract noun ending in -ency before the colon is a topic, not a person",
    markdown: "1. **Latency**: Always serve the price lookup from the local cache first\n",
    expect: { owners: [] },
  },
  {
    branch: "owners: a bold given name ending in -cy before the colon stays the owner",
    markdown: "1. **Quincy**: serve the price lookup from the local cache first\n",
    expect: { owners: ["Quincy"], ownerIsGroup: false },
  },
  {
    branch:
      "owners: a 'Topic: …' lead in an action cell is no second owner when the Owner cell names one",
    markdown: [
      "| Action | Owner | Status |",
      "|---|---|---|",
      "| Tally Moro: move its container to the compose file | Priya | Todo |",
    ].join("\n"),
    expect: { owners: ["Priya"], ownerIsGroup: false },
  },
  {
    branch:
      "owners: a 'Name: …' lead in an action cell still names the owner when the Owner cell is empty",
    markdown: [
      "| Action | Owner | Status |",
      "|---|---|---|",
      "| Marta Quinn: move the exporter to the compose file | | Todo |",
    ].join("\n"),
    expect: { owners: ["Marta Quinn"], ownerIsGroup: false },
  },
  {
    branch: "owners: a rule opened by 'Always' before 'to' is an order, not a subject",
    markdown: "- [ ] Always route management traffic to private subnets\n",
    expect: { owners: [] },
  },
  {
    branch: "owners: a name before 'to' still names the owner",
    markdown: "- [ ] Nevena Ilic to put the admin console behind the VPN\n",
    expect: { owners: ["Nevena Ilic"], ownerIsGroup: false },
  },
  {
    branch: "owners: 'Default to …' opens with a verb, it names no owner",
    markdown: "- [ ] Default to read replicas for report queries\n",
    expect: { owners: [] },
  },
  {
    branch: "owners: 'Dana to default …' still names Dana",
    markdown: "- [ ] Dana to default new buckets to private\n",
    expect: { owners: ["Dana"], ownerIsGroup: false },
  },
];
