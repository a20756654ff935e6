// `follow-through metrics`: the follow-through numbers of every post-mortem found (the same discovery
// and index as `actions`), as a short report a leader can read, or as JSON.
import { isoDay } from "../core/index/query";
import { periodSuffix } from "../core/metrics/period";
import {
  computeMetrics,
  daysBetween,
  NO_OWNER,
  type ActionRef,
  type FollowThroughMetrics,
  type PostMortemRef,
  type RateRow,
} from "../core/metrics";
import { indexPostMortems, type ActionsIo } from "./actions";
import { displayWidth, widest } from "./format/columns";
import type { MetricsCommandOptions } from "./options";

/** A post-mortem in `--format json`: its file (relative to the working directory) instead of a URI. */
export interface JsonPostMortemRef {
  file: string;
  title: string;
  date: string | null;
}

/** An action in `--format json`: file and 1-based line instead of a URI and a 0-based range. */
export type JsonActionRef<T extends ActionRef = ActionRef> = Omit<
  T,
  "uri" | "range" | "postMortem"
> & { file: string; line: number; postMortem: JsonPostMortemRef };

/**
 * `follow-through metrics --format json`: FollowThroughMetrics (server/src/core/metrics/types.ts, the
 * same shape the language server's followThrough/metrics answers) with every `uri` replaced by `file`
 * and every action's `range` by its 1-based `line`.
 */
export type JsonMetricsReport = Omit<
  FollowThroughMetrics,
  "overdue" | "closedWithOpen" | "repeatedFixes"
> & {
  overdue: JsonActionRef<FollowThroughMetrics["overdue"][number]>[];
  closedWithOpen: (Omit<FollowThroughMetrics["closedWithOpen"][number], "postMortem"> & {
    postMortem: JsonPostMortemRef;
  })[];
  repeatedFixes: (Omit<FollowThroughMetrics["repeatedFixes"][number], "items"> & {
    items: JsonActionRef<FollowThroughMetrics["repeatedFixes"][number]["items"][number]>[];
  })[];
};

/** Returns the exit code: 0, or 2 when a file could not be read. */
export async function runMetrics(options: MetricsCommandOptions, io: ActionsIo): Promise<number> {
  const { postMortems, incomplete } = await indexPostMortems(options, io);
  const metrics = computeMetrics(postMortems, {
    today: isoDay(options.today),
    since: options.since,
  });
  if (options.format === "json") {
    io.stdout(`${JSON.stringify(toJsonMetrics(metrics, io.displayPath), null, 2)}\n`);
  } else {
    io.stdout(metricsText(metrics, io.displayPath, options.color));
  }
  return incomplete ? 2 : 0;
}

export function toJsonMetrics(
  metrics: FollowThroughMetrics,
  displayPath: (file: string) => string,
): JsonMetricsReport {
  const postMortem = (ref: PostMortemRef): JsonPostMortemRef => ({
    file: displayPath(ref.uri),
    title: ref.title,
    date: ref.date,
  });
  function action<T extends ActionRef>(ref: T): JsonActionRef<T> {
    const { uri, range, postMortem: from, ...rest } = ref;
    return {
      ...rest,
      file: displayPath(uri),
      line: range.start.line + 1,
      postMortem: postMortem(from),
    };
  }
  return {
    ...metrics,
    overdue: metrics.overdue.map((item) => action(item)),
    closedWithOpen: metrics.closedWithOpen.map((entry) => ({
      ...entry,
      postMortem: postMortem(entry.postMortem),
    })),
    repeatedFixes: metrics.repeatedFixes.map((fix) => ({
      ...fix,
      items: fix.items.map((item) => action(item)),
    })),
  };
}

/** 0.2083 -> "21%"; null -> "–". */
export function percent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

/** A ten-cell bar for a rate: "██░░░░░░░░". */
function bar(rate: number | null): string {
  if (rate === null) return "";
  const filled = Math.round(rate * 10);
  return `${"█".repeat(filled)}${"░".repeat(10 - filled)}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function clip(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join("")}…`;
}

function pad(text: string, width: number, right = false): string {
  const length = [...text].length;
  const fill = " ".repeat(Math.max(0, width - length));
  return right ? fill + text : text + fill;
}

/** Columns: the first left-aligned, numbers right-aligned; `leftFrom` and later columns left-aligned again. */
function table(header: string[], rows: string[][], leftFrom = header.length): string[] {
  const widths = header.map((title, column) =>
    Math.max(
      displayWidth(title),
      widest(rows, (row) => displayWidth(row[column])),
    ),
  );
  const render = (row: string[]): string =>
    `  ${row.map((cell, column) => pad(cell, widths[column], column > 0 && column < leftFrom)).join("  ")}`.trimEnd();
  return [render(header), ...rows.map(render)];
}

