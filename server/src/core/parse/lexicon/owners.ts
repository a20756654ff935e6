import { COMPONENT_NAMES } from "./groups";
import { set } from "./wordSet";

// How an owner is written (names, commitments, "owned by") and what is never an owner's name.

/** Values that mean "nobody yet". */
export const UNASSIGNED =
  /^(?:tbd|tba|tbc|t\.b\.d\.?|\?+|n\/?a|none|nobody|no one|unassigned|unknown|unowned|someone|somebody|anyone|owner|-+|\u2014|\u2013|todo|\(?empty\)?|x+|pending|needs? (?:an? )?owner|owner needed|needs? (?:an? )?assignee|up for grabs|volunteers? (?:needed|wanted)|open|name|your name|owner name|person|to be (?:confirmed|determined|decided|agreed|assigned|named|identified|appointed)|not (?:yet )?(?:assigned|known|named)|nobody yet|no one yet)$/i;

/**
 * A role any holder could fill, written alone as the owner ("Developer to …", "Reviewer will …"), names no
 * one; beside a given name it may be a surname ("Bob Builder").
 */
export const GENERIC_ROLES =
  set(`developer | engineer | reviewer | author | operator | maintainer | admin
| administrator | contributor | committer | tester | approver | requester | reporter | responder | sysadmin
| moderator | volunteer | mentor | organiser | organizer | validator | builder | deployer | writer | submitter`);

/** Capitalised words that open a title or a sentence, so are never taken for a person's name. */
export const NOT_A_NAME = new Set([
  ...set(`
i | me | myself | owner | owners | due | deadline | status | state | note | notes | action | actions | item | items | todo | done | doing
| wip | blocked | update | asap | eod | eow | eom | eoq | eoy | fyi | tba | tbc | tbd | n/a | na | none | nobody
| title | subject | assignee | assignees | dri | dris | poc | driver | accountable | responsible | description | eta | target
| slo | slos | sla | slas | sli | slis | ci | cd | ci/cd | ui | ux | iam | tls | ssl | vpn | sso | mfa | rbac | etl | oom
| cpu | gpu | ram | ssd | http | https | grpc | tcp | udp | waf | vm | vms | rca | pir | sev | sev1 | sev2 | p0 | p1 | p2
| context | why | what | how | when | where | who | goal | goals | problem | impact | fix | fixes | short-term | long-term
| medium-term | immediate | future | priority | detection | prevention | mitigation | mitigations | monitoring | alerting
| testing | documentation | process | tooling | follow-up | follow-ups | followup | next | step | steps | summary | background
| root | cause | timeline | lessons | learned | resolution | remediation | corrective | preventive | preventative | tracking
| ticket | tickets | bug | bugs | chore | chores | story | stories | epic | epics | feature | features | subtask
| sub-task | enhancement | issue | issues | link | jira | type | category | area | theme | scope | result | outcome | risk
| reason | rationale | comment | comments | description | details | detail | task | tasks | work | change | changes
| improvement | improvements | database | db | api | cache | caching | deploy | deploys | deployment | deployments
| security | performance | capacity | reliability | availability | observability | logging | metrics | dashboards
| runbook | runbooks | playbook | playbooks | config | configuration | infrastructure | network | networking | storage | server | servers | access
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
| live | ongoing | recurring | reverted | landed | merged | shipped | file | files | tool | tools | script | scripts
| review | retro | retrospective | rca | pir | day | week | month | quarter | year | sprint | today | tomorrow
| january | february | march | april | may | june | july | august | september | october | november | december
| monday | tuesday | wednesday | thursday | friday | saturday | sunday | q1 | q2 | q3 | q4 | h1 | h2 | eod | eow | eom
| nice | good | must | stretch | optional | mandatory | required`),
  ...COMPONENT_NAMES,
]);

/**
 * One word of a person's name, in any script: "Dana", "Ó", "María", "O'Neil", "Ana-María" (patterns using it
 * take the u flag). NAME_PARTICLES are the lower-case words inside a surname: "Bram de Vries".
 */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;

