import type { TableColumns } from "../types";
import { collapseWhitespace, toPlainText } from "./markdownText";
import { ACTION_LABEL_KEYS, OTHER_LANGUAGE_COLUMNS, OWNER_FIELD_KEYS } from "./lexicon";

export interface Cell {
  /** Cell content, trimmed. */
  text: string;
  /** Offsets (relative to the line) of the trimmed content. */
  start: number;
  end: number;
  /** Offsets of the whole cell between its pipes, for a fix that fills an empty cell. */
  outerStart: number;
  outerEnd: number;
}

/** One row of a Markdown or HTML table: its cells, with offsets counted from `start` (a document offset). */
export interface TableRow {
  start: number;
  cells: Cell[];
}

/** Splits a table row into cells, honouring escaped pipes and pipes inside code spans. */
export function splitRow(line: string): Cell[] {
  const cells: Cell[] = [];
  let inCode = false;
  const first = line.search(/\S/);
  let i = first === -1 ? 0 : first;
  if (line[i] === "|") {
    i++;
  }
  let cellStart = i;
  for (; i <= line.length; i++) {
    const ch = line[i];
    if (ch === "`") {
      inCode = !inCode;
    }
    if (i === line.length || (ch === "|" && line[i - 1] !== "\\" && !inCode)) {
      const outer = line.slice(cellStart, i);
      const leading = outer.length - outer.trimStart().length;
      const text = outer.trim();
      if (!(i === line.length && text === "" && cells.length > 0 && /\|\s*$/.test(line))) {
        cells.push({
          text,
          start: cellStart + leading,
          end: cellStart + leading + text.length,
          outerStart: cellStart,
          outerEnd: i,
        });
      }
      cellStart = i + 1;
    }
  }
  return cells;
}

