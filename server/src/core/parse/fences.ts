// Fenced code holds commands and logs, never the page's prose: readers that walk lines skip it.
// CommonMark: a fence is three or more backticks or tildes, indented at most three spaces, and closes
// at a fence of the same character at least as long.
// A backtick fence's info string holds no backtick: "```code```" on one line is inline code, no fence.
// A closing fence has nothing after its marks but spaces.
const FENCE_LINE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const CLOSING_REST = /^\s*$/;

/** Walks a document's lines in order and says which are fenced code (the fence lines included). */
export class FenceTracker {
  private open: string | undefined;

  isCode(line: string): boolean {
    const fence = FENCE_LINE.exec(line)?.[1];
    if (fence === undefined) {
      return this.open !== undefined;
    }
    if (this.open === undefined) {
      this.open = fence;
    } else if (
      fence[0] === this.open[0] &&
      fence.length >= this.open.length &&
      CLOSING_REST.test(line.slice(line.indexOf(fence) + fence.length))
    ) {
      this.open = undefined;
    }
    return true;
  }
}
