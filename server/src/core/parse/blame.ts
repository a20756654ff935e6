import type { BlameSentence } from "../types";
import type { LineIndex } from "./lineIndex";
import { NOT_A_NAME, PEOPLE_SUBJECT } from "./lexicon";

// Blame looks backward at a person ("Alice should have …"); a system that "should have
// retried" is a description of expected behaviour, not blame, so the subject must be people.

const MODAL =
  /\b(should(?:['’]ve| have|n['’]t have| not have)|failed to|forgot to|neglected to|didn['’]?t bother to|did not bother to|could(?:['’]ve| have) (?:caught|prevented|avoided|noticed|spotted))\s+([a-z]+)/gi;
const ATTEMPT_VERBS =
  /^(?:connect|reach|log|login|sign|authenticate|auth|access|load|start|boot|resolve|pull|push|fetch|download|upload|open|mount|ssh|ping|find|locate|get|obtain|acquire|reproduce|restore|recover|complete|finish|install|compile|build|parse|join|promote|fail|roll|revert|restart|reboot|drain|failover|scale|launch|attach|detach|write|save|sync|replicate|decrypt)$/i;
const PASSIVE_AFTER_BEEN =
  /^\s+(?:[a-z]+ed|[a-z]+en|told|sent|caught|made|given|shown|kept|put|set|built|found|brought|held|paid|run|seen|known|done)\b/i;
