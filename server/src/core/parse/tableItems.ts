import type { Token } from "markdown-it";
import type { ActionStatus, Deadline, Owner, Span, TableColumns, TrackerRef } from "../types";
import {
  CRITERIA_COLUMN,
  DONE_MARKS,
  DONE_WORDS,
  DROPPED_MARKS,
  OPEN_MARKS,
  OPEN_WORDS,
} from "./lexicon";
import { pushItem, type Builder, type SectionContext } from "./builder";
import { findDeadline } from "./dates";
import { headingAsItem } from "./headingItems";
import { readFields, startsWithVerb, statusFromWord } from "./fields";
import { isNarrativeHeading, isNotActionHeadingText } from "./headings";
import { isNotAnItem } from "./lineShapes";
import { toPlainText } from "./markdownText";
import { ownersAsWritten, ownersFrom } from "./owners";
import {
  headerNames,
  isActionColumnHeader,
  isRowNumber,
  isStandaloneActionTable,
  mapColumns,
  namesNoActionPart,
  isNamedRowLabel,
  isRowLabelColumn,
  isTeamOwnerColumn,
  rowNumbers,
  splitRow,
  type Cell,
  type TableRow,
} from "./table";
import {
  findTrackerRefs,
  isNoDeadline,
  isPlaceholder,
  linksOnlyElsewhere,
  referenceLength,
} from "./trackerRefs";

/** The rows of the Markdown table whose tokens run from `start` to `end`, without the delimiter row. */
export function tableRows(
  builder: Builder,
  tokens: Token[],
  start: number,
  end: number,
  inAction: boolean,
): TableRow[] {
  const rows: TableRow[] = [];
  for (let index = start; index <= end && index < tokens.length; index++) {
    const map = tokens[index].type === "tr_open" ? tokens[index].map : null;
    if (map !== null) {
      const lineText = builder.lines.lineText(map[0]);
      if (!DELIMITER_ROW.test(lineText)) {
        rows.push({ start: builder.lines.lineStart(map[0]), cells: splitRow(lineText) });
      }
      // Outside an action section only a header naming actions makes the rows worth splitting
      // (most such tables are timelines); readTable would read none of them.
      if (
        rows.length === 1 &&
        !inAction &&
        !headerNames(rows[0].cells).some(isActionColumnHeader)
      ) {
        return rows;
      }
    }
  }
  return rows;
}

