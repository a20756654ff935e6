import type { Builder } from "./builder";
import { startsWithVerb } from "./fields";
import { FIELD_LINE, LIST_MARKER, TYPED_LIST_MARK } from "./lineShapes";

// The lines of a paragraph as the bare-line and labelled-line readers see them: which lines continue the one
// before (a hard wrap) and which start an item of their own, and a paragraph's text.

/** Longer, a line is more likely prose than an item: one line, and a line with its wrapped continuations. */
export const MAX_LINE_LENGTH = 300;
export const MAX_WRAPPED_LENGTH = 600;

// A line of a paragraph is hard-wrapped text, not an item of its own, when the line before it is long, does
// not end its sentence, and either this line goes on in lower case or the line before ends on a word that
// cannot end one ("… ping the whole", "… (filed").
const WRAP_MIN_LENGTH = 50;
const COMMA_WRAP_MIN_LENGTH = 20;
const SENTENCE_END = /[.!?]["'’”)*_]*$/;
export const OPEN_END =
  /(?:[,(\-–—&/]|\b(?:a|an|the|and|or|but|of|to|for|with|in|on|at|by|from|that|which|who|would|should|will|can|could|is|are|was|were|be|as|than|into|about|our|their|its|your|this|these)|\(\w+)$/i;

/** A paragraph's text from its first word to the end of its last line, and where it starts and ends. */
export function paragraphText(
  builder: Builder,
  map: [number, number],
): { start: number; end: number; raw: string } {
  const firstText = builder.lines.lineText(map[0]);
  const start = builder.lines.lineStart(map[0]) + (firstText.length - firstText.trimStart().length);
  const end = builder.lines.lineEnd(map[1] - 1);
  return { start, end, raw: builder.text.slice(start, end).trimEnd() };
}

/** The paragraph's lines as [first, last] line pairs, each wrapped line joined to the line it continues. */
export function wrappedLines(builder: Builder, map: [number, number]): [number, number][] {
  if (isFilledParagraph(builder, map) || hasClauseBreaks(builder, map)) {
    return [[map[0], map[1] - 1]];
  }
  const units: [number, number][] = [];
  for (let line = map[0]; line < map[1]; line++) {
    const last = units[units.length - 1];
    if (
      last !== undefined &&
      last[1] === line - 1 &&
      (continuesLine(builder.lines.lineText(line - 1), builder.lines.lineText(line)) ||
        hangsUnder(builder.lines.lineText(last[0]), builder.lines.lineText(line)))
    ) {
      last[1] = line;
    } else {
      units.push([line, line]);
    }
  }
  return units;
}

/**
 * A labelled line ("**TODO**: add the lag alert to the consumer") goes on in the next line of its paragraph
 * however short it is, when that line goes on in lower case and opens no label or field of its own: a list of
 * bare items never starts with a label, so the short-line guard against joining two items does not apply.
 */
export function continuesLabelledLine(
  previous: string,
  next: string,
  isLabelled: (line: string) => boolean,
): boolean {
  if (continuesLine(previous, next)) {
    return true;
  }
  const after = next.trim();
  return (
    /^[a-z(]/.test(after) &&
    !SENTENCE_END.test(previous.trim()) &&
    !FIELD_LINE.test(after) &&
    !isLabelled(next)
  );
}

// "a) Handover sheet: add a field. Owner: Critical" over "   Environment Engineering.": under a line that
// opens with a letter or a section number ("4.1.2 …"), a line indented past it goes on with that item, a
// field line ("   Owner: …") too.
const HANGING_MARK = /^\s*(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?\s)/;
const indent = (line: string): number => line.length - line.trimStart().length;

function hangsUnder(first: string, line: string): boolean {
  const after = line.trim();
  return (
    indent(line) > indent(first) &&
    after !== "" &&
    (TYPED_LIST_MARK.test(first) || HANGING_MARK.test(first)) &&
    !LIST_MARKER.test(after) &&
    !TYPED_LIST_MARK.test(after) &&
    !HANGING_MARK.test(after)
  );
}

// "See the full diff" over "[here](…).": one lower-case word that closes the sentence is no item of its own.
const CLOSING_WORD = /^\[?[a-z][\w-]*(?:\]\([^()\s]*\))?[.!?]?$/;
const LINK_GOES_ON = /^\[[a-z]/;

export function continuesLine(previous: string, next: string): boolean {
  const before = previous.trim();
  const after = next.trim();
  if (before !== "" && !SENTENCE_END.test(before) && CLOSING_WORD.test(after)) {
    return true;
  }
  // "We have begun" over "[rewriting the restore guide](…/pull/12)": a link whose text goes on in lower case
  // carries on the sentence, however short the line before. Under "Add a lag alert", led by a verb, it may be
  // the next of a list of unbulleted items.
  if (
    before !== "" &&
    !SENTENCE_END.test(before) &&
    LINK_GOES_ON.test(after) &&
    !LINK_GOES_ON.test(before) &&
    !FIELD_LINE.test(before) &&
    !startsWithVerb(before)
  ) {
    return true;
  }
  // A line that ends in a comma is half a sentence, however short: one sentence or clause per line
  // ("semantic line breaks") still makes one text.
  const minLength = before.endsWith(",") ? COMMA_WRAP_MIN_LENGTH : WRAP_MIN_LENGTH;
  if (
    before.length < minLength ||
    after === "" ||
    SENTENCE_END.test(before) ||
    FIELD_LINE.test(after) ||
    LIST_MARKER.test(after) ||
    TYPED_LIST_MARK.test(after)
  ) {
    return false;
  }
  if (OPEN_END.test(before)) {
    return true;
  }
  // Lines that each open with a lower-case verb are a list of actions ("add …" / "remove …"), not one wrapped line.
  const lowerCaseVerb = (line: string): boolean => /^[a-z]/.test(line) && startsWithVerb(line);
  return (
    (/^[a-z(`]/.test(after) && !(lowerCaseVerb(after) && lowerCaseVerb(before))) ||
    // "… rejects pushes / 2027-03-15 because of the retired key format": a date or figure the wrap put in front
    // goes on in lower case; lines that each open with one are a dated list, not one wrapped line.
    (NUMBER_LED.test(after) && !/^\d/.test(before))
  );
}
const NUMBER_LED = /^\d[\d./:-]*\s+[a-z]/;

/**
 * Prose an editor or a formatter filled to a column (Prettier's `proseWrap`, a "reflow"): three lines or more,
 * every break where the next word would not have fit within the paragraph's widest line, and at least half of
 * them plainly inside a sentence. Such a paragraph is one text, whatever capital or full stop a break lands
 * on ("… it should notify / Opsgenie as well", "… would help a lot. / (added …)"). Lines that are items of their own
 * end where their text ends, so their breaks rarely fit both tests.
 */
export function isFilledParagraph(builder: Builder, map: [number, number]): boolean {
  if (map[1] - map[0] < 3) {
    return false;
  }
  const lines: string[] = [];
  let widest = 0;
  for (let line = map[0]; line < map[1]; line++) {
    const text = builder.lines.lineText(line).trimEnd();
    lines.push(text);
    // A line of one unbreakable word (a long link) may pass the column; it does not set it.
    if (text.trim().includes(" ")) {
      widest = Math.max(widest, text.length);
    }
  }
  let insideSentence = 0;
  for (let index = 0; index + 1 < lines.length; index++) {
    const before = lines[index];
    const after = lines[index + 1].trim();
    const nextWord = /^\S*/.exec(after)?.[0] ?? "";
    if (
      before.length + 1 + nextWord.length <= widest ||
      LIST_MARKER.test(after) ||
      TYPED_LIST_MARK.test(after)
    ) {
      return false;
    }
    if (/^[a-z(`]/.test(after) || OPEN_END.test(before)) {
      insideSentence++;
    }
  }
  return insideSentence * 2 >= lines.length - 1;
}

/**
 * Prose written one clause per line ("As a host of documentation,\n we'd love to …\n We could build …,\n and
 * download …"): every line ends at a comma or a sentence's end, at least one at a comma, and there is more than one
 * sentence. Lines broken at a column end mid-clause; a list of unbulleted items has no line ending at a comma.
 */
function hasClauseBreaks(builder: Builder, map: [number, number]): boolean {
  if (map[1] - map[0] < 3) {
    return false;
  }
  let inside = 0;
  let between = 0;
  for (let line = map[0]; line + 1 < map[1]; line++) {
    const before = builder.lines.lineText(line).trimEnd();
    const after = builder.lines.lineText(line + 1).trim();
    if (LIST_MARKER.test(after) || TYPED_LIST_MARK.test(after) || FIELD_LINE.test(after)) {
      return false;
    }
    if (/[,;]$/.test(before)) {
      inside++;
    } else if (SENTENCE_END.test(before)) {
      between++;
    } else {
      return false;
    }
  }
  return between > 0 && inside > 0;
}
