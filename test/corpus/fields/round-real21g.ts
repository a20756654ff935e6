import type { FieldRow } from "../fieldRow";

// Shapes met in security write-ups, ledger advisories and chain-halt reports (round real21g).
export const rows: FieldRow[] = [
  {
    branch: "section: 'What we're working on next' opens the follow-up work",
    markdown:
      "# Post-mortem: token theft\n\n## What we're working on next\n\n- **Adding a canary check to every deploy.** It would have caught the bad build.\n- **Moving the token cache to its own cluster**, so a spike cannot starve it.\n",
    items: ["Adding a canary check", "Moving the token cache"],
  },
  {
    branch: "section: 'What we were working on' tells the story, so its list holds no items",
    markdown:
      "# Post-mortem: token theft\n\n## What we were working on\n\n- Moving the build runners to a new region.\n- Rewriting the release script.\n",
    items: [],
  },
  {
    branch:
      "section: a hardening 'roadmap' (security, reliability, enhancements) opens the follow-up work",
    markdown:
      "# Post-mortem: forged ledger entry\n\n## Security Enhancements Roadmap\n\n- Adding a fuzz target for the signature parser.\n- Splitting the signer keys by region.\n",
    items: ["Adding a fuzz target", "Splitting the signer keys"],
  },
  {
    branch: "section: a 'Product roadmap' lists features, not follow-up work",
    markdown:
      "# Post-mortem: forged ledger entry\n\n## Product roadmap\n\n- Dark mode for the explorer.\n- Export of history as CSV.\n",
    items: [],
  },
  {
    branch:
      "done: a plan led by an -ing form stays open when its perfect sits in an 'unless' clause",
    markdown: "- Adding a guard that refuses a payout unless the request has been signed twice.",
    expect: { status: "open" },
  },
  {
    branch:
      "done: an -ing subject with a relative clause, then 'has been completed', reports the work done",
    markdown: "- Rolling out the limit that caps retries has been completed.",
    expect: { status: "done" },
  },
  {
    branch: "done: a report of work followed by 'See …' pointing at the change stays done",
    markdown:
      "- New builds of the agent have been published. See [the release notes](https://example.com/notes/12).",
    expect: { status: "done" },
  },
  {
    branch:
      "done: a report of work followed by 'See if …' asks for a check, so it is not read done",
    markdown: "- New builds of the agent have been published. See if the mirrors picked them up.",
    expect: { status: "open" },
  },
  {
    branch:
      "done: a passive report of outreach ('were contacted and advised …') reports the work done",
    markdown: "- Tenants were contacted and advised to rotate their keys.",
    expect: { status: "done" },
  },
  {
    branch: "done: 'were informed' in the passive reports the work done",
    markdown: "- Tenants were informed of the exposure by email.",
    expect: { status: "done" },
  },
  {
    branch: "done: a negated passive ('were not contacted') reports nothing done",
    markdown: "- Tenants were not contacted in time.",
    expect: { status: "open" },
  },
  {
    branch:
      "section: '… will address the following items ahead of the next upgrade:' over a list opens follow-up work",
    markdown:
      "# Post-mortem: relay stall\n\n## Lessons learned\n\nPartners were not told about the window.\n\n### Resolution\n\nThe platform team will address the following items ahead of the next upgrade:\n\n1. Partner notice: send every known partner the window two weeks before it opens.\n2. Status page: post the window on the status page.\n",
    items: ["Partner notice", "Status page"],
  },
  {
    branch:
      "section: '… reviewed the following items during the call:' tells the story, no follow-up work",
    markdown:
      "# Post-mortem: relay stall\n\n## Lessons learned\n\nPartners were not told about the window.\n\n### Notes\n\nThe platform team reviewed the following items during the call:\n\n1. Relay logs from the night.\n2. The partner list.\n",
    items: [],
  },
  {
    branch: "done: '… has been implemented and is undergoing review' is done in part, so open",
    markdown: "- The signer fix has been implemented and is undergoing review by two maintainers.",
    expect: { status: "open" },
  },
  {
    branch: "done: '… was merged and is pending a release' is done in part, so open",
    markdown: "- The signer patch was merged and is pending a release.",
    expect: { status: "open" },
  },
  {
    branch: "done: '… has been implemented and is live on every node' reports the work done",
    markdown: "- The signer fix has been implemented and is live on every node.",
    expect: { status: "done" },
  },
  {
    branch: "deadline: 'no timeline has been set' in the item says it has no deadline yet",
    markdown:
      "- Ship the signer fix before the next release. Given the risk, no timeline has been set.",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'the timeline has been set' keeps the date the item gives",
    markdown: "- Ship the signer fix by 2027-01-15; the timeline has been set with the vendor.",
    expect: { deadline: "2027-01-15" },
  },
];
