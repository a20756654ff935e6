// `follow-through actions`: the open action items of every post-mortem found, read from the same
// workspace index the language server keeps, as text, JSON or CSV.
import { lint } from "../core/lint";
import { compareNewestFirst, filterPostMortems, isOverdue, isoDay } from "../core/index/query";
import { WorkspaceIndex } from "../core/index/workspaceIndex";
import type { IndexedAction, IndexedPostMortem } from "../core/index/types";
import { ConfigResolver, formatConfigProblem } from "./configs";
import { discoverTargets } from "./discover";
import { displayWidth, widest } from "./format/columns";
import { csvRow } from "./format/csv";
import type { ActionsCommandOptions } from "./options";
import { readSource } from "./read";

export interface ActionsIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  displayPath: (file: string) => string;
}

/** One action in `--format json`, with a 1-based line. */
export interface JsonAction {
  file: string;
  line: number;
  text: string;
  owners: string[];
  /** The resolved date (YYYY-MM-DD), else the deadline as written; null without one. */
  due: string | null;
  status: "open" | "done" | "deprioritized";
  tracker: string[];
  postMortem: { title: string; date: string | null };
}

export interface JsonActionsReport {
  actions: JsonAction[];
}

/** What the CLI's index commands need to find and read post-mortems. */
export interface IndexInputs {
  inputs: string[];
  configFile?: string;
  today: Date;
  maxFileSizeBytes: number;
}

/**
 * Fills a workspace index from the same discovery `lint` uses (`actions` and `metrics` share it), and
 * reports what could not be read on stderr. `incomplete` is true when a file or a config could not be read.
 */
