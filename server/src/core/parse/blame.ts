import type { BlameSentence } from "../types";
import { NOT_A_NAME, PEOPLE_SUBJECT } from "./lexicon";

// Blame looks backward at a person ("Alice should have …"); a system that "should have
// retried" is a description of expected behaviour, not blame, so the subject must be people.

const PREFILTER = /should(?:['’]ve| have|n['’]?t have| not have)|failed to|forgot to|neglected to|didn['’]?t bother|did not bother|human error|fault|careless|negligen|sloppy|incompeten|reckless|to blame|if only|(?:wouldn['’]?t|would not) have (?:happened|occurred)/i;

const MODAL = /\b((?:[A-Za-z][\w'-]*\s+){0,3})(should(?:['’]ve| have|n['’]t have| not have)|failed to|forgot to|neglected to|didn['’]?t bother to|did not bother to|could(?:['’]ve| have) (?:caught|prevented|avoided|noticed|spotted))\s+([a-z]+)/gi;
const IF_PEOPLE = /\b(?:wouldn['’]?t|would not) have (?:happened|occurred|been (?:possible|an issue))\s+if\s+((?:[A-Za-z][\w'-]*\s*){1,3})/gi;
const IF_ONLY = /\bif only\s+((?:[A-Za-z][\w'-]*\s*){1,3})\s+(?:had|has|would|did)\b/gi;
const JUDGEMENT = /\b(human error|operator error|careless(?:ness|ly)?|negligen(?:t|ce|tly)|sloppy|incompeten(?:t|ce)|reckless(?:ly|ness)?|(?:his|her|their|[A-Z][a-z]+['’]s) (?:fault|mistake|negligence)|(?:the )?fault of|(?:is|are|was|were) to blame)\b/g;
const PARTICIPLE = /^(?:been|done|known|seen|caught|had|made|taken|given|run|written|gone|sent|kept|built|set|put|told|found|spotted|thought|brought|held|read|understood|met|noticed|checked|tested|verified|reviewed|rolled|escalated|paged|called|asked|followed|used|waited|stopped|looked|realized|realised|flagged|raised|added|applied|deployed|merged|approved|rejected|alerted|monitored|communicated|informed|notified|reported|documented|updated|configured|validated|double-checked|[a-z]+ed)$/;

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
  return isName && !/^(?:the|a|an|this|that|our|their|its)$/.test(previous) && last.length <= 12 && !/(?:ing|tion|ment|ness|ity|es|s)$/.test(last);
}

export function findBlame(text: string, excludedLines: Set<number>, lineStarts: (line: number) => number, lineCount: number, people: string[]): BlameSentence[] {
  if (!PREFILTER.test(text)) {
    return [];
  }
  const found: BlameSentence[] = [];
  for (let line = 0; line < lineCount; line++) {
    if (excludedLines.has(line)) {
      continue;
    }
    const start = lineStarts(line);
    const end = line + 1 < lineCount ? lineStarts(line + 1) : text.length;
    const lineText = text.slice(start, end).replace(/`[^`]*`/g, (code) => " ".repeat(code.length));
    if (!PREFILTER.test(lineText) || /^\s*<!--/.test(lineText)) {
      continue;
    }
    const add = (index: number, length: number, phrase: string): void => {
      found.push({ text: lineText.trim(), phrase, span: { start: start + index, end: start + index + length } });
    };
    MODAL.lastIndex = 0;
    for (let m = MODAL.exec(lineText); m !== null; m = MODAL.exec(lineText)) {
      const nextWord = m[3].toLowerCase();
      const isModalHave = /should|could/i.test(m[2]);
      if (isModalHave && !PARTICIPLE.test(nextWord)) {
        continue; // "X should have a default": possession, not hindsight.
      }
      if (isPeopleSubject(m[1], people)) {
        const phraseStart = m.index + m[1].length;
        add(m.index, m[0].length, lineText.slice(phraseStart, phraseStart + m[2].length));
      }
    }
    for (const pattern of [IF_PEOPLE, IF_ONLY]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(lineText); m !== null; m = pattern.exec(lineText)) {
        const subject = m[1].trim().split(/\s+/).slice(0, 3);
        const isPeople = [3, 2, 1].some((n) => subject.length >= n && isPeopleSubject(subject.slice(0, n).join(" "), people));
        if (isPeople) {
          add(m.index, m[0].length, m[0].trim());
        }
      }
    }
    JUDGEMENT.lastIndex = 0;
    for (let m = JUDGEMENT.exec(lineText); m !== null; m = JUDGEMENT.exec(lineText)) {
      const before = lineText.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
      if (/\b(?:not|no|never|without|isn['’]t|wasn['’]t|rather than|instead of|blameless|avoid|beyond)\b[^.]*$/.test(before)) {
        continue; // "this was not human error", "rather than blame".
      }
      add(m.index, m[0].length, m[0]);
    }
  }
  // One finding per line is enough.
  const perLine = new Map<number, BlameSentence>();
  for (const sentence of found) {
    const key = sentence.span.start - (sentence.span.start % 1);
    const lineKey = text.lastIndexOf("\n", key);
    if (!perLine.has(lineKey)) {
      perLine.set(lineKey, sentence);
    }
  }
  return [...perLine.values()].sort((a, b) => a.span.start - b.span.start);
}
