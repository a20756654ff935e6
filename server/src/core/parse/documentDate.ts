import type { Token } from "markdown-it";
import { MONTHS, parseDocumentDate } from "./dates";
import type { LineIndex } from "./lineIndex";
import { toPlainText } from "./markdownText";

const METADATA_DATE =
  /^\s*(?:[-*]\s*)?(?:\|\s*)?(?:\*\*|__)?(?:date|incident date|date of incident|(?:report|review) date|date of (?:report|review)|review held|reviewed on|occurred(?: on)?|incident start|start(?:ed)?(?: at)?|published|written on)(?:\s*\([^()]{1,12}\))?(?:\*\*|__)?\s*(?::|\|)\s*(?:\*\*|__)?\s*(.+?)\s*\|?\s*$/i;

export function firstHeading(tokens: Token[]): string | undefined {
  const index = tokens.findIndex((token) => token.type === "heading_open");
  return index === -1 ? undefined : toPlainText(tokens[index + 1]?.content ?? "");
}

export function fileNameDate(fileName: string | undefined): Date | undefined {
  const match =
    fileName === undefined ? null : /(?:^|[\\/_-])((?:19|20)\d\d-\d\d-\d\d)[^\\/]*$/.exec(fileName);
  return match === null ? undefined : parseDocumentDate(match[1]);
}

const TITLE_DATE = new RegExp(
  String.raw`\b(?:(?:19|20)\d\d-\d\d-\d\d|(?:${MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS}),? (?:19|20)\d\d)\b`,
  "i",
);

/** "Incident report July 11 2025 - …": a full date in the title, the last place to look for the document's date. */
export function titleDate(title: string | undefined): Date | undefined {
  const match = title === undefined ? null : TITLE_DATE.exec(title);
  return match === null ? undefined : parseDocumentDate(match[0]);
}

/**
 * A date field's value opens with its date ("2026-03-03 14:02 UTC", "March 3, 2026", "Tue 3 Mar"); "Start:
 * write the rota into the calendar (Mia, 2027-01-20)" is a retro's item with its own due date.
 */
const OPENS_WITH_DATE = new RegExp(
  String.raw`^(?:\d|(?:${MONTHS})\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)`,
  "i",
);

export function metadataDate(lines: LineIndex, fromLine: number): Date | undefined {
  for (let line = fromLine; line < Math.min(lines.lineCount, fromLine + 40); line++) {
    const match = METADATA_DATE.exec(lines.lineText(line));
    const value = match === null ? "" : toPlainText(match[1]);
    if (OPENS_WITH_DATE.test(value)) {
      const date = parseDocumentDate(value);
      if (date !== undefined) {
        return date;
      }
    }
  }
  return undefined;
}
