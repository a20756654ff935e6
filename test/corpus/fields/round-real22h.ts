import type { FieldRow } from "../fieldRow";

// Shapes met in distribution, operating-system and community-infrastructure write-ups (real22h), in our own words.
export const rows: FieldRow[] = [
  {
    branch: "section: 'Preventing the outage from happening again' opens the follow-up work",
    markdown:
      "# Post-mortem: cache hosts full\n\n## Preventing the outage from happening again\n\n1. Add a disk-usage alert on the cache hosts.\n\n2. Move the nightly export off the primary.\n",
    items: [
      "Add a disk-usage alert on the cache hosts.",
      "Move the nightly export off the primary.",
    ],
  },
  {
    branch:
      "section: a prevention heading joined to a lessons word by a slash still opens the work",
    markdown:
      "# Post-mortem: cache hosts full\n\n# Preventing the failure from happening again / Lessons\n\n1. Rotate the export logs daily.\n",
    items: ["Rotate the export logs daily."],
  },
  {
    branch: "section: a heading about what did prevent the outage in the past opens nothing",
    markdown:
      "# Post-mortem: cache hosts full\n\n## The checks that prevented the outage from happening elsewhere\n\n1. The mirror hosts had quotas.\n\n2. The replicas were on larger disks.\n",
    items: [],
  },
  {
    branch: "status: an italic status word closing the item after its full stop marks it done",
    markdown: "- Trim the proxy pool config so each backend is listed once. _DONE_\n",
    expect: { status: "done", text: "Trim the proxy pool config so each backend is listed once." },
  },
  {
    branch: "status: an italic status word closing the item with no full stop marks it done",
    markdown: "- Rebuild the web server package with the patch *Done*\n",
    expect: { status: "done", text: "Rebuild the web server package with the patch" },
  },
  {
    branch: "status: an italic status word after 'to' is a value the action names, not its status",
    markdown: "- Rename the board's last column to _Done_\n",
    expect: { status: "open" },
  },
  {
    branch:
      "deadline: a day counted back ('two months ago') says when something happened; the due day follows",
    markdown:
      "- Hire a second operator; the first joined two months ago, and the next starts in mid-March.\n",
    expect: { deadline: "mid-March" },
  },
  {
    branch: "deadline: 'on call 24/7' means around the clock, not the 24th of July",
    markdown: "- Grow the on-call rota. Nobody should carry the pager 24/7 for long.\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'today' after a finding's verb dates the finding",
    markdown:
      "Closed the exposed port when detected today. Going forward, we will audit the firewall rules every release.\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'today' asked of the work is still its due day",
    markdown: "- Revoke the leaked token today\n",
    expect: { deadline: "today" },
  },
  {
    branch: "not an item: thanks offered with 'we wish to extend our … thanks' closing the section",
    markdown:
      "# Post-mortem: docs domain\n\n## Next steps\n\nAdd a second DNS provider for the docs domain.\n\nWe wish to extend our sincere thanks to the registrar's support desk.\n",
    items: ["Add a second DNS provider for the docs domain."],
  },
  {
    branch: "item: 'we will extend' the work to more of it is still an item",
    markdown:
      "# Post-mortem: docs domain\n\n## Next steps\n\nAdd a second DNS provider for the docs domain.\n\nWe will extend the zone checks to the mail domain.\n",
    items: ["Add a second DNS provider for the docs domain.", "We will extend the zone checks"],
  },
  {
    branch:
      "not an item: advice to the readers, with the adverb in italics ('We *strongly* advise you to …')",
    markdown:
      "# Post-mortem: forum leak\n\n## What's next?\n\nWe are going to rotate every database credential this week.\n\nWe *strongly* advise you to pick a new forum password as well.\n",
    items: ["We are going to rotate every database credential"],
  },
  {
    branch: "item: a recommendation to the team under an action heading is still an item",
    markdown:
      "# Post-mortem: forum leak\n\n## What's next?\n\nWe are going to rotate every database credential this week.\n\nWe recommend the team adds a second approver to schema changes.\n",
    items: [
      "We are going to rotate every database credential",
      "We recommend the team adds a second approver",
    ],
  },
  {
    branch: "not an item: a web page's address alone on its line, naming no issue",
    markdown:
      "# Post-mortem: forum leak\n\n## What's next?\n\nWe are going to publish password guidance for contributors.\n\n  https://example.org/password-advice\n",
    items: ["We are going to publish password guidance"],
  },
  {
    branch: "item: an issue's address alone on its line is still the item it tracks",
    markdown:
      "# Post-mortem: forum leak\n\n## What's next?\n\nWe are going to publish password guidance for contributors.\n\nhttps://github.com/example/infra/issues/42\n",
    items: ["We are going to publish password guidance", ""],
  },
  {
    branch: "status: 'It has been identified that …' states a finding, not work done",
    markdown:
      "- It has been identified that a second pager rota is needed by the operations group. Talks with vendors continue.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: a perfect passive of the work itself still reports it done",
    markdown: "- The pager rota has been extended to a second operator.\n",
    expect: { status: "done" },
  },
  {
    branch:
      "deadline: a check 'before deployment' (no 'the', no 'next') orders the steps, it is no due date",
    markdown:
      "- Stand up a staging host where every config is scanned before deployment on the live cluster.\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'before the next release' after a check is still the due date",
    markdown: "- Get the proxy config reviewed before the next release.\n",
    expect: { deadline: "the next release" },
  },
  {
    branch: "owner: a team that 'have decided to' do the work owns it, and the item is still to do",
    markdown: "- The mirror admins have decided to retire both core routers.\n",
    expect: { owners: ["The mirror admins"], ownerIsGroup: true, status: "open" },
  },
  {
    branch: "status: 'We have decided to …' is a decision, the work still to come",
    markdown: "- We have decided to move the package index to a second host.\n",
    expect: { owners: [], status: "open" },
  },
  {
    branch: "status: a setting 'resolved to' a number is a report of the change made",
    markdown: "- The retry budget has been resolved to 3 attempts.\n",
    expect: { status: "done" },
  },
  {
    branch:
      "owner: an imperative verb before 'to' ('Respond to pages …') is the action, not an owner's name",
    markdown: "- Respond to pages from the mirror monitor within ten minutes.\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: a name before 'to respond' is still the owner",
    markdown: "- Ines to respond to the hosting provider's abuse reports.\n",
    expect: { owners: ["Ines"] },
  },
  {
    branch: "wording: 'Speak to the vendor' is talk, a process verb, not an owner named Speak",
    markdown: "- Speak to the hosting provider about a second uplink.\n",
    expect: { owners: [], verb: "process" },
  },
  {
    branch:
      "items: under 'What we took away', bold titles each over one 'We will …' line are the promised work",
    markdown:
      "# Post-mortem: registry move\n\n## What we took away\n\n1. **A second name server**\n   * We will add a second DNS provider for the release domain.\n2. **Written ownership**\n   * We will write down which team runs each zone.\n",
    items: ["We will add a second DNS provider", "We will write down which team runs each zone."],
  },
  {
    branch: "items: bold titles over lines that explain what happened are lessons, not work",
    markdown:
      "# Post-mortem: registry move\n\n## What we took away\n\n1. **A single name server**\n   * The release domain had one DNS provider.\n2. **Unwritten ownership**\n   * Nobody knew which team ran each zone.\n",
    items: [],
  },
];
