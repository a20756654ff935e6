import { MONTHS } from "../dates/words";
import { CHANGES_WE_MADE, WHAT_WE_CHANGED } from "./headings";
import { OTHER_LANGUAGE_DONE_WORDS, OTHER_LANGUAGE_OPEN_WORDS } from "./otherLanguages";
import { IN_SERVICE_STATES } from "./tense";
import { set } from "./wordSet";

// The status words, one list per state: a status cell or field, a word in front ("Done: …", "[WIP] …"),
// in brackets ("(fixed)") or closing the item ("… Released."). DONE_WORDS and OPEN_WORDS test a word read.
const DONE_WORD_LIST =
  "done|completed?|fixed|resolved|closed|shipped|merged|finished|implemented|deployed|landed|delivered|released|rolled[- ]out|addressed|handled";

const OPEN_WORD_LIST =
  "todo|to ?do|to-do|open|in[ -]progress|in development|wip|not started|pending|planned|ongoing|started|blocked|backlog|in review|new|scheduled|next|doing|active|in[- ]flight|under ?way|on track|at risk|off track|partially done|partly done|partially complete|partially completed";

/** A change said to be running, so finished: "(live)", "— in prod", "Already in place: …". */
const IN_SERVICE_LIST = `(?:now |already )?(?:${IN_SERVICE_STATES}|in prod(?:uction)?)`;

export const DONE_WORDS = new RegExp(`^(?:${DONE_WORD_LIST}|${OTHER_LANGUAGE_DONE_WORDS})$`, "i");

// "Status: TBD" is open work; "TBD: add …" in front of an action stands for its owner, so it is no mark.
export const OPEN_WORDS = new RegExp(
  `^(?:${OPEN_WORD_LIST}|tbd|${OTHER_LANGUAGE_OPEN_WORDS})$`,
  "i",
);

