// The follow-through numbers leaders ask for, computed from the workspace index's summaries alone (no
// source text, no second lint): the rate over time and per service and owner, what is overdue and by
// how much, how old the open actions are, post-mortems closed too early, and repeated fixes.
// Pure: the same summaries and the same `today` give the same numbers in the CLI, the server and tests.
import { isOverdue } from "../index/query";
import type { IndexedAction, IndexedPostMortem } from "../index/types";
import { actionRef, postMortemRef } from "./refs";
import { findRepeatedFixes } from "./repeatedFixes";
import type {
  Ageing,
  ClosedWithOpen,
  FollowThroughMetrics,
  MetricsOptions,
  OverdueAction,
  RateRow,
  Totals,
  WeakShare,
} from "./types";

/** The post-mortem statuses that mean "finished" (as the closed-with-open-actions rule reads them). */
const CLOSED_STATUS = /^(?:closed|complete|completed|resolved|done|final|finished|archived)$/i;

/** Findings about time, not wording: an overdue action is late, not weak. */
const NOT_WEAKNESS = new Set(["deadline-past"]);

export const UNDATED = "undated";
export const NO_SERVICE = "no service";
export const NO_OWNER = "no owner";

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "2026-05-19" -> "2026-Q2". */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A deprioritized action that says why: a conscious decision, not a silent drop. */
export function hasReason(action: IndexedAction): boolean {
  return (
    action.state === "deprioritized" && action.reason !== undefined && action.reason.trim() !== ""
  );
}

/**
 * The follow-through rate: done / (all actions - deprioritized with a reason).
 *
 * Closing a post-mortem is a conscious act: each action is either done or dropped on purpose, with a
 * reason written down ("won't do: the vendor's terms forbid caching"). Such a drop is a decision the
 * team made and can defend, so it leaves the denominator: it is neither a success nor a failure of
 * follow-through. A drop without a reason is the passive drift the metric exists to expose, so it
 * stays in the denominator, as not done, like every open action. Null when nothing counts.
 */
export function followThroughRate(counts: {
  actions: number;
  done: number;
  deprioritizedWithReason: number;
}): number | null {
  const counted = counts.actions - counts.deprioritizedWithReason;
  return counted <= 0 ? null : counts.done / counted;
}

class RateTable {
  private readonly rows = new Map<string, RateRow>();

  add(key: string, action: IndexedAction, today: string): void {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = {
        key,
        actions: 0,
        open: 0,
        done: 0,
        deprioritizedWithReason: 0,
        deprioritizedWithoutReason: 0,
        overdue: 0,
        rate: null,
      };
      this.rows.set(key, row);
    }
    row.actions++;
    if (action.state === "open") row.open++;
    else if (action.state === "done") row.done++;
    else if (hasReason(action)) row.deprioritizedWithReason++;
    else row.deprioritizedWithoutReason++;
    if (isOverdue(action, today)) row.overdue++;
  }

  result(compare: (a: RateRow, b: RateRow) => number, last: string): RateRow[] {
    const rows = [...this.rows.values()].map((row) => ({ ...row, rate: followThroughRate(row) }));
    return rows.sort(
      (a, b) => (a.key === last ? 1 : 0) - (b.key === last ? 1 : 0) || compare(a, b),
    );
  }
}

/** Owners are counted under one spelling: "@alice" and "Alice" are the same person; the first spelling seen names the row. */
function ownerKey(owner: string): string {
  return owner.trim().replace(/^@/, "").toLowerCase().replace(/\s+/g, " ");
}

