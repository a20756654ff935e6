import { phrases } from "./wordSet";

// Heading vocabulary: the phrases that name a section, one per line (regex syntax inside a phrase). The
// judgements built on them are in parse/headings.ts.

/**
 * Phrases that open a list of follow-up work. "Actions taken" and "Mitigation" describe what happened during
 * the incident, so they are not here; "Mitigations" on its own, plural, lists the ways to keep it from
 * happening again (headings.ts).
 */
/** "Changes we have made", "Fixes we've shipped": the changes the team made, a list of follow-ups done. */
export const CHANGES_WE_MADE = String.raw`(?:changes|improvements|fixes) (?:that )?we(?:'ve|’ve| have) (?:already )?(?:made|shipped|implemented|deployed|rolled out)`;
/** "What we changed", "What we've changed": the same, asked as a question. */
export const WHAT_WE_CHANGED = String.raw`what we(?:'ve|’ve| have)? (?:already )?changed`;

export const ACTION_HEADING_PHRASES = phrases(String.raw`
  action items?
  action points?
  actionables?
  actions?
  ais
  follow[- ]?ups?
  follow[- ]?up (?:actions?|items?|tasks?|work)
  remediations?
  remediation (?:plan|items?|actions?|steps?|work)
  corrective (?:and preventive |& preventive |and preventative )?(?:actions?|measures?|steps?)
  capa
  preventive (?:measures?|actions?|steps?|work|enhancements?|process(?:es)?|tooling|tools|controls?|changes)
  preventative (?:measures?|actions?|steps?|work|enhancements?|process(?:es)?|tooling|tools|controls?|changes)
  proactive (?:measures?|actions?|steps?|work|enhancements?)
  prevention(?: plan| steps?| measures?)?(?! (?:systems?|mechanisms?|logic|layers?|tools?|services?|features?|modules?|rules?|filters?|scripts?|code)\b)
  preventing (?:recurrence|this|future)
  recurrence prevention
  next steps?
  what(?:'s| is) next
  what(?:'s| is) changing
  proposed (?:solutions?|fix(?:es)?|changes)
  what we(?:'re| are| will| ?'ll| should| must| need to| plan to| intend to)? (?:(?:still|also|now|currently) )?(?:going to )?(?:do|doing|change|changing|fix|fixing|working on)
  (?:ongoing|in[- ]progress) (?:work|actions?|items?|tasks?|follow[- ]?ups?|remediations?)
  ^(?:work )?in[- ]progress$
  what(?:'s| is) (?:still )?in progress
  what we will do
  ${CHANGES_WE_MADE}
  ${WHAT_WE_CHANGED}$
  how to (?:make sure|ensure) (?:this|it|that|the same|the (?:issue|problem|incident|outage|failure|error))\b
  what(?: we(?:'ve| have)| has been|['’]s been) (?:already )?done
  how (?:we|i)(?:'re| are|'m| am| will|'ll| can)? (?:going to |plan to )?(?:prevent(?:ing)?|fix(?:ing)?|improv(?:e|ing)|address(?:ing)?|respond(?:ing)?|do(?:ing)? better|chang(?:e|ing)|avoid(?:ing)?|stop(?:ping)?)
  how (?:will|are|is|shall) (?:we|[\w.&'-]+) (?:going to )?respond(?:ing)?
  how (?:are|will|do|can|am|shall) (?:we|i) (?:going to )?(?:prevent(?:ing)?|stop|avoid|fix(?:ing)?|improv(?:e|ing)|address(?:ing)?|make sure|ensure)
  what (?:are|will|should|must|can) we (?:going to |be )?(?:do|doing|change|changing|fix|fixing|improve|improving)
  what needs to (?:change|be done|happen)
  what(?:'s| is| are| has been) being (?:done|changed|fixed)
  avoiding (?:a repeat|recurrence|this|it)
  what (?:we|we'll|we will) change
  improvements?
  ^improving
  improvement (?:plan|items?|areas?)
  (?:future|further|additional) (?:works?|improvements?|enhancements?|mitigations?|actions?|plans?|steps)
  future (?:thinking|directions?)
  what the future (?:looks like|holds)
  (?:mitigation|prevention|improvement|reliability|resilience|security|hardening) initiatives
  changes (?:in|to) (?:the way|how) we\b
  work items?
  action plan
  todos?
  to[- ]do(?: list)?
  tasks?(?! forces?\b)
  long[- ]term (?:fix(?:es)?|actions?|work|remediations?|mitigations)
  short[- ]term (?:fix(?:es)?|actions?|work|remediations?)
  fixes
  followups
  (?:our )?commitments?
  learnings and actions?
  recommendations?
  going forward
  still (?:needed|to do|to be done|open|pending|outstanding|required)
  ^(?:the |our )?future$
  to implement
  moving forward
  looking (?:forward|ahead)
  less likely
  repair items?
  follow[- ]on (?:actions?|items?|work)
  the (?:following|next|coming) (?:\d+ |few |two |three |four |several )?(?:weeks|months)
  next actions?
  open actions?
  outstanding actions?
  improvement actions?
  steps we(?:'re| are) taking
  what (?:steps|actions|changes|measures) (?:are|will|should|can) we (?:be )?(?:taking|take|making|make)
  steps to prevent
  to (?:prevent|avoid) (?:this|it|recurrence|a repeat|similar|future)
  prevent(?:ing)? (?:it|this|that|a repeat|the (?:same )?(?:issue|problem|incident|outage|failure|error)s?) from happening
  countermeasures?
  permanent (?:fix(?:es)?|solutions?|measures?|corrective actions?)
  ^measures$
  (?:planned|agreed|further|remedial|follow-on|improvement) measures
  (?:outstanding|open|remaining) (?:items?|work|tasks?|actions?|steps)
  ^backlog$
  (?:planned|proposed|upcoming) (?:changes|fixes|work|enhancements)
  ^(?:(?:things|ideas|changes|options|improvements|items|actions) )?(?:being|under|(?:that )?we(?:'re| are) (?:still )?) ?consider(?:ed|ation|ing)$
  (?:security|reliability|resilience|remediation|hardening|prevention|improvements?|enhancements?) roadmap
  post[- ]incident (?:work|actions?|items?|tasks?|follow[- ]?ups?)
  (?:the )?(?:changes|things) we(?:'re|'ll| are| will be| will| plan to| intend to) (?:mak(?:e|ing)|chang(?:e|ing))
  where (?:we(?:'re| are)?|do we) go(?:ing)? from here
  mitigation (?:plan|items|actions)
  ^(?:(?:security|platform|system|infrastructure) )?hardening(?: (?:plan|work|items|tasks))?$
  ^(?:jira |linear |github |gitlab |tracking |filed )?tickets(?: (?:filed|opened|raised|created))?$
  work (?:to be done|still to do|left to do)
  (?:items|things|issues|gaps) (?:to (?:address|fix|close|do)|we (?:will|need to) (?:address|fix|close))
`);