/**
 * Given names that are also words of the lists above ("Dev Patel", "May Chen", "June Park"): a name
 * still when a surname follows them.
 */
export const GIVEN_NAMES_THAT_ARE_WORDS = set(`dev | may | june | april | august`);

export const NAME_PARTICLES =
  "de|del|della|der|den|van|von|da|di|du|la|le|dos|das|bin|binti|al|el|ter|ten|zu";

/**
 * How names written as one word with a capital inside begin or end: "MacKenzie", "FitzGerald", "MaryBeth",
 * "AnnMarie". Other words joined so ("CloudBees", "DigitalOcean") name companies and products.
 */
export const JOINED_NAME_HEADS = set(`mac | fitz | van | von | del | della | dela | san | saint`);
export const JOINED_NAME_TAILS = set(`
ann | anne | anna | beth | lynn | lee | marie | mae | rae | sue | ellen | louise | jean | kay | jo | lou
`);

/** First names that are also verbs: "Mark to add …" names Mark. */
export const VERB_NAMES = set(`
mark | grant | bill | chase | rob | sue | pat | will | jack | drew | gene | bob | ray | hunter | cliff | sky | jay | dawn
| faith | hope | joy | rose | summer | april | may | june | august | frank | carol | dean | glen | miles | wade | lance
| hank | skip | nick | rich | sandy | rusty | penny | ginger | holly | ivy | lily | page | reed | sterling | art`);

/**
 * Lower-case words that tag an item in brackets ("[optional]", "(stretch)") rather than name its owner, and the
 * pronouns and articles that follow "assigned to" or "owned by" without naming anyone's handle.
 */
export const NOT_A_HANDLE = set(`
the | a | an | us | them | him | her | you | it | this | that | someone | somebody | everyone | everybody | anyone
| whoever | optional | stretch | maybe | later | bonus | draft | wip | tbd | urgent | blocker | blocking | nice-to-have | followup
| follow-up | idea | question | discussion | proposal | suggestion | note | fyi | nit | minor | major | trivial | easy
| hard | quick | quickwin | short-term | long-term | mid-term | now | soon | next | future | backlog | parked | ongoing
| recurring | done | todo | open | closed | fixed | pending | blocked | new | old | prevent | detect | mitigate
| repair | process | investigate | doc | docs | code | infra | ci | test | tests | alerting | monitoring | security
| again | manual | internal | external | global | partial | frontend | backend | mobile | web | ios | android | lag
| latency | memory | throughput | perf | cost | etc | approx | both | all | each | twice | once | here | there | cleanup
| refactor | hotfix | chore | bugfix | flaky | spike | tech-debt`);

/** Tags in brackets that rank or sort an item ("[P1]", "[long-term]", "[detect]"): never its owner. */
export const BRACKET_TAGS =
  /^(?:p\d|sev\s?\d|s\d|high|medium|low|critical|major|minor|prio.*|short[- ]term|long[- ]term|mid[- ]term|medium[- ]term|quick win|prevent|detect|mitigate|process|repair|investigate|prevention|detection|mitigation|remediation|tooling|monitoring|alerting|documentation|communication|follow[- ]?up)$/i;

/** Labels that open an item without naming its owner: "Action item: …", "Follow-up: …". */
export const ACTION_LABELS =
  /^(?:action(?: item| point)?s?(?: taken| planned)?|ai|todo|to ?do|follow[- ]?ups?|follow[- ]?up actions?|next steps?|remediation|fix|task|sub-?task|chore|story|user story|epic|bug|feature|improvement|enhancement|proposal|recommendation|suggestion|suggested|proposed|recommended|what)$/i;

/**
 * Labels of a goal that open an item ("Key result: …", "KR2: …", "Objective: …"): the wording reads the goal
 * after them. Only the wording skips them: "Key result: increased uptime" states a target, not work done.
 */
export const GOAL_LABELS =
  /^(?:key results?|kr ?\d{0,2}|objectives?|goals?|desired outcomes?|outcomes?)$/i;

