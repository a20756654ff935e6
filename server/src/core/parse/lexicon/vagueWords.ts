import { set } from "./wordSet";

// Directions and degree words: an action with nothing to check it by ("improve monitoring", "more tests").

/** Words that open a direction rather than a task: "Improve monitoring", "Better documentation". */
export const VAGUE_LEADS = set(`
improve | enhance | better | strengthen | optimize | optimise | streamline | address | tackle | bolster | boost
| reinforce | refine | rethink | rework | revamp | modernize | modernise | prioritize | prioritise | invest | focus | work
| be | make | ensure | continue | keep | maintain | increase | reduce | fix | update | clean | harden | resolve | sort
| handle | manage | expand | grow | upgrade | beef | minimize | minimise | maximize | maximise | revise | overhaul
| simplify | stabilise | stabilize | rationalise | rationalize | formalise | formalize | mature | de-risk | derisk
| fine-tune | tidy | declutter | solidify | uplift | lessen | own | champion | spearhead | evangelize | evangelise
| spend | polish`);

/**
 * Leads that are vague on their own, whatever follows (unless a specific marker is present). "Formalise" is
 * not: it is judged by what it formalises, a playbook or a checklist one can open, a process one cannot.
 */
export const ALWAYS_VAGUE_LEADS = set(`
improve | enhance | better | strengthen | optimize | optimise | streamline | address | tackle | bolster | boost | reinforce
| refine | rethink | revamp | modernize | modernise | prioritize | prioritise | invest | focus | work | be | continue | beef
| harden | align | harmonize | harmonise
| simplify | stabilise | stabilize | rationalise | rationalize | mature | de-risk | derisk
| fine-tune | tidy | declutter | solidify | uplift
| own | champion | spearhead | evangelize | evangelise | polish`);

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

/** Verbs that widen a reach: with no extent ("to the EU region", "across every shard") nothing says when it is done. */
export const SCOPE_VERBS = set(`expand | grow | broaden | widen`);

/**
 * Verbs that set a value: with no target ("to scale out at 60% CPU", "to read-only") nothing says which
 * setting is right: "tune the autoscaler", "tighten the bucket permissions".
 */
export const SETTING_VERBS = set(`tune | tweak | adjust | tighten | loosen | calibrate`);

/** Two-word amounts to change, or time to spend, that need a target too: "speed up builds", "ramp the team up". */
export const AMOUNT_PHRASES = set(`
speed up | cut down | bring down | drive down | tone down | scale back | spend time | spend some | spend more
| spend effort | ramp up`);

/** A target written in words: "to one minute", "by half", "below a third". */
export const WORDED_TARGET =
  /\b(?:to|below|under|above|over|by|within)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|zero|half|a (?:third|quarter|half|single))\b/i;

/** Adjectives that open a noun-phrase wish: "Better documentation", "More tests". */
export const VAGUE_ADJECTIVES = set(`
better | more | improved | enhanced | increased | reduced | decreased | additional | proper | stronger | further | greater | clearer | tighter
| extra | robust | comprehensive | adequate | sufficient | enhanced | stricter | smarter | faster | fewer | less | careful | nicer | consistent | predictable | secure
| resilient | reliable | stable | visible | efficient | scalable | observable | maintainable`);

/**
 * Degree words with no measure: comparatives and "enough" words. With an area as their head ("deeper
 * coverage", "a stronger paging approach", "extensive soak testing") nothing says when it is enough.
 */
export const VAGUE_MODIFIERS = set(`
more | less | fewer | better | worse | greater | improved | increased | enhanced | comprehensive | thorough | robust
| proper | adequate | sufficient | appropriate | stronger | tighter | stricter | clearer | smarter | faster | broader
| deeper | wider | richer | higher | lower | easier | simpler | safer | sturdier | extensive | holistic
| smoother`);

/** Words after "more of" that pick a set and count none of it: "more of these services", "more of our jobs". */
export const SET_DETERMINERS = set(`the | these | those | our | its | their | your`);

/**
 * Comparatives no one can check without a measure: "ensure we catch it earlier", "make the export job
 * faster".
 */
export const UNMEASURED_COMPARATIVES = set(
  `earlier | sooner | faster | quicker | better | smoother | safer | easier | simpler | clearer | stronger
| cheaper | slower | smaller | lighter | tighter | smarter`,
);

/** Qualities a state can have without a measure: "easily discoverable", "possible/easy", "robust". */
export const QUALITY_ADJECTIVES = set(`
easy | easier | simple | simpler | clear | clearer | safe | safer | ready | aware | fast | faster | quick | quicker | smooth
| seamless | intuitive | obvious | transparent | straightforward | robust | resilient | reliable | stable | secure
| visible | efficient | scalable | observable | maintainable | consistent | predictable | careful | better | good
| possible | feasible | known | understood | prepared | effective | healthy | sound | solid | adequate | sufficient
| specific | granular | detailed | precise | sophisticated | graceful
| appropriate | proper | correct | accurate | timely | responsive | informed | familiar | comfortable | confident
| useful | helpful | meaningful | informative | actionable | friendly
| up-to-date | current | rigorous | disciplined | diligent | vigilant | proactive | mindful | cautious | conservative | compassionate
| empathetic | respectful | supportive | sensitive | courteous | tidy | neat | organised | organized | manageable | great`);

/** Faults a thing can have less of with no measure: "less fragile", "less noisy". */
export const FAULT_ADJECTIVES = set(`
fragile | brittle | flaky | noisy | painful | error-prone | risky | manual | confusing | complex | complicated
| disruptive | chatty | toilsome | tedious`);

