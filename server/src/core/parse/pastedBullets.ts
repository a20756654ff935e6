// Text pasted from a word processor or a chat keeps its bullets as characters ("• Add the alert",
// "  ◦ Owner: Ana"). Read as "-" at the same offsets, they are the list Markdown would have made, nested
// by their indentation, so every list reader sees them; the model keeps the document's own text.

const BULLET_CHARACTER = /[•◦▪‣●○]/;
// A bullet at a line's start (after indentation or quote marks), followed by a space.
const LINE_BULLET = /^([ \t]*(?:>[ \t]*)*)[•◦▪‣●○](?=[ \t])/gm;
const FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})/;

/** `text` with each line-leading bullet character as "-", outside fenced code. */
export function withPastedBullets(text: string): string {
  if (!BULLET_CHARACTER.test(text)) {
    return text;
  }
  const fenced = text.includes("```") || text.includes("~~~");
  return fenced ? outsideFences(text) : text.replace(LINE_BULLET, "$1-");
}

function outsideFences(text: string): string {
  let inFence = false;
  return text
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) {
        inFence = !inFence;
        return line;
      }
      return inFence ? line : line.replace(LINE_BULLET, "$1-");
    })
    .join("\n");
}