// "Non-actions": what the review decided not to do, no work to follow. An "After Action Report" titles the
// whole write-up; "Why the … action was dropped" explains one. "Root cause remediations" are work, not the cause. "The pre-agreed maintenance actions" and "Rollback
// steps" are the procedure the team followed during the change, not work that follows the review.
// Advice to the page's readers ("Recommendations for end users", "What you can do", a reader's "What do I need to
// do?" or "What to do if you were affected") asks nothing of the team.
/** Who a page's advice is for: "users", "package maintainers", "the community". */
export const READER_AUDIENCE = String.raw`(?:(?:our|the|all|affected)\s+)?(?:end[- ])?(?:users?|customers?|readers?|developers?|maintainers?|package (?:owners|maintainers)|(?:node )?operators?|validators?|the community|you)`;
export const READER_ADVICE_PHRASES = String.raw`(?:recommendations?|advice|guidance|tips|(?:next )?steps?|actions?|what to do) for ${READER_AUDIENCE}|what (?:you|users|customers|maintainers) (?:can|should|need to|must) do|what (?:do|should|can|must) (?:i|you|users|customers|maintainers) (?:need to |have to )?do|what (?:actions?|steps?) (?:do|should|can|must) (?:affected )?(?:i|you|users|customers|maintainers) (?:need to |have to )?take|what to do (?:if|when)\b|what to do(?=\s*\??$)`;

