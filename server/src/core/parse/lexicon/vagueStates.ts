import { set } from "./wordSet";

// Vague states: a wished-for state or habit with no measure ("works properly", "stay on top of").

/**
 * Wishes that something will not happen again, which name no change. "Prevent it from being deleted" names
 * the thing to keep safe and what must not happen to it: a change to check.
 */
export const NEVER_AGAIN =
  /\b(?:doesn['’]?t|does not|won['’]?t|will not|never) happens? again\b|\bprevent (?:(?:this|it)(?!\s+from\s+being\b)|recurrence|similar (?:incidents|issues|outages))\b|\bavoid (?:this|similar) (?:in the future|going forward)\b|\bbe more careful\b/i;

/**
 * Guarding against a repeat with nothing named to do it: "guard against similar issues", "avoid a repeat";
 * or against a slip of people, "avoid miscommunication between the teams", "avoid confusion".
 */
export const AGAINST_REPEAT =
  /\b(?:guard|protect|safeguard)\s+against\s+(?:this|it|recurrence|a repeat|(?:similar|such|future|these|related|repeat)\s+(?:incidents?|issues?|outages?|problems?|failures?|events?|situations?))\b|\bavoid\s+(?:a repeat|recurrence|(?:similar|such|future|repeat)\s+(?:incidents?|issues?|outages?|problems?|failures?)|(?:(?:any|further|future)\s+)?(?:miscommunications?|misunderstandings?|confusion|mix-?ups?|mistakes))\b/i;

/** A promise of how well something will behave, with no measure: "the gateway should handle throttling gracefully". */
export const MODAL_MANNER =
  /\b(?:should|must|needs? to|has to|have to)\s+[a-z]+\b[^.;:]*\s(?:gracefully|properly|correctly|smoothly|reliably|appropriately|cleanly|safely|seamlessly|promptly)$/;

/** A cadence with no interval closing the item: "tokens should be rotated regularly" (every how many days?). */
export const UNTIMED_CADENCE =
  /\s(?:regularly|periodically|frequently|occasionally|from time to time|every so often|more often|on a regular basis)$/;

/** How well, with no measure, closing the item: "configure the alerts properly", "fund the CI budget effectively". */
export const UNMEASURED_MANNER =
  /\s(?:properly|effectively|efficiently|appropriately|adequately|sufficiently|robustly|clearly)$/;

/** Words that open a condition: "… fails when the vault is unreachable" states when, not the promise. */
export const CONDITION_WORDS = set(`when | whenever | if | unless | until | once | while`);

/**
 * Habits to keep, with nothing to check: "stay on top of …", "remember to …", "keep in mind …", "keep the limits in mind", "take
 * responsibility for …".
 */
export const HABIT_LEADS = set(
  `stay | keep | bear | remember | don't | dont | do | look | watch | be | take`,
);

