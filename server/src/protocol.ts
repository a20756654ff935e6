// Custom LSP messages between the Follow-Through client and server. Each message is declared once,
// here, with its method and type; the client imports this module and never computes what the
// server already knows. Keep this module free of server logic: the client bundles it.
// The message types come from vscode-jsonrpc alone: the full protocol package would be evaluated when
// the client bundle loads, which costs activation time for nothing (README, "Speed").
import { NotificationType, RequestType } from "vscode-jsonrpc";
import type {
  Range,
  TextDocumentIdentifier,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver-protocol";
import type { ActionChange } from "./core/actionEdits";
import type { IndexedAction, IndexedDeadline, IndexedPostMortem } from "./core/index/types";
import type { FollowThroughMetrics } from "./core/metrics/types";

export type { ActionChange, IndexedAction, IndexedDeadline, IndexedPostMortem };
export type * from "./core/metrics/types";

export type RuleSeverity = "error" | "warning" | "info" | "hint";

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: RuleSeverity;
  fixable: boolean;
  docsUrl: string;
}

export interface RulesResult {
  rules: RuleInfo[];
}

/**
 * Sent from the client to the server to list the rules with their docs URLs
 * (the "Show rule docs" command).
 */
export namespace RulesRequest {
  export const method = "followThrough/rules" as const;
  export const type = new RequestType<void, RulesResult, void>(method);
}

/** One entry of a "…" quick fix's picker. */
export interface PickFixChoice {
  label: string;
  description?: string;
  edit: WorkspaceEdit;
  /** Ask the person for a value first, then write it in place of `token` in the edit's text. */
  ask?: {
    prompt: string;
    placeHolder?: string;
    token: string;
    /** A regular expression the answer must match. */ pattern?: string;
    invalid?: string;
  };
}

export interface PickFixArguments {
  title: string;
  choices: PickFixChoice[];
}

/**
 * The command of a "…" quick fix ("Assign owner…", "Add deadline…", "Disable a Follow-Through rule here…"):
 * the server computes every choice's edit, the client shows the picker and applies the one chosen. Offered
 * only to clients that say `initializationOptions.pickers`; others get the choices as separate quick fixes.
 */
export namespace PickFixCommand {
  export const command = "followThrough.pickFix" as const;
}

export interface ActionsParams {
  textDocument: TextDocumentIdentifier;
}

export interface ActionSummary {
  id: string;
  text: string;
  range: Range;
  state: "open" | "done" | "deprioritized";
  owners: string[];
  deadline?: string;
  trackerRefs: string[];
  /** Rule ids reported on the item. */
  findings: string[];
}

export interface ActionsResult {
  /** The document version the result was computed from. */
  version: number;
  /** False when the document is not a post-mortem (or linting is disabled for it). */
  isPostMortem: boolean;
  actions: ActionSummary[];
}

/**
 * Sent from the client to the server to get the action items of an open document
 * (for the tree view and the status bar item).
 */
export namespace ActionsRequest {
  export const method = "followThrough/actions" as const;
  export const type = new RequestType<ActionsParams, ActionsResult, void>(method);
}

export interface WorkspaceActionsParams {
  /** Only these documents (the URIs an indexChanged named); all when omitted. */
  uris?: string[];
  /** Only actions owned by this person, given as one or more identities (name, handle, email). */
  owner?: string[];
  /** Only actions in these states; all when omitted. */
  states?: ("open" | "done" | "deprioritized")[];
  /** Only open actions past their deadline (judged against `today`). */
  overdue?: boolean;
  /** YYYY-MM-DD; the server's today when omitted. */
  today?: string;
  /**
   * Paging over the matching post-mortems, ordered by URI: skip `offset`, return at most `limit`.
   * A client reading a large workspace asks page by page, so no single answer is tens of megabytes.
   */
  offset?: number;
  limit?: number;
}

export interface WorkspaceActionsResult {
  /** True while the first (or a full) indexing of the workspace folders is still running. */
  indexing: boolean;
  /** Post-mortems with their (matching) actions; unsaved editor text counts over the file on disk. */
  postMortems: IndexedPostMortem[];
  /** How many post-mortems match in all pages. */
  total: number;
}

/**
 * Sent from the client to the server to read the workspace index: every post-mortem of the workspace
 * folders and open editors, with its actions (the tree view, the status counts).
 */
export namespace WorkspaceActionsRequest {
  export const method = "followThrough/workspaceActions" as const;
  export const type = new RequestType<WorkspaceActionsParams, WorkspaceActionsResult, void>(method);
}

