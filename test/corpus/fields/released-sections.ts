import type { FieldRow } from "../fieldRow";

// "The 3.2.0 release ships the fixes made after the outage." as the text between an action heading and its first
// sub-heading: the sub-sections list what that numbered release carries, so their items are done (sectionIntro.ts
// releaseHoldsWork, SectionContext.released), unless a sub-heading names work still to come ("Next steps") or an
// item says a part of it is not there yet. The sentence itself is no item.
const RELEASED =
  "## Remediation\n\nThe 3.2.0 release ships a set of fixes made after the outage.\n\n";

export const rows: FieldRow[] = [
  {
    branch: "status: a sub-section under 'The 3.2.0 release ships …' lists done work",
    markdown: `${RELEASED}### Hardening\n\n- Stricter checks on refund amounts\n- Retry budget for the ledger client\n`,
    expect: { status: "done" },
    items: ["Stricter checks on refund amounts", "Retry budget for the ledger client"],
  },
  {
    branch: "status: '### Next steps' under a released section stays open",
    markdown: `${RELEASED}### Hardening\n\n- Stricter checks on refund amounts\n\n### Next steps\n\n- Add an alert on refund queue depth\n`,
    item: "Add an alert",
    expect: { status: "open" },
  },
  {
    branch: "status: ', not yet applied to this release' keeps an item of a released section open",
    markdown: `${RELEASED}### Build\n\n- Groundwork for reproducible builds, not yet applied to this release\n`,
    expect: { status: "open" },
  },
  {
    branch: "status: 'The next release will include …' over sub-sections leaves their items open",
    markdown:
      "## Remediation\n\nThe 3.3 release will include the remaining work.\n\n### Safety\n\n- Rate limit on the refund endpoint\n",
    expect: { status: "open" },
  },
  {
    branch: "status: 'accounts not yet enrolled' describes them: a done heading's item stays done",
    markdown:
      "## Action items\n\n### Done\n\n- Reset passwords for accounts not yet enrolled in two-factor login\n",
    expect: { status: "done" },
  },
];