export const DEPRIORITIZED_WORDS =
  /\b(?:won'?t do|won['’]t do|wont do|won'?t fix|won['’]t fix|wontfix|will not (?:do|fix|be done|implement)|not doing|not going to do|deprioriti[sz]ed|de-prioriti[sz]ed|descoped|de-scoped|dropped|cancell?ed|abandoned|out of scope|not planned|rejected|declined|obsolete|parked|shelved|no longer (?:needed|relevant|required|applicable)|not needed|superseded|won['’]t implement|closed as won['’]?t do|on[- ]hold|duplicate of|(?:we )?decided (?:not to|against)|not pursuing|won['’]t pursue|not worth (?:it|doing))\b/i;

// Status words as items write them in front, in brackets or at the end: "Done: …", "[WIP] …", "(fixed)".
// The lists above; DONE_WORDS, OPEN_WORDS and DEPRIORITIZED_WORDS judge a word once it is read. A word that
// drops the item stands alone only in those places ("[duplicate]"): in running text it names a thing.
export const DONE_MARKS = `${DONE_WORD_LIST}|${IN_SERVICE_LIST}|${OTHER_LANGUAGE_DONE_WORDS}`;

export const OPEN_MARKS = `${OPEN_WORD_LIST}|${OTHER_LANGUAGE_OPEN_WORDS}`;

/**
 * Open in brackets inside the text, "**Hardware (pending):** …": only the open words that can mean nothing but a
 * status there ("(new)" and "(next)" name a thing).
 */
export const INLINE_OPEN_MARKS =
  "pending|in[ -]progress|in development|wip|not started|to ?do|to-do|blocked|planned";

/** "N/A - vendor fixed it", "N/A: retired": not applicable, and why, as a status; "NA" may name a region. */
export const NOT_APPLICABLE_BECAUSE = /^n\/a\b\s*(?:[-–—:(]|because\b|since\b)\s*(?=\S)/i;

export const DROPPED_MARKS =
  "won'?t do|won['’]t do|won'?t fix|wontfix|deprioriti[sz]ed|de-prioriti[sz]ed|dropped|cancell?ed|descoped|de-scoped|obsolete|out of scope|not planned|abandoned|rejected|declined|parked|shelved|on[- ]hold|superseded|duplicate|no longer needed|not needed|not pursuing";

/** Past forms that, in a closing sentence or beside struck-through text, report the work done. */
export const DONE_REPORTS = `${DONE_WORD_LIST}|${IN_SERVICE_LIST}`;

/** Status tags written in bold capitals, which need no colon after them: "**DOING** the backup job …". */
export const BOLD_STATUS_TAGS = "DONE|TODO|DOING|WIP|IN PROGRESS";

/**
 * Task keywords of outliners and org-mode, in capitals with no colon ("- DONE add the alert", "- LATER write
 * the runbook"): open, done, or dropped.
 */
export const TASK_KEYWORDS = {
  open: "TODO|DOING|LATER|NOW|WAITING|WAIT|IN-PROGRESS",
  done: "DONE",
  dropped: "CANCELED|CANCELLED",
};

/** Tick marks that report work done beside a status word: "Completed ✔", "✅ Done". */
export const DONE_TICK = "[\u2714\u2713\u2705\u2611]\uFE0F?";

/** Empty ballot boxes, as Google Docs, Notion and Word export a checklist's open lines ("☐ Add …"). */
export const OPEN_BOX_MARKS = "\u2610|\u2B1C|\u{1F532}|\u25A1";

/** A status value that points at other work: "duplicate of OPS-12", "superseded by #40". */
export const DUPLICATE_STATUS =
  /^(?:duplicate|dup|dupe|duplicated)(?:\s+(?:of|by)\b.*)?$|^(?:superseded|replaced|covered)\s+by\s+\S/i;

/** Participles that, as a status, say the work moved along but is not done: "Assigned", "Scheduled". */
export const NOT_A_DONE_STATUS = set(`
assigned | approved | scheduled | proposed | paused | suspended | requested | filed | opened | reopened | tracked
| logged | raised | reported | submitted | created | drafted | postponed | deferred | delayed | reverted | escalated
| acknowledged | triaged | estimated | prioritized | prioritised | queued | staged | accepted | planned | booked`);

/** Past tenses that set work up or hand it on without doing it: "Scheduled the drill for …", "Escalated to …". */
export const SETS_UP_WORK = set(
  `scheduled | planned | booked | requested | proposed | postponed | deferred | queued | raised | escalated`,
);

/** "Rolled back", "backed out": the change was undone; "moved to the backlog", "pushed to next sprint": put off. Open. */
export const UNDONE_OR_PUT_OFF =
  /^(?:rolled back|backed out|(?:moved|pushed|deferred|postponed|punted) (?:to|into|until) (?:the )?(?:backlog|later|next|a later|q[1-4]|h[12]))\b/i;

/**
 * A status cell that says the change is running, so finished: "Live", "In place", "In production"; also as a
 * sentence, with when it started ("Went live on 2026-11-04", "Is live since March").
 */
export const IN_SERVICE_STATUS = new RegExp(
  `^(?:(?:is|are|went|has been|have been) )?(?:${IN_SERVICE_LIST}|live in prod(?:uction)?)(?: (?:since|on|as of|from|in) [^,;]{1,30}| \\d[^,;]{0,20})?$`,
  "i",
);

/** "Update: done", "UPDATE 2026-11-10: this shipped": a note added later, the status after its label. */
export const UPDATE_LABEL = /^(?:update|edit|later)\b[^:]{0,24}:\s*(?=\S)/i;
/** "this shipped", "it is done", "this has been fixed": the item itself as the subject of its status. */
export const ITEM_AS_SUBJECT =
  /^(?:this|that|it)\s+(?:(?:has|have)\s+(?:now\s+|also\s+)*been\s+|(?:is|was)\s+(?:now\s+|also\s+)*)?(?=[a-z])/i;

/** What an item on hold waits for, which is its reason: "pending budget", "until the vendor ships a fix". */
const WAITS_FOR = String.raw`pending|waiting (?:on|for)|blocked (?:on|by)|until`;
/**
 * Words that give a reason for dropping an item: "because the service is retired", "low value", and what an
 * item on hold waits for: "on hold pending budget", "parked until the vendor ships a fix".
 */
export const REASON_CUE = new RegExp(
  String.raw`\b(?:because|since|due to|given that|${WAITS_FOR}|as (?:the|we|it|this)|risk|effort|cost|superseded|replaced by|covered by|instead|duplicate of|no longer|not worth|low (?:risk|impact|value|priority)|high (?:effort|cost)|out of scope|not (?:needed|required)|already (?:covered|handled|done)|(?:being |been |is |was )?(?:retired|decommissioned|sunset|sunsetted|deprecated|replaced)|redundant|unnecessary)\b`,
  "i",
);

/** The shorter cue that makes the words after a status word its reason: "won't do — risk is low". */
export const REASON_AFTER_CUE = new RegExp(
  String.raw`\b(?:because|since|due to|${WAITS_FOR}|superseded|replaced|covered|duplicate|instead|no longer|risk|cost|effort)\b`,
  "i",
);

// A sub-heading that says its items are finished: "Already done", "Done already", "Completed", "Fixed",
// "In place now", "What we've already done", "Done ✅", "Done (2026-11-20)", "Immediate actions (complete)",
// "Measures already implemented", "Corrective measures implemented", "Immediate (completed during the incident)".
const DONE_HEADING_WORD = String.raw`(?:done|completed?|finished|shipped|closed|resolved|implemented|fixed|delivered|deployed|landed|merged)`;
export const DONE_HEADING = new RegExp(
  String.raw`^(?:(?:already|work|items?|actions?|what we(?:'ve| have)(?: already)?)\s+)?${DONE_HEADING_WORD}(?:\s+(?:actions?|items?|work|tasks|follow[- ]?ups?|already|so far|to date|during the incident))?$|^(?:[a-z-]+\s+){0,2}(?:actions|measures|changes|fixes|improvements|remediations|mitigations)\s+(?:already\s+)?${DONE_HEADING_WORD}$|^(?:already\s+|now\s+)?in place(?:\s+now)?$|^(?:[a-z-]+\s+){1,2}already\s+(?:${DONE_HEADING_WORD}|made|taken|applied|(?:put\s+)?in place)$|^${CHANGES_WE_MADE}$|^${WHAT_WE_CHANGED}$|\((?:already\s+)?(?:done|completed?|finished|shipped|closed|resolved)(?:\s+(?:during|while|on the day|at the time)\b[^()]*)?\)\s*$`,
  "i",
);

/**
 * A sub-heading that says its items will not be done: "Not doing", "Ideas we parked", "Out of scope". Not
 * "dropped" or "cancelled", which also name what went wrong ("### Dropped connections").
 */
export const DROPPED_HEADING =
  /\b(?:not doing|won['’]?t do|will not do|won['’]?t fix|parked|out of scope|deprioriti[sz]ed|de-?scoped|not planned|rejected|declined|on hold|shelved|decided against|icebox)\b/i;

/** "Dropped", "Cancelled items", "Abandoned": those words alone, or over items, say the items were let go. */
export const DROPPED_HEADING_ALONE =
  /^(?:dropped|cancell?ed|abandoned)(?:\s+(?:items?|actions?|ideas?|work|tasks|follow[- ]?ups?))?$/i;

/**
 * A roll-out that reached only a stage before production and says no more: "Rolled out to staging",
 * "Deployed to canary", "Live in beta", "Done in staging". The change is not yet where the incident happened.
 */
export const ONLY_BEFORE_PRODUCTION =
  /^(?:(?:deployed|rolled out|released|shipped|enabled|turned on|switched on|live|landed|done|complete|completed|fixed|finished)\s+(?:(?:only|so far|for now)\s+)?(?:to|in|on|into)\s+(?:the\s+)?(?:staging|stage|canary|beta|qa|uat|dev|development|test|testing|sandbox|preview|pre-?prod(?:uction)?)(?:\s+(?:environment|env|cluster|only|so far|for now))?)\.?$/i;

/**
 * A clause after the done part of a status that names the part still to come: "Deployed to staging, prod next
 * week", "Done for EU; US in January", "Merged, deploy pending". Done in part is still open; a clause with a
 * past tense tells when the rest was done ("Done, verified in November"). "Merged, deploying" is on its way.
 * "Done (except EU)" leaves a part out.
 */
export const REST_TO_COME = new RegExp(
  String.raw`\b(?:except|excluding|apart from|other than)\b|(?:[;,(]|\s[-–—]\s|\bbut\b)\s*(?:[^;,]*?\b(?:next (?:week|month|sprint|quarter|release)|pending|to follow|remaining|remains|still|not yet|not (?:verified|deployed|released|rolled out|tested|done|live|merged|shipped|enabled)|later|tomorrow|soon|rolling|deploying|releasing|scheduled|planned|tbd|in progress|in review|awaiting|waiting|open|todo|reverted|rolled back|backed out)\b|(?![^;,]*\b(?:\w+ed|done)\b)[^;,]*?\b(?:in|by) (?:${MONTHS}|q[1-4]|wk|week|sprint)\b)`,
  "i",
);

/**
 * The same sentence goes on to say the work is still going through review or testing before it ships: "The
 * fix has been implemented and is undergoing review prior to release", "… and is pending review".
 */
export const STILL_IN_REVIEW =
  /\band\s+(?:is|are)\s+(?:(?:still|now|currently)\s+)?(?:undergoing|pending|awaiting|in review|under review|being (?:reviewed|tested))\b/i;
