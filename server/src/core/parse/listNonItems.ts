import type { ActionItem } from "../types";
import type { Builder } from "./builder";
import { readFields, startsWithVerb } from "./fields";
import { isActionHeading } from "./headings";
import { PRIORITY_LEVELS, READER_AUDIENCE, READERS_ASKED_PHRASES } from "./lexicon";
import { ACTION_LABEL, FIELD_LINE, NOT_AN_ITEM, STATUS_TAG } from "./lineShapes";
import { annotate, rawListItem, type ListNode } from "./lists";
import { lastSentence, toPlainText } from "./markdownText";
import { findTrackerRefs } from "./trackerRefs";

// Lists whose items are no actions: a key to the action types, figures under a label, notes on the
// action above.

// A list of "**Term**: meaning" lines whose terms are action types or priorities is the legend, not the actions.
const LEGEND_TERMS = String.raw`(?:prevent(?:ive|ion)?|detect(?:ion)?|mitigat(?:e|ion)|repair|process|other|respond|response|recover(?:y)?|document(?:ation)?|${PRIORITY_LEVELS}|short[- ]term|medium[- ]term|long[- ]term|immediate|type|priority|kind|category)`;
const LEGEND_ITEM = new RegExp(
  String.raw`^\s*(?:[-*+]\s+)?(?:\*\*|__)${LEGEND_TERMS}(?:\*\*|__)\s*(?:[:\-–—=]|\(|$)`,
  "i",
);
// Under a label that announces the key ("Types:", "Each item gets a priority:"), the terms need no bold.
const PLAIN_LEGEND_ITEM = new RegExp(
  String.raw`^\s*(?:[-*+]\s+)?${LEGEND_TERMS}\s*(?:[:=]|\s[-–—])\s`,
  "i",
);
const LEGEND_LABEL =
  /\b(?:types?|priorit(?:y|ies)|categor(?:y|ies)|severit(?:y|ies)|levels?|legend|kinds?|classes)\s*:$/i;

/**
 * A list right under an "Action point: …" paragraph ("- This has been done."): its items are notes on that
 * action, not actions. Task boxes and items with an action label of their own are left to be read as items.
 */
export function annotateLabelledItem(builder: Builder, nodes: ListNode[], item: ActionItem): void {
  const annotations = item.annotations ?? [];
  for (const node of nodes) {
    const child = rawListItem(builder, node);
    const raw = child?.raw ?? "";
    if (child?.checkbox === undefined && !ACTION_LABEL.test(raw) && !STATUS_TAG.test(raw)) {
      annotate(builder, node, annotations);
    }
  }
  if (annotations.length > 0) {
    item.annotations = annotations;
  }
}