const SUBJECT_BEFORE = /((?:[A-Za-z][\w'-]*\s+){0,3})$/;
const IF_PEOPLE =
  /\b(?:wouldn['’]?t|would not) have (?:happened|occurred|been (?:possible|an issue))\s+if\s+((?:[A-Za-z][\w'-]*\s*){1,3})/gi;
// "If the payments team had reviewed X, this wouldn't have happened": the condition names the people.
const IF_HAD_THEN =
  /\bif\s+((?:[A-Za-z][\w'-]*\s*){1,3}?)\s+had\s+[a-z]+(?:ed|en|wn)\b[^.]*?\b(?:wouldn['’]?t|would not|could not|couldn['’]?t) have\b/gi;
const IF_ONLY = /\bif only\s+((?:[A-Za-z][\w'-]*\s*){1,3})\s+(?:had|has|would|did)\b/gi;
const JUDGEMENT =
  /\b((?:human|operator) (?:error|mistake)|(?:engineer|developer|operator)['’]?s? mistake|careless(?:ness|ly)?|negligen(?:t|ce|tly)|sloppy|incompeten(?:t|ce)|reckless(?:ly|ness)?|(?:his|her|their|[A-Z][a-z]+['’]s) (?:fault|mistake|negligence)|(?:the )?fault of|(?:is|are|was|were) to blame|neglected (?:the|their|his|her|our|its)(?= ))\b/g;
const PARTICIPLE =
  /^(?:been|done|known|seen|caught|had|made|taken|given|run|written|gone|sent|kept|built|set|put|told|found|spotted|thought|brought|held|read|understood|met|noticed|checked|tested|verified|reviewed|rolled|escalated|paged|called|asked|followed|used|waited|stopped|looked|realized|realised|flagged|raised|added|applied|deployed|merged|approved|rejected|alerted|monitored|communicated|informed|notified|reported|documented|updated|configured|validated|double-checked|[a-z]+ed)$/;

function isPeopleSubject(words: string, people: string[]): boolean {
  const trimmed = words.trim().replace(/[,;:]$/, "");
  if (trimmed === "") {
    return false;
  }
  const tokens = trimmed.split(/\s+/);
  const last = tokens[tokens.length - 1];
  const lastTwo = tokens.slice(-2).join(" ");
  const lastThree = tokens.slice(-3).join(" ");
  for (const candidate of [lastThree, lastTwo, last]) {
    if (PEOPLE_SUBJECT.test(candidate)) {
      return true;
    }
  }
  if (people.some((person) => person.toLowerCase() === last.toLowerCase())) {
    return true;
  }
  // A capitalised name that is not a common word or a product ("Alice", not "Kubernetes" at a sentence start).
  const isName = /^[A-Z][a-z]+$/.test(last) && !NOT_A_NAME.has(last.toLowerCase());
  const previous = tokens.length > 1 ? tokens[tokens.length - 2].toLowerCase() : "";
  return (
    isName &&
    !/^(?:the|a|an|this|that|our|their|its)$/.test(previous) &&
    last.length <= 12 &&
    !/(?:ing|tion|ment|ness|ity|es|s)$/.test(last)
  );
}

// One pass of one case-insensitive regex finds the lines worth reading (faster than a substring
// search per cue, and than lower-casing the document). Every reader below starts at a word
// boundary, so the cue does too: it halves the scan, which otherwise tries every cue at every
// character.
const CUE =
  /\b(?:should|failed to|forgot to|neglected|bother|(?:human|operator) (?:error|mistake)|(?:engineer|developer|operator)['’]?s? mistake|fault|careless|negligen|sloppy|incompeten|reckless|to blame|if only|(?:wouldn['’]?t|would not|could not|couldn['’]?t) have|have (?:happened|occurred|been possible|been an issue))/gi;

const POSSESSOR = /^([A-Z][a-z]+)['’]s\s/;
const WHOSE_FAULT = /^\s+((?:the |our |their |an? )?[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})/;

/** "the fault of the on-call engineer", "the fault of Ana": whose fault, when it is people's. */
function faultOfPeople(after: string, people: string[]): boolean {
  // "our operators" are "the operators", as the people words spell them.
  const words = (WHOSE_FAULT.exec(after)?.[1] ?? "")
    .replace(/^(?:our|their)\s/i, "the ")
    .split(/\s+/);
  // The owner of the fault ends the phrase: "the on-call engineer", not "the engineer's runbook".
  return [3, 2, 1].some(
    (n) => words.length >= n && isPeopleSubject(words.slice(0, n).join(" "), people),
  );
}

export function findBlame(
  text: string,
  excludedLines: Set<number>,
  lines: LineIndex,
  people: string[],
): BlameSentence[] {
  // Only lines holding a cue are read.
  const candidateLines = new Set<number>();
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    candidateLines.add(lines.positionAt(m.index).line);
  }
  const found: BlameSentence[] = [];
  for (const line of [...candidateLines].sort((a, b) => a - b)) {
    if (excludedLines.has(line)) {
      continue;
    }
    const start = lines.lineStart(line);
    const lineText = lines.lineText(line).replace(/`[^`]*`/g, (code) => " ".repeat(code.length));
    if (/^\s*<!--/.test(lineText)) {
      continue;
    }
    const foundBefore = found.length;
    // One finding per line is enough.
    const add = (index: number, length: number, phrase: string): void => {
      if (found.length === foundBefore) {
        found.push({
          text: lineText.trim(),
          phrase,
          span: { start: start + index, end: start + index + length },
        });
      }
    };
    MODAL.lastIndex = 0;
    for (let m = MODAL.exec(lineText); m !== null; m = MODAL.exec(lineText)) {
      const nextWord = m[2].toLowerCase();
      const isModalHave = /should|could/i.test(m[1]);
      if (isModalHave && !PARTICIPLE.test(nextWord)) {
        continue; // "X should have a default": possession, not hindsight.
      }
      if (/^failed to$/i.test(m[1]) && ATTEMPT_VERBS.test(nextWord)) {
        continue; // "Ben failed to log in because his key had expired": an attempt that did not work, not a lapse.
      }
      if (nextWord === "been" && PASSIVE_AFTER_BEEN.test(lineText.slice(m.index + m[0].length))) {
        continue; // "The on-call engineer should have been paged": something should have happened to them.
      }
      // The subject: up to three words right before the phrase (a bounded look back, not a regex over the line).
      const subject =
        SUBJECT_BEFORE.exec(lineText.slice(Math.max(0, m.index - 64), m.index))?.[1] ?? "";
      if (isPeopleSubject(subject, people)) {
        add(m.index - subject.length, subject.length + m[0].length, m[1]);
      }
    }
    for (const pattern of [IF_PEOPLE, IF_ONLY, IF_HAD_THEN]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(lineText); m !== null; m = pattern.exec(lineText)) {
        const subject = m[1].trim().split(/\s+/).slice(0, 3);
        const isPeople = [3, 2, 1].some(
          (n) => subject.length >= n && isPeopleSubject(subject.slice(0, n).join(" "), people),
        );
        if (isPeople) {
          add(m.index, m[0].length, m[0].trim());
        }
      }
    }
    JUDGEMENT.lastIndex = 0;
    for (let m = JUDGEMENT.exec(lineText); m !== null; m = JUDGEMENT.exec(lineText)) {
      const before = lineText.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
      if (
        /\b(?:not|no|never|without|isn['’]t|wasn['’]t|rather than|instead of|blameless|avoid|beyond)\b[^.]*$/.test(
          before,
        )
      ) {
        continue; // "this was not human error", "rather than blame".
      }
      const possessor = POSSESSOR.exec(m[0])?.[1].toLowerCase();
      if (possessor !== undefined && NOT_A_NAME.has(possessor)) {
        continue; // "Today's fault would have been flagged": a day's, not a person's.
      }
      if (
        m[0].endsWith("fault of") &&
        !faultOfPeople(lineText.slice(m.index + m[0].length), people)
      ) {
        continue; // "it is the fault of the platform and its procedures": no person is blamed.
      }
      add(m.index, m[0].length, m[0]);
    }
  }
  return found;
}
