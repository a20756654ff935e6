// Word lists the parser and rules share. Kept in one place so a false positive found in the
// wild is fixed once.

const set = (words: string): Set<string> =>
  new Set(
    words
      .trim()
      .split(/\s*\|\s*|\n\s*/)
      .filter(Boolean),
  );

/** Verbs that describe activity, not a change (first word of an action). */
export const PROCESS_VERBS = set(`
review | explore | investigate | discuss | consider | evaluate | assess | analyze | analyse | research | study | examine
| brainstorm | revisit | reconsider | understand | determine | identify | scope | sync | talk | meet | ponder | explore
| reevaluate | re-evaluate | re-assess | reassess | debate | spike | triage | dig | look | think | figure
| follow | check | see | try | clarify | discover | gauge | inspect | survey | brainstorm | align | ask
| reflect | contemplate | deliberate | mull | wonder | weigh | explore | monitor | watch | observe | confirm
| learn | socialise | socialize | chase | push | find | double-check | re-check | recheck | agree | raise
| ping | poll | root-cause | level-set`);

/** Watching without an end: "continue to monitor …", "keep an eye on …" (the monitoring itself changes nothing). */
export const ONGOING_WATCH =
  /^(?:continue(?:\s+to)?\s+(?:monitor|watch|observe|track)|continue\s+(?:monitoring|watching|observing)|keep(?:\s+on)?\s+(?:watching|observing|monitoring|tracking|an eye on|eyes on|an eye out))\b/i;

/** Two-word process phrases; the first word alone is not a process verb ("follow the runbook"). */
export const PROCESS_PHRASES = [
  "look into",
  "look at",
  "looking into",
  "looking at",
  "dig into",
  "dig deeper",
  "think about",
  "figure out",
  "follow up",
  "follow-up on",
  "check if",
  "check whether",
  "check on",
  "see if",
  "see whether",
  "try to",
  "deep dive",
  "deep-dive",
  "root cause",
  "talk to",
  "talk with",
  "sync with",
  "sync on",
  "follow up on",
  "find out",
  "get alignment",
  "get aligned",
  "get buy-in",
  "reach consensus",
  "get consensus",
  "touch base",
  "circle back",
  "work out",
  "go over",
  "gather feedback",
  "collect feedback",
  "get feedback",
  "get input",
  "gather input",
  "collect input",
  "gather data",
  "collect data",
  "gather requirements",
  "loop in",
  "validate whether",
  "validate if",
  // Talk with someone: "catch up with the vendor re: …", "sit down with the exams office", "hop on a call".
  "catch up",
  "sit down",
  "hop on",
  "get together",
  "dive into",
  "double check",
];

/** Labels that name an item's work as an investigation: "Spike: …", "Research - …". */
export const INVESTIGATION_LABELS = set(
  `spike | investigation | research | exploration | analysis | study | evaluation | assessment | discovery`,
);

/**
 * Verbs of working together ("work with the DB team …", "coordinate with payments …"): the work is
 * whatever a purpose after them names ("… to add retries"); with none, or a process one ("… to
 * understand …"), the item is an activity.
 */
export const COLLABORATION_VERBS = set(
  `work | partner | collaborate | coordinate | engage | liaise | pair | team | connect`,
);

/** -ing and noun forms that read as process when they open an item. */
export const PROCESS_NOUNS = set(`
reviewing | exploring | investigating | discussing | considering | evaluating | assessing | analyzing | analysing
| researching | studying | examining | brainstorming | revisiting | investigation | exploration | discussion
| evaluation | assessment | analysis | research | study | examination | spike | retro | retrospective | review
| feasibility | pros | trade-offs | tradeoffs | understanding`);

/**
 * Process verbs that are process only with certain words after them: "check whether …" asks, "check the
 * backup job pages" changes something. The pattern is tried on the text right after the verb.
 */
export const PROCESS_NEEDS_NEXT: Record<string, RegExp> = {
  check: /^(?:if|whether|on|that|in with|how|what|why|which|where|when|who)\b/,
  follow: /^(?:up)\b/,
  look: /^(?:into|at|for|over)\b/,
  see: /^(?:if|whether|how|what|why)\b/,
  try: /^(?:to|and|out)\b/,
  think: /^(?:about|through)\b/,
  dig: /^(?:into|deeper|in)\b/,
  figure: /^(?:out)\b/,
  talk: /^(?:to|with|about)\b/,
  sync: /^(?:with|on|up)\b/,
  align: /^(?:on|with|around)\b/,
  // "Agree on an owner for the queue" talks, as "align on" does; "agree the SLA in the contract" is left alone.
  agree: /^(?:on|upon|with|whether|how|what|who|which)\b/,
  // "Raise the issue with the vendor" talks; "raise the pool limit to 50" changes something.
  raise:
    /^(?:(?:the|this|our|that|these) )?(?:(?:issue|concern|topic|question|point|problem)s? |it |this )?(?:with|at|in) (?:the |our )?(?:[a-z-]+ ){0,2}(?:vendor|provider|team|board|leadership|management|supplier|partner|review|meeting|call|sync|standup|retro)s?\b/,
  // "Clarify who owns …" asks; "clarify the error message for declined cards" rewrites it.
  clarify: /^(?:whether|if|who|how|what|why|when|with|ownership|expectations|responsibilit)/,
  // "Ask the DBA team whether …": a question to someone, not a change.
  ask: /^[^.;:]{0,60}?\b(?:whether|if|about|for (?:input|feedback|advice|a review|an? (?:explanation|rca|update|answer|timeline|eta|root cause|post-?mortem)))\b/,
  meet: /^(?:with|to)\b/,
  "level-set": /^(?:with|on)\b/,
  // "Find a way to test images" searches; "find the leaked key and rotate it" does not.
  find: /^(?:a |an |some |the best )?(?:way|ways|approach|approaches|solution|solutions|means|options?)\b/,
  // "Ping the vendor for an RCA" presses someone; "ping the health endpoint every 30 s" checks something.
  ping: /^[^.;:]{0,40}?\b(?:for (?:a |an |the |their |its )?(?:fix|answer|update|rca|timeline|eta|response|resolution|patch|decision|root cause)|about|regarding|re)\b/,
  // "Poll the team on the schedule" asks people; "poll the queue every second" reads it.
  poll: /^(?:the |our |all )?(?:team|teams|engineers|on-?call|people|everyone|stakeholders|users|customers|responders)\b/,
  // "Push the vendor for a fix" presses someone; "push the config to the stores" changes something.
  push: /^[^.;:]{0,40}?\bfor (?:a |an |the |their |its )?(?:fix|answer|update|rca|timeline|eta|response|resolution|patch|decision|commitment|root cause)\b/,
  // "Confirm with the vendor whether …" asks; "confirm the restore finishes in an hour" states a check.
  confirm: /^[^.;:]{0,60}?\b(?:whether|if|with)\b/,
  // "Monitor the queue closely for the next few weeks" watches; "monitor disk usage on the replicas" adds monitoring.
  monitor:
    /^[^.;:]{0,60}?\b(?:closely|carefully|for (?:the|a) (?:next|coming|few)|over the (?:next|coming)|going forward|for now|for a while)\b/,
  watch:
    /^[^.;:]{0,60}?\b(?:closely|carefully|for (?:the|a) (?:next|coming|few)|over the (?:next|coming)|going forward|for now|for a while)\b|^(?:out|for)\b/,
  observe: /^/,
  identify:
    /^(?:whether|if|why|how|what|which|where|when|who|ways|options|places|areas|gaps|candidates|the root|root|potential|possible|opportunities|improvements|enhancements)\b/,
  determine: /^(?:whether|if|why|how|what|the root|root)\b/,
  understand: /./,
  // "Reflect on …" muses; "reflect the new quota on the billing page" changes the page.
  reflect: /^(?:on|upon|if|whether|about|how|what|why)\b/,
  weigh: /^(?:up|whether|if|the pros|pros|options|the options|trade-?offs|the trade-?offs)\b/,
};

/** Words a verb may follow at the start of an action: "we will", "to", "please". */
export const VERB_OPENERS = set(
  `we | will | to | please | should | must | need | needs | let's | lets | let | us | i | also | then | and | first | 1st
  | finally | lastly | additionally | secondly | thirdly | furthermore | moreover | we'll | i'll | ll | we're`,
);

/** Subjects that name everyone, read past before a modal: "the team will …", "everyone should …". */
export const EVERYONE_SUBJECTS = set(`team | teams | everyone | everybody`);