export const HABIT =
  /^(?:(?:stay|keep) on top of|(?:keep|bear) in mind|(?:keep|bear) (?:[a-z0-9'-]+ ){1,5}in mind(?=$|[\s,.;:])|remember to|(?:don't|dont|do not) forget|(?:look|watch) out for|be on the lookout|stay (?:vigilant|alert|mindful|ahead of)|be mindful|take note of|take (?:full |more )?(?:ownership|responsibility) (?:of|for|on))\b/;

/** Knowing, which "make sure on-call knows how to …" asks for with no check of it. */
export const KNOWING_WORDS = set(`know | knows | understand | understands | remember | remembers`);

/**
 * Adverbs that make an action an open-ended activity: "constantly watch …", "regularly review …"; and the
 * words that lead a noun the same way ("ongoing review of …", "continued reduction of …").
 */
export const ONGOING_ADVERBS = set(
  `continuously | continually | constantly | regularly | periodically | proactively | actively | routinely | ongoing
| continued | continuing`,
);

/** Drills a team repeats, each run leaving a result to check: "regularly test restores", "periodically rotate keys". */
export const CHECKED_DRILLS = set(
  `test | rotate | restore | drill | rehearse | exercise | snapshot | reboot`,
);

/** Verbs that begin work without finishing it: "begin a checklist". */
export const INCEPTIVE_VERBS = set(`start | begin | initiate | kick`);

/** The forms of a start before the work it starts, as an item reports or plans it: "Started investigating …". */
export const INCEPTIVE_FORMS = set(`
start | starts | started | starting | begin | begins | began | begun | beginning`);

/** Words that make "start" about a thing: "begin a checklist", "start the migration". */
export const DETERMINERS = set(`a | an | the | some | our | their | its | this | that | work`);

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

/** Manners with no measure: "thoroughly document …" says how well, not what; "is well documented" too. */
export const MANNER_ADVERBS = set(
  `properly | adequately | thoroughly | appropriately | sufficiently | carefully | suitably | well`,
);

/**
 * The work a manner leaves unmeasured: testing, documenting, reviewing … ("properly tested"). A fix done
 * properly ("properly close DB connections on shutdown") names its change.
 */
const MANNER_WORK =
  "test|document|review|monitor|communicat|train|staff|plan|prioriti|resourc|siz|scop|validat|verif|vet|consider|assess|evaluat|check|investigat|analy";

export const MANNER_STEM = new RegExp(`^(?:${MANNER_WORK})`);

/** A state done in such a manner: "to be properly tested", "alerts are adequately monitored", "is well-documented". */
export const MANNER_STATE = new RegExp(
  String.raw`\b(?:be|is|are|been|get|gets) (?:${[...MANNER_ADVERBS].join("|")})[ -](?:${MANNER_WORK})[a-z]*`,
);

/** A criterion with no measure in a promise: "ensure enough headroom", "make sure the right people get paged", "finishes on time". */
export const UNMEASURED_CRITERION =
  /\b(?:enough|appropriate|adequate|sufficient|proper|properly|gracefully|correctly|cleanly|safely|seamlessly|promptly|reasonable|cope with|cope under|the right (?!after|before|away|now|then|side|edge|column|panel|hand)[a-z]|on time\b|in time\b|in a timely\b)/;

/** "Ensure", "make sure": a promise whose criterion is whatever follows. */
export const ENSURE_WORDS =
  /\b(?:ensure|ensures|ensuring|make sure|making sure|guarantee|guaranteeing)\s+(?:that\s+)?/i;

/**
 * A direction or a process in the future passive: "our alerting will be improved", "… is going to be reviewed",
 * or "be reminded …" once a name before "to" is read past ("Staff to be reminded of …").
 */
export const FUTURE_PASSIVE =
  /(?:\b(will|shall|would|going to|should|must|to|that(?:\s+[a-z0-9'-]+){1,6}?)\s+|^)be\s+(?:further\s+|significantly\s+|greatly\s+|thoroughly\s+)?(improved|enhanced|strengthened|streamlined|optimi[sz]ed|refined|reworked|revamped|hardened|revisited|reviewed|re-?assessed|re-?evaluated|reconsidered|re-?examined|investigated|explored|evaluated|assessed|analy[sz]ed|examined|studied|discussed|considered|looked (?:at|into)|learned|learnt|clarified|simplified|tightened|revised|reinforced|bolstered|addressed|prioriti[sz]ed|formali[sz]ed|stabili[sz]ed|moderni[sz]ed|refreshed|uplifted|reminded|reduced|increased|minimi[sz]ed|maximi[sz]ed|expanded|harmoni[sz]ed|rationali[sz]ed|(?:supported|encouraged|empowered) to)\b/;

/** A state the item must reach, stated with a modal: "downgrades must be seamless". */
// A report's bare "to be kept" is its modal: "Faculty offices to be kept informed".
export const STATE_MODAL =
  /\b(?:needs? to|has to|have to|should|must|could|ought to|is to|are to|to(?= be kept\b))\s+(?:always\s+)?be\s+/i;

/**
 * Quantities and fillers that hedge: "some sort of check", "old stuff", "part of the backlog",
 * "after a while", "as needed", "wherever possible", "etc", "on the same page", "misc cleanup", "best practices", "our production standard",
 * "any further findings" (whatever turns up), "more and more modules", "as much of it as we can", "alerts for some checks" (which ones? "has some rows" only asks for any). Whatever they name cannot be
 * counted as done. "As required reviewers" names a role; "as part of the release process" says where, not how much.
 */
export const HEDGED_QUANTITY =
  /\bsome\s+(?:kind|sort|form|type|level|degree|amount)s?\s+of\b|(?<!\b(?:has|have|had|contains?|shows?|returns?)\s)\bsome\s+(?:[a-z-]+\s+)?[a-z-]*[^\Ws]s\b(?!\s+(?:of|more|such)\b)|\b(?:stuff|things|something|somehow|somewhat|whatever|etc)\b|(?<!\bas )\b(?:part|some|parts) of the\b|\bon the same page\b|\b(?:misc|miscellaneous|various|assorted|general|sundry) (?:clean-?ups?|hardening|improvements?|fixes|tidy(?:ing)?(?:-up)?|maintenance|tweaks|changes|updates|polish)(?=\s*(?:$|[,.;:(—–-])|\s+(?:in|on|to|of|for|across|around|throughout|and|as|where)\b)|\b(?:in|for|after) a (?:while|bit)\b|\b(?:best practices?|(?:industry|production|company|engineering) standards?)\b(?![ -](?:section|page|doc|document|guide|checklist|list))|\bfirst-class (?:concern|citizen|priority)\b|\b(?:as|when|where|if|wherever|whenever) (?:needed|necessary|appropriate|possible|applicable|required(?! (?!(?:and|or|by|for|in|on|to|when|if|so)\b)[a-z]))\b|\bany (?:further|additional|new|more|other) (?:findings|information|info|updates|details|learnings|insights|news|developments|actions)\b|\bmore and more\b|\bas (?:much|many|far|often|widely)\b[^.;:]{0,40}?\bas (?:we|they|you|it|the team) (?:can|could)\b/i;
