import { set } from "./wordSet";

// Vague objects: what a vague action is about (mindsets, lessons, visibility, care).

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
  "flesh out",
  "iron out",
  "button up",
  "polish up",
  "take another pass",
  "take a second pass",
  "take another stab",
  "do a better job",
  "get better at",
  "get a handle on",
  "get a better handle on",
  "get a good handle on",
  "get a firmer handle on",
  "get a grip on",
  "get a better grip on",
  "get to grips with",
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
  "pay attention",
  "pay closer attention",
  "pay more attention",
  "pay extra attention",
  "pay particular attention",
  "pay special attention",
  "pay greater attention",
  "aim for",
  "strive for",
  "strive to",
  "endeavour to",
  "endeavor to",
  "aspire to",
];

/** "Give the alerting some love", "give backups more attention". */
export const CARE_WISH =
  /^give (?:[a-z-]+ ){1,4}(?:some|more|a little|extra) (?:love|attention|tlc|care)\b/;

/** "Raise awareness of …", "build a culture of …": a state of mind to grow, with nothing to check it by. */
export const MINDSET_LEADS = set(
  `raise | raising | increase | build | spread | foster | drive | grow | promote | create | improve | establish`,
);

export const MINDSET_NOUNS = set(
  `awareness | understanding | familiarity | mindfulness | culture | mindset`,
);

/**
 * Ways of working together: "establish regular communication between the teams", "foster closer
 * collaboration with support". Nothing says when there is enough of it; "a weekly sync" or "a shared
 * channel" would.
 */
export const INTERACTION_NOUNS = set(`
communication | communications | coordination | collaboration | cooperation | alignment | dialogue | teamwork
| liaison`);

/** Verbs that set up or grow a way of working, and the words that qualify it without a measure. */
export const WORKING_LEADS = set(`
establish | foster | promote | encourage | strengthen | increase | enhance | ensure | enable | facilitate | maintain
| improve | build | create | set | have | deepen | formalise | formalize`);
export const WORKING_QUALIFIERS = set(`
a | an | the | regular | better | more | closer | clearer | clear | open | ongoing | consistent | proactive
| frequent | tighter | effective | good | stronger | cross-team | proper | timely | continuous | up | and`);
/** What may follow the way of working: whom it is between, or nothing. */
export const WORKING_PARTNERS = set(
  `between | among | amongst | across | with | within | of | around | on | for`,
);

/** Verbs that instil a quality: "build resilience into the pipeline", "embed reliability thinking into …". */
export const INSTIL_VERBS = set(
  `build | embed | bake | instil | instill | bring | drive | foster | promote | create | grow | cultivate`,
);

/** Words after a quality that keep it a quality: "reliability thinking", "security mindset". */
export const QUALITY_FOLLOWERS = set(`thinking | mindset | culture | mindedness | focus`);

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

/** Expectations set with no content: "set expectations with the stores" ("provide guidance on …" is a document). */
export const GUIDANCE_LEADS = set(`set | manage`);

export const GUIDANCE_NOUNS = set(`expectations`);

/** "Get visibility into …", "gain insight into …": knowing more, with no view or signal named that gives it. */
export const VISIBILITY_LEADS = set(`get | gain | have | seek | obtain`);

export const VISIBILITY_NOUNS = set(
  `visibility | insight | insights | awareness | understanding | assurance | reassurance`,
);

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

/** Protections named only by their kind: "add safeguards around …", "put guardrails in place". */
export const SAFEGUARD_NOUNS = set(`
guardrails | guard-rails | safeguards | protections | precautions | controls | measures | mitigations | safety-nets`);

/** Purposes that name a harm to keep away, not a change: "measures to prevent …", "to reduce …". */
export const HARM_GOALS = set(
  `prevent | avoid | stop | reduce | minimise | minimize | mitigate | limit`,
);

/** Words that give a measure a kind or an amount, never its content: "additional measures", "proactive actions". */
export const KIND_MODIFIERS = set(`
additional | extra | further | proactive | preventive | preventative | necessary | relevant | suitable`);

/** Steps left unnamed after a kind or an amount: the protections above that read so, and "actions", "steps". */
export const UNNAMED_STEPS = set(`
actions | steps | measures | precautions | safeguards | protections | mitigations`);