/**
 * An intro that asks the page's readers to act: "Node operators should do all of the following", "We recommend that
 * all users", "If you run your own relay, we recommend the following" (the colon after it is the caller's).
 * "Customers" alone labels the team's work for them: the readers are asked only with a modal or "we recommend".
 */
const READER_ASK_PREFIX = String.raw`(?:we|i)\s+(?:(?:strongly|highly|also)\s+)?(?:recommend|advise|urge|encourage|ask)\s+(?:that\s+)?`;
const READERS_WHO = String.raw`(?:(?:(?:self-hosted|self-hosting|affected|existing|external)\s+)?${READER_AUDIENCE}|anyone)(?:\s+(?:of|who|running|using|on)\s+[^:.]{1,60}?)?`;
const READERS_MODAL = String.raw`\s+(?:should|must|need to|are (?:(?:strongly|highly)\s+)?(?:advised|encouraged|asked|urged|recommended) to)\b[^.:]{0,60}`;
const IF_READERS_RUN = String.raw`if you (?:run|use|operate|host|self-host|maintain|are running|are using)\b[^:.]{1,60},\s+(?:(?:we|i)\s+(?:(?:strongly|highly|also)\s+)?(?:recommend|advise|suggest)|(?:you\s+)?(?:should|must|need to))\b[^.:]{0,60}`;
export const READERS_ASKED_PHRASES = String.raw`${READER_ASK_PREFIX}${READERS_WHO}(?:${READERS_MODAL}|\s+(?:do|take|follow|apply)\b[^.:]{0,60})?|${READERS_WHO}${READERS_MODAL}|${IF_READERS_RUN}`;

// What the review found ("Identified problems", "Known issues", "Gaps found") states problems, not the work on them.
export const FINDINGS_PHRASES = String.raw`(?:identified|known|observed|discovered) (?:problems|issues|gaps|weaknesses)|(?:problems|issues|gaps|weaknesses) (?:identified|found|observed|discovered|encountered)|(?:problems|issues|difficulties) (?:during|in|with) (?:the )?(?:recovery|response|restore|failover|outage|incident|rollback)|findings|(?:audit|review|investigation|scan|survey|test) results|results of the (?:audit|review|investigation|scan|survey)`;

/**
 * "Detection": how the incident was found. "Detection improvements", "Improving detection", "Better detection"
 * name the work that finds the next one sooner.
 */
const DETECTION_STORY = String.raw`(?<!(?:improve|improved|improving|better|faster|earlier|improvements? (?:to|in|for)) )detection(?! improvements?| (?:work|items?|actions?|changes|gaps))`;

/**
 * Phrases that name the incident response, the review's own findings or what the team chose not to do,
 * even beside an action word ("Actions taken", "Why the … action was dropped", "Rollback steps").
 */