const COLUMN_PATTERNS: [keyof Omit<TableColumns, "headers">, RegExp][] = [
  [
    "owner",
    // Every owner field key names the column too ("Point person", "Proposed owner").
    new RegExp(
      `^(?:${OWNER_FIELD_KEYS}|responsible (?:person|party|team)|accountable (?:person|party)|person|engineer|ic|owning (?:team|group|squad)|owner team)$`,
    ),
  ],
  [
    "due",
    /^(?:due|due ?dates?|deadlines?|eta|target(?: date| release| sprint)?|when|by when|by|completion date|target completion(?: date)?|completion target|timeline|timeframe|time ?frame|milestone|sprint|date due|expected(?: date)?|iteration(?: path)?|cycle|quarter|target (?:quarter|iteration|cycle|milestone)|planned for|due by|complete by|nlt)$/,
  ],
  [
    "tracker",
    /^(?:tickets?|bugs?|issues? ?(?:link|#|id|number|key)?|tracking(?: (?:issue|ticket|link))?|links?|jira(?: ticket| issue| link)?|tracker|refs?|references?|github(?: issue)?|gitlab(?: issue)?|linear(?: issue)?|task ?(?:id|link)|prs?|pull requests?|url|work ?item|story|epic|tracked in|where tracked|tracked|ticket ?(?:#|id|no\.?|number|link|url)|related (?:issues?|tickets?|bugs?|prs?|pull requests?))$/,
  ],
  // "Outcome" / "Result": what became of the item ("Resolved by PR #47", "Open, deferred"); an expected or
  // desired outcome is the success criteria instead, and matches no exact name here.
  [
    "status",
    /^(?:status|state|done\??|completed?\??|progress|resolution|closed\??|outcome|result)$/,
  ],
  ["notes", /^(?:notes?|comments?|reason|rationale|remarks|details|context|why)$/],
  [
    "text",
    /^(?:action ?items?|actions?|action points?|tasks?|items?|descriptions?|titles?|what|follow[- ]?ups?|follow[- ]?up actions?|remediations?(?: items?| actions?)?|summary|todos?|to ?do|changes?|fix(?:es)?|corrective actions?|preventive actions?|preventative actions?|improvements?|recommendations?|next steps?|work items?|mitigations?|proposed actions?|action required|steps?)$/,
  ],
];

const ROW_NUMBER_HEADER = /^(?:#|id|no\.?|nr\.?|num)$/;
const ITEM_HEADER = /^items?$/;
const DESCRIBES = /^(?:descriptions?|titles?|summary|actions?|action items?|tasks?|what)$/;

/** A "#" or "ID" column: with a column named for tickets beside it, its cells only label the rows ("CA-1"). */
export function isRowLabelColumn(columns: TableColumns, index: number): boolean {
  return columns.tracker !== undefined && ROW_NUMBER_HEADER.test(columns.headers[index] ?? "");
}

const NAMED_NUMBER_HEADER = /^([a-z]{1,8})\s?(?:#|no\.?|nr\.?|id|number)$/;
/** A "CAPA #" column's "CAPA-01": the header's own word and a number label the row, not a ticket. */
export function isNamedRowLabel(header: string, cell: string): boolean {
  const named = NAMED_NUMBER_HEADER.exec(header);
  const label =
    named === null ? null : /^([A-Za-z]{1,8})[-\s]?\d{1,3}$/.exec(toPlainText(cell).trim());
  return label !== null && label[1].toLowerCase() === named![1];
}

/**
 * The numbers a "#" or "No." column gives the rows ("| 1 |", "| 2 |"), so "see #1" in another cell points back
 * at a row of the page, not at a ticket.
 */
export function rowNumbers(rows: { cells: Cell[] }[], headers: string[]): Set<string> | undefined {
  const column = headers.findIndex((header) => ROW_NUMBER_HEADER.test(header));
  if (column < 0) {
    return undefined;
  }
  const numbers = new Set<string>();
  for (const row of rows.slice(1)) {
    const label = /^\s*(\d{1,3})\.?\s*$/.exec(row.cells[column]?.text ?? "");
    if (label !== null) {
      numbers.add(`#${Number(label[1])}`);
    }
  }
  return numbers;
}

// With a zero-padded number ("PA-02", "R-007"), which trackers never write.
const ROW_LABEL = new RegExp(
  String.raw`^(?:(?:(?:AI|A|AP|ITEM|${ACTION_LABEL_KEYS})[-\s]?)?\d{1,3}\.?|[A-Z]{1,6}-0\d{1,3})$`,
  "i",
);
const REF_HEADER = /^(?:ref\.?|reference)$/;
/** A cell of a "#", "ID" or "Ref" column that only numbers its row ("3", "AI-3", "A3", "CA-01"), not a ticket. */
export function isRowNumber(header: string, cell: string): boolean {
  return (
    (ROW_NUMBER_HEADER.test(header) || REF_HEADER.test(header)) &&
    ROW_LABEL.test(cell.replace(/[*_`]/g, "").trim())
  );
}

const TIME_COLUMN =
  /^(?:time|timestamp|time \(utc\)|time \([a-z]+\)|utc|at|start|end|duration|minute|event|events|date\/time|datetime)$/;

function normaliseHeader(header: string): string {
  return collapseWhitespace(toPlainText(header).toLowerCase().replace(/[*_:]/g, "")).trim();
}

/** The header row's names, plain and lower-cased, in column order. */
export function headerNames(headerCells: Cell[]): string[] {
  return headerCells.map((cell) => normaliseHeader(cell.text));
}

// Loose matches: "Owner (DRI)", "Jira ticket", "Due date (UTC)".
const LOOSE_COLUMN_PATTERNS: [keyof Omit<TableColumns, "headers">, RegExp][] = [
  ["owner", /\b(?:owner|owning|assignee|dri)\b/],
  ["due", /\b(?:due|deadline|eta|target date)\b/],
  ["tracker", /\b(?:ticket|jira|issue link|tracking|bug)\b/],
  ["status", /\bstatus\b/],
  ["text", /\b(?:actions?|tasks?|follow[- ]?ups?|remediations?)\b/],
];
/** The same columns named in another language ("| Aksjon | Eier | Referanse |"). */
const OTHER_LANGUAGE_COLUMN_PATTERNS: [keyof Omit<TableColumns, "headers">, RegExp][] = (
  ["owner", "due", "tracker", "status", "text"] as const
).map((role) => [role, new RegExp(`^(?:${OTHER_LANGUAGE_COLUMNS[role]})$`, "u")]);
// Exact names first; a loose match only when no exact one claims the header.
const COLUMN_PATTERN_TABLES = [
  COLUMN_PATTERNS,
  OTHER_LANGUAGE_COLUMN_PATTERNS,
  LOOSE_COLUMN_PATTERNS,
];

// "Owning team", "Responsible team": the owner column names teams, so what its cells hold is a group.
const TEAM_OWNER_HEADER = /\b(?:teams?|groups?|squads?)$/;

/** The owner column's header says its cells name teams ("Owning Team"), not people. */
export function isTeamOwnerColumn(columns: TableColumns): boolean {
  return (
    columns.owner !== undefined && TEAM_OWNER_HEADER.test(columns.headers[columns.owner] ?? "")
  );
}

/** Maps header names to roles; `columns.text` stays undefined when no column can hold the action. */
export function mapColumns(headers: string[]): TableColumns {
  const columns: TableColumns = { headers };
  headers.forEach((header, index) => {
    for (const patterns of COLUMN_PATTERN_TABLES) {
      for (const [role, pattern] of patterns) {
        if (columns[role] === undefined && pattern.test(header)) {
          columns[role] = index;
          return;
        }
      }
    }
  });
  if (columns.text !== undefined && ITEM_HEADER.test(headers[columns.text])) {
    // "| Item | Description | Owner |": beside a column that describes, "Item" numbers the rows ("R2").
    const described = headers.findIndex(
      (header, index) =>
        index !== columns.text && !Object.values(columns).includes(index) && DESCRIBES.test(header),
    );
    if (described !== -1) {
      columns.text = described;
    }
  }
  if (columns.tracker === undefined) {
    // "#" or "ID" is a ticket column only when no column is named for tickets; its cells are checked
    // row by row, since most such columns number the rows.
    const numbered = headers.findIndex(
      (header, index) => ROW_NUMBER_HEADER.test(header) && !Object.values(columns).includes(index),
    );
    if (numbered !== -1) {
      columns.tracker = numbered;
    }
  }
  if (columns.text === undefined) {
    // "Issue" names the action when no other column does.
    const issue = headers.findIndex((header) => /^issues?$/.test(header));
    if (issue !== -1 && columns.tracker === issue) {
      columns.text = issue;
      columns.tracker = undefined;
    }
  }
  if (columns.text === undefined) {
    const taken = new Set([
      columns.owner,
      columns.due,
      columns.tracker,
      columns.status,
      columns.notes,
    ]);
    const free = headers.findIndex(
      (header, index) =>
        !taken.has(index) &&
        !/^(?:#|no\.?|id|priority|prio|type|category|severity|sev|p|effort|size|area|theme|kind)$/.test(
          header,
        ),
    );
    if (free !== -1) {
      columns.text = free;
    }
  }
  return columns;
}

/**
 * No header names a part of an action: the action column was only the first one free ("| Resolver | Query |",
 * "| type | name |"), so the table may as well be reference data.
 */
export function namesNoActionPart(columns: TableColumns): boolean {
  const text = columns.text === undefined ? "" : columns.headers[columns.text];
  return (
    [columns.owner, columns.due, columns.tracker, columns.status, columns.notes].every(
      (index) => index === undefined,
    ) &&
    !COLUMN_PATTERN_TABLES.some((patterns) => patterns.some(([, pattern]) => pattern.test(text)))
  );
}

/** A table outside an action section holds actions only if its header says so unmistakably. */
export function isStandaloneActionTable(columns: TableColumns): boolean {
  if (columns.text === undefined) {
    return false;
  }
  const textHeader = columns.headers[columns.text];
  const actionHeader = isActionColumnHeader(textHeader);
  const hasTime = columns.headers.some((header) => TIME_COLUMN.test(header));
  return (
    actionHeader &&
    !hasTime &&
    (supportingColumnCount(columns) >= 1 || PLANNED_ACTION_HEADER.test(textHeader))
  );
}

/** How many of the owner, due date, ticket and status columns a table names. */
export function supportingColumnCount(columns: TableColumns): number {
  return [columns.owner, columns.due, columns.tracker, columns.status].filter(
    (index) => index !== undefined,
  ).length;
}

/** "Actions to improve", "Suggested action": a column of work still to do, with or without owners beside it. */
const PLANNED_ACTION_HEADER =
  /\b(?:suggested|proposed|recommended|next|planned|improvement|preventive|preventative|corrective) actions?\b|\bactions? (?:to (?:improve|take|prevent)|for improvement)\b/;

/** A header that names actions: the one thing a table outside an action section must have to hold them. */
export function isActionColumnHeader(header: string): boolean {
  return ACTION_COLUMN_HEADER.test(header);
}

const ACTION_COLUMN_HEADER =
  /\b(?:actions?|follow[- ]?ups?|remediations?|todos?|to do|corrective|preventive|preventative)\b/;
