import type { FieldRow } from "../fieldRow";

// How an item's status is read from its grammar and its markers (parse/status/).
export const rows: FieldRow[] = [
  {
    branch: "grammar: a question reports nothing done, whatever its first word",
    markdown: "- staged roll-out for new worker images?",
    expect: { status: "open", verb: "process" },
  },
  {
    branch: "marker: an outliner's DONE keyword, capitals and no colon",
    markdown: "- DONE remove the legacy retry flag — Ben Cho",
    expect: { status: "done", owners: ["Ben Cho"], text: "remove the legacy retry flag" },
  },
  {
    branch: "marker: an outliner's LATER keyword is open work and names nobody",
    markdown: "- LATER write the failover runbook",
    expect: { status: "open", owners: [], text: "write the failover runbook" },
  },
  {
    branch: "marker: an outliner's CANCELLED keyword drops the item",
    markdown: "- CANCELLED move the cron to the new scheduler",
    expect: { status: "deprioritized", text: "move the cron to the new scheduler" },
  },
  {
    branch:
      "items: a paragraph opened by an outliner's TODO keyword is an item outside any action section",
    markdown:
      "# Post-mortem: wiki outage\n\n## Notes\n\nTODO add an exporter for pool usage so the disk alert fires a day earlier.\n",
    items: ["add an exporter for pool usage"],
    expect: { status: "open" },
  },
  {
    branch: "grammar: perfect passive reports it done",
    markdown: "- The stale webhook has been disabled on every repository.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: 'we have' + participle",
    markdown: "- We have moved the nightly export to the new scheduler.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: 'now' + present tense",
    markdown: "- Our paging policy now requires a second responder for every SEV1.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: 'is now' + participle",
    markdown: "- The escalation guide is now linked from the on-call handbook.",
    expect: { status: "done" },
  },
  {
    branch: "grammar: bracketed owner before a past-tense verb",
    markdown: "- [tamsin] Rotated the shared signing key",
    expect: { status: "done", owners: ["tamsin"] },
  },
  {
    branch: "grammar: irregular past tense",
    markdown: "- [mira] made the deploy job retry twice",
    expect: { status: "done" },
  },
  {
    branch: "grammar: filing a ticket is not doing the work",
    markdown: "- Filed a ticket to raise the connection pool to 40 (OPS-7)",
    expect: { status: "open", trackers: ["OPS-7"] },
  },
  {
    branch: "grammar: opening an issue is not doing the work",
    markdown: "- Opened an issue to add a canary stage to the rollout",
    expect: { status: "open" },
  },
  {
    branch: "grammar: participle before a bare noun is a wish",
    markdown: "- Increased capacity alerting for the ingest queue",
    expect: { status: "open" },
  },
  {
    branch: "grammar: participle with an object is a deed",
    markdown: "- Increased the worker pool from 8 to 16",
    expect: { status: "done" },
  },
  {
    branch: "grammar: future stays open",
    markdown: "- We will add a canary stage before each rollout",
    expect: { status: "open" },
  },
  {
    branch: "grammar: closing parenthetical reports the fix",
    markdown:
      "- The uptime probe checked a retired hostname. (fixed by pointing it at the new one)",
    expect: { status: "done" },
  },
  {
    branch: "grammar: a parenthetical that files a ticket stays open",
    markdown: "- The uptime probe checked a retired hostname. (filed OPS-12)",
    expect: { status: "open", trackers: ["OPS-12"] },
  },
  {
    branch: "grammar: a following sentence says it is done",
    markdown: "- Move the cron to the new host - this has already been done.",
    expect: { status: "done" },
  },
  {
    branch: "box: an empty task box keeps a past-tense item open",
    markdown: "- [ ] Rotated the shared signing key",
    expect: { status: "open" },
  },
  {
    branch: "marker: a Status field wins over the grammar",
    markdown: "- We have moved the export job. Status: in progress",
    expect: { status: "open" },
  },
  {
    branch: "dropped words: won't do",
    markdown: "- Move the cron to the new host (won't do: the host is being retired)",
    expect: { status: "deprioritized" },
  },
  {
    branch: "grammar: a problem in the perfect, then a request, stays open",
    markdown: "- The cache has grown past its memory limit; add an eviction policy at 80%",
    expect: { status: "open" },
  },
  {
    branch: "grammar: a narrative past ('we found') is no report of work",
    markdown: "- We found the cache cold after each deploy, so warm it before traffic shifts",
    expect: { status: "open" },
  },
  {
    branch: "grammar: 'we decided to …' is a plan",
    markdown: "- We decided to move the export job to the new scheduler",
    expect: { status: "open" },
  },
  {
    branch: "annotation: a line right under the item reports it done",
    markdown:
      "- Move the nightly export to the new scheduler\n  - This has been done. The old cron entry is gone.",
    expect: { status: "done" },
  },
  {
    branch: "annotation: a note under the item that reports nothing leaves it open",
    markdown:
      "- Move the nightly export to the new scheduler\n  - The old cron entry lives on the bastion host.",
    expect: { status: "open" },
  },
  {
    branch: "grammar: an imperative's relative clause in the past tells of something else",
    markdown: "- Restore the disk alarm that was removed in the spring clean-up",
    expect: { status: "open" },
  },
  {
    branch: "grammar: a past verb after a pronoun inside an imperative's object is no report",
    markdown: "- Re-enable the canary check we switched off during the freeze",
    expect: { status: "open" },
  },
  {
    branch: "grammar: 'whether it has been …' asks; it does not report",
    markdown: "- Check whether the patched driver has been rolled out to every host",
    expect: { status: "open" },
  },
  {
    branch: "grammar: a back reference after a subordinator is a question, not a report",
    markdown: "- Confirm with the vendor whether this has been fixed upstream",
    expect: { status: "open" },
  },
  {
    branch:
      "grammar: a noun that is also a verb, as the subject of a passive, still reports it done",
    markdown: "- Alert rules for the export lag were added in OPS-790",
    expect: { status: "done" },
  },
  {
    branch: "dropped words: in a subordinate clause they tell of something else",
    markdown: "- Ivo to evaluate why we dropped the disk alarm last spring",
    expect: { status: "open", owners: ["Ivo"] },
  },
  {
    branch: "dropped words: a report that the item itself was dropped",
    markdown: "- We dropped this one: superseded by the new export pipeline",
    expect: { status: "deprioritized" },
  },
  {
    branch: "dropped words: after a determiner the word describes a noun",
    markdown: "- Tomasz: alert on a rejected payroll file within 15 minutes (PAY-303)",
    expect: { status: "open", owners: ["Tomasz"] },
  },
  {
    branch: "field: a deadline field that holds a done word reports the item done",
    markdown: "- Roll the resizer back to 4.7 (owner: Cyril, ETA: done)",
    expect: { status: "done", owners: ["Cyril"], deadline: null },
  },
  {
    branch: "field: a deadline field with a date and a status word stays a deadline",
    markdown: "- Roll the resizer back to 4.7 (owner: Cyril, ETA: 2026-12-04)",
    expect: { status: "open", deadline: "2026-12-04" },
  },
  {
    branch:
      "status field: a bracket after the word qualifies it ('Status: Done (partially)' is open)",
    markdown: "- Add a price check\n  - Owner: Ana\n  - Status: Done (partially)",
    expect: { status: "open", owners: ["Ana"] },
  },
  {
    branch: "status cell: a roll-out that reached only staging is open ('Rolled out to staging')",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Enable the cache warm-up job | Mia Chen | Rolled out to staging |",
    expect: { status: "open" },
  },
  {
    branch: "status cell: a roll-out that reached production is done ('Deployed to production')",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Enable the cache warm-up job | Mia Chen | Deployed to production |",
    expect: { status: "done" },
  },
  {
    branch: "trailing sentence: 'Deployed to canary.' after the item leaves it open",
    markdown: "- Turn on request hedging in the cart client (Omar Haddad). Deployed to canary.",
    expect: { status: "open", owners: ["Omar Haddad"] },
  },
  {
    branch:
      "past tense: a participle and its noun as the subject of a later modal ('Printed copies … are to be posted') is open",
    markdown:
      "## Corrective actions\n\nPrinted copies of the returns checklist are to be posted at every packing bench by 2027-01-10 (Omar Haddad).\n",
    expect: { status: "open", owners: ["Omar Haddad"] },
  },
  {
    branch:
      "past tense: a participle before a bare noun and 'will be …' is open ('Updated runbooks will be shared …')",
    markdown: "- Updated runbooks will be shared with the support desk (Mia Chen)\n",
    expect: { status: "open" },
  },
  {
    branch:
      "past tense: the modal of a relative clause leaves the report done ('Added alerts that will page …')",
    markdown: "- Added alerts that will page the on-call at 500 queued messages (Mia Chen)\n",
    expect: { status: "done" },
  },
];
