// The text the tree view's "Mark done" and "Deprioritize with reason…" write, as offset changes on the
// document's current text: the task box ticked, the Status cell or Status line set, or a "(done)"
// marker where the item has no status of its own. Like fixes.ts, one place decides the text.
import { fieldChange, type TextChange } from "./fixes";
import { LineIndex } from "./parse/lineIndex";
import type { ActionItem } from "./types";

export type ActionChange = { kind: "done" } | { kind: "deprioritize"; reason: string };

const STATUS_LINE =
  /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:status|state)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?)(.*?)\s*$/i;
const CHECKBOX = /\[[ ~/-]?\]/g;

/** The changes that apply `change` to `item` in `text`; empty when there is nothing to do. */
export function actionChanges(text: string, item: ActionItem, change: ActionChange): TextChange[] {
  return change.kind === "done" ? markDone(text, item) : deprioritize(text, item, change.reason);
}

function markDone(text: string, item: ActionItem): TextChange[] {
  if (item.status.state === "done") {
    return [];
  }
  const lines = new LineIndex(text);
  const line = lines.positionAt(item.span.start).line;
  const lineStart = lines.lineStart(line);
  // A task box sits on the item's first line, before the action text.
  const before = text.slice(lineStart, item.span.start);
  let box: RegExpExecArray | null = null;
  for (let match = CHECKBOX.exec(before); match !== null; match = CHECKBOX.exec(before)) {
    box = match;
  }
  CHECKBOX.lastIndex = 0;
  if (box !== null && /^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+$/.test(before.slice(0, box.index))) {
    const start = lineStart + box.index;
    return [{ start, end: start + box[0].length, newText: "[x]" }];
  }
  const insert = item.insert.status;
  if (insert?.kind === "cell") {
    return [{ start: insert.span.start, end: insert.span.end, newText: " Done " }];
  }
  const statusLine = statusLineOf(text, lines, line);
  if (statusLine !== undefined) {
    return [statusLine];
  }
  if (insert?.kind === "subfield") {
    return [fieldChangeDone(text, insert)];
  }
  const offset =
    insert?.kind === "suffix" || insert?.kind === "prefix"
      ? insert.kind === "suffix"
        ? insert.offset
        : item.span.end
      : item.span.end;
  return [{ start: offset, end: offset, newText: " (done)" }];
}

function fieldChangeDone(
  text: string,
  insert: Extract<ActionItem["insert"]["owner"], { kind: "subfield" }>,
): TextChange {
  const change = fieldChange(text, insert, "owner", "done");
  return { ...change, newText: change.newText.replace(/Owner: done/, "Status: done") };
}

/** A `Status:` sub-bullet of the item (lines indented below its first line): its value becomes "done". */
function statusLineOf(text: string, lines: LineIndex, itemLine: number): TextChange | undefined {
  const indentOf = (line: string): number => /^\s*/.exec(line)?.[0].length ?? 0;
  const itemIndent = indentOf(lines.lineText(itemLine));
  for (let line = itemLine + 1; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    if (lineText.trim() === "") {
      continue;
    }
    if (indentOf(lineText) <= itemIndent) {
      return undefined;
    }
    const match = STATUS_LINE.exec(lineText);
    if (match !== null) {
      const start = lines.lineStart(line) + match[1].length;
      return { start, end: start + match[2].length, newText: "done" };
    }
  }
  return undefined;
}

function deprioritize(text: string, item: ActionItem, reason: string): TextChange[] {
  if (item.status.state === "deprioritized") {
    return [];
  }
  const clean = reason.replace(/\s+/g, " ").trim();
  const at = item.insert.status ?? { kind: "suffix" as const, offset: item.span.end };
  return [fieldChange(text, at, "status", clean === "" ? "[reason]" : clean)];
}
