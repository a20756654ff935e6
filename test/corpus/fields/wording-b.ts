import type { FieldRow } from "../fieldRow";

// The wording reader on styles from teams the dev set does not hold, round B: checkable items that hold a
// word of a vague or process reading, and vague or process items in wordings the first rounds missed.
export const rows: FieldRow[] = [
  {
    branch: "outcome: 'as required' before a noun names a role, not 'as needed'",
    markdown: "- Add the fleet team as required approvers on the kiosk image repository",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'as required' closing the item still hedges",
    markdown: "- Restart the kiosk agents as required",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: a participle after a count describes, it reports nothing ('the 40 delayed orders')",
    markdown: "- **Delayed orders** — Re-queue the 40 delayed orders and notify their buyers.",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a direction with the thing it adds and what for ('with a step for …')",
    markdown: "- improve the release checklist with a step for feature-flag cleanup",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a direction with a thing added but not what it is for",
    markdown: "- Improve alerting with a dashboard",
    expect: { verb: "vague" },
  },
  {
    branch: "process: 'sanity-check' as one hyphenated verb",
    markdown: "- sanity-check the proxy's keep-alive settings",
    expect: { verb: "process" },
  },
  {
    branch: "process: finding the root cause is a study ('find the underlying reason why …')",
    markdown: "- [ ] Ilse Brandt: find the underlying reason why the spooler stalls",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: finding a thing and acting on it is a change",
    markdown: "- [ ] Ilse Brandt: find the stale spooler lock and delete it",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: going through settings with someone is a review",
    markdown: "- Go through the printer driver options with the supplier",
    expect: { verb: "process" },
  },
  {
    branch: "process: hashing out a plan with someone is talk",
    markdown: "- hash out the spooler failover plan with the print team",
    expect: { verb: "process" },
  },
  {
    branch: "process: consulting someone on a topic asks them",
    markdown: "- Consult procurement on the spooler licence terms",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: consulting a document, then a change",
    markdown: "- Consult the driver guide and set the spooler timeout to 90 seconds",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: getting a sense of something is a look",
    markdown: "- get a sense of how many wards print overnight",
    expect: { verb: "process" },
  },
  {
    branch: "process: poking at a thing is a look",
    markdown: "- poke around the spooler logs for other stalls",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: poking an endpoint on a cadence checks it",
    markdown: "- Poke the spooler health endpoint every 30 seconds",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'more' with a manner adverb and no measure ('brief more proactively')",
    markdown: "- We will brief tenants more proactively about planned maintenance.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'taken more seriously' in the passive",
    markdown: "- Disk space warnings should be taken more seriously.",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: 'more' before a cadence word in -ly is no manner ('more nightly runs' with a count)",
    markdown: "- Add two more nightly restore runs to the backup schedule",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a state made with a modal ('should be made clearer')",
    markdown: "- The on-call handover notes should be made clearer.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: people made aware with a modal",
    markdown: "- Night staff should be made aware of the paper fallback.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a direction in the passive ('should be clarified')",
    markdown: "- Support contract terms should be clarified.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a thing made with a modal that names what it is made into",
    markdown: "- The pager rota should be made a required field in the service catalogue.",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'don't … again' after 'make sure'",
    markdown: "- Make sure the badge readers don't lock up again",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'make sure' with 'on time' and no time named",
    markdown: "- Make sure the payroll export finishes on time",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'on time' with the time named is checkable",
    markdown: "- Alert when the payroll export has not finished by 06:00",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: a state made with a modal and the place it will show ('made visible on the board')",
    markdown: "- The spooler queue length should be made visible on the ward status board.",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "vague: a quality title, then a sentence that states an unmeasured quality after its dash",
    markdown: "- **Failover behaviour** — The failover script needs to be more conservative.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a quality title, then a state with a modal after its colon",
    markdown: "- Print behaviour: the spooler must be stable.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a quality title, then a change after its dash",
    markdown: "- **Kiosk behaviour** — Reboot the kiosks nightly after the last service.",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a verb-led title is no topic, and its explanation is not judged alone",
    markdown: "- Add a read cache — the lookups must be fast",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: keeping track of something with no record named",
    markdown: "- Keep track of licence renewal dates",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: keeping track of something in a named place is a record",
    markdown: "- Keep track of every failover test's duration in the DR log",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: pressing on with no end ('keep pushing on …')",
    markdown: "- Keep pushing on spooler uptime",
    expect: { verb: "process" },
  },
  {
    branch: "process: thinking harder about something is still thinking",
    markdown: "- We should think harder about ward printer placement.",
    expect: { verb: "process" },
  },
  {
    branch: "vague: 'more' with a quality of effort ('more rigorous')",
    markdown: "- Let's get more rigorous with scanner firmware sign-off.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a reduced amount named as a noun phrase, with no target",
    markdown: "- Reduced time to notice spooler stalls",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'an easier time' with no measure",
    markdown: "- Porters should have an easier time finding the spare scanners.",
    expect: { verb: "vague" },
  },
  {
    branch: "process: pressing others for something ('advocate for …')",
    markdown: "- Advocate for a refunds rewrite with the finance leadership",
    expect: { verb: "process" },
  },
  {
    branch: "process: getting clarity on who decides",
    markdown: "- Get clarity on who signs off emergency refunds",
    expect: { verb: "process" },
  },
  {
    branch: "vague: an idiom for improving a document ('flesh out')",
    markdown: "- Flesh out the refunds playbook",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: the same idiom with the section it adds",
    markdown: "- Flesh out the refunds playbook with a section on partial refunds",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: taking ownership with nothing handed over",
    markdown: "- Take ownership of the refund queue going forward",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: taking ownership by a named means",
    markdown: "- Take ownership of the refund alerts by moving them to the payments rota",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: best practices named, not written down",
    markdown: "- Follow best practices for refund batch writes",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a best-practices section is a document",
    markdown: "- Follow the playbook's best practices section when replaying refunds",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: brought up to a standard no one names",
    markdown: "- Bring the refunds service up to our production standard",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a quality built into a thing",
    markdown: "- Build resilience into the refund batch job",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a thing built into a thing, whose first noun is a quality",
    markdown: "- Build health checks into the refund batch job",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: people as the subject of a recommendation, then a process verb ('Ward managers should reflect on …')",
    markdown: "R4. Ward managers should reflect on why the missed doses went unreported.",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: people as the subject, then a change",
    markdown: "R5. Ward managers should add missed doses to the daily safety huddle agenda.",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a refresh in the passive with nothing named",
    markdown: "- Porter training on the bed tracker should be refreshed.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: people supported to do something, in the passive",
    markdown: "- Night staff should be supported to raise concerns sooner.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: lessons passed on with an adverb in the passive",
    markdown: "- Lessons from the outage should be widely shared across the hospital.",
    expect: { verb: "vague" },
  },
  {
    branch:
      "vague: two qualities with a modal, the first no quality word ('open and compassionate')",
    markdown: "- Calls with affected families should be open and compassionate.",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: assurance sought with no report named",
    markdown: "- The hospital should seek assurance that other wards are not affected.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: assurance sought through a named report",
    markdown: "- Seek assurance through a monthly audit report of missed doses on every ward",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: an area that 'needs work'",
    markdown: "- Handover between shifts needs work.",
    expect: { verb: "process" },
  },
  {
    branch:
      "vague: 'to be done more regularly' reads the passive as what is asked, not as a purpose",
    markdown:
      "| # | Action | Owner |\n|---|---|---|\n| 3 | Bed sensor calibration to be done more regularly | Ayo Bello |",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a purpose after a thing added keeps its comparison out of what is asked",
    markdown: "- Add a bed-sensor dashboard to the porters' desk to respond more quickly",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'nail down' settles a value, as 'decide' does",
    markdown: "- Nail down the refund cut-off in the card contract: 18:00 CET daily",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'keep pushing' a thing somewhere is a literal push, not pressing on",
    markdown: "- Keep pushing refund files to the bank's SFTP until it confirms receipt",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a production standard named as a document",
    markdown:
      "- Our production standard checklist should list the refund service's health endpoint",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: getting to grips with something, after 'we need to'",
    markdown: "- We need to get to grips with the card scheme's dispute rules",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: changes hedged as miscellaneous ('misc cleanup in …')",
    markdown: "- misc cleanup in the kiosk repo",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'general hardening of …'",
    markdown: "- general hardening of the kiosk image",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'general' before a change noun that is the first noun of a thing",
    markdown: "- Apply the general maintenance window policy to the kiosk fleet",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a root cause analysis named by its acronym",
    markdown: "- RCA with the kiosk vendor on the boot loop",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: writing the RCA is a document",
    markdown: "- Write the RCA for the kiosk boot loop",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: striving for a goal names no change ('strive for zero …')",
    markdown: "- Strive for zero missed kiosk updates next quarter",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: getting people on the same page, with no content named",
    markdown: "- Get the kiosk and network teams on the same page about update windows",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a cadence with no interval closing the item ('… regularly')",
    markdown: "- Badge reader certificates should be renewed regularly",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a cadence with its interval",
    markdown: "- Renew the badge reader certificates every 60 days",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: determining the scope or impact is a study",
    markdown: "- Determine the scope of records read through the leaked badge key",
    expect: { verb: "process" },
  },
  {
    branch: "vague: a posture 'to be uplifted'",
    markdown: "- Badge system security posture to be uplifted",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: the 'get a handle on' idiom with an adjective ('a better handle on')",
    markdown: "- We should get a better handle on spare badge stock",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a group to liaise with another on a topic, with no change named",
    markdown: "- Registry to liaise with IT on badge reader placement",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: liaising with someone to make a change",
    markdown: "- Registry to liaise with IT to add a badge reader at the loading bay",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: lessons fed into planning in the passive",
    markdown: "- Lessons learned to be fed into the winter readiness plan",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'ensure … can cope with' a load no one measures",
    markdown: "- Ensure the badge system can cope with shift-change peaks",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'cope with' a load that is measured",
    markdown: "- Ensure the badge system can cope with 900 swipes a minute",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a report's bare 'to be kept informed'",
    markdown: "- Ward clerks to be kept informed",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'to be kept' with a place is a passive change (an irregular participle)",
    markdown: "- Backups to be kept in the second region",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'to be sent' somewhere is a passive change",
    markdown: "- Door alarms to be sent to the security rota",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a name read past, then 'be kept updated'",
    markdown: "- Stakeholders to be kept updated",
    expect: { verb: "vague" },
  },
];