/** Kinds of document an item may be labelled with ("RFC: move sessions …"): no owner's name. */
export const DOCUMENT_KIND_LABELS = /^(?:rfc|adr|prd|design doc|one-pager)$/i;

/** Verbs that take an infinitive ("Continue to …", "Try to …"): before "to" they open a sentence, not name an owner. */
export const CATENATIVE_VERBS = set(`
continue | try | attempt | need | plan | aim | want | start | begin | remember | agree | decide | learn | seek | prepare
| strive | hope | intend | expect | choose | fail | refuse | manage | tend | promise | offer | propose | commit | work
| look | go | come | help | ask | remain | proceed | endeavour | endeavor | get | set | move | switch | return`);

/** Words that open what an item waits on, never who owns it: "— waiting on the PKI team", "blocked by security". */
export const WAITING_LEADS =
  /^(?:waiting|awaiting|blocked|blocking|pending|depends|depending|dependent|needs|requires)\b/i;

/** The words that say what follows is an example: "e.g.", "for example", "for instance". */
export const EXAMPLE_MARKERS = String.raw`e\.?\s?g\.?|for example|for instance`;

/**
 * Words that open a list of examples, never of owners: "(i.e. CloudSQL, RDS, Aurora)", "(e.g. Grafana, Loki)",
 * "(such as Sentry)". The names after them are what the action is about.
 */
export const EXAMPLE_LEADS = new RegExp(
  String.raw`^(?:i\.?\s?e\.?|${EXAMPLE_MARKERS}|eg|ie|such as|like|incl\.?|including|say)(?=[\s,:]|$)`,
  "i",
);

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
  "is responsible for",
  // "(Ana will do this.)", "Ana will take care of it": plainer words for taking the item on.
  "will do",
  "will handle",
  "is handling",
  "will take care of",
  "is taking care of",
].join("|");

/** What a person takes on, in "Priya owns the migration": the work itself, not a system ("owns the API"). */
export const TAKEN_WORK =
  "fix|work|action|item|change|follow[- ]?up|migration|rollout|upgrade|task|effort|project|ticket|implementation|clean-?up";

/** Taking work up, as the duty a section's opening names: "will take on the following", "to pick up". */
export const TAKE_UP_PHRASES = String.raw`take(?:\s+on)?|pick up`;

/** What a subject does before the action when it owns it: "Alice to …", "Alice will …". */
export const OWNER_COMMITMENTS =
  "to|will|shall|is going to|are going to|is to|needs to|need to|have to|has to|must|should|is expected to|are expected to|is required to|are required to";

/**
 * A person or a team taking the item on before its verb, beyond the commitments above: "Ana has agreed to add …",
 * "The Ops team have decided to replace …".
 */
export const SUBJECT_TAKES_ON =
  "ha(?:s|ve) agreed to|agreed to|ha(?:s|ve) volunteered to|volunteered to|ha(?:s|ve) offered to|offered to|ha(?:s|ve) committed to|ha(?:s|ve) decided to|decided to|ha(?:s|ve) chosen to|chose to|ha(?:s|ve) opted to|opted to|is on the hook to|is responsible for|owns(?=\\s+\\p{Ll}+ing\\b)";

/** Words before a mention that credit or copy someone rather than make them the owner: "cc @ben". */
export const NOT_OWNER_BEFORE_MENTION =
  /(?:\b(?:cc|fyi|h\/t|ht|kudos|thanks|thank you|props|suggested by|proposed by|reported by|raised by|found by|noticed by|spotted by|reviewed by|reviewer|reviewers|approved by|approver|per|from|with help from|help from|pairing with|paired with|ping|pinged|consult|consulted|informed|notify|inform)\b|\/cc)[\s:,(]*(?:to\s+)?(?:@[\w.-]+[\s,&]+(?:and\s+)?)*$/i;

/** Words that open a label, not a person's commitment: "Nice to have: …", "Things to check: …". */
export const LABEL_SUBJECTS =
  /^(?:nice|good|great|important|worth|useful|helpful|interesting|things?|ways?|steps?)$/i;
