import {
  addLines,
  CONTINUES,
  deadlineFix,
  LIST_ITEM,
  noDeadline,
  noOwner,
  noTicket,
  ownerFix,
  ticketFix,
} from "./shapes.mjs";
import { htmlTableLines } from "./habits.mjs";

// Lists of actions written as a table, as trackers' exports and many templates do: each run of two or more
// labelled one-line items of a top-level list, with nothing between them, becomes the rows of an
// "Action | Owner | Due | Ticket | Status" table (or the same columns by other names) under a header, the labels moved to their rows. A done
// item's status cell says so; the other cells stay empty, or, when `fill` is set, take the owner, date or
// ticket the item lacks.

const FILLED = { owner: "Dana Whitfield", due: "2027-03-31", ticket: "OPS-4321", done: "Done" };

/** `fill`: the cells written where the item lacks them, or false for none. */
function tableRewrite(fill, names = ["Action", "Owner", "Due", "Ticket", "Status"]) {
  const header = [`| ${names.join(" | ")} |`, `|${" --- |".repeat(names.length)}`];
  return (text, items) =>
    addLines(text, items, (lines, labelled) => {
      const byLine = new Map(labelled.map((item) => [item.line - 1, item]));
      const rows = new Map();
      const fixes = new Map();
      for (const run of itemRuns(lines, byLine)) {
        run.forEach((index, position) => {
          const item = byLine.get(index);
          const text = lines[index].replace(LIST_ITEM_MARKS, "").trim().replace(/\|/g, "\\|");
          const cells = { owner: "", due: "", ticket: "" };
          if (fill) {
            cells.owner = noOwner(item.labels) ? fill.owner : "";
            cells.due = noDeadline(item.labels) ? fill.due : "";
            cells.ticket = noTicket(item.labels) ? fill.ticket : "";
            fixes.set(item, {
              ...(cells.owner ? ownerFix : {}),
              ...(cells.due ? deadlineFix : {}),
              ...(cells.ticket ? ticketFix : {}),
            });
          }
          const status = item.labels.done ? (fill ? fill.done : FILLED.done) : "";
          const row = `| ${text} | ${cells.owner} | ${cells.due} | ${cells.ticket} | ${status} |`;
          const before = position === 0 && (lines[index - 1] ?? "").trim() !== "" ? [""] : [];
          const after =
            position === run.length - 1 && (lines[index + 1] ?? "").trim() !== "" ? [""] : [];
          rows.set(index, [...before, ...(position === 0 ? header : []), row, ...after]);
        });
      }
      const out = [];
      const moved = [];
      lines.forEach((line, index) => {
        const written = rows.get(index) ?? [line];
        // A row's item sits after the blank line and header written before it.
        moved[index] = out.length + (rows.has(index) ? written.length - 1 - trailing(written) : 0);
        out.push(...written);
      });
      const labels = labelled.map((item) =>
        fixes.has(item) ? { ...item, labels: { ...item.labels, ...fixes.get(item) } } : item,
      );
      return { lines: out, moved, labels };
    });
}

/** The blank line written after a run's last row, if any. */
const trailing = (written) => (written.at(-1) === "" ? 1 : 0);

// The bullet or number, and a box, in front of an item's words.
const LIST_ITEM_MARKS = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;

/** Runs of two or more labelled one-line list items, line after line at one indentation. */
function itemRuns(lines, byLine) {
  const runs = [];
  let run = [];
  const close = () => {
    if (run.length >= 2) {
      runs.push(run);
    }
    run = [];
  };
  lines.forEach((line, index) => {
    const marker = LIST_ITEM.exec(line);
    const oneLine = !CONTINUES.test(lines[index + 1] ?? "") && !isDeeper(lines[index + 1], line);
    if (marker === null || indent(line) > 0 || !byLine.has(index) || !oneLine) {
      close();
      return;
    }
    const previous = run.at(-1);
    if (
      previous !== undefined &&
      (previous !== index - 1 || indent(lines[previous]) !== indent(line))
    ) {
      close();
    }
    run.push(index);
  });
  close();
  return runs;
}

const indent = (line) => /^\s*/.exec(line)[0].length;
/** The next line is a sub-item of this one. */
const isDeeper = (next, line) =>
  next !== undefined && LIST_ITEM.test(next) && indent(next) > indent(line);

export const TABLES = {
  actionTable: tableRewrite(false),
  actionTableFilled: tableRewrite(FILLED),
  taskTableFilled: tableRewrite(
    { owner: "@dwhitfield", due: "31 Mar 2027", ticket: "PLAT-4321", done: "Closed" },
    ["Task", "Assignee", "ETA", "Jira", "State"],
  ),
  whatWhoWhenFilled: tableRewrite(
    {
      owner: "Dana W.",
      due: "Q1 2027",
      ticket: "https://github.com/acme/platform/issues/4321",
      done: "✅",
    },
    ["What", "Who", "When", "Link", "Done?"],
  ),
  driTableFilled: tableRewrite(
    { owner: "D. Whitfield", due: "31/03/2027", ticket: "INC-4321", done: "Complete" },
    ["Action item", "DRI", "Target date", "Issue", "Status"],
  ),
  remediationTableFilled: tableRewrite(
    { owner: "dwhitfield", due: "Sprint 42", ticket: "#4321", done: "100%" },
    ["Remediation", "Responsible", "Due by", "Ticket #", "Progress"],
  ),
  // The same filled table as a wiki export writes it: HTML, links as tags.
  htmlTaskTableFilled: (text, items) => {
    const table = TABLES.taskTableFilled(text, items);
    return { text: htmlTableLines(table.text.split("\n")).join("\n"), labels: table.labels };
  },
  htmlWhatWhoWhenFilled: (text, items) => {
    const table = TABLES.whatWhoWhenFilled(text, items);
    return { text: htmlTableLines(table.text.split("\n")).join("\n"), labels: table.labels };
  },
};
