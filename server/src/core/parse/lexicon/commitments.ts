import { EVERYONE_WORDS } from "./groups";
import { OWNER_COMMITMENTS } from "./owners";
import { STORY_PROGRESSIVES } from "./tense";

// How writers commit to work still to come: who commits ("we", "the team"), the promise ("will", "'ll",
// "plan to") and work under way ("working on", "in the process of"). Every reader that finds a commitment — a
// later sentence, a list of promises, a list's intro, a closing "Finally, we will …", a mitigation section —
// builds its sentence shape here from the same words, so a new way of promising is added once.

/** The writers as a team, as the subject of a promise. */
const TEAM_SUBJECTS = String.raw`we|the team|our team`;
/** A promise after its subject, spelled out: "will", "are going to", "plan on". */
const PROMISE_WORDS = String.raw`will|shall|are going to|plan to|plan on|intend to|commit to`;
/** The promise written on to its subject: "we'll". */
const PROMISE_CONTRACTION = String.raw`['’]ll`;
/** Work under way, after "are": "working on", "looking into", "in the process of", "in the middle of an effort to". */
const UNDER_WAY_WORDS = String.raw`in\s+the\s+process\s+of|working\s+on|looking\s+into|in\s+the\s+middle\s+of\s+(?:an?\s+|the\s+)?(?:ongoing\s+)?(?:effort|project|migration|rewrite)\s+to`;
/** The team's own voice before a promise or its progressive: "we're", "we are", "we will", "we'll", "we plan to". */
// A writer alone commits as "I": "I'll be changing …", "I am going to …" (not "I'm sorry").
const WE_COMMIT = String.raw`(?:we(?:['’]re|${PROMISE_CONTRACTION}| are| (?:${PROMISE_WORDS}))|i(?:${PROMISE_CONTRACTION}| will| am going to| plan to| intend to))`;
/** A present progressive that says work is under way ("adding"), not one that tells the story ("seeing"). */
const WORK_PROGRESSIVE = String.raw`(?!(?:${STORY_PROGRESSIVES})\b)[a-z]{2,}ing`;

/**
 * A sentence that opens with its doers and says the work is still to come or under way: "We will add …",
 * "Lastly, we are moving …", "The team plans to …", "We're looking into …" (though "looking" alone tells the story),
 * "we are in the process of …". Under a sub-heading that says its items are done, such an
 * item still is not.
 */
export const STILL_TO_COME = new RegExp(
  String.raw`^(?:[^,.;:]{1,60},\s+)?(?:${TEAM_SUBJECTS}|i|they)(?:\s+|(?=['’]))(?:(?:also|still|currently|actively|then)\s+)*(?:will|shall|${PROMISE_CONTRACTION}|(?:are|am|is|['’]re)\s+(?:(?:also|still|now)\s+)?going\s+to|plans?\s+to|intends?\s+to|(?:are|is|['’]re|am|['’]m)\s+(?:(?:also|still|now|currently)\s+)?in\s+the\s+process\s+of|(?:are|['’]re|am|['’]m)\s+(?:(?:also|still|currently|actively)\s+)*(?:${UNDER_WAY_WORDS}|(?!(?:${STORY_PROGRESSIVES})\b)[a-z]{3,}ing))\b`,
  "i",
);

/**
 * "Groundwork for signed builds, not yet applied", "… but not yet rolled out": a clause of its own says the work is
 * unfinished ("accounts not yet enrolled" only describes them).
 */
