// Questions asked of the index by the CLI, the server and the tree view: whose action is it, is it
// overdue, which due-date bucket is it in. Pure functions over summaries; "today" is always passed in.
import type { ActionState } from "../types";
import type { IndexedAction, IndexedPostMortem } from "./types";

export type DueBucket = "overdue" | "thisWeek" | "later" | "none";

export const DUE_BUCKET_LABELS: Record<DueBucket, string> = {
  overdue: "Overdue",
  thisWeek: "This week",
  later: "Later",
  none: "No deadline",
};

/** YYYY-MM-DD of a date's UTC day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An open action whose resolved deadline is before today. */
export function isOverdue(action: IndexedAction, today: string): boolean {
  return (
    action.state === "open" && action.deadline?.date !== undefined && action.deadline.date < today
  );
}

/**
 * Overdue (before today), this week (today up to and including the coming Sunday), later, or no
 * resolvable deadline. Closed actions fall in their deadline's bucket but are never overdue.
 */
export function dueBucket(action: IndexedAction, today: string): DueBucket {
  const due = action.deadline?.date;
  if (due === undefined) {
    return "none";
  }
  if (due < today) {
    return action.state === "open" ? "overdue" : "later";
  }
  return due <= endOfWeek(today) ? "thisWeek" : "later";
}

/** The Sunday ending the ISO week that holds `today` (YYYY-MM-DD). */
export function endOfWeek(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const daysToSunday = (7 - date.getUTCDay()) % 7;
  return isoDay(new Date(date.getTime() + daysToSunday * 86_400_000));
}

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/^@/, "")
    .replace(/@.*$/, "")
    .split(/[\s._-]+/)
    .filter((token) => token !== "");
}

/**
 * Does an owner as written ("Alice", "@alice", "Alice Example") name this person? A person is given by
 * one or more identities (a display name, a handle, an email). Every word of the shorter name must
 * appear in the longer, so "Alice" matches "Alice Example" and "@alice" matches "alice@example.com".
 */
export function ownerMatches(owner: string, identities: string[]): boolean {
  const ownerWords = nameTokens(owner);
  if (ownerWords.length === 0) {
    return false;
  }
  return identities.some((identity) => {
    const words = nameTokens(identity);
    if (words.length === 0) {
      return false;
    }
    const [shorter, longer] =
      ownerWords.length <= words.length ? [ownerWords, words] : [words, ownerWords];
    return shorter.every((word) => longer.includes(word));
  });
}

export interface ActionFilter {
  /** Only actions one of whose owners is this person (any of these identities). */
  owner?: string[];
  /** Only these states; default: every state. */
  states?: ActionState[];
  /** Only open actions past their deadline. */
  overdue?: boolean;
  /** Only these documents. */
  uris?: string[];
  /** YYYY-MM-DD; required for `overdue`. */
  today?: string;
}

export function actionMatches(action: IndexedAction, filter: ActionFilter): boolean {
  if (filter.states !== undefined && !filter.states.includes(action.state)) {
    return false;
  }
  if (
    filter.owner !== undefined &&
    !action.owners.some((owner) => ownerMatches(owner, filter.owner!))
  ) {
    return false;
  }
  if (filter.overdue === true && !isOverdue(action, filter.today ?? isoDay(new Date()))) {
    return false;
  }
  return true;
}

/** The post-mortems with only their matching actions; documents left without any are dropped when filtering actions. */
export function filterPostMortems(
  postMortems: IndexedPostMortem[],
  filter: ActionFilter,
): IndexedPostMortem[] {
  const uris = filter.uris === undefined ? undefined : new Set(filter.uris);
  const filtersActions =
    filter.owner !== undefined || filter.states !== undefined || filter.overdue === true;
  const out: IndexedPostMortem[] = [];
  for (const postMortem of postMortems) {
    if (uris !== undefined && !uris.has(postMortem.uri)) {
      continue;
    }
    if (!filtersActions) {
      out.push(postMortem);
      continue;
    }
    const actions = postMortem.actions.filter((action) => actionMatches(action, filter));
    if (actions.length > 0) {
      out.push({ ...postMortem, actions });
    }
  }
  return out;
}

/** Newest first; undated ones last, then by title. */
export function compareNewestFirst(a: IndexedPostMortem, b: IndexedPostMortem): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title) || a.uri.localeCompare(b.uri);
}