/** Intentions read past before "to": "we plan to …", "we are going to …", "we want to …". */
export const INTENT_OPENERS = set(
  `plan | plans | planning | want | wants | aim | aims | intend | intends | hope | hopes | going`,
);

/** Auxiliaries of the progressive the wording reads past: "We are improving …", "we're adding …". */
export const PROGRESSIVE_AUXILIARIES = set(`are | is | am | re | currently`);

/** Verbs whose result can be verified: the "add, remove, change, update, test, deploy" family. */
export const OUTCOME_VERBS = set(`
add | remove | change | update | test | deploy | fix | implement | create | write | enable | disable | configure | set
| lower | raise | increase | reduce | migrate | upgrade | downgrade | rotate | document | automate | alert | page | delete
| replace | build | ship | introduce | publish | decide | choose | pick | select | file | open | merge | roll | rollout
| backfill | patch | limit | cap | block | require | enforce | restrict | schedule | assign | hire | move | split | rename
| retire | deprecate | drop | archive | freeze | unfreeze | halt | run | install | provision | tune | adjust | switch | pin | revert | instrument
| expose | emit | record | log | track | define | draft | send | notify | announce | train | onboard | staff | fund | approve
| allocate | budget | cut | shorten | extend | lengthen | double | halve | rewrite | refactor | extract | isolate | shard
| scale | partition | encrypt | revoke | grant | audit | monitor | label | tag | link | integrate | wire | hook | connect
| make | put | give | establish | institute | codify | standardize | standardise | consolidate | clean | purge | expire
| invalidate | warm | cache | throttle | rate-limit | debounce | retry | time | timeout | alarm | escalate | stop | start
| ensure | block | gate | verify | validate | ban | prevent | lock | unlock | reject | accept | return | resize | replicate
| failover | fail | version | release | backport | upstream | contribute | remediate | harden | secure | protect | mark
| close | resolve | finish | complete | produce | propose | publish | host | hold | conduct | perform | practice | rehearse
| drill | simulate | exercise | deliver | land | commit | submit | reserve | order | buy | purchase | sign | renew | rewire
| redesign | rearchitect | re-architect | automate | script | template | lint | catch | detect | surface | display | show
| dashboard | graph | chart | plot | measure | benchmark | load-test | fuzz | freeze | unfreeze | separate | decouple
| adopt | apply | use | roll-out | backup | restore | rebuild | redeploy | reindex | vacuum | include | modify | provide
| route | reroute | fence | decommission | sunset | rebalance | tighten | loosen | bump | repave | reimage | prefetch
| precompute | memoize | dedupe | deduplicate | sanitize | sanitise | normalize | normalise | relocate
| offboard | centralize | centralise | sandbox | quarantine | allowlist | denylist | blocklist | mandate | forbid
| prohibit | toggle | ingest | drain | evict | flush | compact | prune | trim | truncate | decrease | stagger
| distribute | recover | reproduce | stress-test | canonicalize | restart | reboot | reload | refresh | rerun
| resume | pause | suspend | unblock | reconfigure | recompute | regenerate | republish | reconcile | repair | replay
| reprocess | resync | unpin | upsize | downsize | rightsize | right-size | enlarge | shrink | clamp | guard | wrap
| unify | combine | detach | attach | register | deregister | hide | unhide | turn | tear | shut
| fetch | refetch`);

/** Words that open a direction rather than a task: "Improve monitoring", "Better documentation". */
export const VAGUE_LEADS = set(`
improve | enhance | better | strengthen | optimize | optimise | streamline | address | tackle | bolster | boost
| reinforce | refine | rethink | rework | revamp | modernize | modernise | prioritize | prioritise | invest | focus | work
| be | make | ensure | continue | keep | maintain | increase | reduce | fix | update | clean | harden | resolve | sort
| handle | manage | expand | grow | upgrade | beef | minimize | minimise | maximize | maximise | revise | overhaul
| simplify | stabilise | stabilize | rationalise | rationalize | formalise | formalize | mature | de-risk | derisk
| fine-tune | tidy | declutter | solidify | uplift | lessen`);

/**
 * Nouns of a direction read as their verb when they open an item with their object after them
 * ("Improvements to the launch checklist" reads as "improve …"); "Improvement: add …" is a label.
 */
export const DIRECTION_NOUNS = new Map<string, string>([
  ["improvement", "improve"],
  ["improvements", "improve"],
  ["enhancement", "enhance"],
  ["enhancements", "enhance"],
  ["optimization", "optimize"],
  ["optimizations", "optimize"],
  ["optimisation", "optimise"],
  ["optimisations", "optimise"],
  ["refinement", "refine"],
  ["refinements", "refine"],
  ["reduction", "reduce"],
]);

/** Verbs that halt a whole kind of activity: "freeze deploys", "disable retries" say when they are done. */
export const HALT_VERBS = set(`freeze | pause | stop | halt | block | disable | ban | suspend`);

/** Verbs that change an amount: with no target ("to 30s", "below 1%") nothing says when it is done. */
export const AMOUNT_VERBS = set(`
increase | decrease | reduce | minimize | minimise | maximize | maximise | shrink | shorten | lengthen | lessen`);

/** Two-word amounts to change, or time to spend, that need a target too: "speed up builds", "ramp the team up". */
export const AMOUNT_PHRASES = set(`
speed up | cut down | bring down | drive down | tone down | scale back | spend time | spend some | spend more
| spend effort | ramp up`);
/** A target written in words: "to one minute", "by half", "below a third". */
export const WORDED_TARGET =
  /\b(?:to|below|under|above|over|by|within)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|zero|half|a (?:third|quarter|half|single))\b/i;

/** Leads that are vague on their own, whatever follows (unless a specific marker is present). */
export const ALWAYS_VAGUE_LEADS = set(`
improve | enhance | better | strengthen | optimize | optimise | streamline | address | tackle | bolster | boost | reinforce
| refine | rethink | revamp | modernize | modernise | prioritize | prioritise | invest | focus | work | be | continue | beef
| harden | align | harmonize | harmonise
| simplify | stabilise | stabilize | rationalise | rationalize | formalise | formalize | mature | de-risk | derisk
| fine-tune | tidy | declutter | solidify | uplift`);

/** Adjectives that open a noun-phrase wish: "Better documentation", "More tests". */
export const VAGUE_ADJECTIVES = set(`
better | more | improved | enhanced | increased | additional | proper | stronger | further | greater | clearer | tighter
| extra | robust | comprehensive | adequate | sufficient | enhanced | stricter | smarter | faster | fewer | less | careful | consistent | predictable | secure
| resilient | reliable | stable | visible | efficient | scalable | observable | maintainable`);

/** Nouns that name an area, not an artefact: the object of a vague action. */
export const ABSTRACT_NOUNS = set(`
monitoring | alerting | alerts | observability | visibility | documentation | docs | process | processes | communication
| communications | coordination | ownership | testing | tests | test | coverage | reliability | resilience | resiliency
| stability | performance | awareness | culture | quality | tooling | tools | handling | on-call | oncall | fatigue | load
| practices | practice | hygiene | security | safety | scaling | scalability | capacity | logging | logs | metrics
| instrumentation | processes | procedures | procedure | response | incident | incidents | management | planning
| understanding | knowledge | training | collaboration | alignment | accountability | governance | operations | ops
| readiness | robustness | availability | efficiency | automation | workflow | workflows | things | stuff | issues
| issue | problems | problem | gaps | gap | noise | signal | health | posture | experience | structure | staffing
| headcount | burden | burnout | situation | setup | configuration | config | infrastructure | infra | system | systems
| detection | recovery | resolution | escalation | escalations | runbooks | playbooks | dashboards | checks
| validation | review | reviews | deployment | deployments | deploys | releases | release | rollouts | change | changes
| error | errors | failures | failure | outages | outage | scaling | retries | timeouts | limits | dependencies
| toil | friction | complexity | pain | risk | risks | flakiness`);

/** Words that carry no content in an action's object: "the", "our", "all", "across". */
export const FILLER_WORDS = set(`
the | our | a | an | of | for | in | on | around | with | and | all | any | its | their | to | across | overall | general
| this | that | we | us | it | be | is | are | so | team | teams | service | services | system | process | internal
| existing | current`);

/** Determiners that point at a known thing: "add the alert" names one. */
export const DEFINITE_WORDS = set(`the | this | that | these | those | its | their | our`);