/** Appends one by one: `out.push(...lines)` overflows the call stack for a table of 100,000 owners. */
function appendLines(out: string[], lines: string[]): void {
  for (const line of lines) {
    out.push(line);
  }
}

function postMortemLabel(ref: PostMortemRef): string {
  return ref.date === null ? ref.title : `${ref.title} (${ref.date})`;
}

function owners(ref: { owners: string[] }): string {
  return ref.owners.length === 0 ? NO_OWNER : ref.owners.join(", ");
}

export function metricsText(
  metrics: FollowThroughMetrics,
  displayPath: (file: string) => string,
  color: boolean,
): string {
  const wrap = (open: string, close: string) => (text: string) =>
    color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  const bold = wrap("1", "22");
  const dim = wrap("2", "22");
  const red = wrap("31", "39");
  const { totals } = metrics;
  const out: string[] = [];
  const where = (ref: ActionRef): string =>
    dim(`${displayPath(ref.uri)}:${ref.range.start.line + 1}`);

  const span = periodSuffix(metrics);
  out.push(
    bold(
      `Follow-through of ${plural(totals.postMortems, "post-mortem")}${span}, as of ${metrics.today}${metrics.since === null ? "" : ` (dated ${metrics.since} or later)`}`,
    ),
  );
  out.push("");
  if (totals.actions === 0) {
    out.push(
      totals.postMortems === 0
        ? "No post-mortems found."
        : "No action items in these post-mortems.",
    );
    return `${out.join("\n")}\n`;
  }
  const counted = totals.actions - totals.deprioritizedWithReason;
  const doneAgain = metrics.repeatedFixes.filter((fix) => fix.doneThenProposedAgain).length;
  const headline: [string, string, string][] = [
    [
      "Follow-through rate",
      percent(metrics.rate),
      `${totals.done} done of ${plural(counted, "action")} that count (${totals.actions}, less ${totals.deprioritizedWithReason} deprioritized with a reason)`,
    ],
    [
      "Open",
      String(totals.open),
      [
        `${totals.overdue} overdue${metrics.overdue.length === 0 ? "" : ` (up to ${plural(metrics.overdue[0].daysLate, "day")} late)`}`,
        `${metrics.ageing.olderThan90} open for more than 90 days`,
        `${totals.openWithoutDueDate} without a due date`,
      ].join(", "),
    ],
    [
      "Weak",
      percent(metrics.weak.share),
      `${metrics.weak.weak} of ${totals.open} open actions lack an owner, outcome, tracker link or deadline`,
    ],
    [
      "Dropped silently",
      String(totals.deprioritizedWithoutReason),
      "deprioritized without a reason (counted as not done)",
    ],
    [
      "Closed too early",
      String(metrics.closedWithOpen.length),
      `${metrics.closedWithOpen.length === 1 ? "post-mortem" : "post-mortems"} closed with actions still open`,
    ],
    [
      "Repeated fixes",
      String(metrics.repeatedFixes.length),
      `${metrics.repeatedFixes.length === 1 ? "fix" : "fixes"} proposed again in another post-mortem${doneAgain === 0 ? "" : ` (${doneAgain} after being marked done)`}`,
    ],
  ];
  const labelWidth = widest(headline, ([label]) => label.length);
  const valueWidth = widest(headline, ([, value]) => value.length);
  for (const [label, value, detail] of headline) {
    out.push(`  ${pad(label, labelWidth)}  ${pad(value, valueWidth, true)}  ${detail}`);
  }

  const rateTable = (title: string, first: string, rows: RateRow[]): void => {
    out.push("", bold(title));
    const header = [first, "Actions", "Done", "Open", "Overdue", "Dropped", "Silent", "Rate"];
    const body = rows.map((row) => [
      row.key,
      String(row.actions),
      String(row.done),
      String(row.open),
      String(row.overdue),
      String(row.deprioritizedWithReason),
      String(row.deprioritizedWithoutReason),
      `${pad(percent(row.rate), 4, true)} ${bar(row.rate)}`,
    ]);
    appendLines(out, table(header, body, header.length - 1));
  };
  rateTable("Rate by quarter (of the post-mortem's date)", "Quarter", metrics.byQuarter);
  rateTable("Rate by service", "Service", metrics.byService);
  rateTable("Rate by owner (most overdue first)", "Owner", metrics.byOwner);
  out.push(
    dim(
      "  Dropped: deprioritized with a reason, left out of the rate. Silent: deprioritized without one, counted as not done.",
    ),
  );

  out.push(
    "",
    bold(`Overdue: ${plural(totals.overdue, "open action")} past the deadline, most late first`),
  );
  if (metrics.overdue.length === 0) {
    out.push("  None.");
  } else {
    const lateWidth = widest(metrics.overdue, (item) => `${item.daysLate} days`.length);
    const ownerWidth = Math.min(
      20,
      widest(metrics.overdue, (item) => owners(item).length),
    );
    for (const item of metrics.overdue) {
      out.push(
        `  ${red(pad(plural(item.daysLate, "day"), lateWidth, true))}  ${pad(clip(owners(item), 20), ownerWidth)}  ${item.text}`,
      );
      out.push(
        `  ${" ".repeat(lateWidth)}  ${" ".repeat(ownerWidth)}  ${dim(`due ${item.due} · ${postMortemLabel(item.postMortem)} · `)}${where(item)}`,
      );
    }
  }

  const { ageing } = metrics;
  out.push("", bold("Open actions by age (days since the post-mortem)"));
  out.push(
    ...table(
      ["Age", "Open"],
      [
        ["All open", String(ageing.open)],
        ["Older than 30 days", String(ageing.olderThan30)],
        ["Older than 60 days", String(ageing.olderThan60)],
        ["Older than 90 days", String(ageing.olderThan90)],
        ...(ageing.undated > 0 ? [["Undated post-mortem", String(ageing.undated)]] : []),
      ],
    ),
  );

  out.push("", bold("Closed with open actions"));
  if (metrics.closedWithOpen.length === 0) {
    out.push("  None: every post-mortem marked closed has all its actions done or deprioritized.");
  } else {
    for (const entry of metrics.closedWithOpen) {
      out.push(
        `  ${postMortemLabel(entry.postMortem)}: status "${entry.status}", ${plural(entry.open, "open action")}${entry.overdue > 0 ? `, ${entry.overdue} overdue` : ""}  ${dim(displayPath(entry.postMortem.uri))}`,
      );
    }
  }

  out.push(
    "",
    bold(
      `Weak open actions: ${metrics.weak.weak} of ${metrics.weak.open} (${percent(metrics.weak.share)})`,
    ),
  );
  if (metrics.weak.byRule.length > 0) {
    appendLines(
      out,
      table(
        ["Rule", "Open actions"],
        metrics.weak.byRule.map((row) => [row.rule, String(row.actions)]),
      ),
    );
  }

  out.push("", bold("Repeated fixes: the same action in two or more post-mortems"));
  if (metrics.repeatedFixes.length === 0) {
    out.push("  None found.");
  } else {
    for (const [position, fix] of metrics.repeatedFixes.entries()) {
      const firstDone = fix.items.find((item) => item.state === "done");
      const last = fix.items[fix.items.length - 1];
      let verdict: string;
      if (fix.doneThenProposedAgain && firstDone !== undefined) {
        verdict = red(
          `Marked done in "${firstDone.postMortem.title}"${firstDone.postMortem.date === null ? "" : ` (${firstDone.postMortem.date})`}, proposed again${last.postMortem.date === null ? "" : ` on ${last.postMortem.date}`}: the fix did not hold, or did not land.`,
        );
      } else if (fix.open > 0) {
        const waiting =
          fix.openSince === null
            ? ""
            : `, open since ${fix.openSince} (${plural(daysBetween(fix.openSince, metrics.today), "day")})`;
        verdict = `${fix.open === fix.items.length ? "Never done" : `${fix.open} of ${fix.items.length} still open`}${waiting}.`;
      } else {
        verdict = "Done or dropped each time it was proposed.";
      }
      out.push(`  ${position + 1}. ${fix.items[0].text}`);
      out.push(`     In ${fix.postMortems} post-mortems. ${verdict}`);
      const stateWidth = widest(fix.items, (item) => item.state.length);
      const titleWidth = Math.min(
        56,
        widest(fix.items, (item) => displayWidth(item.postMortem.title)),
      );
      for (const item of fix.items) {
        const state = pad(item.state, stateWidth);
        out.push(
          `     ${item.postMortem.date ?? "undated   "}  ${item.state === "open" ? red(state) : state}  ${pad(clip(item.postMortem.title, 56), titleWidth)}  ${where(item)}`,
        );
      }
    }
  }
  return `${out.join("\n")}\n`;
}
