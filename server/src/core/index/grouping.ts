// The tree view's shape, decided without VS Code: which groups the actions fall into for each grouping,
// in which order, after the "My actions" and "show closed" filters. Pure, so tests read it directly.
import {
  compareNewestFirst,
  dueBucket,
  DUE_BUCKET_LABELS,
  isOverdue,
  ownerMatches,
  type DueBucket,
} from "./query";
import type { IndexedAction, IndexedPostMortem } from "./types";

export type Grouping = "postMortem" | "owner" | "due" | "service";

export const GROUPINGS: { id: Grouping; label: string }[] = [
  { id: "postMortem", label: "By post-mortem (newest first)" },
  { id: "owner", label: "By owner" },
  { id: "due", label: "By due date" },
  { id: "service", label: "By service" },
];

export interface ViewFilter {
  /** "My actions": the identities (name, handle, email) of the person; undefined shows everyone's. */
  identities?: string[];
  /** Show done and deprioritized actions too. */
  showClosed: boolean;
  /** YYYY-MM-DD. */
  today: string;
}

export interface ActionEntry {
  action: IndexedAction;
  postMortem: IndexedPostMortem;
}

export interface Group {
  /** Stable across refreshes, so expanded groups stay expanded. */
  id: string;
  label: string;
  description?: string;
  /** The post-mortem a "by post-mortem" group stands for. */
  postMortem?: IndexedPostMortem;
  entries: ActionEntry[];
}

export interface Counts {
  open: number;
  overdue: number;
  done: number;
  deprioritized: number;
}

export function visible(action: IndexedAction, filter: ViewFilter): boolean {
  if (!filter.showClosed && action.state !== "open") {
    return false;
  }
  return (
    filter.identities === undefined ||
    action.owners.some((owner) => ownerMatches(owner, filter.identities!))
  );
}

/** Counts over the filtered actions; closed ones count even when hidden. */
export function countActions(postMortems: Iterable<IndexedPostMortem>, filter: ViewFilter): Counts {
  const counts: Counts = { open: 0, overdue: 0, done: 0, deprioritized: 0 };
  for (const postMortem of postMortems) {
    for (const action of postMortem.actions) {
      if (!visible(action, { ...filter, showClosed: true })) {
        continue;
      }
      counts[action.state]++;
      if (isOverdue(action, filter.today)) {
        counts.overdue++;
      }
    }
  }
  return counts;
}

const NO_OWNER = "No owner";
const NO_SERVICE = "No service";
const BUCKET_ORDER: DueBucket[] = ["overdue", "thisWeek", "later", "none"];

/** The top-level groups for a grouping; empty groups are left out. */
export function groupActions(
  postMortems: Iterable<IndexedPostMortem>,
  grouping: Grouping,
  filter: ViewFilter,
): Group[] {
  const sorted = [...postMortems].sort(compareNewestFirst);
  if (grouping === "postMortem") {
    const groups: Group[] = [];
    for (const postMortem of sorted) {
      const entries = postMortem.actions
        .filter((action) => visible(action, filter))
        .map((action) => ({ action, postMortem }));
      if (entries.length > 0) {
        const details = [postMortem.date, postMortem.severity].filter(
          (part): part is string => part !== undefined,
        );
        groups.push({
          id: `pm:${postMortem.uri}`,
          label: postMortem.title,
          description: details.join(" · "),
          postMortem,
          entries,
        });
      }
    }
    return groups;
  }
  const byKey = new Map<string, Group>();
  const add = (key: string, label: string, entry: ActionEntry): void => {
    let group = byKey.get(key);
    if (group === undefined) {
      group = { id: `${grouping}:${key}`, label, entries: [] };
      byKey.set(key, group);
    } else if (group.label === group.label.toLowerCase() && label !== label.toLowerCase()) {
      // "@alice" and "Alice" are one person; the written name reads better than the handle.
      group.label = label;
    }
    group.entries.push(entry);
  };
  for (const postMortem of sorted) {
    for (const action of postMortem.actions) {
      if (!visible(action, filter)) {
        continue;
      }
      const entry = { action, postMortem };
      switch (grouping) {
        case "owner":
          if (action.owners.length === 0) {
            add("", NO_OWNER, entry);
          }
          for (const owner of new Set(action.owners.map((name) => name.replace(/^@/, "")))) {
            add(owner.toLowerCase(), owner, entry);
          }
          break;
        case "service":
          if (postMortem.services.length === 0) {
            add("", NO_SERVICE, entry);
          }
          for (const service of new Set(postMortem.services)) {
            add(service.toLowerCase(), service, entry);
          }
          break;
        case "due": {
          const bucket = dueBucket(action, filter.today);
          add(bucket, DUE_BUCKET_LABELS[bucket], entry);
          break;
        }
      }
    }
  }
  const groups = [...byKey.values()];
  if (grouping === "due") {
    groups.sort(
      (a, b) =>
        BUCKET_ORDER.indexOf(a.id.slice(4) as DueBucket) -
        BUCKET_ORDER.indexOf(b.id.slice(4) as DueBucket),
    );
    for (const group of groups) {
      group.entries.sort((a, b) =>
        (a.action.deadline?.date ?? "9999").localeCompare(b.action.deadline?.date ?? "9999"),
      );
    }
  } else {
    // Named groups alphabetically, the "No owner" / "No service" group last.
    groups.sort((a, b) =>
      a.id.endsWith(":") ? 1 : b.id.endsWith(":") ? -1 : a.label.localeCompare(b.label),
    );
  }
  for (const group of groups) {
    group.description = `${group.entries.length}`;
  }
  return groups;
}

export type ActionLook = "done" | "deprioritized" | "overdue" | "weak" | "open";

/** The state an action's icon shows: closed states first, then overdue, then weak. */
export function actionLook(action: IndexedAction, today: string): ActionLook {
  if (action.state !== "open") {
    return action.state;
  }
  if (isOverdue(action, today)) {
    return "overdue";
  }
  return action.weak.length > 0 ? "weak" : "open";
}

/** "Alice, Bob · due 2026-12-15" */
export function actionDescription(action: IndexedAction): string {
  const parts: string[] = [];
  if (action.owners.length > 0) {
    parts.push(action.owners.join(", "));
  }
  if (action.deadline !== undefined) {
    parts.push(`due ${action.deadline.date ?? action.deadline.text}`);
  }
  return parts.join(" · ");
}

/**
 * One Markdown task line for a sprint doc or a chat: the action with its owner, deadline and tracker
 * refs, and a link back to the post-mortem line it came from.
 */
export function actionAsMarkdown(entry: ActionEntry, link: string): string {
  const { action, postMortem } = entry;
  const box = action.state === "done" ? "[x]" : action.state === "deprioritized" ? "[-]" : "[ ]";
  const owner = action.owners.length > 0 ? `${action.owners.join(", ")}: ` : "";
  const details: string[] = [];
  if (action.deadline !== undefined) {
    details.push(`due ${action.deadline.date ?? action.deadline.text}`);
  }
  details.push(...action.trackerRefs);
  const suffix = details.length > 0 ? ` (${details.join(", ")})` : "";
  return `- ${box} ${owner}${action.text}${suffix} — from [${postMortem.title.replace(/[[\]]/g, "\\$&")}](${link})`;
}
