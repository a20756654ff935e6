import type { FieldRow } from "../fieldRow";

// Shapes met in write-ups from organisations outside the dev set (community hosting, university and
// research teams, engineering blogs), written here in our own words.

// An engineering blog's "agreed actions", the list text aligned in a column after the numbers.
const ALIGNED_LIST =
  "# Post-mortem: search outage\n\nDate: 2026-11-20\n\n" +
  "The planned maintenance steps:\n\n" +
  "1.            Move every service to the second site\n" +
  "2.            Restart the standby load balancer\n\n" +
  "Agreed actions:\n\n" +
  "1.            Rewrite the traffic tool so it reports each service it could not move.\n" +
  "2.            Add a step to the switch-over runbook that lists the services still on the old site.\n";

export const rows: FieldRow[] = [
  {
    branch: "status: '(Done!)' closing the item is a done mark, the exclamation mark cheers it",
    markdown: "- Remove the retired build agents from the pool. (Done!)",
    expect: { status: "done", text: "Remove the retired build agents from the pool." },
  },
  {
    branch:
      "items: list text aligned after wide-spaced numbers is prose, not an indented code block",
    markdown: ALIGNED_LIST,
    items: ["Rewrite the traffic tool", "Add a step to the switch-over runbook"],
  },
  {
    branch:
      "sections: 'The planned maintenance steps:' is the procedure the team followed, not follow-up work",
    markdown:
      "# Post-mortem: search outage\n\nDate: 2026-11-20\n\n" +
      "The pre-agreed maintenance actions:\n\n" +
      "1. Move every service to the second site\n" +
      "2. Restart the standby load balancer\n\n" +
      "## Action items\n\n" +
      "- Add a step to the switch-over runbook that lists the services still on the old site.\n",
    items: ["Add a step to the switch-over runbook"],
  },
  {
    branch: "owner: a login set in code at the end of the item ('… `@rosa`') is the owner",
    markdown: "- Page the database on-call when replication lag passes a minute `@rosa`",
    expect: { owners: ["@rosa"] },
  },
  {
    branch: "owner: two logins set in code opening the item are its owners",
    markdown: "- `@rosa` and `@tomek` to move the reporting jobs off the primary database",
    expect: { owners: ["@rosa", "@tomek"] },
  },
  {
    branch: "owner: a Java-style annotation in code ('`@Retryable`') is no login",
    markdown: "- Put `@Retryable` on the payment client calls",
    expect: { owners: [] },
  },
  {
    branch:
      "heading item: a numbered sub-heading that is no request ('#### 2) Alerts configured `@ana`') titles the action over its prose",
    markdown:
      "# Post-mortem: disk full\n\nDate: 2026-11-20\n\n## Resulting actions\n\n" +
      "#### 1) Alerts configured `@ana`\n\nDisk alerts now fire at 85% on every database host.\n\n" +
      "#### 2) Bigger volumes `@ken`\n\nWe need a better way to grow the volumes.\n",
    items: ["Alerts configured", "Bigger volumes"],
    expect: { owners: ["@ana"], status: "done" },
  },
  {
    branch:
      "heading item: the prose under a numbered title that only labels the action decides its wording",
    markdown:
      "# Post-mortem: disk full\n\nDate: 2026-11-20\n\n## Resulting actions\n\n" +
      "#### 1) Alerts configured `@ana`\n\nDisk alerts now fire at 85% on every database host.\n\n" +
      "#### 2) Bigger volumes `@ken`\n\nWe need a better way to grow the volumes.\n",
    item: "Bigger volumes",
    expect: { owners: ["@ken"], status: "open", verb: "vague" },
  },
  {
    branch: "sections: 'Root cause remediations' is a list of work, not the root cause",
    markdown:
      "# Post-mortem: stale config\n\nDate: 2026-11-20\n\n## Root cause\n\nA typo in the fork config.\n\n" +
      "### Root cause remediations\n\n- Validate the fork config against the spec on every release build\n",
    items: ["Validate the fork config"],
  },
  {
    branch:
      "sections: a timeline entry as a heading ('### 4:10-4:50 PM: Post-incident follow-up') holds no follow-ups",
    markdown:
      "# Post-mortem: stale config\n\nDate: 2026-11-20\n\n## Timeline\n\n" +
      "### 4:10-4:50 PM: Post-incident follow-up\n\n- 4:12: Rosa shares the release notes\n- 4:30: Tomek asks about the mirrors\n\n" +
      "## Action items\n\n- Add the fork config to the release checklist\n",
    items: ["Add the fork config"],
  },
  {
    branch:
      "sections: a verb-led sub-heading stamped with a time range ('Fix rolled out (10:30 - 14:00 UTC)') tells the response, no item",
    markdown:
      "# Post-mortem: stale config\n\nDate: 2026-11-20\n\n## Response and fixes\n\n" +
      "### Fix the parser and redeploy (10:30 - 14:00 UTC)\n\nThe team patched the parser and shipped it to every node.\n\n" +
      "## Action items\n\n- Add the fork config to the release checklist\n",
    items: ["Add the fork config"],
  },
  {
    branch: "sections: 'Further mitigations' is work still to do, not the incident's mitigation",
    markdown:
      "# Post-mortem: stale config\n\nDate: 2026-11-20\n\n## Further mitigations\n\n- Add the fork config to the release checklist\n",
    items: ["Add the fork config"],
  },
  {
    branch:
      "status: a plural group as the subject of a past verb ('Storage clients shipped a fix') reports it done",
    markdown: "- Storage clients shipped a fix for the retry loop",
    expect: { status: "done" },
  },
  {
    branch:
      "table: an 'Outcome' column says what became of the item ('Resolved by PR #12 — …' is done)",
    markdown:
      "# Post-mortem: backup gap\n\nDate: 2026-11-20\n\n## Follow-up issues\n\n" +
      "| Issue | Raised by | Outcome |\n|---|---|---|\n" +
      "| #11 — alert on logged failures | The timeline | Resolved by PR #12 — a log alarm and a chat bridge |\n" +
      "| #13 — publish versioned docs | The docs walk | Open — deferred until the migration |\n",
    items: ["alert on logged failures", "publish versioned docs"],
    expect: { status: "done" },
  },
  {
    branch: "table: 'Open — deferred …' in an 'Outcome' column leaves the item open",
    markdown:
      "# Post-mortem: backup gap\n\nDate: 2026-11-20\n\n## Follow-up issues\n\n" +
      "| Issue | Raised by | Outcome |\n|---|---|---|\n" +
      "| #11 — alert on logged failures | The timeline | Resolved by PR #12 — a log alarm and a chat bridge |\n" +
      "| #13 — publish versioned docs | The docs walk | Open — deferred until the migration |\n",
    item: "publish versioned docs",
    expect: { status: "open" },
  },
  {
    branch: "process: 'Identify a plan to …' finds out what to do; the plan is still to come",
    markdown: "- Identify a plan to require authentication on the cache servers",
    expect: { verb: "process" },
  },
  {
    branch:
      "process: 'We need to identify a config management pattern' is finding out, a few words before the noun",
    markdown: "- We need to identify a config management pattern for our hosts",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'We may consider …' after the modal is still a consideration",
    markdown: "- We may consider a policy that prefers a short list of CDN providers",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'Identify the affected customers and email them' names its deliverable",
    markdown: "- Identify the affected customers and email them the new login steps",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "items: 'We are also rotating …' right after a list of follow-ups is one more, still under way",
    markdown:
      "- Removed the old script tag from every page.\n- Bumped the cache key so clients reload.\n\n" +
      "We are also rotating the deploy keys as a precaution.\n",
    items: ["Removed the old script tag", "Bumped the cache key", "We are also rotating"],
    item: "We are also rotating",
    expect: { status: "open" },
  },
  {
    branch:
      "items: 'Finally, though <aside>, we should …' after a follow-up list is one more follow-up",
    markdown:
      "1. Pin every third-party script by hash in the build.\n2. Move the CDN choice into the security policy.\n\n" +
      "Finally, though unrelated to this attack, we should limit network access from the deploy hosts.\n",
    items: ["Pin every third-party script", "Move the CDN choice", "Finally, though unrelated"],
  },
  {
    branch:
      "process: 'We rely on … but, after this attack, we should consider …' asks for the consideration",
    markdown:
      "- **Supply chain checks**: We rely heavily on nightly scans but, after this attack, we should consider a monthly manual audit.",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'We use … but we should pin …' asks for the pinning",
    markdown: "- We use the vendor's latest script but we should pin it by hash in the build.",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "status: 'Updated cache keys to …' in a list whose other items report work done reads as done too",
    markdown:
      "- Removed the old script tag from every page.\n- Rotated the deploy keys.\n- Updated cache keys to force a reload in every browser.\n",
    item: "Updated cache keys",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Updated runbooks for …' among open requests stays a wished-for state",
    markdown:
      "- Add an alert on queue depth.\n- Move the export behind the approval gate.\n- Updated runbooks for the failover drill.\n",
    item: "Updated runbooks",
    expect: { status: "open" },
  },
  {
    branch: "vague: 'further restrict …' asks for more of a change with no measure of enough",
    markdown: "- Further restrict network access for the deploy hosts",
    expect: { verb: "vague" },
  },
  {
    branch:
      "vague: 'Finally, though <aside>, we should further …' is read from the request after the aside",
    markdown:
      "- Finally, though unrelated to this attack, we should further restrict network access for the deploy hosts",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'Further restrict … to the two bastion hosts' names where it ends",
    markdown: "- Further restrict SSH access to the 2 bastion hosts",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'Switch to a different secret store than the one we use' names no choice yet",
    markdown: "- Switch to a different secret store than the one we use now",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'Move … to another bucket in eu-west-2' names the choice",
    markdown: "- Move the nightly backups to another bucket in eu-west-2",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'Move … to another CDN provider like Fastly': a name says which",
    markdown: "- Move the media cache to another CDN provider like Fastly",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "table: a 'Result' cell that tells what the item is for ('Reduced load on the gateway') is no status",
    markdown:
      "| Action | Owner | Result |\n|---|---|---|\n" +
      "| Cap the retry budget of the checkout client | Ken | Reduced load on the gateway |\n" +
      "| Pin the base image by digest | Ana | Done |\n",
    expect: { status: "open" },
  },
  {
    branch:
      "heading item: a numbered topic ('### 2. Database') with no owner or done report leaves its prose the item",
    markdown:
      "# Post-mortem: disk full\n\nDate: 2026-11-20\n\n## Resulting actions\n\n" +
      "### 1. Database\n\nWe will add a second replica to the orders cluster.\n",
    items: ["We will add a second replica"],
  },
];