/** Prepositions that open a qualifier after the head of an object: "ownership *of* ledger-api". */
export const QUALIFIER_WORDS = set(
  `of | for | in | on | to | across | around | with | at | from | by | within | between`,
);

/** Further words that name an area or a direction, not an artefact. */
export const AREA_WORDS = set(`
improvement | improvements | enhancement | enhancements | change | changes | update | updates | fixes | safer | faster
| easier | clearer | stronger | smoother | simpler | more | less | fewer | general | overall | better | proper | robust
| reliable | resilient | stable | alert`);

/** Stems of outcome verbs that, after "by", "via" or "through", say how a direction will be reached. */
const MEANS_STEMS =
  "add|remov|chang|updat|deploy|introduc|creat|enabl|disabl|configur|migrat|replac|writ|automat|alert|set|requir|enforc|restrict|block|limit|pin|rotat|mov|switch";

/** Marks of a checkable end state: a number, code, a comparison operator, a quotation, a purpose or a means. */
// A count in words marks a specific outcome as a digit does: "the three rollback commands", "to five steps".
export const SPECIFIC_MARK = new RegExp(
  String.raw`\d|\b(?:t(?:wo|hree|en|welve|wenty|hirty)|f(?:our|ive|ifteen|ifty)|s(?:ix|even)|e(?:ight|leven)|nine|hundred)\b|\`|[<>%=]|\bfrom\b.+\bto\b|"[^"]+"|“[^”]+”|\bso that\b|\bsuch that\b|\bso (?:it|they|this|the [a-z-]+(?: [a-z-]+)?) (?!is\b|was\b|has\b|does\b|gets\b|becomes\b|feels\b|looks\b|seems\b)[a-z]+s\b|\b(?:by|via|through) (?:${MEANS_STEMS})\w*`,
  "i",
);

/**
 * An explanation that reports what happened, after a dash: "— we only heard about it 3 hours later", "— took
 * us 2 hours to find the number", "— drivers waited 90 minutes". Its numbers measure the incident, not the fix.
 */
export const INCIDENT_REPORT =
  /^\s(?:[-–—]|--)\s+(?:because |since |it took |took us |(?:we|they|it|nobody|customers|users|[a-z-]+s) (?:only |never |just |all )?(?:heard|found|noticed|saw|waited|took|lost|spent|missed|learned|learnt|had|got|were|was)\b)/i;

/** A named reference to measure against: "the same way as customer input", "as strict as the public API". */
export const REFERENCE_STANDARD =
  /\b(?:the same (?:way )?as|same as|identical to|just like|in line with|consistent with|on par with|as [a-z-]+ as)\b/i;

/** "Work with the DBA team to add …": the change after "to" is the action. */
export const VIA_PARTNER =
  /^(?:work|partner|coordinate|collaborate|team up|pair)\s+with\s+[^,.;]{1,60}?\s+to\s+(?=[a-z])/i;

/**
 * "Make the pipeline more robust", "communicate better", "use the canary stage more": a comparison with
 * nothing to measure it by.
 */
export const COMPARATIVE_WISH =
  /\b(?:more|less)\s+([a-z-]+)\s*$|^[a-z-]+\s+(?:better|more carefully|more often|more closely)\b|\s(?:more|less|better)(?: often)?\s*$/i;
/**
 * Verbs of a purpose that says what a thing will hold or do: "improve the error message to include the
 * decline code", "enhance the health check to verify the metadata endpoint".
 */
export const PURPOSE_CONTENT_VERBS = set(`
include | show | display | verify | reject | return | require | block | fail | log | record | page | alert
| link | emit | expose | mark | label | tag`);
/** Verbs that bring a thing to a state: "make the export job faster", "get the cluster healthy". */
export const MAKE_VERBS = set(`make | get | keep | render`);

/**
 * Idioms for "improve", with nothing to check: "tighten up the release process", "shore up backups", "give
 * the alerting some love", "do a better job of …", "come up with a plan for …", "aim for fewer pages".
 * Each is matched from the action's first word.
 */
export const IMPROVE_IDIOMS = [
  "tighten up",
  "double down",
  "level up",
  "step up",
  "shore up",
  "firm up",
  "sort out",
  "smooth out",
  "take another pass",
  "take a second pass",
  "take another stab",
  "do a better job",
  "get better at",
  "get a handle on",
  "get on top of",
  "up our game",
  "raise the bar",
  "build confidence",
  "build trust",
  "keep improving",
  "keep working on",
  "keep iterating",
  "come up with",
  "put together a plan",
  "put together a proposal",
  "put together a strategy",
  "aim for",
];
/** "Give the alerting some love", "give backups more attention". */
export const CARE_WISH =
  /^give (?:[a-z-]+ ){1,4}(?:some|more|a little|extra) (?:love|attention|tlc|care)\b/;

/** "Raise awareness of …", "build a culture of …": a state of mind to grow, with nothing to check it by. */
export const MINDSET_LEADS = set(
  `raise | raising | increase | build | spread | foster | drive | grow | promote | create | improve`,
);
export const MINDSET_NOUNS = set(
  `awareness | understanding | familiarity | mindfulness | culture | mindset`,
);
/**
 * Growing what people know or do: "teach the teams how to …", "train on-call engineers on …", "encourage teams
 * to …", "remind engineers to …". With people as the object there is no change to check; "train the model"
 * has none and is an outcome.
 */
export const TEACHING_VERBS = set(
  `teach | train | educate | coach | upskill | mentor | encourage | empower | ask | remind | urge | nudge`,
);
/** "Help the mobile team adopt …", "support the data team in …": the same, but also nouns ("Support team", "Help desk"). */
export const ASSIST_VERBS = set(`help | support`);
export const LEARNER_NOUNS = set(`
team | teams | squad | squads | engineers | developers | devs | sres | staff | people | everyone | everybody | folks
| responders | operators | on-callers | oncallers | hires | newcomers | employees | colleagues | contributors
| maintainers | reviewers | leads | managers | agents | members`);
/** A promise of how well something will behave, with no measure: "the gateway should handle throttling gracefully". */
export const MODAL_MANNER =
  /\b(?:should|must|needs? to|has to|have to)\s+[a-z]+\b[^.;:]*\s(?:gracefully|properly|correctly|smoothly|reliably|appropriately)$/;
/** Expectations set with no content: "set expectations with the stores" ("provide guidance on …" is a document). */
export const GUIDANCE_LEADS = set(`set | manage`);
export const GUIDANCE_NOUNS = set(`expectations`);
/** "Get visibility into …", "gain insight into …": knowing more, with no view or signal named that gives it. */
export const VISIBILITY_LEADS = set(`get | gain | have`);
export const VISIBILITY_NOUNS = set(`visibility | insight | insights | awareness | understanding`);
/** Views and signals that give visibility: "gain visibility into depth on the queue board". */
export const VIEW_NAMED = /\b(?:dashboard|board|panel|graph|chart|alert|report|page)s?\b/i;

/** What an incident taught, as an object: "document learnings", "share the lessons" name no content to check. */
export const LESSON_NOUNS = set(`learnings | lessons | takeaways`);
/** Verbs that pass lessons on or keep them ("capture", "share", "make sure … are shared"). */
export const LESSON_VERBS = set(`
document | share | capture | communicate | circulate | write | record | spread | disseminate | publish | present
| summarise | summarize | collect | gather | socialise | socialize | distribute | apply | incorporate | ensure | make`);
/** Documents that hold lessons, which can be checked: "share the lessons learned document". */
export const DOCUMENT_NOUNS = set(`
document | doc | write-up | writeup | summary | page | report | post | section`);
/** Words read past between a lesson verb and its object: "make sure", "share the key lessons". */
export const LESSON_SKIPPED = set(`up | sure | key | main | these | those | any | some`);

/** Wishes that something will not happen again, which name no change. */
export const NEVER_AGAIN =
  /\b(?:doesn['’]?t|does not|won['’]?t|will not|never) happens? again\b|\bprevent (?:this|it|recurrence|similar (?:incidents|issues|outages))\b|\bavoid (?:this|similar) (?:in the future|going forward)\b|\bbe more careful\b/i;

/** Guarding against a repeat with nothing named to do it: "guard against similar issues", "avoid a repeat". */
export const AGAINST_REPEAT =
  /\b(?:guard|protect|safeguard)\s+against\s+(?:this|it|recurrence|a repeat|(?:similar|such|future|these|related|repeat)\s+(?:incidents?|issues?|outages?|problems?|failures?|events?|situations?))\b|\bavoid\s+(?:a repeat|recurrence|(?:similar|such|future|repeat)\s+(?:incidents?|issues?|outages?|problems?|failures?))\b/i;