// "Peak error rate: 38%", "Customers affected: about 1,200": a figure under a label, not work to do.
const FACT_LINE =
  /^\s*(?:\*\*|__)?([A-Za-z][\w'’ ()/.-]{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+([^:\n]{1,60})$/;

/**
 * A list of figures under labels, introduced by a label of its own ("Key numbers:" over "- Duration: 47
 * minutes"): facts, not items. Without such a label, terse items ("- Lag alert: over 30 s") stay items.
 */
export function isFactList(
  builder: Builder,
  nodes: ListNode[],
  intro: string | undefined,
): boolean {
  const label = intro === undefined ? "" : toPlainText(intro);
  return (
    nodes.length >= 2 &&
    /^[^.!?\n]{2,60}:$/.test(label) &&
    !isActionHeading(label.slice(0, -1)) &&
    nodes.every((node) => {
      const item = rawListItem(builder, node);
      if (item === undefined || item.checkbox !== undefined || node.children.length > 0) {
        return false;
      }
      const fact = FACT_LINE.exec(item.raw);
      return (
        fact !== null &&
        /\d/.test(fact[2]) &&
        fact[2].split(/\s+/).length <= 8 &&
        !FIELD_LINE.test(item.raw) &&
        !startsWithVerb(fact[1]) &&
        !startsWithVerb(fact[2]) &&
        findTrackerRefs(fact[2], { trackerKeys: builder.ctx.trackerKeys }).length === 0
      );
    })
  );
}

/**
 * "- **Prevent**: stops it happening again", "- **P0**: before the next release": a key to the list, not
 * items. Under a label that announces it ("Types:" over "- Prevent - prevent it happening again") the terms
 * may be plain and the meanings worded as orders.
 */
export function isLegend(builder: Builder, nodes: ListNode[], intro?: string): boolean {
  const labelled = intro !== undefined && LEGEND_LABEL.test(toPlainText(intro).trim());
  const term = labelled ? PLAIN_LEGEND_ITEM : LEGEND_ITEM;
  return (
    nodes.length >= 2 &&
    nodes.every((node) => {
      const raw = rawListItem(builder, node)?.raw ?? "";
      const plain = labelled ? toPlainText(raw) : raw;
      if (node.children.length > 0 || !term.test(plain)) {
        return false;
      }
      // "**Prevent**: add a rate limit (Ana, PAY-3)" is an action filed under its type.
      const meaning = toPlainText(
        labelled ? plain.replace(term, "") : raw.replace(LEGEND_ITEM, ""),
      );
      const fields = readFields(labelled ? meaning : raw, builder.ctx);
      return (
        fields.owners.length === 0 &&
        fields.trackerRefs.length === 0 &&
        (labelled || !startsWithVerb(meaning))
      );
    })
  );
}

// "Notes from the review:", "Observations:", "What we saw:": a label that introduces what was found;
// "Acceptance criteria for the linter:", "Things to keep in mind when planning:": what bounds the work.
const NOTES_LABEL =
  /^(?:(?:some |a few |other |additional |further |our )?(?:notes?|observations?|findings?|context|background|learnings?|takeaways?|symptoms|facts|what (?:we saw|we found|happened|went (?:well|wrong))|(?:acceptance |success |exit |completion )?criteria|definition of done|considerations|assumptions|constraints|caveats|things to (?:keep|bear) in mind|things to (?:note|consider|watch))\b)[^.!?\n]{0,50}:$/i;
// "The main highlights from our retrospective are:", "Key lessons we learnt include:": the sentence that closes
// the intro says the list holds what the team learnt; "points" and "highlights" only when they come from a review.
const LESSONS_INTRO = new RegExp(
  String.raw`^(?:the |our |some |a few )?(?:(?:main|key|biggest|most important|top|other) )?(?:(?:lessons?|learnings|takeaways|insights)\b[^.!?\n]{0,80}|(?:points|highlights|things)\b[^.!?\n]{0,30}\b(?:from|of|in) (?:the |our )?(?:internal |team(?:'s)? )?(?:retro(?:spective)?|review|debrief|post-?mortem|post-incident review)\b[^.!?\n]{0,40})\b(?:are|were|include|included)\s*:$`,
  "i",
);

/** A label over criteria: each line says when the work is done ("rejects a policy that …"), never work of its own. */
const CRITERIA_LABEL =
  /^(?:(?:acceptance|success|exit|completion) )?criteria\b|^definition of done\b/i;

/**
 * "Post-deployment checklist:", "Validation steps:", "Before deploying any migration:", "Checks:": the checks
 * a procedure runs every time, each line a check ("All nodes Ready"), ticked or not; not work to finish.
 */
const CHECKLIST_LABEL =
  /^(?:(?:pre|post)[- ]?(?:deploy(?:ment)?|release|upgrade|change|migration|launch|flight|maintenance|install(?:ation)?)\b[^:]{0,30}\b(?:checklist|checks)|(?:verification|validation|health|sanity|smoke|readiness)[- ](?:checklist|checks|steps)|before (?:deploying|releasing|merging|running|applying|upgrading|shipping|rolling out) (?:any|every|each|a|an)\b|(?:it |this |the script )?checks(?: that| for| whether)?(?=:$))\b[^.!?\n]{0,40}:$/i;

/**
 * A list under a label that introduces findings ("Notes from the review:" over "- The status page showed
 * green"), none of its items led by a verb or a task box: what was found, not work to do.
 */
export function isNotesList(
  builder: Builder,
  nodes: ListNode[],
  intro: string | undefined,
): boolean {
  const label = intro === undefined ? "" : toPlainText(intro).trim();
  const checklist = CHECKLIST_LABEL.test(label);
  if (!checklist && !NOTES_LABEL.test(label) && !LESSONS_INTRO.test(lastSentence(label))) {
    return false;
  }
  const criteria = checklist || CRITERIA_LABEL.test(label);
  return nodes.every((node) => {
    const item = rawListItem(builder, node);
    return (
      item !== undefined &&
      (item.checkbox === undefined || checklist) &&
      // "See the [guidelines](…) for the targets": a pointer among the notes, no work.
      (criteria || !startsWithVerb(toPlainText(item.raw)) || NOT_AN_ITEM.test(item.raw.trim())) &&
      !ACTION_LABEL.test(item.raw) &&
      !STATUS_TAG.test(item.raw)
    );
  });
}

// "`COPYRIGHT_QUERY`", "api.example.org", "billing_worker": one identifier, in code or with its marks.
const IDENTIFIER_ITEM = /^\s*(?:`[^`\n]+`|[\w-]*[_./:][\w./:-]*)\s*[,;.]?\s*$/;
// "src/models/keyword.py - New model": a file in a list of the files changed, and what it holds.
const PATH_LED_ITEM = /^\s*`?[\w.-]+\/[\w./-]+`?\s+[-–—:]\s+[^\n]{1,60}$/;

// "staticshare", "billing-db": one bare word, which names a host, a bucket or a service; no labelled item in
// any corpus is a single word other than a ticket or a link.
const BARE_WORD_ITEM = /^\s*[\p{L}\d][\p{L}\d_-]*\s*[,;.]?\s*$/u;

/**
 * A list of identifiers only ("- `VISIBILITY_QUERY`", "- queue.internal.example.org"), of bare words ("-
 * staticshare"), or of files each with a note ("- src/models/keyword.py - New model"): the names an action or
 * its explanation is about, not actions. One line with words of its own, or a verb ("- Rollback"), keeps the list.
 */
export function isNameList(builder: Builder, nodes: ListNode[]): boolean {
  return (
    nodes.length >= 2 &&
    nodes.every((node) => {
      const item = rawListItem(builder, node);
      return (
        item !== undefined &&
        item.checkbox === undefined &&
        node.children.length === 0 &&
        (IDENTIFIER_ITEM.test(item.raw) ||
          PATH_LED_ITEM.test(item.raw) ||
          (BARE_WORD_ITEM.test(item.raw) && !startsWithVerb(item.raw.trim()))) &&
        // A link or a ticket alone is the action's tracker, not a name.
        !item.raw.includes("//") &&
        findTrackerRefs(item.raw, { trackerKeys: builder.ctx.trackerKeys }).length === 0
      );
    })
  );
}

// "The purge job never had a test": a gap the incident showed, told in the past or the negative.
const GAP_STATEMENT =
  /^[^.;:—–]{1,80}?\b(?:didn't|did not|never|wasn't|was not|weren't|were not|hadn't|had not|had no|lacked|only had|only covered)\b[^;:—–]*$/i;
const REQUEST = /\b(?:should|must|need|needs|will|shall|todo|to-do)\b/i;
// "The lack of a locale caused the database to fail": a link in the chain of causes, told in the past (a dot
// inside a word, "en_US.UTF-8", ends no sentence).
const CAUSE_STATEMENT =
  /^(?:the|a|an|our|this|that|these|those|its|their)\s(?:[^.;:—–]|\.(?=\w)){1,80}?\b(?:caused|led to|triggered|resulted in|prevented|broke)\b/i;

/**
 * A list in which every line states a gap ("- The refund job didn't have a test at all.", "- The region
 * setting only had partial coverage.") or a cause ("- The full disk caused the restore to fail."): findings
 * under a prevention heading, what was missing or what went wrong, not work. One line that asks for
 * something, starts with a verb or has a box keeps the list.
 */
export function isGapList(builder: Builder, nodes: ListNode[]): boolean {
  return everyUnownedLine(builder, nodes, (plain, raw) => {
    // "`purge_cache` never had …": a name in code opens the line, whatever verb it is spelled like.
    const named = raw.trimStart().startsWith("`");
    return (
      (GAP_STATEMENT.test(plain) || CAUSE_STATEMENT.test(plain)) &&
      !REQUEST.test(plain) &&
      (named || !startsWithVerb(plain))
    );
  });
}

