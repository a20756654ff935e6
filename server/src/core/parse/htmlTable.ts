import type { Builder, SectionContext } from "./builder";
import type { TableRow } from "./table";
import { readTable } from "./tableItems";

// Action tables written in HTML inside Markdown ("<table><tr><td>…</td></tr></table>"): wiki exports, and
// tables whose cells hold line breaks or lists. Each row is read like a Markdown row: its cells' content
// with offsets counted from the row's start.

// A row or cell ends before the next one opens: a page of unclosed "<td>"s is then read in linear time,
// where each opening tag used to scan the rest of the page for its closing one.
const ROW = /<tr\b[^<>]*>((?:(?!<tr\b)[\s\S])*?)<\/tr\s*>/gi;
const CELL = /<t([hd])\b[^<>]*>((?:(?!<t[hd]\b)[\s\S])*?)<\/t\1\s*>/gi;

/** The rows of the HTML tables in `html`, which starts at document offset `offset`. */
export function htmlTableRows(html: string, offset: number): TableRow[] {
  const rows: TableRow[] = [];
  ROW.lastIndex = 0;
  for (let row = ROW.exec(html); row !== null; row = ROW.exec(html)) {
    const inner = row[1];
    const innerStart = row.index + row[0].indexOf(inner);
    const cells: TableRow["cells"] = [];
    CELL.lastIndex = 0;
    for (let cell = CELL.exec(inner); cell !== null; cell = CELL.exec(inner)) {
      const content = cell[2];
      // The content starts right after the opening tag's ">".
      const outerStart = innerStart - row.index + cell.index + cell[0].indexOf(">") + 1;
      const leading = content.length - content.trimStart().length;
      const text = content.trim();
      cells.push({
        text,
        start: outerStart + leading,
        end: outerStart + leading + text.length,
        outerStart,
        outerEnd: outerStart + content.length,
      });
    }
    if (cells.length > 0) {
      rows.push({ start: offset + row.index, cells });
    }
  }
  return rows;
}

const TABLE_OPEN = /<table\b/i;
const TABLE_CLOSE = /<\/table\s*>/i;

/**
 * Reads the HTML block on lines `map` as (part of) a table: rows gather from "<table>" to "</table>",
 * across the blocks a blank line splits it into, and the table is read as a Markdown one would be.
 * Returns the rows still waiting for their "</table>" and how many items the closed table added.
 */
export function readHtmlTableBlock(
  builder: Builder,
  map: [number, number],
  pending: TableRow[] | undefined,
  section: SectionContext | undefined,
  inAction: boolean,
): { pending: TableRow[] | undefined; added: number } {
  const start = builder.lines.lineStart(map[0]);
  const html = builder.text.slice(start, builder.lines.lineEnd(map[1] - 1));
  const opens = TABLE_OPEN.exec(html);
  if (pending === undefined && opens === null) {
    return { pending: undefined, added: 0 };
  }
  const rows = [...(pending ?? []), ...htmlTableRows(html, start)];
  if (!TABLE_CLOSE.test(html)) {
    return { pending: rows, added: 0 };
  }
  const added = readTable(builder, rows, section, inAction);
  if (added > 0 && section !== undefined) {
    section.hasStructuredItems = true;
  }
  return { pending: undefined, added };
}