export const NOT_YET =
  /(?:[,;(]|\s[-–—]|\bbut)\s*(?:(?:it|this|that)\s+)?(?:(?:is|are|was|were|has|have)\s+)?not\s+yet\b/i;

/** "We have frozen the bridge and are in the process of sending refunds": done in part, the rest under way. */
export const JOINED_STILL_TO_COME = new RegExp(
  String.raw`\b(?:and|but)\s+(?:we\s+)?(?:are|is|['’]re)\s+(?:(?:also|still|now|currently)\s+)*(?:${UNDER_WAY_WORDS})\b`,
  "i",
);

/** "We will separate the workflow services …", "In the medium term, we'll migrate …": the team's promise. */
export const TEAM_PROMISE = new RegExp(
  String.raw`^(?:[^,.;:]{1,40},\s+)?(?:${TEAM_SUBJECTS})(?:\s+(?:(?:also|then|now)\s+)?(?:${PROMISE_WORDS})|${PROMISE_CONTRACTION})\b`,
  "i",
);

/** "We still need to …", "The missed batch will be extended …": work still to come, said another way. */
export const WORK_STILL_TO_COME = new RegExp(
  String.raw`\b(?:${TEAM_SUBJECTS})\s+(?:still\s+)?need\s+to\b|\bwill\s+be\s+[a-z]+(?:ed|en)\b`,
  "i",
);

/**
 * "We will …", "The team is going to …", "Over the next two weeks, we will …", "We are moving …": a line that
 * opens with a commitment, even when a later sentence names its owner. A short opening phrase before it says
 * when or why (TIME_PHRASE, also read before a report of work done). "We should have staged it" looks back.
 */
export const TIME_PHRASE = String.raw`(?:over|within|during|in|by|before|after|starting|later|next|this)\s[^,.;:]{0,40}?\s`;
export const COMMITMENT_OPENING = new RegExp(
  String.raw`^(?:[^,.;:]{1,40},\s+|${TIME_PHRASE})?(?:${EVERYONE_WORDS})\s+(?:also\s+)?(?:${OWNER_COMMITMENTS}|${PROMISE_CONTRACTION}|are going to|plan to|(?:are|['’]re)\s+(?:now\s+|also\s+)?(?:${WORK_PROGRESSIVE}|working to(?=\s+[a-z]{3,}\b)))\b(?!\s+have\s+[a-z]+(?:ed|en|wn)\b)`,
  "i",
);

// "Finally, we will retire …", "We will also rotate …" right after a list of follow-ups: one more follow-up,
// written as a paragraph; an aside may sit between ("Finally, though unrelated to this attack, we should …"),
// and work under way counts ("We are also rotating …", "Finally, we're looking into …"). A short clause may
// lead the promise ("Using the new images, we plan on …"). A writer alone says "I": "While I had told the
// customers, I also want to post a public report." ("I also want to thank …" commits to nothing).
const CLOSING_CONNECTOR =
  "lastly|finally|also|additionally|in addition|furthermore|moreover|on top of (?:that|this)";
export const CONTINUED_COMMITMENT = new RegExp(
  String.raw`^(?:(?:${CLOSING_CONNECTOR}),?\s+(?:[^,.;:]{1,80},\s+)?we(?:${PROMISE_CONTRACTION}| (?:${PROMISE_WORDS}|should|must|need to))\s|` +
    String.raw`(?:${CLOSING_CONNECTOR}),?\s+(?:[^,.;:]{1,80},\s+)?we(?: are|['’]re)\s+(?:also\s+)?(?:${UNDER_WAY_WORDS}|${WORK_PROGRESSIVE})\s|` +
    String.raw`[^,.;:]{3,60},\s+we(?:${PROMISE_CONTRACTION}| (?:${PROMISE_WORDS}))\s|` +
    String.raw`we(?: will|${PROMISE_CONTRACTION}) also\s|we(?: are|['’]re) also\s+(?:[a-z]+ing|${UNDER_WAY_WORDS})\s|` +
    String.raw`(?:[^,.;:]{1,80},\s+)?(?:we|i) also (?:want|plan|intend|need) to (?!thank|apologi[sz]e|acknowledge|recogni[sz]e|mention|note|say|stress|emphasi[sz]e|point out|call out|remind|highlight)[a-z])`,
  "i",
);

// The last line of a paragraph over a list, outside any action heading, that says the list is the team's work
// to come: "To avoid this in the future we are making the following changes:" (its other words are read in
// parse/sections.ts), "We are making the following changes:", "We're tightening our deploy checks by:".
export const FOLLOW_UP_INTRO_COMMIT = new RegExp(
  String.raw`\b(?:${WE_COMMIT}|we have committed to|(?:will|is going to|are going to)\s+(?:make|take|do|implement|ship|deliver|complete|carry out|work on|address)\b|(?:will|are|is) being|(?:is|are) planned|planned|(?:will|shall) be|next steps?)\b`,
  "i",
);
export const MAKING_THE_FOLLOWING = new RegExp(
  String.raw`\b${WE_COMMIT}\s+(?:also\s+|now\s+)?(?:making|make|taking|take|implementing|implement|introducing|introduce|rolling out|roll out|adding|add|putting in place|put in place)\s+the\s+following\b(?:\s+[\w-]+){0,3}:$`,
  "i",
);
/**
 * A sentence whose subject is the team and whose predicate is the list: "Specifically, we:", "To this end, we will
 * continue to:", "we are:". Each line finishes the sentence, so each is the team's work, done or to come by its
 * own tense.
 */
export const SUBJECT_OVER_LIST = new RegExp(
  String.raw`(?:^|[,;]\s+)(?:${TEAM_SUBJECTS}|i)(?:\s+(?:also|have|had|will|shall|are|were|am|continue to|plan to|intend to|are going to|need to|must|should)|['’](?:ve|ll|re))*:$`,
  "i",
);

/** "We have decided to do the following:", "The team agreed on these next steps:": work decided on, to come. */
export const AGREED_WORK_INTRO = new RegExp(
  String.raw`\b(?:${TEAM_SUBJECTS})\s+(?:have\s+|has\s+)?(?:decided|agreed|committed)\s+(?:to\s+(?:do|take|make|implement|carry out)|on|upon)\s+(?:the\s+following|these|several|a few|some|two|three|four|five)\b[^:.]{0,60}:$`,
  "i",
);

/** "The team is doing development to work around the bug in several ways:": the ways are the work. */
export const WAYS_INTRO =
  /\b(?:we|team|i)\b[^:]{0,120}\bto\s+(?:work around|fix|prevent|address|mitigate|avoid|resolve|remediate)\b[^:]{0,80}\b(?:in|through|via)\s+(?:several|a few|a number of|the following|two|three|four|five|multiple|various)\s+ways:$/i;

export const MEANS_INTRO = new RegExp(String.raw`\b${WE_COMMIT}\s+(?:[\w'’-]+\s+){1,8}?by:$`, "i");