export interface IndexChangedParams {
  /** The documents whose entries changed (added, changed or removed); omitted when everything may have. */
  uris?: string[];
  indexing: boolean;
  /** How many post-mortems the index holds now. */
  postMortems: number;
}

/**
 * Sent from the server to the client when the workspace index changed: a file was indexed, changed,
 * deleted or renamed, or an open document was edited. Coalesced; the client re-reads the named URIs.
 */
export namespace IndexChangedNotification {
  export const method = "followThrough/indexChanged" as const;
  export const type = new NotificationType<IndexChangedParams>(method);
}

export interface MetricsParams {
  /** YYYY-MM-DD: what overdue and ages are measured against; the server's today when omitted. */
  today?: string;
  /** YYYY-MM-DD: only post-mortems dated on or after this day. */
  since?: string;
}

export interface MetricsResult extends FollowThroughMetrics {
  /** True while the first (or a full) indexing of the workspace folders is still running: the numbers may grow. */
  indexing: boolean;
}

/**
 * Sent from the client to the server for the Follow-Through dashboard: the follow-through numbers
 * (server/src/core/metrics) of every post-mortem in the workspace index, computed from its summaries
 * (no document is linted again). The client asks again after each followThrough/indexChanged.
 */
export namespace MetricsRequest {
  export const method = "followThrough/metrics" as const;
  export const type = new RequestType<MetricsParams, MetricsResult, void>(method);
}

export interface ActionEditParams {
  textDocument: TextDocumentIdentifier;
  /** The document's current text (unsaved edits included); the edits are computed against it. */
  text: string;
  actionId: string;
  change: ActionChange;
}

export interface ActionEditResult {
  /** Edits against `text`; empty when the action is not found or already in that state. */
  edits: TextEdit[];
  found: boolean;
}

/**
 * Sent from the client to the server for the tree view's "Mark done" and "Deprioritize with reason…":
 * the edits that tick the box or set the Status cell or line, computed against the text the client sent.
 */
export namespace ActionEditRequest {
  export const method = "followThrough/actionEdit" as const;
  export const type = new RequestType<ActionEditParams, ActionEditResult, void>(method);
}

export type TrackerKindName = "github" | "jira" | "linear" | "gitlab";

export interface PushPlanParams {
  textDocument: TextDocumentIdentifier;
  /** Only this action; all open actions without a tracker link when omitted. */
  actionId?: string;
}

export interface PushPlanItem {
  id: string;
  title: string;
  owner?: string;
  due?: string;
}

export interface PushPlanResult {
  /** The tracker the post-mortem pushes to (config, front matter, git remote); undefined with `problem`. */
  tracker?: {
    kind: TrackerKindName;
    where: string;
    /** True when the credentials must include an account email (Jira Cloud); Jira Data Center takes a personal access token alone. */
    needsEmail?: boolean;
  };
  /** Why nothing can be pushed (no tracker configured, untrusted workspace, not a post-mortem). */
  problem?: string;
  items: PushPlanItem[];
}

/**
 * Sent from the client to the server before a push: which tracker, and which actions can go
 * (open, no tracker link), for the preview list and to know which credentials to ask for.
 */
export namespace PushPlanRequest {
  export const method = "followThrough/pushPlan" as const;
  export const type = new RequestType<PushPlanParams, PushPlanResult, void>(method);
}

export interface PushToTrackerParams {
  textDocument: TextDocumentIdentifier;
  actionId: string;
  /** Credentials from VS Code's GitHub session or SecretStorage; used for this request only, never logged. */
  credentials: { token: string; email?: string };
}

export interface PushToTrackerResult {
  outcome: "created" | "existed" | "failed";
  title: string;
  /** "repository acme/payments", "project PAY". */
  where: string;
  issue?: { key: string; url: string; state: "open" | "closed" };
  error?: { kind: string; message: string; short: string };
}

/**
 * Sent from the client to the server to push one action: the server searches the tracker for the
 * action's marker and creates the issue only when none carries it. The write-back is a separate
 * request (TrackerLinkRequest) against the text the editor has when the answer arrives.
 */
export namespace PushToTrackerRequest {
  export const method = "followThrough/pushToTracker" as const;
  export const type = new RequestType<PushToTrackerParams, PushToTrackerResult, void>(method);
}