/** Protections named only by their kind: "add safeguards around …", "put guardrails in place". */
export const SAFEGUARD_NOUNS = set(`
guardrails | guard-rails | safeguards | protections | precautions | controls | measures | mitigations | safety-nets`);

/** Words that hedge an action into a possibility: "maybe use …", "we could have …". */
export const HEDGE_WORDS = set(
  `maybe | perhaps | possibly | probably | potentially | could | might | hopefully`,
);

/** Wishes that open an item: "It would be nice if …", "I wish we had …", "Ideally …", "Nice to have: …". */
export const WISH_OPENER =
  /^(?:it\s+)?would\s+be\s+(?:nice|good|great|useful|helpful|ideal|cool)\b|^(?:i|we)\s+wish\b|^ideally\b|^nice[- ]to[- ]have\b/;
/** Auxiliaries that open a question with no question mark: "Is the old fallback still needed". */
export const QUESTION_AUXILIARIES = set(`is | are | does | can`);
/** Words after such an auxiliary in a question: its subject. */
export const QUESTION_SUBJECTS = set(
  `the | we | this | it | there | our | that | these | those | a | an | anyone`,
);

/** Tags before the action that leave it undecided: "TBD: retention policy …", "Idea: add …", "Maybe - …". */
export const UNDECIDED_TAG = new RegExp(
  String.raw`^[\s*_]*(${[...HEDGE_WORDS, "tbd", "tbc", "to be decided", "idea", "question", "open question"].join("|")})[\s*_]*(?::|\s[-–—])`,
  "i",
);

/** Question words that, opening an item, ask rather than commit ("How we would fail over …", "how to …"). */
export const QUESTION_WORDS = set(`how | why | what | whether | which | where | who`);

/** Words that follow a question word in a question, not in a title ("how to", "how we can", "what would"). */
export const QUESTION_FOLLOWERS = set(`
to | we | can | could | should | would | do | does | did | might | will | is | are | was | were | the | our | much | many
| long | often | else | exactly`);

/** Words that open a subordinate clause: what follows tells of something else ("check whether it has been fixed"). */
export const SUBORDINATORS = set(`
whether | if | why | how | what | when | once | until | unless | that | which | who | after | before | because
| since`);
/** Words that open a condition: "… fails when the vault is unreachable" states when, not the promise. */
export const CONDITION_WORDS = set(`when | whenever | if | unless | until | once | while`);

/** Pronouns that, inside an imperative, start a clause of their own ("restore the alarm we removed"). */
export const CLAUSE_PRONOUNS = set(`we | they | i`);

/** Verbs that only set an event up: "book a call", "hold a meeting". The event is the deliverable. */
export const LIGHT_VERBS = set(
  `schedule | hold | have | organise | organize | arrange | book | plan | run | conduct | host | convene | call | do | perform | kick | set | take | open | start`,
);

/** Looks taken or had: "take a look at …", "have a think about …", "needs a closer look". */
export const LOOK_NOUNS = set(`look | peek | glance | think`);
/** "… needs a closer look", "needs more investigation", "needs attention": a wish for someone's time. */
export const NEEDS_A_LOOK =
  /\b(?:needs?|could use|could do with) (?:a |an |some |more |further )?(?:closer |deeper |proper |good |careful )?(?:look|looking at|investigation|investigating|attention|thought|review|analysis|discussion|love|tlc)\b|\b(?:some |more )?thought (?:should|must|needs to) go into\b/;

/** Events that are talk, not change: a discussion decides nothing until someone writes down the decision. */
export const MEETING_NOUNS = set(`
discussion | discussions | meeting | meetings | conversation | conversations | call | calls | chat | chats | session
| sessions | workshop | workshops | brainstorm | brainstorming | huddle | debate | deep-dive | dive | talk | talks | sync-up`);

/** Cadence words: a recurring meeting is an institution someone can check exists. */
export const RECURRENCE_WORDS = set(`
daily | weekly | biweekly | bi-weekly | fortnightly | monthly | quarterly | yearly | annual | recurring | regular
| standing | periodic`);

