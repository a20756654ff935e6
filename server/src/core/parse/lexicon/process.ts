import { set } from "./wordSet";

// Process wording: activity that changes nothing by itself (review, investigate, talk, meet).

/** Verbs that describe activity, not a change (first word of an action). */
export const PROCESS_VERBS = set(`
review | explore | investigate | discuss | consider | evaluate | assess | analyze | analyse | research | study | examine
| brainstorm | revisit | reconsider | understand | determine | identify | scope | sync | talk | meet | ponder | explore
| reevaluate | re-evaluate | re-assess | reassess | debate | spike | triage | dig | look | think | figure
| follow | check | see | try | clarify | discover | gauge | inspect | survey | brainstorm | align | ask
| reflect | contemplate | deliberate | mull | wonder | weigh | explore | monitor | watch | observe | confirm
| learn | socialise | socialize | chase | push | find | double-check | re-check | recheck | agree | raise
| ping | poll | root-cause | level-set | sanity-check | poke | consult | liaise | experiment | map | speak | listen
| engage | question | audit | reach | reproduce | familiarise | familiarize | know | define`);

/**
 * Watching or pressing without an end: "continue to monitor …", "keep an eye on …", "keep track of …", "keep
 * pushing on …". Keeping track of something in a named place ("… in the DR log") is a record, which can be checked.
 */
export const ONGOING_WATCH =
  /^(?:continue(?:\s+to)?\s+(?:monitor|watch|observe|track)|continue\s+(?:monitoring|watching|observing)|keep(?:\s+on)?\s+(?:watching|observing|monitoring|tracking|an? (?:close |closer |careful )?eye (?:on|out)|eyes on|track of(?![^.;:]*\s(?:in|on|into)\s(?:the|a|an|our)\s)|tabs on|pushing (?:on|for|ahead|forward)|poking (?:at|around)|plugging away))\b/i;

/** Two-word process phrases; the first word alone is not a process verb ("follow the runbook"). */
export const PROCESS_PHRASES = [
  "look into",
  // "Read up on the timers": learning; "read" alone is too often a noun ("read replicas").
  "read up",
  "read through",
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
  "speak to",
  "speak with",
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
  "verify whether",
  "verify if",
  // Talk with someone: "catch up with the vendor re: …", "sit down with the exams office", "hop on a call".
  "catch up",
  "sit down",
  "hop on",
  "get together",
  "dive into",
  "double check",
  // Study or talk by idiom: "go through the settings with the vendor", "hash out the strategy with …".
  "go through",
  "walk through",
  "hash out",
  "take stock",
  "kick around",
  "chew on",
  "noodle on",
  "suss out",
  // Asking others to settle a question: "get clarity on who …", "advocate for a rewrite".
  "get clarity",
  "advocate for",
  "lobby for",
];

/** Labels that name an item's work as an investigation: "Spike: …", "Research - …", "Investigate: …". */
export const INVESTIGATION_LABELS = set(
  `spike | investigation | research | exploration | analysis | study | evaluation | assessment | discovery
  | investigate | evaluate | assess | analyze | analyse | experiment`,
);

/** Ticket kinds pasted before a summary ("Tech debt: review …", "Chore: …"): a label, the action after it. */
export const TICKET_KIND_LABELS = set(`
tech debt | tech-debt | techdebt | debt | chore | task | story | bug | improvement | cleanup | clean-up | toil
| follow-up | followup | todo | to-do | epic | enhancement | feature | hardening | ops | maintenance`);

/** Outcome verbs that are nouns too, and open a noun phrase as readily: "backup strategies", "test plans". */
export const NOUN_VERBS = set(`
backup | test | alert | log | record | page | schedule | cache | release | version | patch | build | change | update
| limit | design | plan | graph | chart | dashboard | template | script | label | tag | link | hook | report | mirror
| scan | audit | monitor | restore | deploy | rollout | upgrade | fix | metric | policy | access | fallback | failover`);

/**
 * Words that open a compound noun with a verb after them ("Health check on the LB", "Smoke test for
 * checkout"): never a name in front of the verb, as "ICL check how …" is.
 */