export interface TrackerLinkParams {
  textDocument: TextDocumentIdentifier;
  /** The document's current text; the edits are computed against it (the item is found by its id). */
  text: string;
  actionId: string;
  issue: { key: string; url: string };
}

export interface TrackerLinkResult {
  /** Edits against `text`; empty when the item is gone or already linked (see `note`). */
  edits: TextEdit[];
  note?: "not-found" | "already-linked";
}

/**
 * Sent from the client to the server after a push: the edit that writes the issue link into the
 * item, in the item's own convention (a Tracking cell, a "(link)" suffix, a sub-bullet).
 */
export namespace TrackerLinkRequest {
  export const method = "followThrough/trackerLink" as const;
  export const type = new RequestType<TrackerLinkParams, TrackerLinkResult, void>(method);
}

export interface TrackerStatusParams {
  textDocument: TextDocumentIdentifier;
  credentials: { token: string; email?: string };
}

export interface TrackerStatusResult {
  /** Linked items whose issue state is known now. */
  checked: number;
  /** Items whose state differs from the tracker's (each also a `tracker-status-mismatch` diagnostic). */
  mismatches: number;
  errors: string[];
}

/**
 * Sent from the client to the server when the user asks to check the linked issues' states (never on
 * typing). The server reads each state (kept 5 minutes), then republishes the document's diagnostics.
 */
export namespace TrackerStatusRequest {
  export const method = "followThrough/trackerStatus" as const;
  export const type = new RequestType<TrackerStatusParams, TrackerStatusResult, void>(method);
}

export interface CloseInTrackerParams {
  textDocument: TextDocumentIdentifier;
  actionId: string;
  credentials: { token: string; email?: string };
}

export interface CloseInTrackerResult {
  closed: boolean;
  key?: string;
  error?: string;
  errorKind?: string;
}

/** Sent from the client to the server for the quick fix "Close KEY in the tracker" on a done item. */
export namespace CloseInTrackerRequest {
  export const method = "followThrough/closeInTracker" as const;
  export const type = new RequestType<CloseInTrackerParams, CloseInTrackerResult, void>(method);
}

export interface TrackerIssuesParams {
  /** Credentials per tracker kind as the client holds them without prompting; a tracker without them is reported with error.kind "auth". Never stored or logged. */
  credentials: Partial<Record<TrackerKindName, { token: string; email?: string }>>;
}

export interface TrackerIssueInfo {
  key: string;
  url: string;
  title: string;
  state: "open" | "closed";
  assignees: string[];
}

export interface TrackerIssuesResult {
  trackers: Array<{
    kind: TrackerKindName;
    /** "repository acme/payments", "project PAY". */
    where: string;
    /** Open issues carrying the tracker's label that no indexed post-mortem links. */
    unlinked: TrackerIssueInfo[];
    /** The tracker's state of each issue an open or done action in the index links to. */
    linked: Array<TrackerIssueInfo & { uri: string; actionId: string }>;
    /** Set when this tracker could not be read (no credentials, 401, outage); the others still answer. */
    error?: { kind: string; message: string };
  }>;
  /** Set instead of trackers in an untrusted workspace. */
  problem?: string;
}

/** Sent from the client to the server when the user refreshes the Open actions view from the trackers (never on typing). */
export namespace TrackerIssuesRequest {
  export const method = "followThrough/trackerIssues" as const;
  export const type = new RequestType<TrackerIssuesParams, TrackerIssuesResult, void>(method);
}

export interface ServerStatsResult {
  /** Lints run since the server started (a lint reused for the same version does not count). */
  lintRuns: number;
  /** Documents with a validation waiting for its debounce: at most one per open document. */
  pendingValidations: number;
  /** Documents the validator tracks (open ones), and the lints it keeps for them. */
  documents: number;
  cachedLints: number;
  /** `process.memoryUsage()` in bytes, after a full garbage collection when `collectGarbage` was set and the server runs with --expose-gc. */
  memory: { rss: number; heapUsed: number; heapTotal: number; external: number };
  /** Whether the collection ran (false without --expose-gc). */
  collectedGarbage: boolean;
}

/**
 * Sent by the load tests and the benchmarks, never by the extension: what the server holds and how
 * much memory it uses. Registered only when the server starts with FOLLOW_THROUGH_DEBUG_REQUESTS=1.
 */
export namespace ServerStatsRequest {
  export const method = "followThrough/debug/serverStats" as const;
  export const type = new RequestType<{ collectGarbage?: boolean }, ServerStatsResult, void>(
    method,
  );
}
