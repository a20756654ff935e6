// The follow-through numbers, as plain serialisable data: the CLI prints them (text or JSON), the
// language server answers followThrough/metrics with them, and the dashboard draws them.
import type { Range } from "../types";

export interface MetricsOptions {
  /** YYYY-MM-DD: what "overdue" and "days open" are measured against. */
  today: string;
  /** YYYY-MM-DD: only post-mortems dated on or after this day (undated ones are left out). */
  since?: string;
}

/** The post-mortem an action comes from. */
export interface PostMortemRef {
  uri: string;
  title: string;
  /** YYYY-MM-DD, or null when the post-mortem has no date. */
  date: string | null;
}

/** One action item, with enough to print it and to reveal it in an editor. */
export interface ActionRef {
  uri: string;
  /** The action's stable id in its document. */
  actionId: string;
  /** The whole item, 0-based (an LSP range). */
  range: Range;
  text: string;
  owners: string[];
  state: "open" | "done" | "deprioritized";
  postMortem: PostMortemRef;
}

export interface Totals {
  postMortems: number;
  actions: number;
  open: number;
  done: number;
  deprioritized: number;
  /** Deprioritized with a stated reason: consciously closed, left out of the rate. */
  deprioritizedWithReason: number;
  /** Deprioritized without a reason: dropped silently, counted as not done. */
  deprioritizedWithoutReason: number;
  /** Open actions past their deadline. */
  overdue: number;
  /** Open actions without a deadline that resolves to a date ("soon", none at all). */
  openWithoutDueDate: number;
}

/** The counts behind a follow-through rate, for one slice (a quarter, a service, an owner, or everything). */
export interface RateRow {
  /** "2026-Q1", a service, an owner; "undated", "no service", "no owner" for the rest. */
  key: string;
  actions: number;
  open: number;
  done: number;
  deprioritizedWithReason: number;
  deprioritizedWithoutReason: number;
  overdue: number;
  /** done / (actions - deprioritizedWithReason), 0..1; null when nothing counts (no actions, or every one consciously dropped). */
  rate: number | null;
}

export interface OverdueAction extends ActionRef {
  /** The resolved deadline, YYYY-MM-DD. */
  due: string;
  /** The deadline as written. */
  dueText: string;
  /** Whole days from the deadline to today (at least 1). */
  daysLate: number;
  trackerRefs: string[];
}

export interface Ageing {
  open: number;
  /** Open actions whose post-mortem is more than 30 days older than today (likewise 60 and 90; cumulative). */
  olderThan30: number;
  olderThan60: number;
  olderThan90: number;
  /** Open actions of post-mortems without a date: their age is unknown. */
  undated: number;
}

export interface ClosedWithOpen {
  postMortem: PostMortemRef;
  /** The status as written ("closed", "done" …). */
  status: string;
  open: number;
  overdue: number;
}

export interface WeakShare {
  open: number;
  /** Open actions with at least one wording finding (every rule but deadline-past, which is about time, not wording). */
  weak: number;
  /** weak / open, 0..1; null without open actions. */
  share: number | null;
  /** How many open actions each rule flags, most first. */
  byRule: { rule: string; actions: number }[];
}

export interface RepeatedFixItem extends ActionRef {
  reason?: string;
}

/**
 * Near-identical action items in two or more post-mortems: the fix was proposed again, so the first
 * time it did not land (still open) or did not hold (marked done, and the incident came back).
 */
export interface RepeatedFix {
  /** The content words every item shares (normalised stems, e.g. "liveness", "probe"). */
  sharedWords: string[];
  /** How many different post-mortems propose it. */
  postMortems: number;
  /** Oldest post-mortem first (undated last). */
  items: RepeatedFixItem[];
  /** An item is marked done and a later post-mortem proposes the same fix again. */
  doneThenProposedAgain: boolean;
  /** How many of the items are still open. */
  open: number;
  /** The oldest open item's post-mortem date: the fix has been waiting since then (null if none open or undated). */
  openSince: string | null;
}

export interface FollowThroughMetrics {
  today: string;
  since: string | null;
  /** The earliest and latest post-mortem dates counted (null without dated post-mortems). */
  from: string | null;
  to: string | null;
  totals: Totals;
  /** The follow-through rate of everything counted (see RateRow.rate). */
  rate: number | null;
  /** By the quarter of the post-mortem's date, oldest first; "undated" last. */
  byQuarter: RateRow[];
  /** By each service the post-mortem names (an action counts for each); most actions first, "no service" last. */
  byService: RateRow[];
  /** By each owner (an action counts for each of its owners); most overdue, then most open, first; "no owner" last. */
  byOwner: RateRow[];
  /** Open actions past their deadline, most days late first. */
  overdue: OverdueAction[];
  ageing: Ageing;
  closedWithOpen: ClosedWithOpen[];
  weak: WeakShare;
  /** Most post-mortems first, then those marked done and proposed again, then the longest open. */
  repeatedFixes: RepeatedFix[];
}
