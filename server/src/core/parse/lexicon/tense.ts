import { set } from "./wordSet";

// Tense and mood: past forms that report work done, and the modals and intentions that put it ahead.

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
| consolidated | renamed | rebuilt | redeployed | re-enabled | reenabled | recreated | rewired | contacted | refunded
| credited | emailed | recalled | reissued | scanned | rescanned | reprinted | informed | advised | warned`);

/**
 * Participles that, after "was"/"were", report a request made to others: "Validators were asked to upgrade".
 * Not in PAST_TENSE_DONE: leading a sentence, "We asked …" tells the story as often as it reports work. Not
 * "requested": "The review was requested by the auditors" names work still to do.
 */
export const REQUEST_PARTICIPLES = set(`asked | instructed | urged | reminded`);

/** Participles that ask for the thing rather than report it: "More tests required", "Dashboards needed". */
export const WISH_PARTICIPLES = set(
  `needed | required | wanted | expected | desired | requested | proposed | suggested | recommended | planned
  | scheduled | preferred | missing | blocked | pending`,
);

/** Participles that report work finished after "has been": "has been fixed", "have been put in place". */
export const DONE_PARTICIPLES =
  "done|completed|implemented|addressed|fixed|resolved|shipped|deployed|merged|handled|put in place|set up|carried out";

/** Adverbs that leave a passive report unconfirmed: "was likely caused", "were probably rotated". */
export const UNCERTAIN_ADVERBS = set(`
likely | probably | possibly | apparently | presumably | reportedly | supposedly | allegedly | potentially
| seemingly`);

/** States that report work finished after "is now": "is now live", "are already in place". */
/** A change said to be running: "is live", "(in place)", "— in effect". */
export const IN_SERVICE_STATES = "live|in place|in effect";
export const DONE_STATES = `done|complete|completed|${IN_SERVICE_STATES}|fixed|resolved`;

/** "The alert is now active", "the page is now available": running, so finished, after "now" or "already". */
export const RUNNING_STATES = set(`active | running | operational | available`);

/**
 * What a changed thing does from now on, after "now" or "henceforth", besides the checks below (which count
 * there too): "the job now retries", "The page now includes …", "Changes now go through …".
 */
export const NOW_DOES = set(`
include | use | run | block | prescribe | support | list | limit | cap | need | act | document | describe | explain
| validate | retry | exist | emit | fire | trigger | have | rely on | go through`);

/**
 * Verbs that, led straight into a participle, still give an order about a state to check ("Verify deployed to
 * every region", "Confirm fixed in 4.2"): not a noun that reports the work done ("Alert added for lag").
 */
export const CHECKING_LEADS = set(`
verify | confirm | check | ensure | validate | make | recheck | re-check | double-check | audit | review | test
| investigate | see | monitor | watch | track | keep | get | mark | consider`);

/** What a check or a rule in a file does now, beside the outcome verbs: "asserts", "flags", "denies". */
export const PRESENT_CHECKS = set(`
assert | flag | deny | define | encode | check | catch | detect | fail | warn | page | alert | reject | verify | cover
| guard | enforce | require`);

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
| caught | dealt | meant | spun | hung | dug | seen | understood | withdrawn | forbidden | upheld | sold | gone | become
| split | reset | rerun | re-run | shed | spread | fed | laid | let | quit | fit`);

/**
 * Participles mostly met as adjectives ("automated tests", "a managed database"): no past tense on their own, but
 * after "is now" / "are now" they report the change ("Renewal is now automated").
 */
export const ADJECTIVE_PARTICIPLES = set(`
detailed | distributed | limited | automated | centralized | centralised | decentralized | managed | shared | combined`);