/** Suffixes of adjectives of possibility or quality ("discoverable", "accessible"), read as a class. */
export const QUALITY_SUFFIX = /^[a-z-]{3,}(?:able|ible)$/;

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
| toil | friction | complexity | pain | risk | risks | flakiness | fix`);

/** More words that name an area or approach rather than an artefact, for the degree-word reading. */
export const APPROACH_NOUNS = set(`
strategy | strategies | approach | approaches | technique | techniques | method | methods | methodology | practices
| clarity | insight | insights | guidance | alarms | alarming | tracking | oversight | rigor | rigour | scrutiny | care
| attention | discipline | robustness | tooling | support | tests | testing | checks | monitoring | coverage | time
| thresholds | threshold | rules | policies | controls | permissions | guardrails | safeguards | requirements | standards
| actions | steps | measures | precautions | protocols | protocol`);

/** Further words that name an area or a direction, not an artefact. */
export const AREA_WORDS = set(`
improvement | improvements | enhancement | enhancements | change | changes | update | updates | fixes | safer | faster
| easier | clearer | stronger | smoother | simpler | more | less | fewer | general | overall | better | proper | robust
| reliable | resilient | stable | alert`);

const UNNAMED = "necessary | relevant | required | needed | remaining | identified";

/** Words that carry no content in an action's object: "the", "our", "all", "across". */
export const FILLER_WORDS = set(`
the | our | a | an | of | for | in | on | around | with | and | all | any | its | their | to | across | overall | general
| this | that | we | us | it | be | is | are | so | team | teams | service | services | system | process | internal
| existing | current | underlying | ${UNNAMED}`);

/** Words that leave the thing to be found: "the necessary changes", "the relevant alerts" name none. */
export const UNNAMED_WORDS = set(UNNAMED);

/** Determiners that point at a known thing: "add the alert" names one. */
export const DEFINITE_WORDS = set(`the | this | that | these | those | its | their | our`);

/**
 * Heads of a noun phrase that name a quality or an area, not a thing to build: "Print spooler stability",
 * "Pricing QA coverage", "Communication with schools", "Regulatory reporting considerations".
 */
export const TOPIC_HEADS = set(`
stability | reliability | resilience | resiliency | robustness | availability | observability | visibility
| performance | efficiency | scalability | security | safety | hygiene | posture | readiness | awareness | governance
| quality | maturity | considerations | concerns | communication | communications | coordination
| collaboration | alignment | accountability | training | retraining | upskilling | improvement | improvements | enhancements | health | practices | culture
| behaviour | behavior | integrity | consistency | continuity | trust | confidence`);
/**
 * Heads of a ticket or card title that name an area of work, not a thing to build: "Certificate management",
 * "Alert tuning", "Connection pool sizing", "Status page process", "Config drift", "Ownership of push infra".
 * Only the noun-phrase reader takes them: after a verb they are its object ("document the release process").
 */
export const WORK_AREA_HEADS = set(`
management | ownership | sizing | tuning | comms | process | processes | drift | logic | handling | hygiene | investment
| investments | emphasis | harmonisation | harmonization | sensitisation | sensitization`);
/** Heads of an amount, a topic only with nothing after them: "Pricing QA coverage", not "Test coverage for …". */
export const AMOUNT_HEADS = set(`coverage | capacity | headroom`);
/** Heads of a practice, a topic only with nothing after them: "Synthetic testing", not "Synthetic testing of …". */
export const PRACTICE_HEADS = set(
  `testing | monitoring | alerting | logging | tracing | profiling | benchmarking`,
);
/** Verbs that also open a noun phrase as its first noun: "Staff training on …", "Budget discussion for …". */
export const NOUN_ADJUNCT_VERBS = set(`
staff | budget | audit | release | deploy | test | change | alert | log | page | design | vendor | incident`);
/** Words that make a noun phrase a rule in force: "Mandatory code review for …", "Peer review for every …". */
export const RULE_WORDS = set(`
mandatory | required | compulsory | enforced | automatic | automated | all | every | each | any | second | weekly
| daily | monthly | quarterly | recurring | regular | standing | periodic`);

/** Prepositions that open a qualifier after the head of an object: "ownership *of* ledger-api". */
export const QUALIFIER_WORDS = set(
  `of | for | in | on | to | across | around | with | at | from | by | within | between`,
);

/**
 * "Make the pipeline more robust", "communicate better", "use the canary stage more": a comparison with
 * nothing to measure it by ("run the drill once more" repeats it, which can be checked; "use better-sqlite3"
 * names a package); "inform customers earlier", "page the on-call sooner" say no "than" or by how much.
 */
export const COMPARATIVE_WISH =
  /\b(?:more|less)\s+([a-z-]+)\s*$|^[a-z-]+\s+(?:better(?!-)|more carefully|more often|more closely)\b|(?<!\b(?:once|no|any))\s(?:more|less|better)(?: often)?\s*$|^(?!.*\bthan\b)[a-z-]+(?:\s+[a-z-]+){0,4}\s(?:earlier|sooner|faster|quicker)\s*$/i;

/**
 * A manner adverb after "more" or "less": "communicate more proactively", "be taken more seriously". Words in
 * -ly that are no adverb ("more supply", "less family time") or a cadence ("more daily checks") are left out.
 */
export const MANNER_ADVERB = /^[a-z]{2,}ly$/;
export const NOT_MANNER_ADVERBS = set(`
supply | assembly | family | anomaly | reply | apply | rely | only | early | july | italy | daily | weekly | monthly
| hourly | nightly | yearly | quarterly | fortnightly | friendly | ugly | holy | jelly | belly | bully | rally | tally
| ally | fly | poly | multiply | comply | imply`);

/** Containers a degree word passes through to what they hold: "a better set of tests", "a more thorough suite of checks". */
export const COLLECTIVE_NOUNS = set(`set | suite | series | range | collection | battery | bunch`);