/** Habits to keep, with nothing to check: "stay on top of …", "remember to …", "keep in mind …". */
export const HABIT_LEADS = set(
  `stay | keep | bear | remember | don't | dont | do | look | watch | be | take`,
);
export const HABIT =
  /^(?:(?:stay|keep) on top of|(?:keep|bear) in mind|remember to|(?:don't|dont|do not) forget|(?:look|watch) out for|be on the lookout|stay (?:vigilant|alert|mindful)|be mindful|take note of)\b/;
/** Knowing, which "make sure on-call knows how to …" asks for with no check of it. */
export const KNOWING_WORDS = set(`know | knows | understand | understands | remember | remembers`);

/** Adverbs that make an action an open-ended activity: "constantly watch …", "regularly review …". */
export const ONGOING_ADVERBS = set(
  `continuously | continually | constantly | regularly | periodically | proactively | actively | routinely | ongoing`,
);

/** Verbs that begin work without finishing it: "begin a checklist". */
export const INCEPTIVE_VERBS = set(`start | begin | initiate | kick`);

/** Words that make "start" about a thing: "begin a checklist", "start the migration". */
export const DETERMINERS = set(`a | an | the | some | our | their | its | this | that | work`);

/**
 * Degree words with no measure: comparatives and "enough" words. With an area as their head ("deeper
 * coverage", "a stronger paging approach", "extensive soak testing") nothing says when it is enough.
 */
export const VAGUE_MODIFIERS = set(`
more | less | fewer | better | worse | greater | improved | increased | enhanced | comprehensive | thorough | robust
| proper | adequate | sufficient | appropriate | stronger | tighter | stricter | clearer | smarter | faster | broader
| deeper | wider | richer | higher | lower | easier | simpler | safer | sturdier | extensive | holistic | end-to-end
| smoother`);

/** Qualities a state can have without a measure: "easily discoverable", "possible/easy", "robust". */
export const QUALITY_ADJECTIVES = set(`
easy | easier | simple | simpler | clear | clearer | safe | safer | ready | aware | fast | faster | quick | quicker | smooth
| seamless | intuitive | obvious | transparent | straightforward | robust | resilient | reliable | stable | secure
| visible | efficient | scalable | observable | maintainable | consistent | predictable | careful | better | good
| possible | feasible | known | understood | prepared | effective | healthy | sound | solid | adequate | sufficient
| appropriate | proper | correct | accurate | timely | responsive | informed | familiar | comfortable | confident
| useful | helpful | meaningful | informative | actionable | friendly
| up-to-date | current`);

/** Faults a thing can have less of with no measure: "less fragile", "less noisy". */
export const FAULT_ADJECTIVES = set(`
fragile | brittle | flaky | noisy | painful | error-prone | risky | manual | confusing | complex | complicated
| disruptive | chatty | toilsome | tedious`);

/** Suffixes of adjectives of possibility or quality ("discoverable", "accessible"), read as a class. */
export const QUALITY_SUFFIX = /^[a-z-]{3,}(?:able|ible)$/;

/** Verbs and copulas that state a quality: "is robust", "must be seamless", "remain visible". */
export const COPULAS = set(
  `be | is | are | was | were | been | remain | remains | stay | stays | become | becomes | get | gets | feel | feels | seem | seems`,
);

/** Things one "has" without a checkable content: "make sure each site has an answer for …". */
export const PLAN_NOUNS = set(
  `plan | plans | process | processes | strategy | strategies | approach | way | ways | idea | story | answer | understanding | sense | view | picture | handle`,
);

/** States one keeps people or things in with no measure of when: "keep stakeholders updated", "… in the loop". */
export const KEPT_STATES = set(`updated | posted | apprised | loop | briefed`);

/** "Ensure the fallback forms work", "… works as expected": working, with no test of it named. */
export const WORKS_AS_STATE =
  /\b(?:works?|working|functions?|functioning)(?: (?:correctly|properly|fine|well|reliably|smoothly|as (?:expected|intended)))?$/;

/** Manners with no measure: "thoroughly document …" says how well, not what. */
export const MANNER_ADVERBS = set(
  `properly | adequately | thoroughly | appropriately | sufficiently | carefully | suitably`,
);
/**
 * The work a manner leaves unmeasured: testing, documenting, reviewing … ("properly tested"). A fix done
 * properly ("properly close DB connections on shutdown") names its change.
 */
const MANNER_WORK =
  "test|document|review|monitor|communicat|train|staff|plan|prioriti|resourc|siz|scop|validat|verif|vet|consider|assess|evaluat|check|investigat|analy";
export const MANNER_STEM = new RegExp(`^(?:${MANNER_WORK})`);
/** A state done in such a manner: "to be properly tested", "alerts are adequately monitored". */
export const MANNER_STATE = new RegExp(
  String.raw`\b(?:be|is|are|been|get|gets) (?:${[...MANNER_ADVERBS].join("|")}) (?:${MANNER_WORK})[a-z]*`,
);

/** A criterion with no measure in a promise: "ensure enough headroom", "make sure the right people get paged". */
export const UNMEASURED_CRITERION =
  /\b(?:enough|appropriate|adequate|sufficient|proper|properly|gracefully|correctly|reasonable|the right (?!after|before|away|now|then|side|edge|column|panel|hand)[a-z])/;

/** "Ensure", "make sure": a promise whose criterion is whatever follows. */
export const ENSURE_WORDS =
  /\b(?:ensure|ensures|ensuring|make sure|making sure|guarantee|guaranteeing)\s+(?:that\s+)?/i;

/** A direction or a process in the future passive: "our alerting will be improved", "… is going to be reviewed". */
export const FUTURE_PASSIVE =
  /\b(?:will|shall|would|going to)\s+be\s+(?:further\s+|significantly\s+|greatly\s+)?(improved|enhanced|strengthened|streamlined|optimi[sz]ed|refined|reworked|revamped|hardened|revisited|reviewed|investigated|explored|evaluated|assessed|discussed|considered|looked (?:at|into))\b/;
/** Participles of process work: "will be reviewed" is activity, "will be improved" a direction. */
export const PROCESS_PARTICIPLE =
  /^(?:revisited|reviewed|investigated|explored|evaluated|assessed|discussed|considered|looked)/;

/** A state the item must reach, stated with a modal: "downgrades must be seamless". */
export const STATE_MODAL =
  /\b(?:needs? to|has to|have to|should|must|could|ought to|is to|are to)\s+(?:always\s+)?be\s+/i;

/**
 * Quantities and fillers that hedge: "some sort of check", "old stuff", "part of the backlog",
 * "after a while", "as needed", "etc". Whatever they name cannot be counted as done.
 */
export const HEDGED_QUANTITY =
  /\bsome\s+(?:kind|sort|form|type|level|degree|amount)s?\s+of\b|\b(?:stuff|things|something|somehow|somewhat|whatever|etc)\b|\b(?:part|some|parts) of the\b|\b(?:in|for|after) a (?:while|bit)\b|\b(?:as|when|where|if) (?:needed|necessary|appropriate|possible|applicable|required)\b/i;

/** More words that name an area or approach rather than an artefact, for the degree-word reading. */
export const APPROACH_NOUNS = set(`
strategy | strategies | approach | approaches | technique | techniques | method | methods | methodology | practices
| clarity | insight | insights | guidance | alarms | alarming | tracking | oversight | rigor | rigour | scrutiny | care
| attention | discipline | robustness | tooling | support | tests | testing | checks | monitoring | coverage`);

/** Nouns that make any name they end or sit in a group: "Payments team", "@search-oncall", "SRE leads". */
export const TEAM_NOUNS = set(`
team | teams | squad | squads | group | groups | guild | org | department | crew | folks | everyone | everybody
| engineers | developers | sres | leads | management | leadership | committee | tribe | pod | rotation | oncall | admins
| maintainers | owners | reviewers | all`);

/** Words that make an owner a group rather than a person. */
export const GROUP_WORDS = set(`
team | teams | squad | squads | group | groups | guild | org | organization | organisation | department | dept | crew
| folks | people | everyone | everybody | all | engineers | developers | devs | sres | leads | staff | management
| leadership | committee | council | chapter | tribe | pod | rotation | oncall | on-call | on call | we | us | they | them
| sre | ops | devops | dev | eng | engineering | infra | infrastructure | platform | backend | frontend | front-end
| back-end | security | secops | netops | finops | mlops | dataops | devsecops | sysops | itops | bizops | revops
| mgmt | qa | dba | dbas | networking | network | support | product | data | ml | mobile | web
| it | helpdesk | noc | soc | cs | sales | marketing | legal | finance | hr | executives | execs | stakeholders | owners
| comms | communications | pr | compliance | procurement | facilities | research | design | analytics
| maintainers | reviewers | operators | admins | sysadmins | contributors | partners | vendor | vendors | customers
| tbd-team | whoever | anyone | someone | somebody | n/a`);

/** Single accountable roles: a decision-maker at the right level for systemic actions. */
export const DECISION_MAKER_ROLE =
  /\b(vp|svp|evp|vice[- ]president|director|head of|cto|ceo|cio|coo|ciso|cpo|cfo|chief\b|(?:engineering|eng|product|program|delivery|sre|ops|platform|infrastructure|team|group) manager|manager of|\bem\b|general manager|gm)\b/i;

/** Single accountable roles that are people, not groups, even though they contain a group word. */
export const SINGLE_ROLE =
  /\b(lead|manager|director|head|owner|commander|captain|architect|chair|champion|vp|cto|ceo|cio|coo|ciso|cpo|em|ic|dri|principal|coordinator|liaison|sponsor)\b$|^the (?:dba|sre|sysadmin|on-?call sre)$|^(?:the )?(?:incident commander|on-?call (?:engineer|lead|manager|primary|secondary)|primary on-?call|secondary on-?call|release manager|tech lead|team lead)$/i;

/** Values that mean "nobody yet". */
export const UNASSIGNED =
  /^(?:tbd|tba|tbc|t\.b\.d\.?|\?+|n\/?a|none|nobody|no one|unassigned|unknown|unowned|someone|somebody|anyone|owner|-+|\u2014|\u2013|todo|\(?empty\)?|x+|pending|needs owner|need owner|open|name|your name|owner name|person)$/i;

/** Verbs in the past tense that, opening an item under an action heading, report it done. */
export const PAST_TENSE_DONE = set(`
added | removed | rotated | updated | deployed | fixed | migrated | enabled | disabled | implemented | created
| configured | upgraded | patched | moved | wrote | built | shipped | merged | released | published | restored | replaced
| introduced | changed | tested | documented | refactored | raised | lowered | tuned | scaled | deleted | revoked
| blocked | limited | capped | pinned | reverted | switched | completed | finished | resolved | closed | filed | opened
| conducted | held | ran | trained | hired | assigned | communicated | notified | audited | reviewed | investigated
| installed | provisioned | adjusted | rewrote | extracted | isolated | sharded | encrypted | granted | increased | reduced
| rolled | backfilled | decommissioned | retired | deprecated | archived | sent | announced | drafted | defined
| instrumented | extended | shortened | doubled | halved | purged | expired | invalidated | cleaned | renewed | verified
| validated | landed | delivered | committed | submitted | established | codified | standardized | standardised
| consolidated | renamed | rebuilt | redeployed | re-enabled | reenabled | recreated | rewired`);

// The status words, one list per state: a status cell or field, a word in front ("Done: …", "[WIP] …"),
// in brackets ("(fixed)") or closing the item ("… Released."). DONE_WORDS and OPEN_WORDS test a word read.
const DONE_WORD_LIST =
  "done|completed?|fixed|resolved|closed|shipped|merged|finished|implemented|deployed|landed|delivered|released";
const OPEN_WORD_LIST =
  "todo|to ?do|to-do|open|in[ -]progress|wip|not started|pending|planned|ongoing|started|blocked|backlog|in review|new|scheduled|next|doing|active|in[- ]flight|under ?way|on track|at risk|off track|partially done|partly done|partially complete|partially completed";
export const DONE_WORDS = new RegExp(`^(?:${DONE_WORD_LIST})$`, "i");
// "Status: TBD" is open work; "TBD: add …" in front of an action stands for its owner, so it is no mark.
export const OPEN_WORDS = new RegExp(`^(?:${OPEN_WORD_LIST}|tbd)$`, "i");
/**
 * A sub-heading that says its items will not be done: "Not doing", "Ideas we parked", "Out of scope". Not
 * "dropped" or "cancelled", which also name what went wrong ("### Dropped connections").
 */
export const DROPPED_HEADING =
  /\b(?:not doing|won['’]?t do|will not do|won['’]?t fix|parked|out of scope|deprioriti[sz]ed|de-?scoped|not planned|rejected|declined|on hold|shelved|decided against)\b/i;
/** "Dropped", "Cancelled items", "Abandoned": those words alone, or over items, say the items were let go. */
export const DROPPED_HEADING_ALONE =
  /^(?:dropped|cancell?ed|abandoned)(?:\s+(?:items?|actions?|ideas?|work|tasks|follow[- ]?ups?))?$/i;
export const DEPRIORITIZED_WORDS =
  /\b(?:won'?t do|won['’]t do|wont do|won'?t fix|won['’]t fix|wontfix|will not (?:do|fix|be done|implement)|not doing|not going to do|deprioriti[sz]ed|de-prioriti[sz]ed|descoped|de-scoped|dropped|cancell?ed|abandoned|out of scope|not planned|rejected|declined|obsolete|parked|shelved|no longer (?:needed|relevant|required|applicable)|not needed|superseded|won['’]t implement|closed as won['’]?t do|on[- ]hold|duplicate of)\b/i;