export async function indexPostMortems(
  options: IndexInputs,
  io: ActionsIo,
): Promise<{ postMortems: IndexedPostMortem[]; incomplete: boolean }> {
  let incomplete = false;
  const configs = new ConfigResolver(options.configFile, (problems) => {
    for (const problem of problems) {
      io.stderr(`${formatConfigProblem(problem, io.displayPath)}\n`);
    }
  });
  const discovery = await discoverTargets(options.inputs, { cwd: io.cwd, configs });
  for (const error of discovery.errors) {
    io.stderr(`${io.displayPath(error.file)}: ${error.message}\n`);
    incomplete = true;
  }
  for (const input of discovery.empty) {
    io.stderr(`${input}: no post-mortems found\n`);
  }
  const index = new WorkspaceIndex((file, text) =>
    lint(text, { config: configs.forFile(file), today: options.today, fileName: file }),
  );
  for (const target of discovery.targets) {
    const source = readSource(target.file, options.maxFileSizeBytes);
    if (source.kind === "text") {
      try {
        index.setFileText(target.file, source.text);
      } catch (error) {
        io.stderr(
          `${io.displayPath(target.file)}: cannot read actions: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        incomplete = true;
      }
    } else if (source.kind === "error") {
      io.stderr(`${io.displayPath(target.file)}: cannot read file: ${source.message}\n`);
      incomplete = true;
    } else {
      io.stderr(
        `${io.displayPath(target.file)}: skipped: ${source.kind === "binary" ? "binary file" : "larger than --max-file-size"}\n`,
      );
    }
  }
  return {
    postMortems: index.postMortems(),
    incomplete: incomplete || configs.metUnreadableConfig,
  };
}

/** Returns the exit code: 0, or 2 when a file could not be read. */
export async function runActions(options: ActionsCommandOptions, io: ActionsIo): Promise<number> {
  const indexed = await indexPostMortems(options, io);
  const incomplete = indexed.incomplete;
  const today = isoDay(options.today);
  const postMortems = filterPostMortems(indexed.postMortems, {
    owner: options.owner === undefined ? undefined : [options.owner],
    states: options.status === "all" ? undefined : ["open"],
    overdue: options.overdue,
    today,
  })
    .filter((postMortem) => postMortem.actions.length > 0)
    .sort((a, b) => compareNewestFirst(a, b) || a.uri.localeCompare(b.uri));
  switch (options.format) {
    case "json":
      io.stdout(`${JSON.stringify(toJson(postMortems, io.displayPath), null, 2)}\n`);
      break;
    case "csv":
      io.stdout(toCsv(toJson(postMortems, io.displayPath)));
      break;
    default:
      io.stdout(toText(postMortems, today, io.displayPath, options.color));
  }
  return incomplete ? 2 : 0;
}

function dueOf(action: IndexedAction): string | null {
  return action.deadline === undefined ? null : (action.deadline.date ?? action.deadline.text);
}

export function toJson(
  postMortems: IndexedPostMortem[],
  displayPath: (file: string) => string,
): JsonActionsReport {
  const actions: JsonAction[] = [];
  for (const postMortem of postMortems) {
    for (const action of postMortem.actions) {
      actions.push({
        file: displayPath(postMortem.uri),
        line: action.range.start.line + 1,
        text: action.text,
        owners: action.owners,
        due: dueOf(action),
        status: action.state,
        tracker: action.trackerRefs,
        postMortem: { title: postMortem.title, date: postMortem.date ?? null },
      });
    }
  }
  return { actions };
}

/** RFC 4180 with CRLF line ends; see `csvField` for quoting and formula cells. */
export function toCsv(report: JsonActionsReport): string {
  const rows = [
    [
      "file",
      "line",
      "text",
      "owners",
      "due",
      "status",
      "tracker",
      "post_mortem",
      "post_mortem_date",
    ],
  ];
  for (const action of report.actions) {
    rows.push([
      action.file,
      String(action.line),
      action.text,
      action.owners.join("; "),
      action.due ?? "",
      action.status,
      action.tracker.join(" "),
      action.postMortem.title,
      action.postMortem.date ?? "",
    ]);
  }
  return rows.map(csvRow).join("");
}

/** A header per post-mortem, then `line  state  owner  due  text  tracker` rows, then a count. */
export function toText(
  postMortems: IndexedPostMortem[],
  today: string,
  displayPath: (file: string) => string,
  color: boolean,
): string {
  const wrap = (open: string, close: string) => (text: string) =>
    color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  const dim = wrap("2", "22");
  const red = wrap("31", "39");
  const underline = wrap("4", "24");
  const out: string[] = [];
  let open = 0;
  let overdue = 0;
  let total = 0;
  for (const postMortem of postMortems) {
    const heading = [postMortem.title, postMortem.date]
      .filter((part) => part !== undefined)
      .join(", ");
    out.push(`${underline(displayPath(postMortem.uri))}  ${heading}`);
    const rows = postMortem.actions.map((action) => {
      const late = isOverdue(action, today);
      total++;
      open += action.state === "open" ? 1 : 0;
      overdue += late ? 1 : 0;
      return {
        line: String(action.range.start.line + 1),
        state: late ? "overdue" : action.state,
        owner: action.owners.join(", ") || "-",
        due: dueOf(action) ?? "-",
        text: action.text,
        tracker: action.trackerRefs.join(" "),
      };
    });
    const width = (key: "line" | "state" | "owner" | "due"): number =>
      widest(rows, (row) => displayWidth(row[key]));
    const [lineWidth, stateWidth, ownerWidth, dueWidth] = [
      width("line"),
      width("state"),
      width("owner"),
      width("due"),
    ];
    for (const row of rows) {
      const state = row.state.padEnd(stateWidth);
      out.push(
        `  ${dim(row.line.padEnd(lineWidth))}  ${row.state === "overdue" ? red(state) : state}  ${row.owner.padEnd(ownerWidth)}  ${row.due.padEnd(dueWidth)}  ${row.text}${row.tracker === "" ? "" : `  ${dim(row.tracker)}`}`,
      );
    }
    out.push("");
  }
  const files = `${postMortems.length} post-mortem${postMortems.length === 1 ? "" : "s"}`;
  if (total === 0) {
    out.push("No matching action items.");
  } else if (open === total) {
    out.push(`${open} open action${open === 1 ? "" : "s"} (${overdue} overdue) in ${files}`);
  } else {
    out.push(
      `${total} action${total === 1 ? "" : "s"}, ${open} open (${overdue} overdue), in ${files}`,
    );
  }
  return `${out.join("\n")}\n`;
}