export const NOT_ACTION_HEADING_PHRASES = phrases(String.raw`
  actions? taken
  taken actions?
  what (?:actions?|steps?) (?:has|have) (?:[\w.&'-]+ ){1,3}taken
  what (?:would|could|might) have (?:caught|prevented|stopped|detected|avoided|helped)
  immediate actions? taken
  timeline
  what happened
  (?<!(?:future|further|additional) )mitigation(?! plan| items| actions| initiatives)
  root cause(?! (?:remediations?|fix(?:es)?|corrective actions?|prevention))
  impact
  ${DETECTION_STORY}
  summary of actions taken
  (?:report|summary|title|timeline|evidence|justification|description|details?|history|need) (?:[\w-]+ ){0,3}?of (?:the |an? )?(?:[\w-]+ ){0,5}?action(?! items?| points?| plan)
  (?:executed|performed|completed) (?:[\w-]+ ){0,2}?actions?
  response actions?
  actions during
  during the incident
  (?:areas?|opportunit(?:y|ies)|room) for improvement
  improvement (?:opportunit(?:y|ies)|areas?)
  (?:fixes|changes|steps|actions|tasks) (?:applied|made|completed|done|performed|carried out)
  (?:previous|prior|past|earlier|old) (?:action items?|actions|follow[- ]?ups?)
  (?:action items?|actions|follow[- ]?ups?) from (?:the |a |our )?(?:previous|prior|last|earlier|past|old)\b
  status of (?:the )?(?:previous|prior|past|earlier|old)
  follow[- ]?up (?:meetings?|calls?|sessions?|discussions?|conversations?|emails?)
  (?:meeting|call|review|debrief|retro) (?:notes|minutes)
  non[- ]?actions?
  non[- ]?action items?
  not action items
  after[- ]action (?:reports?|reviews?)
  (?:pre-?(?:agreed|planned|approved)|maintenance|rollback|cut-?over) (?:maintenance )?(?:actions?|steps?|plan)
  ^why
`);

/**
 * Story words that, followed by one noun, only qualify the topic a sub-heading names ("Background jobs", "Impact
 * reduction"); the words after them that keep the story ("Impact on customers", "Timeline of events").
 */
export const STORY_TOPIC_WORDS = "background|impact|timeline|verification|detection|summary";
export const STORY_CONTINUATIONS =
  "of|on|to|for|in|and|analysis|assessment|details?|summary|overview|notes?|report|statement|review|log|events?";

/** How the response went, good or bad ("What went well", "What didn't go well"): findings, not work. */
export const HOW_IT_WENT = String.raw`what went (?:well|wrong|badly|poorly|less well|not so well)|what (?:didn['’]?t|did not) go (?:well|so well|as planned|right)|what could have gone better`;

/** Sections that tell the story or hold reference material: never action sections, even under one. */
export const NARRATIVE_HEADING_PHRASES = phrases(String.raw`
  timeline
  root cause
  impact
  background
  technical details
  how (?:do|did|does|will|would) (?:i|we|it|this|that) (?:do|work)\b
  how (?:it|this|that) works
  ^(?:[\w-]+ ){0,3}checklists?$
  checklists? for (?:new|each|every|any|future|all)\b
  verification
  summary
  what happened
  ${DETECTION_STORY}
  contributing factors?
  lessons learned
  ${HOW_IT_WENT}
  where we got lucky
  glossary
  appendix
  supporting information
  notes
  discussion
  open questions
  questions
  observations
  comments
  references
  links
  resources
  attendees
  participants
  legend
  definitions
  attempted (?:solutions?|fix(?:es)?|mitigations?|workarounds?|remediations?)
  (?:what|things) we tried
  troubleshooting(?: steps)?
`);

/** "Bug 2 — the bundler rejects …", "Issue 3: …": one numbered finding of the review, told as part of the story. */
export const NUMBERED_FINDING = String.raw`^(?:bug|issue|problem|defect|failure|finding) #?\d+\b(?! (?:actions?|fix(?:es)?|follow[- ]?ups?)\b)`;

/** A heading that is only a prohibition ("Do not", "Anti-patterns") lists what to avoid, never work. */
export const PROHIBITION_HEADING_PHRASES = phrases(String.raw`
  do not
  don't
  dont
  avoid
  anti-?patterns?
  what not to do
  things to avoid
`);

/** The ranks teams give work: a priority or a severity ("P1", "SEV-2", "high"), never its name. */
export const PRIORITY_LEVELS = String.raw`p[0-4]|sev-?[0-4]|high|medium|low|critical`;
