import { PROCESS_VERBS } from "./process";
import { set } from "./wordSet";

// The verbs an action opens with, and the words read past before them.

/** Verbs whose result can be verified: the "add, remove, change, update, test, deploy" family. */
export const OUTCOME_VERBS = set(`
add | have | remove | change | update | test | deploy | fix | implement | create | write | enable | disable | configure | set
| lower | raise | increase | reduce | migrate | upgrade | downgrade | rotate | document | automate | alert | page | delete
| replace | build | ship | introduce | publish | decide | choose | pick | select | file | open | merge | roll | rollout
| backfill | patch | limit | cap | block | require | enforce | restrict | schedule | assign | hire | move | split | rename
| retire | deprecate | drop | archive | freeze | unfreeze | halt | run | install | provision | tune | adjust | switch | pin | revert | instrument
| expose | emit | record | log | track | define | draft | send | notify | announce | train | onboard | staff | fund | approve
| allocate | budget | cut | shorten | extend | lengthen | double | halve | rewrite | refactor | extract | isolate | shard
| scale | partition | encrypt | revoke | grant | monitor | label | tag | link | integrate | wire | hook | connect
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
| prohibit | toggle | ingest | drain | evict | flush | compact | prune | trim | truncate | decrease | stagger | clear
| distribute | recover | reproduce | stress-test | canonicalize | restart | reboot | reload | refresh | rerun
| resume | pause | suspend | unblock | reconfigure | recompute | regenerate | republish | reconcile | repair | replay
| email | e-mail | mail | message | phone | contact | reimburse | refund | compensate | credit
| reprocess | resync | unpin | upsize | downsize | rightsize | right-size | enlarge | shrink | clamp | guard | wrap | default
| unify | combine | detach | attach | register | deregister | hide | unhide | turn | tear | shut
| fetch | refetch | name | print | mention | spell | collect | gather | convert | prepare | reorganize | reorganise
| redo | generate | upload | download | cherry-pick | retrain | redact | anonymize | anonymise | obfuscate
| recruit | appoint | nominate | designate | delegate | authorize | authorise | permit | allow | deny | disallow
| whitelist | decrypt | capture | annotate | summarize | summarise | enumerate | procure | populate | translate
| localize | localise | correct | amend | adapt | accelerate | defer | postpone | reschedule | containerize
| containerise | dockerize | rebase | unlink | redirect | reissue | compile | retest | certify | launch | activate
| deactivate | tweak | calibrate | scan | edit | swap | save | reset | mirror | resubmit | reopen | reassign
| recreate | reconnect | revalidate | reapply | reinstall | reinstate | eliminate | respond | reply | answer | report | forward
| post | subscribe | unsubscribe | promote | demote | point | outsource | broadcast | hand | refer | conform | adhere
| pull | stream | pivot | retain | preserve | persist | paginate | notarize | notarise | cordon | autoscale
| segregate | reprovision | recycle | override | unset | blacklist | assert`);

/** Words a verb may follow at the start of an action: "we will", "to", "please". */
export const VERB_OPENERS = set(
  `we | will | to | please | should | must | ought | need | needs | may | shall | let's | lets | let | us | i | also | then | and | first | 1st
  | finally | lastly | additionally | secondly | thirdly | furthermore | moreover | we'll | i'll | ll | we're`,
);

// The subject a lead clause hands over to: "…, we will …", "…, the team should …".
const TEAM_SUBJECT_AHEAD = String.raw`(?=(?:we|the team|our team)\b)`;
// Or a process verb, told to the reader: "If the server keeps hanging, ask the vendor about …".
const PROCESS_AHEAD = String.raw`(?=(?:${[...PROCESS_VERBS].join("|")})\b)`;
const SENTENCE_LEAD_PARTS = [
  String.raw`(?:finally|lastly),(?:\s+[^,.;:]{1,80},)?\s+${TEAM_SUBJECT_AHEAD}`,
  String.raw`(?:(?:in order |so as )?to\s+[a-z]+|so that)\b[^.;:]{1,120}?,\s+${TEAM_SUBJECT_AHEAD}`,
  // A topic first: "As for the database, we're …", "Regarding the queued builds, we will …".
  String.raw`(?:regarding|as for|as regards|with (?:regard|respect) to|concerning|when it comes to)\b[^,.;:]{1,80},\s+${TEAM_SUBJECT_AHEAD}`,
  // A time or condition first: "Once the branch is cut, we will …", "If the retry fails again, we should …".
  String.raw`(?:once|after|before|when|whenever|until|if|as soon as|upon)\b[^.;:]{1,120}?,\s+(?:${TEAM_SUBJECT_AHEAD}|${PROCESS_AHEAD})`,
  String.raw`going forward|moving forward|in (?:the )?future|from now on|next time`,
  String.raw`in addition(?: to (?:this|that))?(?=,)|on top of (?:this|that)(?=,)|beyond (?:this|that)(?=,)|besides(?=,)|as well(?=,)`,
  String.raw`(?:on|at) a (?:higher|broader|wider) level(?=,)|more (?:broadly|generally)(?=,)`,
  String.raw`(?:longer|long|medium|shorter|short|near)[- ]term(?=,)|in the (?:long|medium|short|near) (?:run|term)(?=,)`,
  String.raw`it(?: is|['’]s) (?:important|essential|critical|vital|key) (?:that|to)`,
];

/**
 * Phrases that open a sentence before its commitment: "Going forward, …", "It is important that we …",
 * "Finally, though unrelated to this attack, we …"; a purpose first, "To keep this from happening again,
 * we will …", "So that no job is lost, we …", is why, and the commitment follows.
 */
export const SENTENCE_LEADS = new RegExp(
  String.raw`^(?:${SENTENCE_LEAD_PARTS.join("|")})\b[,:]?\s*`,
  "i",
);

/** Subjects that name everyone, read past before a modal: "the team will …", "everyone should …". */
export const EVERYONE_SUBJECTS = set(`team | teams | everyone | everybody`);

/**
 * An organisation, a part of one or its people as the subject of a recommendation, read past with its modal:
 * "The bank should …", "Each site must …", "Ward managers should …". A thing ("The cache should …") is left as written.
 */
export const ORGANISATION_SUBJECTS = set(`
plant | site | sites | bank | firm | company | organisation | organization | business | hospital | trust | council
| board | management | leadership | operator | university | school | store | stores | branch | branches
| department | division | unit | authority | agency | utility | practice | ward | wards | depot | depots | factory
| facility | provider | supplier | vendor | contractor | engineering | operations | team | teams | staff | noc
| desk | helpdesk | managers | leads | supervisors | clinicians | clerks | nurses | engineers | developers
| operators | responders | analysts | officers | directors | administrators | planners | controllers
| maintainers`);

/** Intentions read past before "to": "we plan to …", "we are going to …", "we want to …". */
export const INTENT_OPENERS = set(
  `plan | plans | planning | want | wants | aim | aims | intend | intends | hope | hopes | going`,
);

/** Auxiliaries of the progressive the wording reads past: "We are improving …", "we're adding …". */
export const PROGRESSIVE_AUXILIARIES = set(`are | is | am | re | currently`);

/** Adverbs that open a rule written as an order ("Never expose …", "Always pin …"), never a person's name. */
export const RULE_ADVERBS = set(`never | always`);
