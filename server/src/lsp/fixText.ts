// The text a fix writes, in the item's own convention (InsertionPoint), as LSP text edits.
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { InsertionPoint } from "../core/types";

export type FieldKind = "owner" | "deadline" | "status";

/** A placeholder a person overwrites; visible when rendered (unlike `<reason>`, which Markdown hides as HTML). */
export const REASON_PLACEHOLDER = "[reason]";
export const OWNER_PLACEHOLDER = "@owner";

const SUBFIELD_LABELS: Record<FieldKind, string> = { owner: "Owner", deadline: "Due", status: "Status" };

export function eolOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

function inlineText(kind: FieldKind, value: string, position: "prefix" | "suffix"): string {
  switch (kind) {
    case "owner":
      return position === "prefix" ? `${value}: ` : ` (owner: ${value})`;
    case "deadline":
      return position === "prefix" ? `(due: ${value}) ` : ` (due: ${value})`;
    case "status":
      return position === "prefix" ? `Deprioritized — ${value}: ` : ` — deprioritized: ${value}`;
  }
}

function cellText(kind: FieldKind, value: string): string {
  return kind === "status" ? ` Deprioritized: ${value} ` : ` ${value} `;
}

function subfieldValue(kind: FieldKind, value: string): string {
  return kind === "status" ? `deprioritized — ${value}` : value;
}

/** One edit writing `value` as the `kind` field at `at`. */
export function fieldEdit(document: TextDocument, at: InsertionPoint, kind: FieldKind, value: string): TextEdit {
  switch (at.kind) {
    case "prefix":
    case "suffix": {
      const position = document.positionAt(at.offset);
      return { range: { start: position, end: position }, newText: inlineText(kind, value, at.kind) };
    }
    case "cell":
      return {
        range: { start: document.positionAt(at.span.start), end: document.positionAt(at.span.end) },
        newText: cellText(kind, value),
      };
    case "subfield": {
      const text = document.getText();
      const eol = eolOf(text);
      const line = `${at.indent}${at.bullet} ${SUBFIELD_LABELS[kind]}: ${subfieldValue(kind, value)}`;
      const position = document.positionAt(at.offset);
      // The offset may be the start of the line after the item or the end of the item's last line.
      const atLineStart = at.offset === 0 || text[at.offset - 1] === "\n";
      return { range: { start: position, end: position }, newText: atLineStart ? `${line}${eol}` : `${eol}${line}` };
    }
  }
}

/** Offset of the first line after the front matter (0 when there is none). */
export function afterFrontMatter(text: string): number {
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (opening === null) {
    return 0;
  }
  const closing = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(opening[0].length);
  const match = closing.exec(rest);
  if (match === null) {
    return 0;
  }
  return opening[0].length + match.index + match[0].length;
}

const BLOCK_START = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}(?:\s|$)|>|\||```|~~~|<!--)/;

/**
 * "Disable RULE for this line": a `disable-next-line` comment on its own line above, with the line's
 * indentation; for a table row or a line inside a paragraph (where a comment line would split the
 * block) a `disable-line` comment at the end of the line instead.
 */
export function disableLineEdit(document: TextDocument, line: number, rule: string): TextEdit {
  const text = document.getText();
  const lineStart = document.offsetAt({ line, character: 0 });
  const nextLineStart = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : text.length;
  const lineText = text.slice(lineStart, nextLineStart).replace(/\r?\n$/, "");
  const previousLine = line > 0 ? document.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$/, "") : "";
  const isTableRow = /^\s*\|/.test(lineText);
  const isParagraphContinuation = previousLine.trim() !== "" && !BLOCK_START.test(lineText) && !/^\s*(?:```|~~~)/.test(previousLine);
  if (isTableRow || isParagraphContinuation) {
    const end = { line, character: lineText.length };
    return { range: { start: end, end }, newText: ` <!-- follow-through-disable-line ${rule} -->` };
  }
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? "";
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indent}<!-- follow-through-disable-next-line ${rule} -->${eolOf(text)}` };
}

/** "Disable RULE for this file": a `disable-file` comment (it also covers the front matter) at the top, after the front matter. */
export function disableFileEdit(document: TextDocument, rule: string): TextEdit {
  const text = document.getText();
  const offset = afterFrontMatter(text);
  const eol = eolOf(text);
  const needsLeadingEol = offset > 0 && offset === text.length && !text.endsWith("\n");
  const position = document.positionAt(offset);
  return { range: { start: position, end: position }, newText: `${needsLeadingEol ? eol : ""}<!-- follow-through-disable-file ${rule} -->${eol}` };
}