export function computeMetrics(
  allPostMortems: readonly IndexedPostMortem[],
  options: MetricsOptions,
): FollowThroughMetrics {
  const { today, since } = options;
  const postMortems = allPostMortems
    .filter(
      (postMortem) =>
        since === undefined || (postMortem.date !== undefined && postMortem.date >= since),
    )
    .slice()
    .sort(
      (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.uri.localeCompare(b.uri),
    );
  const totals: Totals = {
    postMortems: postMortems.length,
    actions: 0,
    open: 0,
    done: 0,
    deprioritized: 0,
    deprioritizedWithReason: 0,
    deprioritizedWithoutReason: 0,
    overdue: 0,
    openWithoutDueDate: 0,
  };
  const byQuarter = new RateTable();
  const byService = new RateTable();
  const byOwner = new RateTable();
  const ownerLabels = new Map<string, string>();
  const overdue: OverdueAction[] = [];
  const ageing: Ageing = { open: 0, olderThan30: 0, olderThan60: 0, olderThan90: 0, undated: 0 };
  const closedWithOpen: ClosedWithOpen[] = [];
  const weakRules = new Map<string, number>();
  let weakOpen = 0;
  const dates: string[] = [];

  for (const postMortem of postMortems) {
    if (postMortem.date !== undefined) dates.push(postMortem.date);
    const quarter = postMortem.date === undefined ? UNDATED : quarterOf(postMortem.date);
    const services =
      postMortem.services.length === 0 ? [NO_SERVICE] : [...new Set(postMortem.services)];
    const age = postMortem.date === undefined ? undefined : daysBetween(postMortem.date, today);
    let openHere = 0;
    let overdueHere = 0;
    for (const action of postMortem.actions) {
      totals.actions++;
      byQuarter.add(quarter, action, today);
      for (const service of services) byService.add(service, action, today);
      const owners = action.owners.length === 0 ? [NO_OWNER] : action.owners;
      const seenOwners = new Set<string>();
      for (const owner of owners) {
        const key = owner === NO_OWNER ? NO_OWNER : ownerKey(owner);
        if (seenOwners.has(key)) continue;
        seenOwners.add(key);
        if (!ownerLabels.has(key))
          ownerLabels.set(key, owner === NO_OWNER ? NO_OWNER : owner.trim());
        byOwner.add(key, action, today);
      }
      if (action.state === "done") {
        totals.done++;
        continue;
      }
      if (action.state === "deprioritized") {
        totals.deprioritized++;
        if (hasReason(action)) totals.deprioritizedWithReason++;
        else totals.deprioritizedWithoutReason++;
        continue;
      }
      totals.open++;
      openHere++;
      ageing.open++;
      if (age === undefined) ageing.undated++;
      else {
        if (age > 30) ageing.olderThan30++;
        if (age > 60) ageing.olderThan60++;
        if (age > 90) ageing.olderThan90++;
      }
      if (action.deadline?.date === undefined) totals.openWithoutDueDate++;
      if (isOverdue(action, today)) {
        totals.overdue++;
        overdueHere++;
        overdue.push({
          ...actionRef(action, postMortem),
          due: action.deadline!.date!,
          dueText: action.deadline!.text,
          daysLate: daysBetween(action.deadline!.date!, today),
          trackerRefs: action.trackerRefs,
        });
      }
      const weakness = action.weak.filter((rule) => !NOT_WEAKNESS.has(rule));
      if (weakness.length > 0) {
        weakOpen++;
        for (const rule of weakness) weakRules.set(rule, (weakRules.get(rule) ?? 0) + 1);
      }
    }
    if (
      postMortem.status !== undefined &&
      CLOSED_STATUS.test(postMortem.status.trim()) &&
      openHere > 0
    ) {
      closedWithOpen.push({
        postMortem: postMortemRef(postMortem),
        status: postMortem.status,
        open: openHere,
        overdue: overdueHere,
      });
    }
  }

  overdue.sort(
    (a, b) =>
      b.daysLate - a.daysLate ||
      (a.postMortem.date ?? "").localeCompare(b.postMortem.date ?? "") ||
      a.uri.localeCompare(b.uri) ||
      a.range.start.line - b.range.start.line,
  );
  const weak: WeakShare = {
    open: totals.open,
    weak: weakOpen,
    share: totals.open === 0 ? null : weakOpen / totals.open,
    byRule: [...weakRules]
      .map(([rule, actions]) => ({ rule, actions }))
      .sort((a, b) => b.actions - a.actions || a.rule.localeCompare(b.rule)),
  };
  dates.sort();
  return {
    today,
    since: since ?? null,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    totals,
    rate: followThroughRate(totals),
    byQuarter: byQuarter.result((a, b) => a.key.localeCompare(b.key), UNDATED),
    byService: byService.result(
      (a, b) => b.actions - a.actions || a.key.localeCompare(b.key),
      NO_SERVICE,
    ),
    byOwner: byOwner
      .result(
        (a, b) => b.overdue - a.overdue || b.open - a.open || a.key.localeCompare(b.key),
        NO_OWNER,
      )
      .map((row) => ({ ...row, key: ownerLabels.get(row.key) ?? row.key })),
    overdue,
    ageing,
    closedWithOpen,
    weak,
    repeatedFixes: findRepeatedFixes(postMortems),
  };
}