export const COMPOUND_NOUN_HEADS = set(`
health | sanity | smoke | spot | unit | integration | regression | load | canary | synthetic | code | peer | design
| readiness | liveness | schema | contract | chaos | soak | stress | uptime | heartbeat | dependency | preflight
| pre-flight | pre-deploy | post-deploy | security | capacity | performance | config | release | access | backup`);

/**
 * What was done to a thing named after a process word: "Review step added to the checklist", "Review of the
 * runbook is added as a required step", "Explore page for queue depth added to the console", "Assessment of
 * the overtime sent to payroll" state a change.
 */
export const NAMED_CHANGE =
  /^(?:[\s-]+[A-Za-z0-9'-]+){1,8}?\s+(?:(?:is|are|was|were|gets?|has been|have been)\s+)?(?:added|removed|replaced|archived|deleted|enabled|disabled|retired|renamed|moved|merged|introduced|required|dropped|checked|committed|stored|published|limited|capped|restricted|batched|blocked|hidden|written(?: up)?|sent|filed|attached|uploaded|posted|documented|recorded|emailed|circulated)(?:\s+(?:to|from|in|into|on|by|as|for|with|at|before|after|and)\b|\s*[:;,.(]|\s*$)/i;

/**
 * Verbs of working together ("work with the DB team …", "coordinate with payments …"): the work is
 * whatever a purpose after them names ("… to add retries"); with none, or a process one ("… to
 * understand …"), the item is an activity.
 */
export const COLLABORATION_VERBS = set(
  `work | partner | collaborate | coordinate | engage | liaise | pair | team | connect | check | consult | talk | speak
  | chat | meet`,
);
/**
 * Of those, the verbs that name the working together whatever they take first: "coordinate major upgrades with
 * the other operators" is an activity, as "coordinate with …" is ("connect the probe with …" is a change).
 */
export const TOGETHER_VERBS = set(`coordinate | collaborate | liaise`);
/** Of those, the verbs of talking, which also take "to": "talk to the platform team about …". */
export const TALKING_VERBS = set(`talk | speak | chat`);

/** "Work with the DBA team to add …": the change after "to" is the action. */
export const VIA_PARTNER =
  /^(?:work|partner|coordinate|collaborate|team up|pair)\s+with\s+[^,.;]{1,60}?\s+to\s+(?=[a-z])/i;

/** -ing and noun forms that read as process when they open an item. */
export const PROCESS_NOUNS = set(`
reviewing | exploring | investigating | discussing | considering | evaluating | assessing | analyzing | analysing
| researching | studying | examining | brainstorming | revisiting | reconsidering | reevaluating | re-evaluating
| reassessing | re-assessing | investigation | exploration | discussion
| evaluation | assessment | analysis | research | study | examination | spike | retro | retrospective | review
| feasibility | pros | trade-offs | tradeoffs | understanding | consideration | follow-up | followup | rca
| proof-of-concept`);

/**
 * Process verbs that are process only with certain words after them: "check whether …" asks, "check the
 * backup job pages" changes something. The pattern is tried on the text right after the verb.
 */
export const PROCESS_NEEDS_NEXT: Record<string, RegExp> = {
  check: /^(?:if|whether|on|that|in with|how|what|why|which|where|when|who)\b/,
  follow: /^(?:up)\b/,
  // "Looking to see if there are alternatives", "look to understand why …": a look, whatever its words.
  look: /^(?:into|at|for|over|to (?:see|understand|find out|learn|determine))\b/,
  see: /^(?:if|whether|how|what|why)\b/,
  // "Try if we can …" asks whether, as "see if" does; "try the new allocator on one host" is left alone.
  try: /^(?:to|and|out|if|whether)\b/,
  // "Map out how to …", "map out a path to …": planning the way, no change yet; "map the ports" is left alone.
  map: /^out\s+(?:(?:a|the|our)\s+)?(?:how|whether|what|which|why|path|paths|plan|options|approach|way|ways|steps)\b/,
  // "Think harder about rack placement": thinking, however hard.
  think: /^(?:(?:harder|hard|more|again|carefully|deeply)\s+)?(?:about|through)\b/,
  dig: /^(?:into|deeper|in)\b/,
  figure: /^(?:out)\b/,
  // "w/" is "with", as notes write it: "sync w/ platform re …".
  talk: /^(?:(?:to|with|about)\b|w\/)/,
  sync: /^(?:(?:with|on|up)\b|w\/)/,
  align: /^(?:(?:on|with|around)\b|w\/)/,
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
  // "Find a way to test images", "find a better solution for …" search; "find the leaked key and rotate it" does not.
  // "Find the root cause of …" studies as "find out why …" does.
  find: /^(?:(?:a |an |some |the best |the )?(?:(?:better|new|good|proper|permanent|long-term|longer-term|robust|reliable|safer|cleaner|sustainable|durable) )?(?:way|ways|approach|approaches|solution|solutions|means|options?)|out|(?:the )?(?:root |real |underlying )?(?:cause|causes|reason|reasons)(?: of| for| why)?)\b/,
  // "Poke at the state to see …", "poke around the logs": a look; "poke the vendor for a fix" presses someone.
  poke: /^(?:at|around|into)\b|^[^.;:]{0,40}?\bfor (?:a |an |the |their |its )?(?:fix|answer|update|rca|timeline|eta|response)\b/,
  // "Consult legal on the notice rules" asks someone; "consult the runbook" reads it.
  consult: /^[^.;:]{0,50}?\b(?:on|about|regarding|re|whether|if|how|with)\b/,
  // "Ping the vendor for an RCA" presses someone; "ping the health endpoint every 30 s" checks something.
  ping: /^[^.;:]{0,40}?\b(?:for (?:a |an |the |their |its )?(?:fix|answer|update|rca|timeline|eta|response|resolution|patch|decision|root cause)|about|regarding|re)\b/,
  // "Poll the team on the schedule" asks people; "poll the queue every second" reads it.
  poll: /^(?:the |our |all )?(?:team|teams|engineers|on-?call|people|everyone|stakeholders|users|customers|responders)\b/,
  // "Push the vendor for a fix" presses someone; "push the config to the stores" changes something.
  push: /^[^.;:]{0,40}?\bfor (?:a |an |the |their |its )?(?:fix|answer|update|rca|timeline|eta|response|resolution|patch|decision|commitment|root cause)\b/,
  // "Audit the deploy workflows for …" studies, as "review" does; "audit logs shipped to the archive" names a thing.
  audit:
    /^(?!(?:logs?|logging|trails?|tables?|reports?|events?|records?|entries|committee|findings|requirements?|programm?e?s?)\b)/,
  // "Reach out to the vendor about the outage" talks; "reach out to every affected customer" notifies them, and
  // "reach out to teams with suggestions about …" hands them something.
  reach:
    /^out\b(?:(?!\bwith\b)[^.;:]){0,60}?\b(?:about|regarding|re|whether|if|to (?:discuss|ask|understand|learn|see|find out)|for (?:input|feedback|advice|clarification|an? (?:rca|update|explanation|answer|root cause)))\b/,
  // "Confirm with the vendor whether …" asks; "confirm the restore finishes in an hour" states a check.
  confirm: /^[^.;:]{0,60}?\b(?:whether|if|with)\b/,
  // "Monitor the queue closely for the next few weeks" watches; "monitor disk usage on the replicas" adds monitoring.
  // … or watches to learn: "monitoring to understand the logouts".
  monitor:
    /^[^.;:]{0,60}?\b(?:closely|carefully|for (?:the|a) (?:next|coming|few)|over the (?:next|coming)|going forward|for now|for a while)\b|^to (?:understand|see|learn|find out|determine)\b/,
  watch:
    /^[^.;:]{0,60}?\b(?:closely|carefully|for (?:the|a) (?:next|coming|few)|over the (?:next|coming)|going forward|for now|for a while)\b|^(?:out|for)\b/,
  observe: /^/,
  // "Identify a plan to …", "identify channels for …": finding out, whatever is to be found; the answer is
  // still to come.
  identify: /^/,
  // "Determine the scope of the data accessed", "determine which hosts run …" study; "determine the retention
  // from the contract" is rare.
  determine:
    /^(?:whether|if|why|how|what|which|who|where|when|the root|root|(?:the )?(?:scope|extent|impact|cause|causes|blast radius))\b/,
  understand: /./,
  // "Know who speaks for us in an outage": knowing an answer, as "understand" is; "know" has no deliverable.
  know: /^(?:who|what|how|whether|if|when|which|where|why|about)\b/,
  // "Define what the handover looks like" asks a question; "define the alert in the rules file" writes it.
  define: /^(?:what|whether|which|who|how)\b/,
  // "Reproduce the timeout in staging" is a step of the investigation; "… in a regression test" leaves a test behind.
  reproduce:
    /^(?![^.;:]{0,80}?\b(?:in|with|as|into|via|using) (?:a |an |the )?(?:new )?(?:(?:unit|integration|regression|e2e|end-to-end|load|automated) )?(?:tests?|test case|test suite|script|harness|fixture|ci job)\b)/,
  // "Engage the driver maintainers about …" talks to people; "engage the brake on errors" does something.
  engage:
    /^(?:the |our |with )?(?:[a-z-]+ ){0,3}?(?:maintainers?|vendors?|teams?|providers?|community|developers|upstream|owners?|partners?|legal|support|stakeholders|experts?)\b/,
  // "Questioning the export process", "question whether we need …"; "Question: …" titles a line.
  question: /^(?:\(|(?:whether|if|why|how|the|our|this|that|these|all|every|any)\b)/,
  // "Reflect on …" muses; "reflect the new quota on the billing page" changes the page.
  reflect: /^(?:on|upon|if|whether|about|how|what|why)\b/,
  weigh: /^(?:up|whether|if|the pros|pros|options|the options|trade-?offs|the trade-?offs)\b/,
};

/** Verbs that only set an event up: "book a call", "hold a meeting". The event is the deliverable. */
export const LIGHT_VERBS = set(
  `schedule | hold | have | organise | organize | arrange | book | plan | run | conduct | host | convene | call | do | perform | kick | set | take | open | start
  | undertake | carry | get`,
);

/** Looks taken or had: "take a look at …", "have a think about …", "get a sense of …", "needs a closer look". */
export const LOOK_NOUNS = set(`look | peek | glance | think | sense | feel`);

/** "… needs a closer look", "needs more investigation", "needs attention": a wish for someone's time. */
export const NEEDS_A_LOOK =
  /\b(?:needs?|could use|could do with) (?:a |an |some |more |further )?(?:closer |deeper |proper |good |careful )?(?:look|looking at|investigation|investigating|attention|thought|review|analysis|discussion|love|tlc|work|improvement|improving|rethinking)\b|\b(?:some |more )?thought (?:should|must|needs to) go into\b|\bneeds? to be (?:looked (?:at|into)|reviewed|revisited|investigated|discussed|reconsidered|re-?evaluated|evaluated|assessed|explored)\b/;

/** Events that are talk, not change: a discussion decides nothing until someone writes down the decision. */
export const MEETING_NOUNS = set(`
discussion | discussions | meeting | meetings | conversation | conversations | call | calls | chat | chats | session
| sessions | workshop | workshops | brainstorm | brainstorming | huddle | debate | deep-dive | dive | talk | talks | sync-up`);

/** Cadence words: a recurring meeting is an institution someone can check exists. */
export const RECURRENCE_WORDS = set(`
daily | weekly | biweekly | bi-weekly | fortnightly | monthly | quarterly | yearly | annual | recurring | regular
| standing | periodic`);

/** Participles of process work: "will be reviewed" is activity, "will be improved" a direction. */
export const PROCESS_PARTICIPLE =
  /^(?:revisited|reviewed|re-?assessed|re-?evaluated|reconsidered|re-?examined|investigated|explored|evaluated|assessed|analy[sz]ed|examined|studied|discussed|considered|looked)/;

/** Study nouns after a verb of checking: "verify the possibility of …", "confirm the feasibility of …". */
export const STUDY_OBJECTS = set(
  `possibility | possibilities | feasibility | viability | options | alternatives`,
);
export const CHECKING_VERBS = set(`verify | confirm | validate | check | see`);

/** Things a study noun can name as their kind: "Investigation tools", "Evaluation harness", "Discussion board". */
export const THING_NOUNS = set(`
tool | tools | tooling | notebook | notebooks | job | jobs | board | template | dashboard | script | scripts | harness
| pipeline | step | checklist | environment | bucket | cluster | queue | channel | page | form | flag | mode | suite
| service | endpoint | dataset | database | table | runbook | playbook | doc | docs | repo | repository | workspace`);