// An "Outcome" or "Result" column may say what became of the item ("Resolved by PR #47", "Open — deferred") or
// what the item is for ("Reduced load on the gateway"): only a status word in front says the former.
const RESULT_HEADER = /^(?:outcome|result)$/;
const RESULT_STATUS = new RegExp(
  String.raw`^[\s*_~\p{Extended_Pictographic}]*(?:${DONE_MARKS}|${OPEN_MARKS}|${DROPPED_MARKS})\b`,
  "iu",
);
const DELIMITER_ROW = /^[-:\s|]+$/;
/** "Done", "DONE in v2", "Done (3 May)": a due cell that says the work is finished, and where or when. */
function saysDone(cell: string): boolean {
  const lead = DONE_LEAD.exec(cell);
  return DONE_WORDS.test(cell) || (lead !== null && DONE_WORDS.test(lead[1]));
}
const DONE_LEAD = /^([a-z]+)\s*(?:\(|in\b|on\b|since\b|[-–—:,])/i;

/** A run of two letters: a cell without one holds no words. */
const WORDED = /[a-z]{2}/i;

function leadsWithVerb(row: TableRow, columns: TableColumns): boolean {
  const cell = columns.text === undefined ? undefined : row.cells[columns.text];
  return cell !== undefined && startsWithVerb(toPlainText(cell.text));
}

export function readTable(
  builder: Builder,
  rows: TableRow[],
  section: SectionContext | undefined,
  inAction: boolean,
): number {
  if (rows.length < 2) {
    return 0;
  }
  const headers = headerNames(rows[0].cells);
  if (inAction && isFieldTable(rows, headers)) {
    return readFieldTable(builder, rows, section);
  }
  // Outside an action section a table holds actions only if a header names them (most such tables
  // are timelines), so the column mapping is skipped for the rest; isStandaloneActionTable would say no.
  if (!inAction && !headers.some(isActionColumnHeader)) {
    return 0;
  }
  const columns = mapColumns(headers);
  if (columns.text === undefined || (!inAction && !isStandaloneActionTable(columns))) {
    return 0;
  }
  if (namesNoActionPart(columns) && !rows.slice(1).some((row) => leadsWithVerb(row, columns))) {
    return 0; // Under an action heading, "| Resolver | Query |" rows of names are the data the actions are about.
  }
  if (
    section?.isAction !== true &&
    section !== undefined &&
    isNarrativeHeading(section.title) &&
    !isStandaloneActionTable(columns)
  ) {
    return 0;
  }
  if (
    section?.isAction !== true &&
    section !== undefined &&
    isNotActionHeadingText(section.title)
  ) {
    return 0; // "Actions taken", "Previous action items": the table's header says action, the heading says not ours.
  }
  let added = 0;
  const numbered = rowNumbers(rows, headers);
  const criteria = headers.findIndex((header) => CRITERIA_COLUMN.test(header));
  const teamColumn = isTeamOwnerColumn(columns);
  for (const row of rows.slice(1)) {
    const { cells, start: lineStart } = row;
    const textCell = cells[columns.text];
    // "| 4.41 |", "| 0x3f… |": a figure or a key under a column like "Amount" is data, never an action.
    // "| None | |", "| No further actions from the infra side | |": the row says there is no action.
    if (
      textCell === undefined ||
      !WORDED.test(textCell.text) ||
      isNotAnItem(toPlainText(textCell.text).trim())
    ) {
      continue;
    }
    const cell = (index?: number): Cell | undefined =>
      index === undefined ? undefined : cells[index];
    const ownerCell = cell(columns.owner);
    const dueCell = cell(columns.due);
    const trackerCell = cell(columns.tracker);
    const statusCell = cell(columns.status);
    const notesCell = cell(columns.notes);
    const fields = readFields(textCell.text, builder.ctx);
    const criteriaCell = criteria === -1 ? undefined : cells[criteria];
    if (criteriaCell !== undefined && !isPlaceholder(criteriaCell.text)) {
      fields.descriptionText ??= toPlainText(criteriaCell.text);
    }
    const base = lineStart + textCell.start;
    const absolute = (c: Cell): Span => ({ start: lineStart + c.start, end: lineStart + c.end });

    let cellOwners: Owner[] | undefined;
    if (ownerCell !== undefined && !isPlaceholder(ownerCell.text)) {
      const found = ownersFrom(ownerCell.text, "cell", builder.ctx, absolute(ownerCell));
      cellOwners =
        found === "unassigned"
          ? []
          : (found ?? ownersAsWritten(ownerCell.text, "cell", absolute(ownerCell)));
      if (teamColumn) {
        cellOwners = cellOwners.map((owner) => ({ ...owner, isGroup: true }));
      }
    }
    let cellDeadline: Deadline | undefined;
    // "| Due | … | Done |": the due column says the work is finished, not when it is due.
    const doneInDue = dueCell !== undefined && saysDone(toPlainText(dueCell.text).trim());
    if (
      dueCell !== undefined &&
      !doneInDue &&
      !isPlaceholder(dueCell.text) &&
      !isNoDeadline(dueCell.text)
    ) {
      cellDeadline = deadlineFromCell(builder, dueCell.text, absolute(dueCell));
    }
    let cellTracker: TrackerRef[] | undefined;
    // "Bug 5554823 TODO", "n/a DONE": a Google-style bug cell ends in the item's status.
    const trackerCellRead = trackerCell === undefined ? undefined : readTrackerCell(trackerCell);
    if (
      trackerCell !== undefined &&
      trackerCellRead !== undefined &&
      !isPlaceholder(trackerCellRead.reference) &&
      !linksOnlyElsewhere(trackerCellRead.reference) &&
      !isRowNumber(columns.headers[columns.tracker!], trackerCell.text)
    ) {
      cellTracker = trackerRefFromCell(trackerCellRead.reference, lineStart + trackerCell.start);
    }
    if (cellTracker === undefined) {
      // "Open ([#53](…))" in the Status cell, "see OPS-12" in Notes: a ticket written in another column.
      for (const [index, other] of cells.entries()) {
        if (
          index === columns.text ||
          index === columns.owner ||
          index === columns.due ||
          index === columns.tracker ||
          other.text === "" ||
          !/[#\d/]/.test(other.text) ||
          isRowLabelColumn(columns, index) ||
          isNamedRowLabel(columns.headers[index] ?? "", other.text)
        ) {
          continue;
        }
        const found = findTrackerRefs(other.text, { trackerKeys: builder.ctx.trackerKeys }).filter(
          (ref) => numbered?.has(ref.ref.text) !== true, // "see #1": the page's own row 1.
        );
        if (found.length > 0) {
          cellTracker = found.map((ref) => ({
            ...ref.ref,
            source: "cell" as const,
            span: {
              start: lineStart + other.start + ref.start,
              end: lineStart + other.start + ref.end,
            },
          }));
          break;
        }
      }
    }
    let cellStatus: ActionStatus | undefined;
    if (
      statusCell !== undefined &&
      !isPlaceholder(statusCell.text) &&
      (!RESULT_HEADER.test(columns.headers[columns.status!] ?? "") ||
        RESULT_STATUS.test(toPlainText(statusCell.text)))
    ) {
      cellStatus =
        statusFromWord(statusCell.text, absolute(statusCell)) ??
        completedOn(builder, columns.headers[columns.status!], statusCell, absolute(statusCell));
      if (
        cellStatus?.state === "deprioritized" &&
        cellStatus.reason === undefined &&
        notesCell !== undefined &&
        !isPlaceholder(notesCell.text)
      ) {
        cellStatus = { ...cellStatus, reason: toPlainText(notesCell.text) };
      }
    }
    if (cellStatus?.state === "done" && columns.headers.includes("resolution")) {
      // "| Closed | Won't Do |": a tracker export's Resolution column says how a closed ticket ended.
      const resolution = cells[columns.headers.indexOf("resolution")];
      const said =
        resolution === undefined || resolution === statusCell || isPlaceholder(resolution.text)
          ? undefined
          : statusFromWord(resolution.text, absolute(resolution));
      if (said?.state === "deprioritized") {
        cellStatus = said;
      }
    }
    if (cellStatus === undefined) {
      // Google-style tables mark completion with **DONE** in whichever cell has room.
      const marked = cells.find(
        (c, index) =>
          index !== columns.text &&
          /\*\*(?:DONE|COMPLETED?|FIXED)\*\*|^\s*(?:DONE|\u2705|\[[xX]\]|\u2611\uFE0F?)\s*$|\u2705/.test(
            c.text,
          ),
      );
      if (doneInDue) {
        cellStatus = { state: "done", evidence: "due column", span: absolute(dueCell) };
      } else if (marked !== undefined) {
        cellStatus = { state: "done", evidence: "DONE", span: absolute(marked) };
      } else if (trackerCell !== undefined && trackerCellRead?.status !== undefined) {
        cellStatus = statusFromWord(trackerCellRead.status, absolute(trackerCell));
      } else if (notesCell !== undefined && !isPlaceholder(notesCell.text)) {
        const noted = statusFromWord(notesCell.text, absolute(notesCell));
        if (noted !== undefined && noted.state !== "open") {
          cellStatus = noted;
        }
      }
    }
    if (
      cellDeadline === undefined &&
      statusCell !== undefined &&
      cellStatus?.state !== "done" &&
      cellStatus?.state !== "deprioritized"
    ) {
      cellDeadline = deadlineInStatus(builder, statusCell, absolute(statusCell));
    }
    if (cellStatus === undefined && fields.status?.inferred === true && statusCell !== undefined) {
      fields.status = undefined; // An empty Status column says the row is still open.
    }
    if (
      notesCell !== undefined &&
      fields.reasonText === undefined &&
      !isPlaceholder(notesCell.text)
    ) {
      fields.reasonText = toPlainText(notesCell.text);
    }
    pushItem(builder, {
      raw: textCell.text,
      base,
      end: lineStart + textCell.end,
      format: "table",
      fields,
      extra: [],
      section,
      cells: {
        owner: ownerCell,
        due: dueCell,
        tracker: trackerCell,
        status: statusCell,
        lineStart,
      },
      cellOwners,
      cellDeadline,
      cellTracker,
      cellStatus,
    });
    added++;
  }
  return added;
}

const FIELD_NAME =
  /^(?:owners?|assignees?|assigned to|dri|who|responsible|accountable|due(?: date)?|deadline|eta|target(?: date)?|tickets?|jira|issues?|bugs?|tracking|links?|status|state|priority|type|category|kind|description|details|action(?: id)?|id|summary|root cause|time horizon|horizon|notes?|severity|effort|estimate|classification|3d classification|success criteria|acceptance criteria|verification|evidence|reason|rationale)$/;

/** A two-column Field / Value table ("| **Owner** | Leila |"): the fields of one action, not a list of them. */
function isFieldTable(rows: TableRow[], headers: string[]): boolean {
  if (headers.length !== 2 || rows.length < 3) {
    return false;
  }
  let named = 0;
  for (const row of rows.slice(1)) {
    const key = toPlainText(row.cells[0]?.text ?? "")
      .toLowerCase()
      .replace(/[:*]/g, "")
      .trim();
    if (FIELD_NAME.test(key)) {
      named++;
    }
  }
  return named >= 2 && named * 2 >= rows.length - 1;
}

/**
 * "### CA-1: Add a p99 alert" over a Field / Value table: the heading is the action and the rows are its
 * owner, due date, ticket and status. A field table under the action heading itself has no item to belong to.
 */
function readFieldTable(
  builder: Builder,
  rows: TableRow[],
  section: SectionContext | undefined,
): number {
  const heading = headingAsItem(builder, section);
  if (section === undefined || heading === undefined) {
    return 0;
  }
  const { raw, base, lineStart: headingStart } = heading;
  const fields = readFields(raw, builder.ctx);
  // Each value cell, shifted so that its offsets count from the heading's line like a table row's do.
  const cells: { owner?: Cell; due?: Cell; tracker?: Cell; status?: Cell; lineStart: number } = {
    lineStart: headingStart,
  };
  let cellOwners: Owner[] | undefined;
  let cellDeadline: Deadline | undefined;
  let cellTracker: TrackerRef[] | undefined;
  let cellStatus: ActionStatus | undefined;
  for (const row of rows.slice(1)) {
    const rowStart = row.start;
    const [keyCell, valueCell] = row.cells;
    if (keyCell === undefined || valueCell === undefined) {
      continue;
    }
    const shift = rowStart - headingStart;
    const value: Cell = {
      text: valueCell.text,
      start: valueCell.start + shift,
      end: valueCell.end + shift,
      outerStart: valueCell.outerStart + shift,
      outerEnd: valueCell.outerEnd + shift,
    };
    const span: Span = { start: headingStart + value.start, end: headingStart + value.end };
    const role = mapColumns([
      toPlainText(keyCell.text).toLowerCase().replace(/[:*]/g, "").trim(),
      "value",
    ]);
    const filled = !isPlaceholder(value.text);
    if (role.owner === 0) {
      cells.owner = value;
      if (filled) {
        const found = ownersFrom(value.text, "cell", builder.ctx, span);
        cellOwners =
          found === "unassigned" ? [] : (found ?? ownersAsWritten(value.text, "cell", span));
      }
    } else if (role.due === 0) {
      cells.due = value;
      if (filled && !isNoDeadline(value.text)) {
        cellDeadline = deadlineFromCell(builder, value.text, span);
      }
    } else if (role.tracker === 0) {
      cells.tracker = value;
      if (filled) {
        cellTracker = trackerRefFromCell(
          value.text.slice(0, referenceLength(value.text)),
          span.start,
        );
      }
    } else if (role.status === 0) {
      cells.status = value;
      if (filled) {
        cellStatus = statusFromWord(value.text, span);
      }
    }
  }
  pushItem(builder, {
    raw,
    base,
    end: heading.end,
    format: "table",
    fields,
    extra: [],
    section,
    cells,
    cellOwners,
    cellDeadline,
    cellTracker,
    cellStatus,
  });
  section.hasStructuredItems = true;
  return 1;
}

/** A tracker cell's reference, and the status word written after it ("Bug 5554823 TODO"), if any. */
function readTrackerCell(trackerCell: Cell): { reference: string; status?: string } {
  const { text } = trackerCell;
  const length = referenceLength(text);
  const tail = toPlainText(text.slice(length)).replace(/^[\s\-\u2013\u2014:;,([|]+|[)\]]+$/g, "");
  if (length === text.length) {
    // The whole cell may be the status: "DONE".
    const whole = toPlainText(text).trim();
    return DONE_WORDS.test(whole) || OPEN_WORDS.test(whole)
      ? { reference: "", status: whole }
      : { reference: text };
  }
  return { reference: text.slice(0, length), status: tail === "" ? undefined : tail };
}

/** A column that says when the work was finished ("Completed", "Done?"). */
const COMPLETION_HEADER = /^(?:done|completed?|closed|finished|resolved)\??$/;

/** "| Completed |" over "2026-11-30": a date there says the work was finished then. */
function completedOn(
  builder: Builder,
  header: string,
  cell: Cell,
  span: Span,
): ActionStatus | undefined {
  if (!COMPLETION_HEADER.test(header)) {
    return undefined;
  }
  const text = toPlainText(cell.text).trim();
  const found = findDeadline(text, builder.ctx.reference, builder.ctx.dayFirst);
  return found?.date === undefined || found.text.length < text.length - 2
    ? undefined
    : { state: "done", evidence: `${header} ${text}`, span };
}

/** A due cell's text as the item's deadline, with the date it names. */
function deadlineFromCell(builder: Builder, text: string, span: Span): Deadline {
  const plain = toPlainText(text);
  const found = findDeadline(plain, builder.ctx.reference, builder.ctx.dayFirst);
  return { text: plain, date: found?.date, source: "cell", span };
}

/**
 * "| Scheduled Q1 |", "| Planned for 2027-01-15 |": an open item's Status cell that names when, with no Due
 * cell to say it, gives the deadline; "In progress since 2026-11-01" says when it started, not when it is due.
 */
function deadlineInStatus(builder: Builder, cell: Cell, span: Span): Deadline | undefined {
  const plain = toPlainText(cell.text);
  const found = MAY_NAME_WHEN.test(plain)
    ? findDeadline(plain, builder.ctx.reference, builder.ctx.dayFirst)
    : undefined;
  return found === undefined || SINCE_BEFORE.test(plain.slice(0, found.index))
    ? undefined
    : { text: found.text, date: found.date, source: "cell", span };
}
// Most status cells ("Open", "In progress") name no time: the deadline search runs only with a digit or a period word.
const MAY_NAME_WHEN = /\d|\b(?:q[1-4]|h[12]|sprint|week|month|quarter|year|eo[dwmqy])\b/i;
const SINCE_BEFORE = /\b(?:since|from|started|began|opened|raised|on hold)\s*$/i;

/** The reference a tracker cell opens with, from `start` in the document, as the item's tracker ref. */
function trackerRefFromCell(reference: string, start: number): TrackerRef[] {
  return [
    {
      text: toPlainText(reference),
      kind: "cell",
      source: "cell",
      span: { start, end: start + reference.length },
    },
  ];
}
