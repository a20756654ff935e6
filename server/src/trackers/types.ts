// One interface over GitHub, Jira Cloud, Linear and GitLab. No `vscode` import: the CLI, the
// language server and the tests run the same code.

import type { TrackerKind } from "../core/trackerSettings";

/** How many open labelled issues `listOpen` returns by default (and at most). */
export const LIST_OPEN_LIMIT = 100;

/** The page size a listing asks for: 1 to LIST_OPEN_LIMIT. */
export function listLimit(limit: number | undefined): number {
  return Math.max(1, Math.min(LIST_OPEN_LIMIT, Math.floor(limit ?? LIST_OPEN_LIMIT)));
}

// The kinds are config (core reads `tracker:`); named here too, beside the interface they select.
export { TRACKER_KINDS, type TrackerKind } from "../core/trackerSettings";

/** What a push asks the tracker to create. */
export interface IssueDraft {
  title: string;
  /** Markdown; the marker is already in it. */
  body: string;
  /** The action's stable marker token (`ft-…`), searched for before creating. */
  marker: string;
  labels: string[];
  /** The owner's account on this tracker (login, accountId, user id or username), when the roster maps one. */
  assignee?: string;
  /** YYYY-MM-DD, for trackers that have a due date. */
  dueDate?: string;
}

export interface TrackerIssue {
  /** What the document shows: "#42", "PAY-123", "ENG-7". */
  key: string;
  url: string;
  title: string;
  state: "open" | "closed";
  assignees: string[];
  /** The tracker's own id, when it differs from the key (Linear's UUID, GitLab's iid). */
  id?: string;
}

export interface Tracker {
  readonly kind: TrackerKind;
  /** "github acme/payments", "jira PAY on acme.atlassian.net": for messages and summaries. */
  readonly where: string;
  /** Every issue carrying `marker` in its body (or label), oldest first. */
  findByMarker(marker: string): Promise<TrackerIssue[]>;
  create(draft: IssueDraft): Promise<TrackerIssue>;
  getStatus(key: string): Promise<TrackerIssue>;
  /**
   * Open issues carrying `label` (the push label), newest first, at most `limit` (default
   * LIST_OPEN_LIMIT). One page only: the listing is a triage aid, not an export.
   */
  listOpen(label: string, limit?: number): Promise<TrackerIssue[]>;
  close(key: string): Promise<void>;
  addLabel(key: string, label: string): Promise<void>;
  /** Undefined where the tracker has no such field. */
  addAssignee?(key: string, account: string): Promise<void>;
  setDueDate?(key: string, date: string): Promise<void>;
}

export type TrackerErrorKind =
  | "auth" // 401: missing, wrong or expired token
  | "forbidden" // 403 that is not a rate limit
  | "not-found" // 404: wrong project/repo/team or no access
  | "validation" // 400/422: the tracker refused the fields
  | "rate-limited" // 429 (or GitHub's 403 rate limit) after the bounded retries
  | "server" // 5xx after the bounded retries
  | "timeout"
  | "network" // connection refused, reset, DNS
  | "bad-response"; // not JSON, or not the shape the API documents

/** Every failure a tracker call can end in, with a sentence a person can act on. */
export class TrackerError extends Error {
  constructor(
    readonly kind: TrackerErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "TrackerError";
  }

  /** Worth another attempt later (the request may not have been processed). */
  get retryable(): boolean {
    return (
      this.kind === "server" ||
      this.kind === "timeout" ||
      this.kind === "network" ||
      this.kind === "rate-limited"
    );
  }

  /** "403", "timeout": the short form a summary line uses. */
  get short(): string {
    return this.status !== undefined ? String(this.status) : this.kind;
  }
}
