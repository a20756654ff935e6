import type { FieldRow } from "../fieldRow";

// Who owns an item, from each place an owner can be written.
export const rows: FieldRow[] = [
  {
    branch:
      "owner: a ticket's kind in front of the action ('Chore:', 'Story:', 'Epic:') names nobody",
    markdown:
      "- Chore: bump the worker base image to 1.4\n- Story: add a retry budget to the gateway\n",
    items: ["bump the worker base image", "add a retry budget to the gateway"],
    expect: { owners: [], text: "bump the worker base image to 1.4" },
  },
  {
    branch:
      "tracker: a ticket's kind with the action after it ('Bug: fix …') is no ticket reference",
    markdown: "- Bug: fix the double charge on retries\n",
    expect: { trackers: [], owners: [] },
  },
  {
    branch: "owner: lower-case login in brackets",
    markdown: "- [kofi] cap the retry budget at 3",
    expect: { owners: ["kofi"], ownerIsGroup: false },
  },
  {
    branch: "owner: tentative login in brackets",
    markdown: "- [tamsin?] cap the retry budget at 3",
    expect: { owners: ["tamsin"], ownerIsGroup: false },
  },
  {
    branch: "owner: login in round brackets",
    markdown: "- (kofi) move the cron to the new host",
    expect: { owners: ["kofi"], ownerIsGroup: false },
  },
  {
    branch: "owner: a placeholder in round brackets is no login",
    markdown: "- (unassigned) move the cron to the new host",
    expect: { owners: [] },
  },
  {
    branch: "owner: a tag in brackets is no owner",
    markdown: "- (optional) move the cron to the new host",
    expect: { owners: [] },
  },
  {
    branch: "owner: an acronym 'to …' is an organisation",
    markdown: "- QXP to rotate the signing key",
    expect: { owners: ["QXP"], ownerIsGroup: true },
  },
  {
    branch: "owner: an acronym in brackets is an organisation",
    markdown: "- [QXP] rotate the signing key",
    expect: { owners: ["QXP"], ownerIsGroup: true },
  },
  {
    branch: "owner: a passive future names no owner",
    markdown: "- Images will be rebuilt nightly by the pipeline",
    expect: { owners: [] },
  },
  {
    branch: "owner: 'X will …' names X",
    markdown: "- Dana Okafor will add a canary stage",
    expect: { owners: ["Dana Okafor"], ownerIsGroup: false },
  },
  {
    branch: "owner: 'we' is no named individual",
    markdown: "- We will add a canary stage before each rollout",
    expect: { owners: [] },
  },
  {
    branch: "owner: 'the team should' is no named individual",
    markdown: "- The team should add a canary stage before each rollout",
    expect: { owners: [] },
  },
  {
    branch: "owner: an acronym right before the verb",
    markdown: "- QXP check how to shorten the upgrade tests",
    expect: { owners: ["QXP"], ownerIsGroup: true },
  },
  {
    branch: "owner: a clause ending in 'how' is the action, not its owner",
    markdown: "- Show the store teams how to reset a kiosk from the admin page",
    expect: { owners: [] },
  },
  {
    branch: "owner: a verb taking an infinitive is no name",
    markdown: "- Continue to attempt a fix for the flapping nodes",
    expect: { owners: [] },
  },
  {
    branch: "owner: 'Try to …' is no name",
    markdown: "- Try to reproduce the crash on staging",
    expect: { owners: [] },
  },
  {
    branch: "owner: a first name that is also a verb",
    markdown: "- Mark to add the alert on queue depth above 500",
    expect: { owners: ["Mark"], ownerIsGroup: false },
  },
  {
    branch: "owner: a company suffix makes an organisation",
    markdown: "- Brightwave Labs to publish the upgrade checklist",
    expect: { owners: ["Brightwave Labs"], ownerIsGroup: true },
  },
  {
    branch: "owner: a name joined to an organisation is an organisation (document-wide)",
    markdown:
      "# Upgrade halt\n\nZentrix and QXP agreed to pause the rollout.\n\n## Action items\n\n- Zentrix: write the upgrade checklist\n- Zentrix + QXP: publish the validator guide\n",
    item: "write",
    expect: { owners: ["Zentrix"], ownerIsGroup: true },
  },
  {
    branch: "owner: a person with a function's team stays a person",
    markdown: "- Priya + SRE: upgrade the ledger database to 16.4",
    expect: { owners: ["Priya", "SRE"] },
  },
  {
    branch: "owner: a capitalised name alone stays a person",
    markdown: "- Zentrix: write the upgrade checklist",
    expect: { owners: ["Zentrix"], ownerIsGroup: false },
  },
  {
    branch: "owner: an initial and a surname ('A. Smith') is a person, not the article 'A'",
    markdown: "- Add a reindex lock (A. Smith, SRCH-3, 2027-01-10)",
    expect: { owners: ["A. Smith"], ownerIsGroup: false },
  },
  {
    branch: "owner: a first.last login ('alice.smith') is a person; a file name is not",
    markdown:
      "- Add a heap dashboard (alice.smith, SRCH-5)\n- Add a schema check (config.yaml, SRCH-6)",
    items: ["Add a heap dashboard", "Add a schema check"],
    expect: { owners: ["alice.smith"] },
  },
  {
    branch: "owner: a file name in the parenthetical names no owner",
    markdown: "- Add a schema check (config.yaml, SRCH-6)",
    expect: { owners: [] },
  },
  {
    branch: "owner: a bracket inside the parenthetical ('(on-call (Alice), …)') names the person",
    markdown: "- Add a cache warmer (on-call (Alice), SRCH-11, 2027-01-10)",
    expect: { owners: ["Alice"], deadline: "2027-01-10", trackers: ["SRCH-11"] },
  },
  {
    branch: "owner: a team and a person beside it ('Search team — Alice') is the person",
    markdown: "- Add a replica alarm (Search team — Alice, SRCH-12)",
    expect: { owners: ["Alice"], ownerIsGroup: false },
  },
  {
    branch: "field lines: a dash or an arrow for the colon ('Assignee - Ana', 'DRI → Ana')",
    markdown:
      "- Add a query-timeout alert\n  - Assignee - Ana\n  - Due - 2027-01-10\n- Add a reindex lock\n  - DRI → Bo",
    items: ["Add a query-timeout alert", "Add a reindex lock"],
    expect: { owners: ["Ana"], deadline: "2027-01-10" },
  },
  {
    branch: "field lines: 'Owner — Dmitri: add …' labels an action, it is no field line",
    markdown: "- Owner — Dmitri: add queue age to the status page (PAYOPS-43)",
    expect: { owners: ["Dmitri"], trackers: ["PAYOPS-43"] },
  },
  {
    branch: "owner: 'Ana is the owner' after a dash names Ana",
    markdown: "- Add a load-shed rule — Ana is the owner",
    expect: { owners: ["Ana"] },
  },
  {
    branch: "owner: 'Ana to own, Bob to review' names Ana, not the reviewer",
    markdown: "- Add a cache warmer (Ana to own, Bob to review, SRCH-11)",
    expect: { owners: ["Ana"], trackers: ["SRCH-11"] },
  },
  {
    branch: "owner: a decision-maker's role as a key ('VP Eng: Dana Cole') names the person",
    markdown: "- Hire two more SREs for the search rotation (VP Eng: Dana Cole, SRCH-1, Q1 2027)",
    expect: { owners: ["Dana Cole"], ownerIsGroup: false },
  },
  {
    branch:
      "owner subject: 'Ana has agreed to add …' names Ana, and the agreement is no report of the work",
    markdown: "- Ana has agreed to add a query-timeout alert by 2027-01-10 (SRCH-1)",
    expect: { owners: ["Ana"], status: "open", deadline: "2027-01-10" },
  },
  {
    branch: "owner subject: 'volunteered to', and a contracted 'Ana's going to'",
    markdown:
      "- Ana volunteered to add a circuit breaker (SRCH-2)\n- Bo's going to add a reindex runbook (SRCH-7)",
    items: ["add a circuit breaker", "add a reindex runbook"],
    expect: { owners: ["Ana"], status: "open" },
  },
  {
    branch: "owner subject: a contracted 'Bo's going to add …' names Bo",
    markdown: "- Bo's going to add a reindex runbook (SRCH-7)",
    expect: { owners: ["Bo"] },
  },
  {
    branch: "owner prefix: whom the item is for names its owner ('Action for Ana: …', 'To Ana: …')",
    markdown:
      "- Action for Ana: add a query budget (SRCH-8)\n- To Bo: add a load-shed rule (SRCH-9)\n- For billing: add a refund alert (SRCH-10)",
    items: ["add a query budget", "add a load-shed rule", "For billing: add a refund alert"],
    expect: { owners: ["Ana"] },
  },
  {
    branch:
      "owner prefix: a team before a person with a slash ('SRE/Ana: …') names both, as 'Ana/SRE' does",
    markdown: "- SRE/Ana: add a query budget (SRCH-8)",
    expect: { owners: ["SRE", "Ana"] },
  },
  {
    branch: "owner: a function's short name ('Comms', 'Compliance') is a group",
    markdown: "- Comms: publish the customer notice template (SRCH-20)",
    expect: { owners: ["Comms"], ownerIsGroup: true },
  },
  {
    branch:
      "owner: two people, each with a role in brackets ('Ana (TL) & Bob (EM)'), are two owners",
    markdown: "- Add a reindex runbook (Ana (TL) & Bob (EM), SRCH-7)",
    expect: { owners: ["Ana", "Bob"], ownerIsGroup: false },
  },
  {
    branch:
      "owner: names with an accented capital or a lower-case particle ('Cormac Ó Briain', 'Bram de Vries')",
    markdown: "- Add a canary (Cormac Ó Briain, EDGE-55)\n- Add a probe (Bram de Vries, NET-89)",
    items: ["Add a canary", "Add a probe"],
    expect: { owners: ["Cormac Ó Briain"] },
  },
  {
    branch: "owner: a surname particle inside the name ('Bram de Vries')",
    markdown: "- Add a probe (Bram de Vries, NET-89)",
    expect: { owners: ["Bram de Vries"] },
  },
  {
    branch:
      "owner: an emoji-labelled assignee line in the item ('👤 Imogen Clarke', with '📅' and '🎫' lines)",
    markdown:
      "- Better cache invalidation for the price pages\n  👤 Imogen Clarke\n  📅 2026-12-15\n  🎫 WEB-3303",
    expect: {
      owners: ["Imogen Clarke"],
      deadline: "2026-12-15",
      trackers: ["WEB-3303"],
      text: "Better cache invalidation for the price pages",
    },
  },
  {
    branch:
      "owner: field keys people also write ('Action owner:', 'Lead:', 'Owned by:', 'Champion:')",
    markdown: "- Add a lag alert for the relay\n  - Action owner: Kofi Mensah",
    expect: { owners: ["Kofi Mensah"], ownerIsGroup: false },
  },
  {
    branch: "owner: a proposed or interim owner is the owner, the key leaving with the name",
    markdown: "- Add a lag alert for the relay. Proposed owner: Kofi Mensah",
    expect: {
      owners: ["Kofi Mensah"],
      ownerIsGroup: false,
      text: "Add a lag alert for the relay.",
    },
  },
  {
    branch: "owner: a lead field after a dash",
    markdown: "- Add a cache warmer for the relay — lead: Kofi",
    expect: { owners: ["Kofi"], text: "Add a cache warmer for the relay" },
  },
  {
    branch: "owner: the most common misspelling of the assignee key",
    markdown: "- Add a lag alert for the relay\n  - Assigne: Kofi Mensah",
    expect: { owners: ["Kofi Mensah"] },
  },
  {
    branch:
      "owner: an honorific's full stop does not end the owner field ('Owner: Dr. Helen Park')",
    markdown: "- Add a lag alert for the relay\n  - Owner: Dr. Helen Park",
    expect: { owners: ["Dr. Helen Park"], ownerIsGroup: false },
  },
  {
    branch: "owner: a name in brackets after a bold title ('**Title** (Dana Whitfield): Add …')",
    markdown:
      "- **Circuit breakers** (Dana Whitfield): Add a breaker to the flag client's retries\n",
    expect: { owners: ["Dana Whitfield"], ownerIsGroup: false },
  },
  {
    branch:
      "owner: a login in square brackets after a bold title's colon ('**Title**: [dana] Add …')",
    markdown:
      "- **Circuit breakers**: [Dana Whitfield] Add a breaker to the flag client's retries\n",
    expect: { owners: ["Dana Whitfield"] },
  },
  {
    branch: "owner: a note or a component in brackets after a bold title names nobody",
    markdown:
      "- **Circuit breakers** (optional): Add a breaker to the flag client's retries\n- **Retries** (Kafka): Cap the consumer's retries at 5\n",
    item: "Retries (Kafka)",
    expect: { owners: [] },
  },
  {
    branch:
      "owner: a component label, then the owner in square brackets ('Detection: [Dana] add …')",
    markdown: "- Detection: [Dana Whitfield] add a lag alert on the relay at 30s\n",
    expect: { owners: ["Dana Whitfield"], text: "add a lag alert on the relay at 30s" },
  },
  {
    branch:
      "owner: a tag of the writer's own in square brackets, then the owner ('[Proposal] Dana: …')",
    markdown: "- [Proposal] Dana Whitfield: add a volume-usage panel per region\n",
    expect: { owners: ["Dana Whitfield"], text: "add a volume-usage panel per region" },
  },
  {
    branch:
      "owner: a given name that is also a word ('Dev', 'May', 'June') is a name when a surname follows it",
    markdown:
      "- Rotate the gateway keys by 2027-01-20. Dev Patel owns it.\n- May Chen: cap the refund retries at 3\n- Pin the base image (June Okafor)\n",
    items: ["Rotate the gateway keys", "cap the refund retries at 3", "Pin the base image"],
  },
  {
    branch: "owner: 'Dev Patel owns it.' after the item names Dev Patel",
    markdown: "- Rotate the gateway keys by 2027-01-20. Dev Patel owns it.\n",
    expect: { owners: ["Dev Patel"], ownerIsGroup: false },
  },
  {
    branch: "owner: 'May Chen:' before the item names May Chen",
    markdown: "- May Chen: cap the refund retries at 3\n",
    expect: { owners: ["May Chen"], text: "cap the refund retries at 3" },
  },
  {
    branch: "owner: the same word alone or before a word of the lists stays a group or no name",
    markdown: "- Dev: pin the base image\n- Pin the base image by the June release\n",
    expect: { owners: ["Dev"], ownerIsGroup: true },
  },
  {
    branch: "owner: a component joined to a role word by a hyphen ('cache-manager:') names no one",
    markdown: "- [ ] Bug 4410 - cache-manager: evict stale keys on every schema change\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: a capitalised component joined by a hyphen ('Queue-worker:') names no one",
    markdown: "- Queue-worker: drop messages older than 24 hours\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: a hyphenated given name with a lower-case syllable ('Hyun-woo:') is a person",
    markdown: "- Hyun-woo: rotate the signing keys\n",
    expect: { owners: ["Hyun-woo"], ownerIsGroup: false },
  },
  {
    branch: "owner: 'Get to …' opens with a verb, so 'Get' is no name before 'to'",
    markdown: "- Get to grips with the consumer rebalance settings (Owner: Mia Chen)\n",
    expect: { owners: ["Mia Chen"], text: "Get to grips with the consumer rebalance settings" },
  },
  {
    branch: "owner: two words joined by '&' before 'team' are one team ('Trust & Safety team')",
    markdown: "- Trust & Safety team: add an appeal-queue age alert at 48 hours by 2027-01-10\n",
    expect: { owners: ["Trust & Safety team"], ownerIsGroup: true },
  },
  {
    branch: "owner: a lone login in square brackets closing the item ('… [dana]') is its owner",
    markdown: "- Add a lag alert on the relay [dana]\n",
    expect: { owners: ["dana"], ownerIsGroup: false, text: "Add a lag alert on the relay" },
  },
  {
    branch: "owner: a common word in square brackets ('… [optional]') names nobody",
    markdown: "- Rotate the signing keys [optional]\n",
    expect: { owners: [] },
  },
];