/** Words ending in -ed that are no past tense. */
export const NOT_PAST_TENSE = new Set([
  ...set(`
need | needed | feed | speed | seed | bleed | breed | heed | weed | proceed | succeed | exceed | deed | greed | indeed
| bed | red | shed | hundred | sacred | wicked | naked | kindred | embed | hatred | ragged | rugged | jagged | shred
| bred | sled | wed | fed | led | ted | ned | fred | naked | scared | tired | interested | supposed | used | based
| related | dedicated | advanced | sophisticated | complicated | unrelated | varied | unlimited | unmanaged | nested
| mixed | red-team | speed-up`),
  ...ADJECTIVE_PARTICIPLES,
]);

/** Participles that, before a bare noun, usually name a wished-for state ("increased monitoring"). */
export const PARTICIPLE_ADJECTIVES = set(`
increased | improved | enhanced | expanded | reduced | decreased | extended | heightened | strengthened | tightened
| simplified | streamlined | standardized | standardised | structured | refined | advanced | dedicated | automated
| centralized | centralised | unified | integrated | updated | revised | continued | sustained | focused
| coordinated | documented | formalized | formalised | clarified | accelerated | broadened | deepened | scaled
| targeted | tailored | layered | guided`);

/**
 * Prefixes that keep a hyphenated word a verb ("re-enabled the alert", "un-pinned", "double-checked"). Any
 * other first part makes the word a compound adjective: "property-based tests", "data-driven alerts".
 */
export const VERB_PREFIXES = set(`
re | un | de | pre | co | mis | over | under | out | back | cross | double | triple | hot | spot | sanity | smoke
| load | stress | fact | rate`);

/** Participles in a parenthetical that relate, not report ("(related to …)", "(filed …)"). */
export const RELATION_PARTICIPLES = set(`
related | based | needed | called | named | used | required | scheduled | owned | suggested | proposed | blocked | planned
| expected | tracked | filed | opened | raised | reported | logged | linked | discussed | mentioned | described | noted
| caused | triggered | affected | estimated | targeted | assigned | led | driven | shown | seen | observed | requested
| recommended | submitted | created | drafted | pending | reopened | reverted | postponed | deferred | delayed`);

/** Past tenses that tell what happened or was thought, not what was done: "We found …", "We decided to …". */
export const NARRATIVE_PAST = set(`
found | noticed | saw | learned | learnt | realized | realised | discovered | observed | thought | felt | believed
| assumed | expected | knew | understood | heard | decided | tried | wanted | needed | hoped | agreed | planned
| intended | considered | wondered | suspected | missed | lacked | failed | used | relied | had | got | seemed
| appeared | happened | occurred | caused | started | began | continued | became | proposed | suggested | asked`);

/** Past tenses that report a finding, "Looking at the queue we found …": what was learned, not work. */
export const FINDING_PAST =
  "found|noticed|saw|learned|learnt|realized|realised|discovered|observed|spotted|confirmed";

/**
 * Participles that report a finding or a decision when a that-clause follows: "It has been identified that a
 * pager is needed", "It has been agreed that …" state what was learned or settled, not work done.
 */
export const FINDING_CLAUSE_PARTICIPLES = set(`
identified | found | noted | noticed | observed | determined | established | concluded | recognised | recognized
| acknowledged | decided | agreed | confirmed | discovered | realised | realized | suggested | proposed`);

/** Participles of a decision that name the work after "to": "The Ops have decided to replace …" is still to do. */
export const DECISION_PARTICIPLES = set(
  `decided | agreed | chosen | opted | committed | elected | resolved`,
);

/** Subjects that report no one's work: "Nobody owned …", "This caused …", "Why did …". */
export const NOT_A_DOER = set(`
nobody | no | none | nothing | this | that | it | there | everyone | someone | something | what | which | why | how
| when | where | who | whether`);

/** Words before a past participle that make it no report of work: "will be added", "that was added". */
export const NOT_A_REPORT_BEFORE =
  /^(?:will|to|be|been|being|should|must|need|needs|is|are|was|were|can|could|would|may|might|shall|that|which|who|when|if|not|get|gets)$/;

/** Words that open a subordinate clause: what follows tells of something else ("check whether it has been fixed"). */
/** Prepositions that may open a sentence ("By default we …"): never a name before a verb. */
export const PREPOSITIONS = set(`
by | in | on | at | for | with | from | after | before | during | until | over | under | within | without
| per | via | as`);

