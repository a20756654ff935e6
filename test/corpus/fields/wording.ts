import type { FieldRow } from "../fieldRow";

// The wording reader (server/src/core/parse/wording/): one row per branch of the judgement. "process"
// means the deliverable is an activity; "vague" that no end state can be checked; "outcome" that it can.
export const rows: FieldRow[] = [
  // Process: the leading verb.
  {
    branch: "process: a process verb leads",
    markdown: "- [ ] Rosa Lind: examine the image-cache eviction after the kiosk outage",
    expect: { verb: "process" },
  },
  {
    branch: "process: a two-word process phrase leads",
    markdown: "- [ ] Rosa Lind: dig into the duplicate SMS sends from the notifier",
    expect: { verb: "process" },
  },
  {
    branch: "process: watching with no end",
    markdown: "- [ ] Rosa Lind: keep an eye on the mail relay's bounce queue",
    expect: { verb: "process" },
  },
  {
    branch: "process: a process noun opens the item",
    markdown: "- [ ] Rosa Lind: analysis of the tile-server memory spikes",
    expect: { verb: "process" },
  },
  {
    branch: "process: a verb that needs a question after it has one",
    markdown: "- [ ] Rosa Lind: check whether the tile cache survives a node drain",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: the same verb with an object is a change",
    markdown: "- [ ] Rosa Lind: check the tile-cache Helm chart into the platform repository",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: an outcome clause after the process verb delivers a change",
    markdown:
      "- [ ] Rosa Lind: examine the bounce queue and add an alert when it holds over 2000 messages",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a question ending in a question mark",
    markdown: "- [ ] Rosa Lind: should the notifier drop sends older than an hour?",
    expect: { verb: "process" },
  },
  // The verb after a tag or a name that was not read as the owner.
  {
    branch: "process: the verb after a bracketed tag",
    markdown: "- [ ] [rlind?] look into the stale tile cache after reboots",
    expect: { verb: "process" },
  },
  {
    branch: "process: the verb after a parenthesised list that names no owner",
    markdown: "- [ ] (relay, kiosk) dig into the stale tile cache",
    expect: { verb: "process" },
  },
  {
    branch: "process: the verb after an acronym that names no owner",
    markdown: "- [ ] SRE check how the relay's bounce queue is drained",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: the verb after a bracketed tag",
    markdown: "- [ ] [rlind?] pin the tile-server image to the digest we tested",
    expect: { verb: "outcome" },
  },
  // Inquiry verbs followed by a question.
  {
    branch: "process: reflect on a decision",
    markdown:
      "- [ ] Rosa Lind: reflect on whether the kiosk rollout should have waited for the vendor",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: reflect a value somewhere is a change",
    markdown: "- [ ] Rosa Lind: reflect the new send quota on the notifier's settings page",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: identify areas, not a change",
    markdown: "- [ ] Rosa Lind: identify areas of the notifier that retry without a cap",
    expect: { verb: "process" },
  },
  // Vague: no end state.

  {
    branch: "vague: a comparison with nothing to measure it by",
    markdown: "- [ ] Rosa Lind: make the tile server more resilient",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a lead that names a direction",
    markdown: "- [ ] Rosa Lind: bolster the kiosk fleet's update path",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an adjective wish opens the item",
    markdown: "- [ ] Rosa Lind: clearer paging for the mail relay",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a verb whose object is only an area",
    markdown: "- [ ] Rosa Lind: reduce toil for the notifier",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an outcome verb whose object is only an area",
    markdown: "- [ ] Rosa Lind: add alerting",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a noun phrase naming an area",
    markdown: "- [ ] Rosa Lind: alerting and observability",
    expect: { verb: "vague" },
  },
  // Outcome: a specific deliverable.
  {
    branch: "outcome: a number makes the end state checkable",
    markdown: "- [ ] Rosa Lind: lower the relay's retry limit from 12 to 4",
    expect: { verb: "outcome" },
  },

  {
    branch: "outcome: the change after working with a partner",
    markdown: "- [ ] Rosa Lind: work with the kiosk vendor to replace the update agent",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a named artefact to write",
    markdown: "- [ ] Rosa Lind: write a runbook page for draining a tile-server node",
    expect: { verb: "outcome" },
  },
  // Questions, hedges, talk, and the deliverable wherever the verb stands.
  {
    branch: "process: a question sentence opens the item, asides after it",
    markdown: "- [ ] [rlind] could the kiosks keep the last good tile set? (users see blank maps)",
    expect: { verb: "process" },
  },
  {
    branch: "process: a question word and its follower, no question mark",
    markdown: "- [ ] How the relay should treat soft bounces from the new provider",
    expect: { verb: "process" },
  },
  {
    branch: "process: a hedge opens the item",
    markdown: "- [ ] maybe cache the tile index on the kiosks' disks",
    expect: { verb: "process" },
  },
  {
    branch: "process: a modal hedge after the subject",
    markdown: "- [ ] We could pin the notifier to a single mail provider",
    expect: { verb: "process" },
  },
  {
    branch: "process: a light verb sets up talk",
    markdown:
      "- [ ] Rosa Lind: schedule a conversation with the kiosk vendor about their update windows",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a recurring meeting is an institution",
    markdown:
      "- [ ] Rosa Lind: hold a weekly review of the bounce dashboards with the relay owners",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a light verb with a technical object",
    markdown: "- [ ] Rosa Lind: run a cold-cache tile sync after each kiosk image upgrade",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: link text in brackets is the action, not a tag",
    markdown:
      "- [ ] [examine cheaper ways to store the tile sets](https://tracker.example/issues/12)",
    expect: { verb: "process" },
  },
  {
    branch: "vague: a wish that it never happens again",
    markdown: "- [ ] Rosa Lind: make sure the kiosks never go blank again",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a never-again wish in a rationale sentence",
    markdown:
      "- [ ] Rosa Lind: make the upload check reject empty tile files. That way the maps never go blank again.",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: ensure a quality with no measure",
    markdown: "- [ ] Rosa Lind: ensure that the kiosk recovery steps are easy to find",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: ensure an event happens",
    markdown:
      "- [ ] Rosa Lind: ensure the notifier pages the on-call when a provider rejects our key",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: make sure something has a plan",
    markdown: "- [ ] Rosa Lind: make sure each kiosk site has an answer for network loss",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a state stated with a modal and a quality",
    markdown: "- [ ] Kiosk image downgrades must be seamless",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a passive change stated with a modal",
    markdown: "- [ ] The notifier's provider key should be rotated by the vault job",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: an adverb makes it an activity with no end",
    markdown: "- [ ] Rosa Lind: regularly audit the kiosk fleet's certificates",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: starting a document is not finishing it",
    markdown: "- [ ] Rosa Lind: start a relay troubleshooting guide",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: starting to alert is a change",
    markdown: "- [ ] Rosa Lind: start alerting on rejected provider keys",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a hedged kind of thing",
    markdown: "- [ ] Rosa Lind: set up some sort of health check for the kiosks",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a filler noun",
    markdown: "- [ ] Rosa Lind: clean up old tile stuff on the build hosts",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an unmeasured time in the criterion",
    markdown: "- [ ] Rosa Lind: archive tile sets after a while",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: the criterion names an event",
    markdown: "- [ ] Rosa Lind: purge tile sets that no kiosk has requested since the last release",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a filler word inside an aside",
    markdown:
      "- [ ] Rosa Lind: run the full tile regression suite on every release (old stuff included)",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a comparative on an approach",
    markdown: "- [ ] A more robust rollout strategy for kiosk images",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a degree word on an area",
    markdown: "- [ ] Thorough load testing of the notifier before peak season",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a comparative on a concrete mechanism",
    markdown: "- [ ] An easier way for stores to report a blank kiosk from the admin page",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a comparative word that is the leading verb",
    markdown: "- [ ] Rosa Lind: lower alerting severity for the relay's soft bounces",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a comparative inside the purpose clause",
    markdown: "- [ ] Rosa Lind: add alerting to catch kiosks that show increased error rates",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: an -ing form of a direction verb",
    markdown: "- [ ] We are strengthening the relay's paging for night shifts",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a progressive after the subject, read past its auxiliary",
    markdown: "- [ ] We are refining the relay's alert routing",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a passive after will",
    markdown: "- [ ] Tile images will be signed by the build pipeline",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: the purpose after an area names the change",
    markdown: "- [ ] Rosa Lind: update the deploy checklist to require a signed tile image",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a reference standard to measure against",
    markdown: "- [ ] Rosa Lind: harden the admin upload the same way as the public upload form",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a direction reached by a named change",
    markdown: "- [ ] Rosa Lind: improve kiosk start-up by caching the tile index on disk",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: align with no end state",
    markdown: "- [ ] Rosa Lind: align the escalation policy with the store operations team",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'more' and a quality with no measure",
    markdown: "- [ ] Rosa Lind: make the relay's slow-query log more useful",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'more' and a concrete thing is left to the count reader",
    markdown: "- [ ] Rosa Lind: give the relay two more replicas",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a bare 'more' closing the action",
    markdown: "- [ ] Rosa Lind: use the relay's canary stage more",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: raising awareness is a state of mind, not a change",
    markdown: "- [ ] Rosa Lind: raise awareness of the relay's bucket policies",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: writing an understanding down is a document",
    markdown: "- [ ] Rosa Lind: write down our understanding of the relay failover",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a direction noun opens the item with its object",
    markdown: "- [ ] Rosa Lind: improvements to the relay's on-call handover notes",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a direction noun as a label before the change",
    markdown: "- [ ] Rosa Lind: Improvement: add a retry with jitter to the relay's sender",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a direction noun as the subject of a statement",
    markdown: "- [ ] Rosa Lind: enhancements to the relay dashboard are listed in the linked issue",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'more' and a quality inside the object, with a qualifier after it",
    markdown: "- [ ] Rosa Lind: make the relay's mail sender more resilient to DNS timeouts",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'a more' and a quality before a concrete noun",
    markdown: "- [ ] Rosa Lind: a more reliable handover between the relay and the kiosk",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'more' and a quality reached by a named means",
    markdown:
      "- [ ] Rosa Lind: make the relay more resilient to DNS timeouts by reconnecting with backoff",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'more' and a quality with an explanation of what it means",
    markdown:
      "- [ ] Rosa Lind: make the relay alert more useful: include the queue name and its depth",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: ensure something works, with no test of it named",
    markdown: "- [ ] Rosa Lind: ensure the kiosk's offline mode works as expected",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: ensure something runs somewhere named",
    markdown: "- [ ] Rosa Lind: ensure the relay's nightly purge runs against the replica",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: keep people updated, with no measure of when",
    markdown: "- [ ] Rosa Lind: keep the ward managers updated",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: make sure people are kept informed",
    markdown: "- [ ] Rosa Lind: make sure the kiosk vendors are kept informed",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: keep a thing in a named state",
    markdown: "- [ ] Rosa Lind: keep the relay image pinned to the digest we tested",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: lessons as the object, with no content named",
    markdown: "- [ ] Rosa Lind: capture the learnings from the kiosk outage",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: make sure lessons are passed on",
    markdown: "- [ ] Rosa Lind: make sure the lessons are shared with the depot leads",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a lessons-learned document with a place to publish it",
    markdown: "- [ ] Rosa Lind: publish a lessons-learned summary on the relay team's blog",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: get visibility, with no view or signal named",
    markdown: "- [ ] Rosa Lind: gain visibility into the relay's retry volume per sender",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: visibility through a named view",
    markdown: "- [ ] Rosa Lind: get visibility into relay queue depth via a panel per sender",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: socialising a procedure is talk",
    markdown: "- [ ] Rosa Lind: socialise the kiosk downtime procedure with the depot leads",
    expect: { verb: "process" },
  },
  {
    branch: "process: chasing someone else for their work",
    markdown: "- [ ] Rosa Lind: chase the relay vendor for their incident report",
    expect: { verb: "process" },
  },
  {
    branch: "process: pushing a vendor for an answer",
    markdown: "- [ ] Rosa Lind: push the kiosk vendor for a fix to the pairing bug",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: pushing a change out",
    markdown: "- [ ] Rosa Lind: push the relay config to every depot for the weekend",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: identifying improvements names none",
    markdown: "- [ ] Rosa Lind: identify improvements to the kiosk restock run",
    expect: { verb: "process" },
  },
  {
    branch: "process: a light verb sets up a deep dive",
    markdown: "- [ ] Rosa Lind: do a deep dive into the relay's retry parser",
    expect: { verb: "process" },
  },
  {
    branch: "vague: a state done 'properly', with no measure",
    markdown: "- [ ] Rosa Lind: relay config changes to be properly tested going forward",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a manner adverb opens the action",
    markdown: "- [ ] Rosa Lind: thoroughly document the kiosk failover",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: an -ly word that is no manner",
    markdown:
      "- [ ] Rosa Lind: make the relay's sender field nullable and default it to the depot address",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a noun phrase after an article, read from its adjective",
    markdown: "- [ ] Rosa Lind: an improved handover runbook for the relay",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a noun phrase after an article that names a thing",
    markdown: "- [ ] Rosa Lind: a runbook page for relay failover",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a topic label, then a direction",
    markdown: "- [ ] Rosa Lind: Kiosk alerting: improve coverage",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a topic label, then a process verb",
    markdown: "- [ ] Rosa Lind: Relay resilience: look into the reconnect storms",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a topic label, then a change",
    markdown: "- [ ] Rosa Lind: Relay alerting: page when the bounce queue holds 2000 messages",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a title that names a thing, then an explanation",
    markdown:
      "- [ ] Rosa Lind: Rate limit on the kiosk login: we need better protection against guessing",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: take a look at something",
    markdown: "- [ ] Rosa Lind: take a look at the relay's bounce logs",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: take a thing that is no look",
    markdown: "- [ ] Rosa Lind: take a snapshot of the relay volume before the upgrade",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: something needs a closer look",
    markdown: "- [ ] Rosa Lind: the kiosk autoscaler needs a closer look",
    expect: { verb: "process" },
  },
  {
    branch: "process: find a way, not the change",
    markdown: "- [ ] Rosa Lind: find a way to test kiosk images before rollout",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: find a named thing and change it",
    markdown: "- [ ] Rosa Lind: find the leaked relay token and revoke it",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: work out how something happened",
    markdown: "- [ ] Rosa Lind: work out how the relay cache got evicted",
    expect: { verb: "process" },
  },
  {
    branch: "vague: guarding against similar issues names nothing to do",
    markdown: "- [ ] Rosa Lind: guard against similar issues in the relay",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: protections named by their kind only",
    markdown: "- [ ] Rosa Lind: put stronger guardrails in place for kiosk image updates",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a protection with its kind named",
    markdown: "- [ ] Rosa Lind: add access controls to the relay's admin page",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: safeguards whose purpose names the change",
    markdown: "- [ ] Rosa Lind: add safeguards to block relay deploys during a freeze",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a two-word amount with no target",
    markdown: "- [ ] Rosa Lind: speed up the kiosk image builds",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: the same amount with a means",
    markdown: "- [ ] Rosa Lind: speed up the kiosk image builds by caching the toolchain layer",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: time to spend, with nothing to finish",
    markdown: "- [ ] Rosa Lind: spend some time on the relay's flaky suite",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: make a thing have a quality, with no measure",
    markdown: "- [ ] Rosa Lind: make the relay alerts actionable",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: make something possible, and say what",
    markdown: "- [ ] Rosa Lind: make it possible to roll back the kiosk config from the admin page",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: less of a fault, with no measure",
    markdown:
      "- [ ] Rosa Lind: make the kiosk booking page less fragile when the SMS gateway is down",
    expect: { verb: "vague" },
  },
  {
    branch: "process: the verb after 'we plan to'",
    markdown: "- [ ] Rosa Lind: We plan to investigate the relay's rate limits.",
    expect: { verb: "process" },
  },
  {
    branch: "vague: the verb after 'we are going to'",
    markdown: "- [ ] Rosa Lind: We are going to improve the kiosk failover.",
    expect: { verb: "vague" },
  },
  {
    branch: "process: the verb after a contraction and 'be'",
    markdown: "- [ ] Rosa Lind: We’ll be looking into ways to batch relay receipts.",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'plan' as the verb itself",
    markdown: "- [ ] Rosa Lind: Plan the relay migration for the March freeze window.",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a direction in the future passive",
    markdown: "- [ ] Rosa Lind: Our alerting on the relay queue will be improved.",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a review in the future passive",
    markdown: "- [ ] Rosa Lind: The relay rate limits are going to be reviewed.",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a change in the future passive",
    markdown: "- [ ] Rosa Lind: The legacy relay will be removed in the March freeze.",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a habit to keep",
    markdown: "- [ ] Rosa Lind: stay on top of the relay's certificate expiry dates",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a reminder to oneself",
    markdown: "- [ ] Rosa Lind: remember to check the kiosk certificates before holidays",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: keep a thing in a named place",
    markdown: "- [ ] Rosa Lind: keep the relay's certificates in the platform vault",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: make sure someone knows, with no check of it",
    markdown:
      "- [ ] Rosa Lind: make sure the kiosk on-call knows how to renew the partner certificate",
    expect: { verb: "vague" },
  },
  {
    branch: "process: double-checking is activity",
    markdown: "- [ ] Rosa Lind: double-check the relay renewal job after every cluster upgrade",
    expect: { verb: "process" },
  },
  {
    branch: "process: asking someone for an explanation",
    markdown: "- [ ] Rosa Lind: ask the relay vendor for an explanation of the missed reminder",
    expect: { verb: "process" },
  },
  {
    branch: "process: the verb after 'the team will'",
    markdown: "- The team will investigate the relay provider rate limits.",
    expect: { verb: "process" },
  },
  {
    branch: "vague: the verb after 'our team will'",
    markdown: "- Our team will improve the kiosk failover.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: the verb after 'everyone should'",
    markdown: "- Everyone should use the relay's new deploy script from Monday.",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: setting expectations names no content",
    markdown: "- [ ] Rosa Lind: set expectations with the depot managers on offline mode",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: guidance is a document to write",
    markdown: "- [ ] Rosa Lind: provide guidance on relay-to-kiosk traffic",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: ensure an event, with a quality only in its condition",
    markdown:
      "- [ ] Rosa Lind: ensure the relay health check fails when the mail vault is unreachable",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: ensure a quality, with a condition after it",
    markdown: "- [ ] Rosa Lind: ensure the relay failover is reliable when the primary restarts",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a 'maybe' tag before the action",
    markdown: "- Maybe: add a retry budget to the relay client",
    expect: { verb: "process" },
  },
  {
    branch: "process: an 'idea' tag before the action",
    markdown: "- Idea: a canary stage for the kiosk deploy",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'TBD' before a noun phrase leaves it undecided",
    markdown: "- TBD: retention policy for the relay audit logs",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'TBD' before a verb holds the owner's place",
    markdown: "- TBD: rotate the relay signing key",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a particle after the object, with no target",
    markdown: "- [ ] Rosa Lind: ramp the kiosk support staff back up on the relay",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a lead and particle that change no amount",
    markdown: "- [ ] Rosa Lind: bring the relay replica back up after the maintenance window",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a progressive read past 'also'",
    markdown: "- We are also reviewing our relay deployment processes.",
    expect: { verb: "process" },
  },
  {
    branch: "process: a degree before a process noun",
    markdown: "- [ ] Rosa Lind: further investigation into the relay pool behaviour",
    expect: { verb: "process" },
  },
  {
    branch: "vague: revising an area",
    markdown: "- [ ] Rosa Lind: revise our incident communication process",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: revising a named document to a stated rule",
    markdown: "- [ ] Rosa Lind: revise the relay runbook to require a second approver for failover",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a fix done properly names its change",
    markdown: "- [ ] Rosa Lind: properly close relay DB connections in the worker shutdown hook",
    expect: { verb: "outcome" },
  },

  {
    branch: "outcome: a recurring review in the future passive is an institution",
    markdown: "- [ ] Rosa Lind: The relay dashboard will be reviewed weekly by the on-call lead.",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: an amount with a target written in words",
    markdown: "- [ ] Rosa Lind: reduce the relay's DNS TTL to one minute",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a document of lessons can be checked",
    markdown: "- [ ] Rosa Lind: share the lessons learned document with the kiosk team",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: visibility on a named view",
    markdown:
      "- [ ] Rosa Lind: get visibility into relay queue depth per sender on the queue board",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: agreeing on something is talk",
    markdown: "- [ ] Rosa Lind: agree on an owner for the relay job queue",
    expect: { verb: "process" },
  },
  {
    branch: "process: raising an issue with someone",
    markdown: "- [ ] Rosa Lind: raise the issue with the kiosk vendor",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: raising a limit",
    markdown: "- [ ] Rosa Lind: raise the relay alert threshold for the bounce queue",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: an investigation that goes on to raise a limit",
    markdown:
      "- [ ] Rosa Lind: investigate the relay pool exhaustion and raise the limit to what the replica allows",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a part of the system and an area of it",
    markdown: "- [ ] Rosa Lind: checkout data quality",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a part of the system and a thing in it",
    markdown: "- [ ] Rosa Lind: checkout payments dashboard",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: teaching people names knowledge to grow, not a change",
    markdown: "- [ ] Rosa Lind: teach the teams how to rotate their signing keys",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: training people on a runbook",
    markdown: "- [ ] Rosa Lind: train on-call engineers on the relay failover runbook",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: training a model is a change",
    markdown: "- [ ] Rosa Lind: train the spam model on the last 90 days of reports",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: encouraging a team, and the verb is no owner",
    markdown: "- [ ] Encourage teams to write runbooks for their relays",
    expect: {
      verb: "vague",
      owners: [],
      text: "Encourage teams to write runbooks for their relays",
    },
  },
  {
    branch: "vague: helping a team, and the verb is no owner",
    markdown: "- [ ] Help the data team to move the relay to the new cluster",
    expect: {
      verb: "vague",
      owners: [],
      text: "Help the data team to move the relay to the new cluster",
    },
  },
  {
    branch: "outcome: the Support team is a team that owns the work",
    markdown: "- [ ] Support team to add a refund macro to the help centre",
    expect: { verb: "outcome", owners: ["Support team"], ownerIsGroup: true },
  },
  {
    branch: "outcome: supporting a protocol is a change",
    markdown: "- [ ] Rosa Lind: support IPv6 on the relay's load balancer",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a count in words is as specific as a digit ('the three rollback commands')",
    markdown:
      "- [ ] Rosa Lind: enhance the relay runbook with the three rollback commands from this incident",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a vague title explained by a change after its colon",
    markdown:
      "- [ ] Rosa Lind: better error message when the relay token expires: show the expiry time",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a vague title whose colon explains it with another vague request",
    markdown: "- [ ] Rosa Lind: improve relay monitoring: add alerts",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a vague title whose colon explains it with a process",
    markdown: "- [ ] Rosa Lind: improve relay reliability: investigate the timeouts",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'so it <does something>' names the check, as 'so that' does",
    markdown:
      "- [ ] Rosa Lind: improve the relay alert so it links to the runbook section for this failure",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'so it is …' names a state, not a check",
    markdown: "- [ ] Rosa Lind: improve relay monitoring so it is more useful",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an idiom for improve ('tighten up')",
    markdown: "- [ ] Rosa Lind: tighten up the relay release process",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an idiom for improve ('give … some love')",
    markdown: "- [ ] Rosa Lind: give the relay alerting some love",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: thinking of a plan ('come up with a plan for …')",
    markdown: "- [ ] Rosa Lind: come up with a plan for relay failover",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: an idiom with a means ('sort out … by deleting them')",
    markdown: "- [ ] Rosa Lind: sort out the relay DNS records by deleting the retired ones",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: giving a person access is a change",
    markdown: "- [ ] Rosa Lind: give the on-call engineer admin access to the relay console",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: asking people for their view ('gather feedback from …')",
    markdown: "- [ ] Rosa Lind: gather feedback from the on-call engineers on the relay runbook",
    expect: { verb: "process" },
  },
  {
    branch: "process: time set aside for an activity ('schedule time to go over …')",
    markdown: "- [ ] Rosa Lind: schedule time to go over the relay alert thresholds",
    expect: { verb: "process" },
  },
  {
    branch: "process: opening a discussion",
    markdown: "- [ ] Rosa Lind: open a discussion on retiring the relay v1 API",
    expect: { verb: "process" },
  },
  {
    branch: "process: pressing a vendor ('ping the vendor for an RCA')",
    markdown: "- [ ] Rosa Lind: ping the relay vendor for an RCA",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: pinging an endpoint is a check that runs",
    markdown:
      "- [ ] Rosa Lind: ping the relay health endpoint every 30 seconds from the synthetic checker",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'validate whether' asks a question",
    markdown: "- [ ] Rosa Lind: validate whether the relay retry change helped",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a process word naming a thing in a title, with the change after its colon",
    markdown:
      "- [ ] Rosa Lind: Explore page for the relay: hide the outage banner once the queue drains",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a research bucket labelled, then turned on",
    markdown: "- [ ] Rosa Lind: Research share on the relay: turn on versioning for it",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a direction explained by the changes in an aside",
    markdown:
      "- [ ] Rosa Lind: harden the relay host (remove the debug endpoints, disable the admin port)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a direction with a purpose that says what the thing will hold",
    markdown: "- [ ] Rosa Lind: improve the relay bounce email to include the bounce code",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a purpose that wants more of something says no end state",
    markdown: "- [ ] Rosa Lind: improve the relay docs to include more examples",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an aside that names an area explains nothing",
    markdown: "- [ ] Rosa Lind: improve the relay monitoring (add alerts)",
    expect: { verb: "vague" },
  },
  {
    branch: "process: talk with someone ('catch up with the vendor re: …')",
    markdown: "- [ ] Rosa Lind: catch up with the relay vendor re: their retry limits",
    expect: { verb: "process" },
  },
  {
    branch: "process: talk with someone ('connect with the team regarding …')",
    markdown: "- [ ] Rosa Lind: connect with the mail team regarding the relay bounces",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: connecting with a team to make a named change",
    markdown: "- [ ] Rosa Lind: connect with the mail team to add a bounce alert at 200 per hour",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: watching with no end ('keep monitoring …')",
    markdown: "- [ ] Rosa Lind: keep monitoring the relay queue after the patch",
    expect: { verb: "process" },
  },
  {
    branch: "process: root-causing as one word",
    markdown: "- [ ] Rosa Lind: root-cause the relay's duplicate sends",
    expect: { verb: "process" },
  },
  {
    branch:
      "vague: a verb of direction ('simplify', 'stabilise', 'formalise', 'de-risk', 'tidy up')",
    markdown: "- [ ] Rosa Lind: stabilise the relay bounce processor",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: lessening an amount with no target",
    markdown: "- [ ] Rosa Lind: lessen the impact of relay restarts",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a verb of direction with its means named",
    markdown: "- [ ] Rosa Lind: simplify the relay deploy by removing the manual approval step",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a wish ('it would be nice if …')",
    markdown:
      "- [ ] Rosa Lind: it would be nice if the relay retried the second mail host on error",
    expect: { verb: "process" },
  },
  {
    branch: "process: a question with its mark left off ('is the … still needed')",
    markdown: "- [ ] Rosa Lind: is the relay v1 fallback still needed",
    expect: { verb: "process" },
  },
  {
    branch: "vague: a state that 'could be better'",
    markdown: "- [ ] Rosa Lind: bounce handling in the relay could be better",
    expect: { verb: "vague" },
  },
  {
    branch: "process: something that 'could use some love'",
    markdown: "- [ ] Rosa Lind: the relay runbook could use some love",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'should the … fail' is a condition, not a question",
    markdown:
      "- [ ] Rosa Lind: should the relay primary fail, promote the standby host automatically",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a study named by its noun ('feasibility of …', 'pros and cons of …')",
    markdown: "- [ ] Rosa Lind: feasibility of a second relay region",
    expect: { verb: "process" },
  },
  {
    branch: "process: two options to weigh ('A vs B')",
    markdown: "- [ ] Rosa Lind: hosted relay vs our own Postfix cluster",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: choosing between two options is a decision",
    markdown: "- [ ] Rosa Lind: choose hosted relay vs our own Postfix cluster and record why",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "vague: a promise with a criterion that has no measure ('ensure enough …', 'the right people')",
    markdown: "- [ ] Rosa Lind: make sure the right people get paged for relay bounces",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'right' as a place, not a criterion",
    markdown: "- [ ] Rosa Lind: make sure the relay drains right after the nightly backup finishes",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a habit of attention ('stay vigilant about …', 'take note of …')",
    markdown: "- [ ] Rosa Lind: stay vigilant about relay queue growth",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: the numbers of a report of the incident after a dash measure nothing to do",
    markdown:
      "- [ ] Rosa Lind: better relay alerting — we only heard about the bounces from a customer 3 hours later",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a number before the report still marks the change",
    markdown:
      "- [ ] Rosa Lind: raise the relay pool to 50 connections — we ran out at 40 during the peak",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a promise of how well it will behave ('should handle … gracefully')",
    markdown: "- [ ] Rosa Lind: the relay should handle bounce storms gracefully",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a state of mind named alone ('awareness of …')",
    markdown: "- [ ] Rosa Lind: awareness of relay sending limits across the support team",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: halting a whole kind of activity is checkable ('freeze deploys', 'disable retries')",
    markdown: "- [ ] Rosa Lind: freeze relay deploys",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: adding an area still names no change ('add monitoring')",
    markdown: "- [ ] Rosa Lind: add monitoring",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a compound noun before a verb is no name ('Health check on …' adds a check)",
    markdown: "- [ ] Health check on the relay LB for the kiosk pool (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: a process word naming a thing, with what was done to it ('Review step added to …')",
    markdown: "- [ ] Review step added to the relay deploy checklist (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: an investigation verb as a label ('Investigate: …'), whatever follows",
    markdown: "- [ ] Rosa Lind: Investigate: retry storms on the relay",
    expect: { verb: "process" },
  },
  {
    branch: "process: a ticket kind before the summary ('Tech debt: review …')",
    markdown: "- [ ] Rosa Lind: Tech debt: review the relay shard settings",
    expect: { verb: "process" },
  },
  {
    branch: "vague: more of a thing with a place but no count ('more replicas to the pool')",
    markdown: "- [ ] Rosa Lind: add more relay replicas to the kiosk pool",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a count before 'more' ('2 more replicas to the pool')",
    markdown: "- [ ] Rosa Lind: add 2 more relay replicas to the kiosk pool",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'no more …' is a ban and 'once more' a repeat, both checkable",
    markdown: "- [ ] Rosa Lind: no more manual relay deploys to production",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'once more' repeats the drill, which can be checked",
    markdown: "- [ ] Rosa Lind: run the relay failover drill once more",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a noun phrase whose head names a quality ('Print spooler stability')",
    markdown: "- [ ] Relay spooler stability (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a noun phrase whose head is an activity ('Budget discussion for …')",
    markdown: "- [ ] Budget discussion for the relay hosting option (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a noun phrase whose head is a thing to build ('Runbook for the failover')",
    markdown: "- [ ] Runbook for the relay failover (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: an activity noun made a rule ('Mandatory code review for …')",
    markdown: "- [ ] Mandatory code review for relay config changes (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "vague: an amount named alone ('Pricing QA coverage'); with a target it is a deliverable",
    markdown: "- [ ] Relay QA coverage (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: an amount with a target ('Test coverage for the bounce path')",
    markdown: "- [ ] Test coverage for the relay bounce path (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: an area noun before a verb-like noun is no name ('Communication template for …')",
    markdown: "- [ ] Communication template for relay outages (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: a hyphenated word with a lower-case part is no name ('Post-incident review template')",
    markdown: "- [ ] Post-incident review template for the relay (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: a label of a few words, then the request in the next sentence ('Vendor. Follow up …')",
    markdown: "- [ ] Relay vendor. Follow up with the mail provider on the bounces. (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch:
      "vague: a label of a few words, then a wish in the next sentence ('Alerting. Some kind of …')",
    markdown: "- [ ] Alerting. Some kind of alert on relay bounces would have helped. (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a label of a few words, then a change in the next sentence",
    markdown:
      "- [ ] Relay disk alerts. Page when disk use on the relay hosts passes 90%. (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: checking with someone ('check with the vendor')",
    markdown: "- [ ] Rosa Lind: check with the mail provider about the bounces",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: checking with someone for a named change",
    markdown: "- [ ] Rosa Lind: check with the DBA team to add an index on relay_events.sent_at",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a sentence lead ('Going forward, …') is read past to the commitment",
    markdown:
      "- [ ] Rosa Lind: going forward, the team should communicate better with the kiosk staff during outages",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a sentence lead before a checkable change",
    markdown:
      "- [ ] Rosa Lind: going forward, add an alert when the relay queue holds over 500 messages",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'needs to be looked at' asks for someone's time",
    markdown: "- [ ] Rosa Lind: the relay capacity plan needs to be looked at again",
    expect: { verb: "process" },
  },
  {
    branch: "process: checking a possibility ('verify the possibility of …') is a study",
    markdown: "- [ ] Rosa Lind: verify the possibility of a second mail provider",
    expect: { verb: "process" },
  },
  {
    branch: "vague: 'ensure' with a quality named and no check ('ensure data integrity')",
    markdown: "- [ ] Rosa Lind: ensure relay data integrity",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'ensure' with a quality inside a purpose leaves the deliverable to judge",
    markdown: "- [ ] Rosa Lind: monthly relay failover game days to ensure standby resilience",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'make sure' with a manner and no measure ('restarts cleanly')",
    markdown: "- [ ] Rosa Lind: make sure the relay worker restarts cleanly",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: beginning a practice for each of a kind ('start a canary for every deploy')",
    markdown: "- [ ] Rosa Lind: start a canary for every relay deploy",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: a study noun naming a thing that then acts ('Evaluation job … fails the pipeline')",
    markdown:
      "- [ ] Evaluation job for the relay spam model fails the pipeline when recall drops below 0.9 (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a study noun naming a kind of thing ('Investigation tools for …')",
    markdown: "- [ ] Investigation tools for the relay on-call (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'w/' for 'with' after a verb of talk ('sync w/ platform re …')",
    markdown: "- [ ] Rosa Lind: sync w/ the mail provider re bounce limits",
    expect: { verb: "process" },
  },
  {
    branch:
      "vague: lessons as the subject of their passing on ('Lessons learned will be shared …')",
    markdown: "- [ ] Rosa Lind: lessons learned will be shared with the kiosk teams",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a reassessment in the future passive ('… will be reassessed')",
    markdown: "- [ ] Rosa Lind: the relay capacity model will be reassessed",
    expect: { verb: "process" },
  },
  {
    branch: "process: the field word 'Action:' kept before the verb is read past",
    markdown: "1. Owner: Rosa Lind\n   Action: Look into the relay timeouts",
    expect: { verb: "process" },
  },
  {
    branch:
      "process: a name the owner reader did not take, then 'to' and the verb ('Registry to consider …')",
    markdown: "- [ ] Kiosk Registry to consider staggering the relay sends by region",
    expect: { verb: "process" },
  },
  {
    branch: "vague: a verb that takes 'to' is no name ('Remember to …')",
    markdown: "- [ ] Remember to check the relay certificates",
    expect: { verb: "vague" },
  },
  {
    branch:
      "vague: a noun phrase whose head is retraining or an improvement ('Continuous improvement of …')",
    markdown: "- [ ] Continuous improvement of the relay deviation process (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: a study noun before a plural that then acts ('Discussion threads … get a mute button')",
    markdown: "- [ ] Discussion threads in the kiosk app get a mute button (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: a process word naming a thing that was limited ('Review prompts limited to …')",
    markdown: "- [ ] Review prompts limited to once every 90 days per kiosk user (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: visibility into something, named alone ('Visibility into carrier delays')",
    markdown: "- [ ] Visibility into relay delivery delays (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: 'Review:' titling a rule with its own subject and verb ('Review: cart team signs off on …')",
    markdown:
      "- [ ] Review: the relay team signs off on config changes in the PR template (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'Review:' before a topic with no verb",
    markdown: "- [ ] Review: relay timeouts for the kiosk gateway (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "vague: 'so that we know …' is no criterion to check",
    markdown:
      "- [ ] Rosa Lind: we are improving relay alerting so that we know about bounce storms before the kiosks do",
    expect: { verb: "vague" },
  },
  {
    branch:
      "vague: a label and what went wrong in it, with no change ('Comms. Customers were confused.')",
    markdown: "- [ ] Kiosk comms. Store managers were confused. (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: a label and a report of the change done ('Snapshots were moved …') is no trouble",
    markdown: "- [ ] Relay backups. Snapshots were moved to the EU bucket. (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: a quality noun phrase whose check is stated ('Reliability of backups verified by a restore test')",
    markdown: "- [ ] Reliability of relay backups verified by a restore test (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "vague: a title and, after a dash, only what went wrong ('Alert routing — pages went …')",
    markdown: "- [ ] Relay routing — pages went to the wrong rota for an hour (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a bold title and only what went wrong after it",
    markdown: "- [ ] **Kiosk escalation** — store managers did not know whom to phone (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a title, a complaint, then a change after its semicolon",
    markdown:
      "- [ ] **Kiosk health** — area leads had no view of the kiosks; email them a kiosk health report every Monday (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a complaint, then a direction after its semicolon, is judged by the direction",
    markdown: "- [ ] The relay dashboards were confusing; improve them (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a complaint, then a change after its semicolon",
    markdown: "- [ ] The relay dashboards were confusing; add a p99 panel per region (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a target after a title is no complaint ('… processed within 2 min')",
    markdown: "- [ ] Relay queue SLO: 99% of messages processed within 2 min (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: a vague title explained after its colon by what to name ('…: name the expired key')",
    markdown:
      "- [ ] Add a better error message when the relay token expires: name the expired key (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "vague: an explanation after the colon with an unmeasured comparison ('name it more clearly')",
    markdown:
      "- [ ] Add a better error message when the relay token expires: name it more clearly (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: a process verb naming a thing that acts after a place ('Investigate button on … opens …')",
    markdown:
      "- [ ] Investigate button on the relay page opens the failing step's logs in one click (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a process verb before its object and a clause of the object's own",
    markdown: "- [ ] Investigate errors the relay gateway returns on timeouts (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch:
      "outcome: a study noun with what was done to its result ('… written up in the incident doc')",
    markdown:
      "- [ ] Investigation of the relay timeouts written up in the incident doc with logs attached (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a study noun, a long object, then where its result was sent",
    markdown:
      "- [ ] Assessment of kiosk overtime caused by the relay delay sent to payroll (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a process verb, then ', and' and an outcome verb",
    markdown:
      "- [ ] Discuss with security which tokens the relay agents may hold, and record the list in the agent README (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a process verb, then ', and ensure' with no deliverable",
    markdown:
      "- [ ] Review who can reach the relay console, and ensure only the people who need it can (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: one exercise named by its kind ('DB failover test')",
    markdown: "- [ ] Kiosk failover test (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: a review in the passive with 'is to be' ('The NOC handover is to be reviewed')",
    markdown: "- [ ] The relay shift handover is to be reviewed (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "process: a recommendation that something be reviewed",
    markdown: "- [ ] It is recommended that relay maintenance practices be reviewed (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "vague: a direction in the passive with a modal ('… is to be strengthened')",
    markdown: "- [ ] Relay vendor engagement is to be strengthened (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a verb of change setting a rule that things be reviewed",
    markdown: "- [ ] Require all relay config changes to be reviewed by the SRE lead (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a passive review with a sign-off after it",
    markdown: "- [ ] The relay runbook must be reviewed and signed off by the SRE lead (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: an organisation and its modal read past to a process verb ('The plant should explore …')",
    markdown: "- [ ] The plant should explore options for relay predictive maintenance (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch:
      "vague: a recommendation's number, its organisation and a direction ('R1. The bank should strengthen …')",
    markdown: "- [ ] R1. The bank should strengthen its relay change framework (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a thing with 'should' is no organisation ('The cache should evict …')",
    markdown: "- [ ] The relay cache should evict entries after 10 minutes (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'carry out a review of …' plans the review",
    markdown: "- [ ] Carry out a review of the relay alert rules (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "process: speaking with someone about a topic",
    markdown: "- [ ] Speak with kiosk support about the relay outage messages (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'we ought to' read past to a talk",
    markdown: "- [ ] We ought to chat to the platform team about relay node sizes (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch:
      "outcome: a title and a change reported in the past perfect ('… had been scaled to 12 pods')",
    markdown:
      "- [ ] **Relay queue** — consumers had been scaled to 12 pods before the sale (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a title and a new setting reported ('the volume was grown to 2 TB')",
    markdown: "- [ ] **Relay disk** — the volume was grown to 2 TB (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a topic and only a study after its dash ('… — investigate')",
    markdown:
      "- [ ] Interface errors between the relay and the kiosk system — investigate (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a change, then a recurring review after its dash",
    markdown: "- [ ] Add an alert on relay interface errors - review weekly (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: a longer organisation before 'should' ('The IT service desk should review …')",
    markdown: "- [ ] The IT service desk should review its relay escalation matrix (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "vague: an organisation, 'should be' and a direction in the passive",
    markdown: "- [ ] The relay change approval board should be strengthened (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "vague: 'ensure' and a thing described only by a quality word ('Ensure robust telemetry')",
    markdown: "- [ ] Ensure robust relay telemetry (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'ensure' and a quality word, with what and where after it",
    markdown: "- [ ] Ensure secure storage of the relay API keys in Vault (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a title, 'failed' in the complaint, then a direction after its semicolon",
    markdown: "- [ ] Relay pipeline: the ingest job failed silently; improve it (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a title, then a study of why something failed, is no complaint",
    markdown: "- [ ] Capacity: assess why the relay scheduler failed (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a bold title, then a change to 'the failed' thing, is no complaint",
    markdown: "- [ ] **Relay export** — re-run the failed export for the kiosks (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a title, a complaint, then the change in the next sentence",
    markdown:
      "- [ ] Kiosk guidance — staff kept rebooting the kiosks. Put a card at each kiosk listing the three offline steps. (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a title, a complaint, then the change after a dash",
    markdown:
      "- [ ] Relay login: users couldn't sign in for 20 minutes — add a fallback to the cached token (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: an organisation, 'should' and a light verb ('The site should take a look at …')",
    markdown: "- [ ] The site should take a look at the relay Wi-Fi (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch:
      "process: 'The' opening a complaint is no name, and the study after its semicolon is read",
    markdown:
      "- [ ] The deploy lock was ignored by the relay hotfix script; look into why (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "process: a study noun after its article ('A review of … should take place')",
    markdown: "- [ ] A review of the relay lubrication schedule should take place (Rosa Lind)",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a study noun after its article naming a thing with what was done to it",
    markdown: "- [ ] A review step was added to the relay deploy checklist (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: an activity named alone ('Alerting')",
    markdown: "- [ ] Alerting (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a trouble named as a problem, with nothing asked",
    markdown: "- [ ] Relay alarm flooding during the event was a problem (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a problem named, then a change after its semicolon",
    markdown:
      "- [ ] Relay rollout was a problem because of the lock; add a lock timeout of 30 s (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a subject and what it could not do, with nothing asked",
    markdown: "- [ ] Kiosk users could not pay for 5 hours (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: what was not done, then the change in the next sentence",
    markdown:
      "- [ ] Wards were not told about relay delays. Page the ward manager within 15 minutes of any delay. (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: what did not happen, then the change made after ', so'",
    markdown:
      "- [ ] The relay cron job did not run on Sundays, so we moved it to Monday at 02:00 (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: lessons to be learned, in the passive with a modal",
    markdown: "- [ ] Lessons should be learned from the relay outage (Rosa Lind)",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a title, what was found and the change made after 'and'",
    markdown: "- [ ] Kiosk keys — we found 3 unused keys and revoked them (Rosa Lind)",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a title and a choice made ('we went with …') is no complaint",
    markdown: "- [ ] Relay email — we went with the second provider (Rosa Lind)",
    expect: { verb: "outcome" },
  },
];
