import { THING_NOUNS } from "./process";
import { set } from "./wordSet";

// The marks of a checkable outcome.

/** Stems of outcome verbs that, after "by", "via" or "through", say how a direction will be reached. */
const MEANS_STEMS =
  "add|remov|chang|updat|deploy|introduc|creat|enabl|disabl|configur|migrat|replac|writ|automat|alert|set|requir|enforc|restrict|block|limit|pin|rotat|mov|switch";

/**
 * Marks of a checkable end state: a number, code, a comparison operator, a quotation, a purpose or a means,
 * or what it does away with ("…, removing the need for manual restarts").
 */
// A count in words marks a specific outcome as a digit does: "the three rollback commands", "to five steps".
// "From cron to the scheduler" names a move; "the time taken from fix to release" only names a span to measure.
// "To one policy per team", "into a single alert for each service": one of a thing for each is a count too.
export const SPECIFIC_MARK = new RegExp(
  String.raw`(?<![a-z])\d|\b(?:t(?:wo|hree|en|welve|wenty|hirty)|f(?:our|ive|ifteen|ifty)|s(?:ix|even)|e(?:ight|leven)|nine|hundred)\b|\`|[<>%=]|(?<!\b(?:time|times|delay|delays|latency|duration|lag|gap|wait)(?: (?:taken|spent|needed|elapsed))? )\bfrom\b(?:[^.;!?]|\.(?=\w))+?\bto\b|"[^"]+"|“[^”]+”|(?<!\w)'[^'\n]{3,80}'(?!\w)|(?<!\w)[‘’][^‘’\n]{3,80}’(?!\w)|\bso that\b(?! (?:we|they|you|people|everyone|the team|on-?call) (?:know|learn|hear|notice|find out|are aware|become aware|understand)\b)|\bsuch that\b|\bso (?:it|they|this|the [a-z-]+(?: [a-z-]+)?) (?!is\b|was\b|has\b|does\b|gets\b|becomes\b|feels\b|looks\b|seems\b)[a-z]+s\b(?! of\b)|\b(?:by|via|through) (?:${MEANS_STEMS})\w*|\b(?:removing|eliminating|ending) the need (?:for|to)\b|\b(?:to|down to|into) (?:one|a single) [a-z-]+ (?:per|for each|for every|across)\b`,
  "i",
);

/**
 * A thing added as the means: "improve the review checklist with a step for consumer config changes" says
 * what the checklist will hold ("with a dashboard" alone does not say of what).
 */
export const WITH_A_THING = new RegExp(
  String.raw`\bwith (?:a|an|one) (?:new |dedicated |separate |single )?(?:${[
    ...THING_NOUNS,
    ..."section panel alert rule field column button link check".split(" "),
  ].join("|")}) (?:for|of|on|that|which|to|in|listing|covering|showing)\b`,
);

/**
 * An explanation that reports what happened, after a dash: "— we only heard about it 3 hours later", "— took
 * us 2 hours to find the number", "— drivers waited 90 minutes". Its numbers measure the incident, not the fix.
 */
export const INCIDENT_REPORT =
  /^\s(?:[-–—]|--)\s+(?:because |since |it took |took us |(?:we|they|it|nobody|customers|users|[a-z-]+s) (?:only |never |just |all )?(?:heard|found|noticed|saw|waited|took|lost|spent|missed|learned|learnt|had|got|were|was)\b)/i;

/**
 * A named reference to measure against: "the same way as customer input", "as strict as the public API"; "as
 * soon as possible" names none.
 */
export const REFERENCE_STANDARD =
  /\b(?:the same (?:way )?as|same as|identical to|just like|in line with|consistent with|on par with|as (?!well as\b)[a-z-]+ as(?! (?:possible|practical|practicable|feasible|we can|necessary|needed|required|reasonable)\b))\b/i;

/** Settings one can set equal to another: "align the retry timeout with the LB idle timeout" says the end value. */
const SETTING_NOUNS =
  "timeouts?|ttls?|limits?|versions?|intervals?|thresholds?|settings?|values?|sizes?|quotas?|retention";
export const MATCHED_SETTING = new RegExp(
  String.raw`^(?:align|match)\s+(?:the |our |its |their )?(?:[a-z0-9-]+ ){0,3}(?:${SETTING_NOUNS})\s+(?:with|to)\s+(?:the |our |its |their )?(?:[a-z0-9-]+ ){0,4}(?:${SETTING_NOUNS})\b`,
);

/**
 * What went wrong, alone after a title: "Comms. Customers were confused.", "Support load. Support was
 * overwhelmed." The title names an area and the sentence the trouble; no change is named.
 */
export const TROUBLE_REPORT =
  /^(?:the |our )?[a-z-]+(?: [a-z-]+)? (?:was|were) (?:not |very |completely |totally |really |too )?(?:overwhelmed|confused|unaware|late|slow|unclear|poor|bad|great|good|painful|chaotic|missing|stuck|lost|noisy|broken|flaky|manual|inconsistent)\.?$|^(?:we|they|nobody|no one|customers|users) (?:had no|didn't|did not|couldn't|could not|never) [^.]*\.?$/i;

/** Verbs in the past that report what happened: "pages went to the wrong rota", "managers did not know". */
export const PAST_REPORT_VERBS = set(`
was | were | wasn't | weren't | had | hadn't | did | didn't | couldn't | went | kept | took | heard | saw
| knew | ran | fell | broke | came | lost | spent | found | thought | failed`);

/** Words that report a fault after its subject: "checksums failed", "the build breaks", "docs confusing". */
export const FAULT_WORDS = set(
  `failed | fails | crashed | crashes | broke | breaks | hangs | hung | confusing`,
);
/** Faults named after "can" or "could": "the hooks can delay merges". */
export const FAULT_AFTER_MODAL = set(`delay | block | break | fail | corrupt | overload | lose`);
/** Words that make a fault the condition of a request: "if the deploy fails twice, add …". */
export const FAULT_CONDITIONS = set(`if | when | whenever | once | unless | until | while`);
/** After a fault word, an object: "… fails the pipeline when …" asks for a gate. */
export const FAULT_OBJECT_DETERMINERS = set(
  `the | a | an | any | every | each | its | their | our | all`,
);

/** Words that make a sentence a request rather than a report: "we need to …", "this should …". */
export const REQUEST_WORDS = set(`
should | must | need | needs | will | shall | let's | lets | please | want | todo | going | ought`);

/** Words of a target, which a report of what happened does not hold: "processed within 2 min". */
export const THRESHOLD_WORDS = set(`
within | under | below | above | least | most | max | maximum | minimum | per | every | each | than`);

/** One exercise to run, named by its kind: "DB failover test", "restore drill", "rollback rehearsal". */
export const EXERCISE_NOUNS = set(
  `test | drill | exercise | rehearsal | game-day | gameday | dry-run`,
);
