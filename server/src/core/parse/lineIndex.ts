import type { Position } from "../types";

/** Maps absolute offsets to 0-based line/character positions and back. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 0), this.lineStarts.length - 1)];
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) {
      return this.text.length;
    }
    const next = this.lineStarts[line + 1] - 1;
    return next > 0 && this.text[next - 1] === "\r" ? next - 1 : next;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) {
      return this.text.length;
    }
    return Math.min(
      this.lineStart(position.line) + Math.max(position.character, 0),
      this.lineEnd(position.line),
    );
  }
}

// A lone carriage return ends a line, as it does for the editor and the LSP; read as a line feed, the
// same length, every offset holds and every reader's "\n" sees the line break.
const LONE_CARRIAGE_RETURN = /\r(?!\n)/g;

/** `text` with each lone "\r" as "\n" (old Mac line endings, or a stray one). */
export function withLineFeeds(text: string): string {
  return text.includes("\r") ? text.replace(LONE_CARRIAGE_RETURN, "\n") : text;
}