// "If diagnosis is unclear after 2 hours: rebuild": a case, a colon, then what to do in it.
const DECISION_RULE = /^(?:if|when|whenever|unless|once)\s[^:\n]{3,100}:\s+\S/i;

/**
 * A list in which every line is a case and what to do in it ("- If the restore fails twice: rebuild"): a
 * decision table the team follows from now on, not work to finish. One line of work among them keeps the list.
 */
export function isDecisionRules(builder: Builder, nodes: ListNode[]): boolean {
  // A rule may say when it applies ("If the restore is not done by 06:00: …"): its time is no due date.
  return everyUnownedLine(builder, nodes, (plain) => DECISION_RULE.test(plain), false);
}

/**
 * Two or more plain lines (no box, nothing nested) that each pass `shape` and name no owner or tracker (nor a
 * deadline, when `undated`): a list of one kind of statement, none of them work someone took on.
 */
function everyUnownedLine(
  builder: Builder,
  nodes: ListNode[],
  shape: (plain: string, raw: string) => boolean,
  undated = true,
): boolean {
  return (
    nodes.length >= 2 &&
    nodes.every((node) => {
      const item = rawListItem(builder, node);
      if (item === undefined || item.checkbox !== undefined || node.children.length > 0) {
        return false;
      }
      if (!shape(toPlainText(item.raw).trim(), item.raw)) {
        return false;
      }
      // Fields only once the cheap pattern matched: this runs on the first item of every action list.
      const fields = readFields(item.raw, builder.ctx);
      return (
        fields.owners.length === 0 &&
        fields.trackerRefs.length === 0 &&
        (!undated || fields.deadline === undefined)
      );
    })
  );
}

