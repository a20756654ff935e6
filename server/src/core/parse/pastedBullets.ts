import { FenceTracker } from "./fences";

// Text pasted from a word processor or a chat keeps its bullets as characters ("• Add the alert",
// "  ◦ Owner: Ana"). Read as "-" at the same offsets, they are the list Markdown would have made, nested
// by their indentation, so every list reader sees them; the model keeps the document's own text.

const BULLET_CHARACTER = /[•◦▪‣●○]/;
// A bullet at a line's start (after indentation or quote marks), followed by a space.
const LINE_BULLET = /^([ \t]*(?:>[ \t]*)*)[•◦▪‣●○](?=[ \t])/gm;

/** `text` with each line-leading bullet character as "-", outside fenced code. */
export function withPastedBullets(text: string): string {
  if (!BULLET_CHARACTER.test(text)) {
    return text;
  }
  const fenced = text.includes("```") || text.includes("~~~");
  return fenced ? outsideFences(text) : text.replace(LINE_BULLET, "$1-");
}

function outsideFences(text: string): string {
  const fences = new FenceTracker();
  return text
    .split("\n")
    .map((line) => (fences.isCode(line) ? line : line.replace(LINE_BULLET, "$1-")))
    .join("\n");
}
