import { set } from "./wordSet";

// Groups and roles: the words that make an owner a team, a whole organisation or a part of a system, and
// the single accountable roles that stay one person.

/** Nouns that make any name they end or sit in a group: "Payments team", "@search-oncall", "SRE leads". */
export const TEAM_NOUNS = set(`
team | teams | squad | squads | group | groups | guild | org | department | crew | folks | everyone | everybody
| engineers | developers | sres | leads | management | leadership | committee | tribe | pod | rotation | oncall | admins
| maintainers | owners | reviewers | all | managers | supervisors | matrons | nurses | clinicians | doctors
| pharmacists | technicians | analysts | agents | coordinators | devs | board | council | desk | helpdesk
| taskforce | force`);

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
| systems | operations | tbd-team | whoever | anyone | someone | somebody | n/a | managers | supervisors | matrons
| nurses | nursing | clinicians | doctors | pharmacists | pharmacy | technicians | analysts | agents | coordinators
| moderators | mods | volunteers | organizers | organisers | mentors | responders | approvers | validators`);

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

/** A function that opens a handle names its team: "sre-ledger", "@ops-payments". */
export const HANDLE_HEAD_TEAMS = set(
  `sre | sres | ops | devops | infra | platform | oncall | secops | netops | dba | qa | team`,
);

/** A function that closes a handle names its team: "@pay-sre", "@ledger-eng"; "-ops" only after a system's name. */
export const HANDLE_TAIL_TEAMS = set(`
sre | sres | eng | engineering | platform | infra | infrastructure | devops | secops | netops | sysops | oncall | dba
| noc | soc`);

/**
 * A function that closes a department's name: "Payments Engineering", "Checkout SRE"; with a bank's or an
 * insurer's control functions: "Operational Risk", "Internal Audit", "Group Treasury".
 */
export const DEPARTMENT_WORDS = set(`
engineering | eng | operations | ops | sre | devops | infrastructure | infra | platform | security | secops | support
| networking | qa | dba | it | noc | soc | backend | frontend | front-end | back-end | product | design | finance
| legal | hr | marketing | sales | oncall | on-call | risk | audit | treasury | compliance | procurement
| communications | comms | reliability | success | safety | research | analytics | growth | partnerships
| facilities`);

/** Subjects that mean everyone, so nobody by name: "We will …", "The team should …". */
export const EVERYONE_WORDS = "we|us|our team|the team|our teams|the teams|everyone|everybody";

export const WHOLE_ORGANISATION = new RegExp(`^(?:${EVERYONE_WORDS})$`, "i");

/** A sentence whose subject is everyone: "We've enabled …", "We're adding …", "Our team will …". */
export const OPENS_WITH_EVERYONE = new RegExp(String.raw`^\s*(?:${EVERYONE_WORDS})\b`, "i");

/** The letters of an acronym, as organisations and teams write their names: "ICL", "SRE2", "R&D". */
export const ACRONYM_LETTERS = "[A-Z][A-Z0-9&]{1,5}";

/** Single accountable roles: a decision-maker at the right level for systemic actions. */
export const DECISION_MAKER_ROLE =
  /\b(vp|svp|evp|vice[- ]president|director|head of|cto|ceo|cio|coo|ciso|cpo|cfo|chief\b|(?:engineering|eng|product|program|delivery|sre|ops|platform|infrastructure|team|group) manager|manager of|\bem\b|general manager|gm)\b/i;

/**
 * Single accountable roles that are people, not groups, even though they contain a group word; a role word
 * joined to another by a hyphen names a component ("cache-manager", "queue-owner").
 */
export const SINGLE_ROLE =
  /(?<!-)\b(lead|manager|director|head|owner|commander|captain|architect|chair|champion|vp|cto|ceo|cio|coo|ciso|cpo|em|ic|dri|principal|coordinator|liaison|sponsor)\b$|^the (?:dba|sre|sysadmin|on-?call sre)$|^(?:the )?(?:incident commander|on-?call (?:engineer|lead|manager|primary|secondary)|primary on-?call|secondary on-?call|release manager|tech lead|team lead)$/i;

/** Subjects that are people, for blame detection ("the on-call engineer should have …"). */
export const PEOPLE_SUBJECT =
  /^(?:i|we|you|he|she|they|someone|somebody|nobody|no one|everyone|the (?:team|engineer|engineers|developer|developers|dev|devs|on-?call(?: engineer| person| sre)?|operator|operators|reviewer|reviewers|author|sre|sres|admin|admins|dba|ops(?: team)?|[a-z-]+ team|responder|responders|ic|incident commander|person|people|manager|lead|intern|contractor|vendor)|ops|sre|devops|(?:[a-z-]+ )?team|whoever [a-z ]+)$/i;