/**
 * "We have a few recommendations for npm package maintainers and users:" over "- Package maintainers should
 * enable two-factor sign-in": advice to the page's readers, each item what someone else should do, not the
 * team's work. A list of verbs or task boxes under such an intro stays a list of items.
 */
export function isReaderAdviceList(
  builder: Builder,
  nodes: ListNode[],
  intro: string | undefined,
): boolean {
  if (intro !== undefined && asksReaders(intro)) {
    return nodes.every((node) => {
      const item = rawListItem(builder, node);
      if (item === undefined || item.checkbox !== undefined) {
        return false;
      }
      const fields = readFields(item.raw, builder.ctx);
      return (
        fields.owners.length === 0 &&
        fields.trackerRefs.length === 0 &&
        fields.deadline === undefined
      );
    });
  }
  if (intro === undefined || !ADVICE_HINT.test(intro) || !ADVICE_INTRO.test(toPlainText(intro))) {
    return false;
  }
  return nodes.every((node) => {
    const item = rawListItem(builder, node);
    if (item === undefined || item.checkbox !== undefined) {
      return false;
    }
    const plain = toPlainText(item.raw).trim();
    return ADVISED_ITEM.test(plain) && !startsWithVerb(plain);
  });
}

/**
 * "Node operators should do all of the following:", "We recommend that all users:": an intro that asks the
 * page's readers to act. The steps under it are theirs to take, not the team's follow-up work, unless one of
 * them carries an owner, a ticket or a date (checked by the caller).
 */
function asksReaders(intro: string): boolean {
  const plain = toPlainText(intro).trim();
  return plain.endsWith(":") && READERS_ASKED.test(lastSentence(plain));
}
const READERS_ASKED = new RegExp(String.raw`^(?:${READERS_ASKED_PHRASES}):$`, "i");

const ADVICE_HINT = /recommend|advice|guidance|tips/i;
const ADVICE_INTRO = new RegExp(
  String.raw`\b(?:recommendations?|advice|guidance|tips)\b[^.:]{0,40}?\bfor\s+(?:[A-Za-z][\w.-]*\s+){0,2}?${READER_AUDIENCE}\b`,
  "i",
);
const ADVISED_ITEM = /^[^.;:]{0,60}?\b(?:should|must|can|need to|are encouraged to)\b/i;