/** A status value that points at other work: "duplicate of OPS-12", "superseded by #40". */
export const DUPLICATE_STATUS =
  /^(?:duplicate|dup|dupe|duplicated)(?:\s+(?:of|by)\b.*)?$|^(?:superseded|replaced|covered)\s+by\s+\S/i;

/** Participles that report work finished after "has been": "has been fixed", "have been put in place". */
export const DONE_PARTICIPLES =
  "done|completed|implemented|addressed|fixed|resolved|shipped|deployed|merged|handled|put in place|set up";
/** States that report work finished after "is now": "is now live", "are already in place". */
export const DONE_STATES = "done|complete|completed|in place|live|fixed|resolved";

/**
 * Comparatives no one can check without a measure: "ensure we catch it earlier", "make the export job
 * faster".
 */
export const UNMEASURED_COMPARATIVES = set(
  `earlier | sooner | faster | quicker | better | smoother | safer | easier | simpler | clearer | stronger
| cheaper | slower | smaller | lighter | tighter`,
);

/** Subjects that report no one's work: "Nobody owned …", "This caused …", "Why did …". */
export const NOT_A_DOER = set(`
nobody | no | none | nothing | this | that | it | there | everyone | someone | something | what | which | why | how
| when | where | who | whether`);

/**
 * The parts of a system teams are named after ("Payments", "Search", "Billing API"): never a person's
 * name, and as an item's owner, the team that owns that part.
 */
export const COMPONENT_NAMES = set(`
platform | data | security | infrastructure | infra | network | networking | storage | database | databases | db
| observability | frontend | backend | mobile | web | api
| checkout | billing | payments | payment | invoicing | invoices | search | ledger | auth | authentication | login
| signup | onboarding | cart | orders | order | inventory | catalog | catalogue | notifications | email | emails | sms
| push | webhooks | webhook | queue | queues | worker | workers | scheduler | cron | jobs | batch | pipeline
| pipelines | builds | gateway | proxy | ingress | egress | edge | router | routing | app | apps | dashboard | reporting
| reports | analytics | exports | export | imports | import | sync | replication | replica | replicas | primary
| cluster | clusters | nodes | node | pods | pod | containers | images | registry | artifacts | secrets | certificates
| certs | tls | ssl | keys | tokens | sessions | session | accounts | account | profiles | settings | admin | console
| portal | docs | wiki | paging | tracing | traces | telemetry | disk | disks | firewall | vpn | loadbalancer | lb
| identity | sso | oauth | ldap | permissions | billing-api | uploads | downloads | media | video | streaming
| messaging | chat | comms | status-page | statuspage | website | site | blog | ci/cd | tests | tooling | vendor
| supplier | provider | partner | bank | banks | payouts | refunds | settlement | settlements | fraud | risk
| compliance | audit | audits | backups | restore | restores | migration | migrations | schema | indexes | index
| queries | query | api-gateway | cdn-config | config-service | feature | features | flags | feature-flags | rollouts
| experiments | pricing | shipping | fulfilment | fulfillment | warehouse | tax | taxes | accounting | reconciliation`);

/** Capitalised words that open a title or a sentence, so are never taken for a person's name. */
export const NOT_A_NAME = new Set([
  ...set(`
i | me | myself | owner | owners | due | deadline | status | state | note | notes | action | actions | item | items | todo | done | doing
| wip | blocked | update | asap | eod | eow | eom | eoq | eoy | fyi | tba | tbc | tbd | n/a | na | none | nobody
| assignee | assignees | dri | poc | driver | accountable | responsible | description | eta | target
| slo | slos | sla | slas | sli | slis | ci | cd | ci/cd | ui | ux | iam | tls | ssl | vpn | sso | mfa | rbac | etl | oom
| cpu | gpu | ram | ssd | http | https | grpc | tcp | udp | waf | vm | vms | rca | pir | sev | sev1 | sev2 | p0 | p1 | p2
| context | why | what | how | when | where | who | goal | goals | problem | impact | fix | fixes | short-term | long-term
| medium-term | immediate | future | priority | detection | prevention | mitigation | mitigations | monitoring | alerting
| testing | documentation | process | tooling | follow-up | follow-ups | followup | next | step | steps | summary | background
| root | cause | timeline | lessons | learned | resolution | remediation | corrective | preventive | preventative | tracking
| ticket | tickets | bug | issue | issues | link | jira | type | category | area | theme | scope | result | outcome | risk
| reason | rationale | comment | comments | description | details | detail | task | tasks | work | change | changes
| improvement | improvements | database | db | api | cache | caching | deploy | deploys | deployment | deployments
| security | performance | capacity | reliability | availability | observability | logging | metrics | dashboards
| runbook | runbooks | playbook | playbooks | config | configuration | infrastructure | network | networking | storage
| backup | backups | recovery | failover | dns | cdn | load | balancer | kubernetes | k8s | terraform | postgres
| postgresql | mysql | redis | kafka | nginx | datadog | pagerduty | grafana | prometheus | sentry | github | gitlab
| linear | aws | gcp | azure | slack | zoom | jenkins | circleci | docker | helm | consul | vault | elasticsearch
| opensearch | splunk | new | relic | cloudflare | fastly | akamai | s3 | ec2 | rds | lambda | iam | ci | cd | qa | prod
| production | staging | dev | the | a | an | this | that | these | those | it | we | our | they | their | all | every
| each | any | some | no | not | also | and | or | but | if | then | else | so | because | since | as | for | to | in | on
| at | by | with | from | of | about | after | before | during | until | while | p0 | p1 | p2 | p3 | p4 | sev1 | sev2
| sev3 | high | medium | low | critical | major | minor | short | long | term | phase | stage | option | options | plan
| approach | proposal | decision | decisions | question | questions | open | closed | complete | completed | in
| progress | blocked | wip | yes | no | n/a | na | tbd | important | key | other | misc | miscellaneous | general
| technical | organizational | organisational | process | people | communication | customer | customers | users
| user | service | services | system | systems | platform | data | code | tests | test | alert | alerts | build
| release | releases | rollout | rollback | migration | incident | incidents | outage | postmortem | post-mortem
| review | retro | retrospective | rca | pir | day | week | month | quarter | year | sprint | today | tomorrow
| january | february | march | april | may | june | july | august | september | october | november | december
| monday | tuesday | wednesday | thursday | friday | saturday | sunday | q1 | q2 | q3 | q4 | h1 | h2 | eod | eow | eom`),
  ...COMPONENT_NAMES,
]);

/** Subjects that are people, for blame detection ("the on-call engineer should have …"). */
export const PEOPLE_SUBJECT =
  /^(?:i|we|you|he|she|they|someone|somebody|nobody|no one|everyone|the (?:team|engineer|engineers|developer|developers|dev|devs|on-?call(?: engineer| person| sre)?|operator|operators|reviewer|reviewers|author|sre|sres|admin|admins|dba|ops(?: team)?|[a-z-]+ team|responder|responders|ic|incident commander|person|people|manager|lead|intern|contractor|vendor)|ops|sre|devops|(?:[a-z-]+ )?team|whoever [a-z ]+)$/i;

// Grammar of completion (parse/status/grammar.ts): English past forms, so "made", "wrote" read as past
// tense the way "added" does.

