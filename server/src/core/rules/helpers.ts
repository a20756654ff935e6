import type { ActionItem, Owner } from "../types";
import { ABSTRACT_NOUNS, ALWAYS_VAGUE_LEADS, OUTCOME_VERBS, PROCESS_VERBS, VAGUE_ADJECTIVES, VAGUE_LEADS } from "../parse/lexicon";

// Shared judgements, so the rules stay small and agree with each other.

export function verbTextOf(item: ActionItem): string {
  return (item as ActionItem & { verbText?: string }).verbText ?? item.text;
}

const SYSTEMIC =
  /\b(?:ownership|no (?:clear )?owner|unowned|hir(?:e|ing)|headcount|staffing|understaffed|on-?call (?:load|fatigue|burden|burnout|rotation|schedule|health|compensation|pay|coverage)|pager (?:load|fatigue)|burnout|incentives?|org(?:anizational|anisational)? (?:structure|chart|design|change)|reorg(?:anization|anisation)?|re-org|team (?:structure|topology|topologies|boundaries|charter|responsibilities)|culture|prioriti[sz]ation (?:process|framework)|(?:change|fix) (?:how|the way) (?:teams?|we) (?:work|prioriti[sz]e|plan|operate)|escalation (?:policy|path)s? between teams)\b/i;

export function isSystemic(item: ActionItem): boolean {
  return SYSTEMIC.test(item.text);
}

const INDIVIDUAL_CONTRIBUTOR = /\b(?:engineer|developer|dev|sre|on-?call|ic|staff|intern|contractor|operator|responder)s?\b/i;

/**
 * The owner can make an organisational decision: a leadership role, or a named person whose roster
 * role (when the roster gives one) is not an individual contributor's.
 */
export function hasDecisionMaker(owners: Owner[]): boolean {
  return owners.some((owner) => !owner.isGroup && (owner.isDecisionMaker || !INDIVIDUAL_CONTRIBUTOR.test(owner.role ?? owner.name)));
}

