import { FenceTracker } from "./fences";

// Some editors align list text in a column, "1.            Rewrite the tool": five or more spaces after the
// marker, which CommonMark reads as an indented code block inside the item, so the item holds no prose.
// Its writer meant the text; for the block parse only, the run of spaces reads as one. Lines keep their
// numbers and the readers take each item's text from the document itself.

// A list marker at a line's start (after indentation or quote marks), then five or more blanks before words.
const SPACED_MARKER = /^([ \t]*(?:>[ \t]*)*(?:\d{1,9}[.)]|[-*+]))[ \t]{5,}(?=[\p{L}*_[(`"'])/gmu;
const ANY_SPACED_MARKER = /^[ \t]*(?:>[ \t]*)*(?:\d{1,9}[.)]|[-*+])[ \t]{5,}\S/m;

/** `text` with each list marker's wide gap before its words read as one space, outside fenced code. */
export function withNarrowMarkerGaps(text: string): string {
  // A run of five blanks holds a tab or five spaces: two substring searches spare most documents the scan.
  if ((!text.includes("     ") && !text.includes("\t")) || !ANY_SPACED_MARKER.test(text)) {
    return text;
  }
  const fences = new FenceTracker();
  return text
    .split("\n")
    .map((line) => (fences.isCode(line) ? line : line.replace(SPACED_MARKER, "$1 ")))
    .join("\n");
}