/** Irregular past-tense forms distinct from their present (so "set", "put", "read" are not here). */
export const IRREGULAR_PAST = set(`
made | built | wrote | ran | took | sent | got | kept | held | began | brought | bought | found | gave | led | left | met
| paid | said | spent | told | thought | won | undid | rewrote | rebuilt | overrode | drew | chose | froze | hid | broke
| fell | flew | grew | knew | rode | rose | shook | spoke | stole | threw | woke | taught | caught | fought | sought
| felt | dealt | meant | lent | bent | spun | struck | stuck | hung | dug | did | saw | stood | understood | withdrew
| forbade | forgave | swept | slept | shut down | sold | told | upheld | went | came | became`);

/** Irregular past participles ("has been written"). */
export const IRREGULAR_PARTICIPLES = set(`
made | built | written | run | taken | sent | set | put | got | gotten | kept | held | begun | brought | bought | found
| given | led | left | met | paid | done | read | shut | spent | told | thought | won | drawn | chosen | frozen | hidden
| broken | shown | known | grown | thrown | undone | rewritten | rebuilt | overridden | cut | struck | stuck | taught
| caught | dealt | meant | spun | hung | dug | seen | understood | withdrawn | forbidden | upheld | sold | gone | become`);

/** Words ending in -ed that are no past tense. */
export const NOT_PAST_TENSE = set(`
need | needed | feed | speed | seed | bleed | breed | heed | weed | proceed | succeed | exceed | deed | greed | indeed
| bed | red | shed | hundred | sacred | wicked | naked | kindred | embed | hatred | ragged | rugged | jagged | shred
| bred | sled | wed | fed | led | ted | ned | fred | naked | scared | tired | interested | supposed | used | based
| related | dedicated | detailed | advanced | sophisticated | complicated | distributed | unrelated | varied | limited
| unlimited | automated | centralized | centralised | decentralized | managed | unmanaged | shared | nested | mixed
| combined | red-team | speed-up`);

/** Participles that, before a bare noun, usually name a wished-for state ("increased monitoring"). */
export const PARTICIPLE_ADJECTIVES = set(`
increased | improved | enhanced | expanded | reduced | decreased | extended | heightened | strengthened | tightened
| simplified | streamlined | standardized | standardised | structured | refined | advanced | dedicated | automated
| centralized | centralised | unified | integrated | updated | revised | added | continued | sustained | focused
| coordinated | documented | formalized | formalised | clarified | accelerated | broadened | deepened | scaled`);

/** Participles in a parenthetical that relate, not report ("(related to …)", "(filed …)"). */
export const RELATION_PARTICIPLES = set(`
related | based | needed | called | named | used | required | scheduled | owned | suggested | proposed | blocked | planned
| expected | tracked | filed | opened | raised | reported | logged | linked | discussed | mentioned | described | noted
| caused | triggered | affected | estimated | targeted | assigned | led | driven | shown | seen | observed | requested
| recommended | submitted | created | drafted | pending | reopened | reverted | postponed | deferred | delayed`);

/** What a ticket is called before its number: "bug 1234", "PR #88", "case 55012". */
export const NUMBERED_TICKET_NOUNS =
  "bug|issue|ticket|pr|mr|pull request|merge request|case|story|task";
/** What a ticket is called, for "Created a ticket to …" (the ticket exists; the work is not done). */
export const TICKET_NOUNS = `${NUMBERED_TICKET_NOUNS}|epic|card|jira|request|rfc|proposal`;
/** What a reference's kind is called beside it: "(Epic HOOK-1)", "(Parent HOOK-2)" name no owner. */
export const REFERENCE_KINDS = new RegExp(
  `^(?:${TICKET_NOUNS}|parent|sub-?task|initiative|feature|incident|problem|change|spike|milestone|follow-?up)$`,
  "i",
);

/** Lower-case words that tag an item in brackets ("[optional]", "(stretch)") rather than name its owner. */
export const NOT_A_HANDLE = set(`
optional | stretch | maybe | later | bonus | draft | wip | tbd | urgent | blocker | blocking | nice-to-have | followup
| follow-up | idea | question | discussion | proposal | suggestion | note | fyi | nit | minor | major | trivial | easy
| hard | quick | quickwin | short-term | long-term | mid-term | now | soon | next | future | backlog | parked | ongoing
| recurring | done | todo | open | closed | fixed | pending | blocked | new | old | prevent | detect | mitigate
| repair | process | investigate | doc | docs | code | infra | ci | test | tests | alerting | monitoring | security`);

/** Verbs that take an infinitive ("Continue to …", "Try to …"): before "to" they open a sentence, not name an owner. */
export const CATENATIVE_VERBS = set(`
continue | try | attempt | need | plan | aim | want | start | begin | remember | agree | decide | learn | seek | prepare
| strive | hope | intend | expect | choose | fail | refuse | manage | tend | promise | offer | propose | commit | work
| look | go | come | help | ask | remain | proceed | endeavour | endeavor`);

/** First names that are also verbs: "Mark to add …" names Mark. */
export const VERB_NAMES = set(`
mark | grant | bill | chase | rob | sue | pat | will | jack | drew | gene | bob | ray | hunter | cliff | sky | jay | dawn
| faith | hope | joy | rose | summer | april | may | june | august | frank | carol | dean | glen | miles | wade | lance
| hank | skip | nick | rich | sandy | rusty | penny | ginger | holly | ivy | lily | page | reed | sterling | art`);

/** Past tenses that tell what happened or was thought, not what was done: "We found …", "We decided to …". */
export const NARRATIVE_PAST = set(`
found | noticed | saw | learned | learnt | realized | realised | discovered | observed | thought | felt | believed
| assumed | expected | knew | understood | heard | decided | tried | wanted | needed | hoped | agreed | planned
| intended | considered | wondered | suspected | missed | lacked | failed | used | relied | had | got | seemed
| appeared | happened | occurred | caused | started | began | continued | became | proposed | suggested | asked`);

/** Participles that, as a status, say the work moved along but is not done: "Assigned", "Scheduled". */
export const NOT_A_DONE_STATUS = set(`
assigned | approved | scheduled | proposed | paused | suspended | requested | filed | opened | reopened | tracked
| logged | raised | reported | submitted | created | drafted | postponed | deferred | delayed | reverted | escalated
| acknowledged | triaged | estimated | prioritized | prioritised | queued | staged | accepted | planned | booked`);

/** Words that open what an item waits on, never who owns it: "— waiting on the PKI team", "blocked by security". */
export const WAITING_LEADS =
  /^(?:waiting|awaiting|blocked|blocking|pending|depends|depending|dependent|needs|requires)\b/i;

/** Subjects that mean everyone, so nobody by name: "We will …", "The team should …". */
export const EVERYONE_WORDS = "we|us|our team|the team|our teams|the teams|everyone|everybody";
export const WHOLE_ORGANISATION = new RegExp(`^(?:${EVERYONE_WORDS})$`, "i");

/** Modal verbs that put an action in the future or the conditional. */
export const MODAL_VERBS = "will|shall|should|would|could|must";
/** Phrases that state an intention to act: "needs to", "plans to", "going to". */
export const INTENT_PHRASES = "needs? to|plan(?:s|ning)? to|going to";

/** Words that propose or commit to a change in running prose: "we should …", "it would be useful to …", "we'll …"; not "we should have staged it", which looks back. */
export const PROPOSAL_WORDS = new RegExp(
  String.raw`\b(?:${MODAL_VERBS}|ought to|${INTENT_PHRASES}|propose|suggest|recommend|let's)\b(?!\s+have\s+[a-z]+(?:ed|en|wn)\b)|\b(?:we|i|you|they)['’](?:ll|d)\b`,
  "i",
);

/** A sentence in the future or the conditional ("will add", "we'd", "to be done"): not a report of work. */
export const MODAL = new RegExp(
  String.raw`\b(?:${MODAL_VERBS}|might|may|can|${INTENT_PHRASES}|intends? to|wants? to|hope to|aims? to|to be)\b|['’]ll\b`,
  "i",
);

/** Verbs that report a ticket filed, for "Created a ticket to …" (see TICKET_NOUNS). */
export const FILING_VERBS = "created|opened|filed|raised|logged|submitted|added|wrote";

// Fields an item writes inline ("Owner: Alice", "Due: 2026-03-01"), by what they hold. FIELD_KEYS joins
// them; a key that is not an owner, deadline, tracker, status or reason is read so its value is no action.
// With the misspellings of "assignee" and "owner" that come up most ("Assigne:", "Onwer:").
export const OWNER_FIELD_KEYS =
  "owners?|owner\\(s\\)|action owner|owned by|assignees?|assigne|asignee|assginee|onwer|ownr|assigned(?: to)?|dri|who|responsible|poc|point of contact|point person|driver|accountable|lead|champion";