/** Words that leave a line's sentence open for a list to finish: "Configure a jump host, allowing:". */
export const OPEN_CLAUSE_ENDS = "allowing|enabling|including|covering|such as|so that|for|with|via";

export const SUBORDINATORS = set(`
whether | if | why | how | what | when | once | until | unless | that | which | who | after | before | because
| since`);

/** Pronouns that, inside an imperative, start a clause of their own ("restore the alarm we removed"). */
export const CLAUSE_PRONOUNS = set(`we | they | i`);

/** Modal verbs that put an action in the future or the conditional. */
export const MODAL_VERBS = "will|shall|should|would|could|must";

/** The future, said outright: "will resume", "we'll ship", "is going to move". */
export const FUTURE_TENSE = /\b(?:will|shall|going to)\b|['’]ll\b/i;

/** Finite verbs that, after a first word, make that word a subject: "Work has begun", "Testing is under way". */
export const FINITE_AUXILIARIES = set(`
is | are | was | were | has | have | had | will | would | shall | should | can | could | must | may | might`);

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

/**
 * A modal that judges how things stand, no work asked: "that should not be an issue", "it may be fine",
 * "the new limit should be enough".
 */
export const MODAL_ASSESSMENT =
  /\b(?:should|would|will|may|might)\s+(?:not\s+|n['’]t\s+)?be\s+(?:a\s+|an\s+|any\s+|no\s+)?(?:real\s+|big\s+)?(?:problem|issue|concern|risk|fine|ok(?:ay)?|enough|sufficient)\b/i;

/**
 * "… which ensures that the name will not be removed again", "so that the job can resume": a modal in a clause
 * telling what the change brings, not more work asked.
 */
export const MODAL_CONSEQUENCE =
  /\b(?:ensures?|ensuring|guarantees?|means|so)\s+that\s+[^.;!?]{0,80}?\b(?:will|would|can|could|cannot|can['’]t|won['’]t)\b/gi;

/** "The status page can be found at …", "… can be followed in OPS-12": where to look, no work asked. */
export const MODAL_POINTER =
  /\b(?:can|could|may)\s+(?:now\s+|also\s+|still\s+)?be\s+(?:found|seen|viewed|read|accessed|reached|downloaded|followed|tracked)\s+(?:at|in|on|here|there|via|from|under)\b/i;

/**
 * A sentence about the finished work that says what follows from it, no work asked: "This will give us room
 * to grow", "It also adds toil and may result in slower patching", "which should cut the noise".
 */
export const MODAL_EFFECT =
  /^(?:this|that|it|these|those|which|doing so)\b[^.;!?]{0,80}?\b(?:will|would|should|may|might|could|can)\s+(?:also\s+|further\s+)?(?:give|allow|let|result in|mean|make it|help|enable|provide|prevent|reduce|increase|lower|cut|improve|protect|avoid|keep|stop|save|delay|cost|affect|slow|speed up|lead to|cause)\b/i;

/**
 * "For the time being we are running the wiki behind a proxy", "As a stopgap, we're pinning the client at 4.1":
 * a stop-gap the team keeps in place now, done, not work under way.
 */
export const STOPGAP_IN_PLACE =
  /^(?:for the time being|for now|in the meantime|meanwhile|as a (?:stop-?gap|workaround|temporary (?:fix|measure|mitigation))|until [^,.;]{1,60}?),?\s+we(?:\s+are|['’]re)\s+(?:now\s+)?(?:running|using|serving|routing|blocking|keeping|pinning|limiting|throttling|holding|rate[- ]limiting|redirecting|proxying|disabling|caching)\b/i;

/** "We are seeing …", "we're still waiting": a present progressive that tells the story, not a change under way. */
export const STORY_PROGRESSIVES =
  "seeing|getting|experiencing|having|being|hoping|waiting|still|looking|trying|going|doing|sorry|aware|confident|happy|glad|working";
