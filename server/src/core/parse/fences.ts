// Fenced code holds commands and logs, never the page's prose: readers that walk lines skip it.
// CommonMark: a fence is three or more backticks or tildes, indented at most three spaces, and closes
// at a fence of the same character at least as long.
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;

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
    } else if (fence[0] === this.open[0] && fence.length >= this.open.length) {
      this.open = undefined;
    }
    return true;
  }
}