const STOP = new Set(["the", "our", "a", "an", "of", "for", "in", "on", "around", "with", "and", "all", "any", "its", "their", "to", "across", "overall", "general", "this", "that", "we", "us", "it", "be", "is", "are", "so", "team", "teams", "service", "services", "system", "process", "internal", "existing", "current"]);
const SPECIFIC = /\d|`|[<>%=]|\bfrom\b.+\bto\b|"[^"]+"|“[^”]+”|\bso that\b|\bsuch that\b|\b(?:by|via|through) (?:add|remov|chang|updat|deploy|introduc|creat|enabl|disabl|configur|migrat|replac|writ|automat|alert|set|requir|enforc|restrict|block|limit|pin|rotat|mov|switch)\w*/i;
/** "Work with the DBA team to add …": the change after "to" is the action. */
const VIA_PARTNER = /^(?:work|partner|coordinate|collaborate|team up|pair)\s+with\s+[^,.;]{1,60}?\s+to\s+(?=[a-z])/i;
/** "Make the pipeline more robust", "communicate better": a comparison with nothing to measure it by. */
const COMPARATIVE_WISH = /\b(?:more|less)\s+([a-z-]+)\s*$|^[a-z-]+\s+(?:better|more carefully|more often|more closely)\b/i;
const NEVER_AGAIN = /\b(?:doesn['’]?t|does not|won['’]?t|will not|never) happens? again\b|\bprevent (?:this|it|recurrence|similar (?:incidents|issues|outages))\b|\bavoid (?:this|similar) (?:in the future|going forward)\b|\bbe more careful\b/i;

const WORD = /[a-z0-9'-]+/g;
const DEFINITE = new Set(["the", "this", "that", "these", "those", "its", "their", "our"]);
const OPENERS = new Set(["we", "will", "to", "please", "should", "must", "need", "needs", "let's", "also", "then"]);
const QUALIFIER_START = new Set(["of", "for", "in", "on", "to", "across", "around", "with", "at", "from", "by", "within", "between"]);
const ABSTRACT_EXTRAS = new Set(["improvement", "improvements", "enhancement", "enhancements", "change", "changes", "update", "updates", "fixes", "safer", "faster", "easier", "clearer", "stronger", "smoother", "simpler", "more", "less", "fewer", "general", "overall", "better", "proper", "robust", "reliable", "resilient", "stable", "alert"]);

function isAbstractWord(word: string): boolean {
  return ABSTRACT_NOUNS.has(word) || VAGUE_ADJECTIVES.has(word) || ABSTRACT_EXTRAS.has(word);
}

/** Why an item names a direction rather than a checkable end state; undefined when it is specific. */
export function vagueness(item: ActionItem): string | undefined {
  const whole = verbTextOf(item);
  const text = whole.replace(VIA_PARTNER, "");
  if (item.isQuestion || text === "") {
    return undefined;
  }
  if (NEVER_AGAIN.test(text)) {
    return "says what must not happen, not what will change";
  }
  if (SPECIFIC.test(text) || (item.raw.includes("`") && /`[^`]*[\d<>=%][^`]*`/.test(item.raw))) {
    return undefined;
  }
  // Lower-cased words: runs of letters, digits, apostrophes and hyphens.
  const words = text.toLowerCase().match(WORD) ?? [];
  let index = 0;
  while (index < words.length - 1 && OPENERS.has(words[index])) {
    index++;
  }
  const lead = words[index];
  if (lead === undefined) {
    return undefined;
  }
  const rest = words.slice(index + 1);
  const object = rest.filter((word) => !STOP.has(word));
  // The head of the object, before any qualifier: "team ownership" in "fix team ownership of ledger-api".
  const headEnd = rest.findIndex((word) => QUALIFIER_START.has(word));
  const head = (headEnd === -1 ? rest : rest.slice(0, headEnd)).filter((word) => !STOP.has(word));
  if (item.leadingVerb?.isProcess === true) {
    return object.length <= 2 ? "a review or investigation has no checkable end state" : undefined;
  }
  const comparative = COMPARATIVE_WISH.exec(words.slice(index).join(" "));
  if (comparative !== null && (comparative[1] === undefined || isAbstractWord(comparative[1]))) {
    return "a comparison with nothing to measure it by";
  }
  if (ALWAYS_VAGUE_LEADS.has(lead)) {
    return `"${lead}" names a direction, not a change`;
  }
  if (VAGUE_ADJECTIVES.has(lead) && object.length <= 4) {
    return "names an area to get better at, not a change";
  }
  if (VAGUE_LEADS.has(lead) && head.length > 0 && head.length <= 3 && head.every(isAbstractWord)) {
    return `"${lead} ${head.join(" ")}" has no checkable end state`;
  }
  // "Add monitoring", "add more tests"; "add the alert" points at a known one.
  if (OUTCOME_VERBS.has(lead) && words.length - index <= 3 && object.length > 0 && object.every(isAbstractWord) && !rest.some((word) => DEFINITE.has(word))) {
    return `"${lead} ${object.join(" ")}" names an area, not what to add or change`;
  }
  const isVerb = OUTCOME_VERBS.has(lead) || PROCESS_VERBS.has(lead) || VAGUE_LEADS.has(lead);
  if (!isVerb && words.length - index <= 3 && words.slice(index).every((word) => isAbstractWord(word) || STOP.has(word))) {
    return "names an area, not a change";
  }
  return undefined;
}

const SUGGESTIONS: [RegExp, string[]][] = [
  [/\b(?:threshold|alert|alarm|page|limit|timeout|quota)s?\b/i, ["lower", "raise", "change"]],
  [/\b(?:runbook|doc|documentation|playbook|wiki|guide)s?\b/i, ["update", "write"]],
  [/\b(?:test|coverage|check)s?\b/i, ["add", "test"]],
  [/\b(?:config|setting|flag|policy|rule)s?\b/i, ["change", "update"]],
  [/\b(?:option|vendor|tool|approach|alternative|solution)s?\b/i, ["decide", "replace"]],
];

/** Outcome verbs that fit what the item is about ("review alerting thresholds" → lower, raise, change). */
export function outcomeVerbsFor(item: ActionItem): string[] {
  for (const [pattern, verbs] of SUGGESTIONS) {
    if (pattern.test(item.text)) {
      return verbs;
    }
  }
  return ["add", "change", "decide"];
}