/** The owner keys that may open an item ("**Owner:** Alice - add …") or a bracket ("(owner: Alice)"). */
export const LEADING_OWNER_KEYS = "owners?|owner\\(s\\)|assignees?|dri|assigned to|who";
export const DEADLINE_FIELD_KEYS = "due(?: date)?|deadline|eta|target(?: date)?|by when|when";
export const TRACKER_FIELD_KEYS =
  "tickets?|bugs?|issues?|tracking|jira|tracker|links?|prs?|github|gitlab|linear";
export const STATUS_FIELD_KEYS = "status|state";
export const REASON_FIELD_KEYS = "reason|rationale|why|notes?";
const OTHER_FIELD_KEYS = "priority|type|severity|sev|category|area|estimate|effort|size";
/** Keys whose value describes the action a heading names: "### Action Item #1: …" over "- Description: …". */
export const DESCRIPTION_FIELD_KEYS = "description|details|acceptance criteria|definition of done";
export const FIELD_KEYS = [
  OWNER_FIELD_KEYS,
  DEADLINE_FIELD_KEYS,
  TRACKER_FIELD_KEYS,
  STATUS_FIELD_KEYS,
  REASON_FIELD_KEYS,
  OTHER_FIELD_KEYS,
  DESCRIPTION_FIELD_KEYS,
].join("|");
/** A field's key standing alone ("DRI", "Assignee", "Due"): a label, never a name. */
export const FIELD_KEY_ONLY = new RegExp(`^(?:${FIELD_KEYS})$`, "i");

/** "owned by Alice", "assigned to the payments team": a phrase that names the owner after it. */
export const OWNED_BY_PHRASES = "owned by|assigned to|owner is|driven by|led by";
/**
 * A person taking an item on: "Ana to own it", "(Dana to drive)", "Sam will lead the following". The
 * finite forms follow a named subject: "Hollis owns this", "Priya will drive it", "Sam is taking it".
 */
export const TAKE_ON_VERBS = "own|drive|lead";
export const TAKES_ON_VERBS = [
  ...TAKE_ON_VERBS.split("|").flatMap((verb) => [
    `${verb}s`,
    `will ${verb}`,
    `is ${verb.replace(/e$/, "")}ing`,
  ]),
  "is taking",
  "will take",
  "has taken",
].join("|");
/** Taking work up, as the duty a section's opening names: "will take on the following", "to pick up". */
export const TAKE_UP_PHRASES = String.raw`take(?:\s+on)?|pick up`;
/** Tick marks that report work done beside a status word: "Completed ✔", "✅ Done". */
export const DONE_TICK = "[\u2714\u2713\u2705\u2611]\uFE0F?";
/** Empty ballot boxes, as Google Docs, Notion and Word export a checklist's open lines ("☐ Add …"). */
export const OPEN_BOX_MARKS = "\u2610|\u2B1C|\u{1F532}|\u25A1";

/** What a subject does before the action when it owns it: "Alice to …", "Alice will …". */
export const OWNER_COMMITMENTS =
  "to|will|shall|is going to|are going to|is to|needs to|need to|have to|has to|must|should";

/** A person taking the item on before its verb, beyond the commitments above: "Ana has agreed to add …". */
export const SUBJECT_TAKES_ON =
  "has agreed to|agreed to|has volunteered to|volunteered to|has offered to|offered to|has committed to|is on the hook to|is responsible for|owns(?=\\s+\\p{Ll}+ing\\b)";

/** Verbs that move a due date: "deferred to Q2 2027", "pushed out to March", "slipped to 2027". */
export const RESCHEDULE_VERBS = "deferred|postponed|moved|pushed|rescheduled|delayed|slipped";

/** Words that announce a deadline before its date: "by Friday", "due 2026-03-01". */
export const DEADLINE_LEADS = "by|due|before|until|eta|deadline";

/**
 * One word of a person's name, in any script: "Dana", "Ó", "María", "O'Neil", "Ana-María" (patterns using it
 * take the u flag). NAME_PARTICLES are the lower-case words inside a surname: "Bram de Vries".
 */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
export const NAME_PARTICLES =
  "de|del|della|der|den|van|von|da|di|du|la|le|dos|das|bin|binti|al|el|ter|ten|zu";

/** The letters of an acronym, as organisations and teams write their names: "ICL", "SRE2", "R&D". */
export const ACRONYM_LETTERS = "[A-Z][A-Z0-9&]{1,5}";

// Status words as items write them in front, in brackets or at the end: "Done: …", "[WIP] …", "(fixed)".
// The lists above; DONE_WORDS, OPEN_WORDS and DEPRIORITIZED_WORDS judge a word once it is read. A word that
// drops the item stands alone only in those places ("[duplicate]"): in running text it names a thing.
export const DONE_MARKS = DONE_WORD_LIST;
export const OPEN_MARKS = OPEN_WORD_LIST;
export const DROPPED_MARKS =
  "won'?t do|won['’]t do|won'?t fix|wontfix|deprioriti[sz]ed|de-prioriti[sz]ed|dropped|cancell?ed|descoped|de-scoped|obsolete|out of scope|not planned|abandoned|rejected|declined|parked|shelved|on[- ]hold|superseded|duplicate|no longer needed|not needed";
/** Past forms that, in a closing sentence or beside struck-through text, report the work done. */
export const DONE_REPORTS = DONE_WORD_LIST;

/** Status tags written in bold capitals, which need no colon after them: "**DOING** the backup job …". */
export const BOLD_STATUS_TAGS = "DONE|TODO|DOING|WIP|IN PROGRESS";

/** Tags in brackets that rank or sort an item ("[P1]", "[long-term]", "[detect]"): never its owner. */
export const BRACKET_TAGS =
  /^(?:p\d|sev\s?\d|s\d|high|medium|low|critical|major|minor|prio.*|short[- ]term|long[- ]term|mid[- ]term|medium[- ]term|quick win|prevent|detect|mitigate|process|repair|investigate|prevention|detection|mitigation|remediation|tooling|monitoring|alerting|documentation|communication|follow[- ]?up)$/i;

/** Labels that open an item without naming its owner: "Action item: …", "Follow-up: …". */
export const ACTION_LABELS =
  /^(?:action(?: item| point)?s?(?: taken| planned)?|ai|todo|to ?do|follow[- ]?ups?|follow[- ]?up actions?|next steps?|remediation|fix|task|proposal|recommendation|what)$/i;

/** Words before a mention that credit or copy someone rather than make them the owner: "cc @ben". */
export const NOT_OWNER_BEFORE_MENTION =
  /(?:\b(?:cc|fyi|h\/t|ht|kudos|thanks|thank you|props|suggested by|proposed by|reported by|raised by|found by|noticed by|spotted by|reviewed by|reviewer|reviewers|approved by|approver|per|from|with help from|help from|pairing with|paired with|ping|pinged|consult|consulted|informed|notify|inform)\b|\/cc)[\s:,(]*(?:to\s+)?(?:@[\w.-]+[\s,&]+(?:and\s+)?)*$/i;

/** Words that give a reason for dropping an item: "because the service is retired", "low value". */
export const REASON_CUE =
  /\b(?:because|since|due to|given that|as (?:the|we|it|this)|risk|effort|cost|superseded|replaced by|covered by|instead|duplicate of|no longer|not worth|low (?:risk|impact|value|priority)|high (?:effort|cost)|out of scope|not (?:needed|required)|already (?:covered|handled|done)|(?:being |been |is |was )?(?:retired|decommissioned|sunset|sunsetted|deprecated|replaced)|redundant|unnecessary)\b/i;
/** The shorter cue that makes the words after a status word its reason: "won't do — risk is low". */
export const REASON_AFTER_CUE =
  /\b(?:because|since|due to|superseded|replaced|covered|duplicate|instead|no longer|risk|cost|effort)\b/i;

/** Words that open a question: "Could we …", "Why does …". */
export const INTERROGATIVE =
  /^(?:could|can|should|would|how|why|what|do|does|did|is|are|was|were|will|shall|where|when|who|which|might|may)\b/i;

/** Words before a past participle that make it no report of work: "will be added", "that was added". */
export const NOT_A_REPORT_BEFORE =
  /^(?:will|to|be|been|being|should|must|need|needs|is|are|was|were|can|could|would|may|might|shall|that|which|who|when|if|not|get|gets)$/;
