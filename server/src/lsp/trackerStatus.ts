// Status read-back: "closed in the tracker but open here" and "done here but open in the tracker".
// Statuses are fetched only when the user asks (Check Tracker Status), kept per issue with a short TTL
// so asking twice in a row costs nothing, and never fetched while typing; the diagnostics show the
// last known state until the next check.
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type WorkspaceEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { actionChanges } from "../core/actionEdits";
import type { TextChange } from "../core/fixes";
import type { ActionItem, PostMortem } from "../core/types";
import type {
  CloseInTrackerParams,
  CloseInTrackerResult,
  TrackerStatusParams,
  TrackerStatusResult,
} from "../protocol";
import { createTracker, trackerSettingsFor, TrackerError, type TrackerKind } from "../trackers";
import { repoInfo } from "../trackers/repo";
import { chooseTracker } from "../trackers/settings";
import { toTextEdit } from "./codeActions";
import { DIAGNOSTIC_SOURCE } from "./diagnostics";
import type { PushDeps } from "./push";

export const STATUS_RULE = "tracker-status-mismatch";
/** `source.fixAll.followThrough`: only fixes that need no choice, i.e. ticking items the tracker closed. */
export const FIX_ALL_KIND = "source.fixAll.followThrough";
export const STATUS_TTL_MS = 5 * 60_000;

interface Known {
  state: "open" | "closed";
  fetchedAt: number;
}

/** The issue key an item's tracker reference names on this tracker ("#42", "PAY-123"), if any. */
export function issueKeyOf(item: ActionItem, kind: TrackerKind): string | undefined {
  for (const ref of item.trackerRefs) {
    const text = ref.text;
    const match =
      kind === "github"
        ? (/github\.com\/[^/\s]+\/[^/\s]+\/issues\/(\d+)/.exec(text) ?? /^#(\d+)$/.exec(text))
        : kind === "gitlab"
          ? (/\/-\/issues\/(\d+)/.exec(text) ?? /^#(\d+)$/.exec(text))
          : /\b([A-Z][A-Z0-9_]+-\d+)\b/.exec(text);
    if (match !== null) {
      return kind === "github" || kind === "gitlab" ? `#${match[1]}` : match[1];
    }
  }
  return undefined;
}

export class TrackerStatuses {
  /** uri -> issue key -> last known state. */
  private readonly known = new Map<string, Map<string, Known>>();

  constructor(
    private readonly deps: PushDeps,
    private readonly republish: (uri: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  has(uri: string): boolean {
    return this.known.has(uri);
  }

  forget(uri: string): void {
    this.known.delete(uri);
  }

  private async target(uri: string): Promise<{ doc: PostMortem; kind: TrackerKind } | string> {
    if (!this.deps.isTrusted()) return "Tracker status is not read in an untrusted workspace.";
    const found = await this.deps.lint(uri);
    if (found === undefined) return "This document is not a post-mortem Follow-Through lints.";
    const settings = trackerSettingsFor(
      found.config,
      found.doc,
      found.filePath === undefined ? undefined : repoInfo(found.filePath),
    );
    const kind = chooseTracker(settings);
    if (kind === undefined || settings[kind] === undefined)
      return "No tracker configured: add `tracker:` to .followthrough.yml.";
    return { doc: found.doc, kind };
  }

  async refresh(params: TrackerStatusParams): Promise<TrackerStatusResult> {
    const uri = params.textDocument.uri;
    const target = await this.target(uri);
    if (typeof target === "string") return { checked: 0, mismatches: 0, errors: [target] };
    const found = await this.deps.lint(uri);
    const settings = trackerSettingsFor(
      found!.config,
      found!.doc,
      found!.filePath === undefined ? undefined : repoInfo(found!.filePath),
    );
    const tracker = createTracker(settings, target.kind, params.credentials, this.deps.tuning);
    const known = this.known.get(uri) ?? new Map<string, Known>();
    this.known.set(uri, known);
    const errors: string[] = [];
    let checked = 0;
    for (const item of target.doc.actions) {
      const key = issueKeyOf(item, target.kind);
      if (key === undefined || item.status.state === "deprioritized") continue;
      const cached = known.get(key);
      if (cached !== undefined && this.now() - cached.fetchedAt < STATUS_TTL_MS) {
        checked++;
        continue;
      }
      try {
        const issue = await tracker.getStatus(key);
        known.set(key, { state: issue.state, fetchedAt: this.now() });
        checked++;
      } catch (error) {
        errors.push(error instanceof TrackerError ? error.message : String(error));
        if (error instanceof TrackerError && error.kind === "auth") break;
      }
    }
    this.republish(uri);
    const mismatches = target.doc.actions.filter(
      (item) => this.mismatch(item, target.kind, known) !== undefined,
    ).length;
    return { checked, mismatches, errors };
  }

  private mismatch(
    item: ActionItem,
    kind: TrackerKind,
    known: Map<string, Known>,
  ): { key: string; trackerState: "open" | "closed" } | undefined {
    const key = issueKeyOf(item, kind);
    const state = key === undefined ? undefined : known.get(key)?.state;
    if (key === undefined || state === undefined) return undefined;
    if (state === "closed" && item.status.state === "open") return { key, trackerState: state };
    if (state === "open" && item.status.state === "done") return { key, trackerState: state };
    return undefined;
  }

  /** The lint's diagnostics plus one per mismatch, from the last check of this document. */
  async decorate(params: PublishDiagnosticsParams): Promise<PublishDiagnosticsParams> {
    const known = this.known.get(params.uri);
    if (known === undefined) return params;
    const target = await this.target(params.uri);
    if (typeof target === "string") return params;
    const extra: Diagnostic[] = [];
    for (const item of target.doc.actions) {
      const found = this.mismatch(item, target.kind, known);
      if (found === undefined) continue;
      extra.push({
        range: {
          start: target.doc.positionAt(item.textSpan.start),
          end: target.doc.positionAt(item.textSpan.end),
        },
        severity: DiagnosticSeverity.Warning,
        code: STATUS_RULE,
        source: DIAGNOSTIC_SOURCE,
        message:
          found.trackerState === "closed"
            ? `Closed in the tracker (${found.key}) but open here: tick it, or reopen the issue.`
            : `Done here but still open in the tracker (${found.key}): close the issue, or reopen the item.`,
        data: {
          rule: STATUS_RULE,
          actionId: item.id,
          issueKey: found.key,
          trackerState: found.trackerState,
        },
      });
    }
    return { ...params, diagnostics: [...params.diagnostics, ...extra] };
  }

  /** "Mark done here" (an edit) or "Close KEY in the tracker" (the client's command, which authenticates). */
  codeActions(
    document: TextDocument,
    diagnostics: Diagnostic[],
    doc: PostMortem | undefined,
  ): CodeAction[] {
    const actions: CodeAction[] = [];
    for (const diagnostic of diagnostics) {
      const data = diagnostic.data as
        { actionId?: string; issueKey?: string; trackerState?: string } | undefined;
      const item = doc?.actions.find((candidate) => candidate.id === data?.actionId);
      if (item === undefined || data?.issueKey === undefined) continue;
      if (data.trackerState === "closed") {
        const changes = actionChanges(document.getText(), item, { kind: "done" });
        if (changes.length === 0) continue;
        actions.push({
          title: `Mark done here (${data.issueKey} is closed)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: versionedEdit(document, changes),
        });
      } else {
        actions.push({
          title: `Close ${data.issueKey} in the tracker`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: {
            title: `Close ${data.issueKey} in the tracker`,
            command: "followThrough.closeInTracker",
            arguments: [document.uri, item.id],
          },
        });
      }
    }
    return actions;
  }

  /**
   * The fix-all (on save, or "Fix all" in the editor): tick every item the last check found closed in
   * the tracker. Every other rule's fix needs a person's choice (who, which date, which verb), so only
   * this one runs unattended; nothing is fetched here.
   */
  async fixAll(
    document: TextDocument,
    doc: PostMortem | undefined,
  ): Promise<CodeAction | undefined> {
    const known = this.known.get(document.uri);
    if (known === undefined || doc === undefined) return undefined;
    const target = await this.target(document.uri);
    if (typeof target === "string") return undefined;
    const text = document.getText();
    const closed = doc.actions.filter(
      (item) => this.mismatch(item, target.kind, known)?.trackerState === "closed",
    );
    const changes = closed.flatMap((item) => actionChanges(text, item, { kind: "done" }));
    if (changes.length === 0) return undefined;
    return {
      title:
        closed.length === 1
          ? "Mark done the action closed in the tracker"
          : `Mark done the ${closed.length} actions closed in the tracker`,
      kind: FIX_ALL_KIND,
      edit: versionedEdit(document, changes),
    };
  }

  async close(params: CloseInTrackerParams): Promise<CloseInTrackerResult> {
    const uri = params.textDocument.uri;
    const target = await this.target(uri);
    if (typeof target === "string") return { closed: false, error: target };
    const item = target.doc.actions.find((candidate) => candidate.id === params.actionId);
    const key = item === undefined ? undefined : issueKeyOf(item, target.kind);
    if (key === undefined)
      return { closed: false, error: "The item has no issue of this tracker." };
    const found = await this.deps.lint(uri);
    const tracker = createTracker(
      trackerSettingsFor(
        found!.config,
        found!.doc,
        found!.filePath === undefined ? undefined : repoInfo(found!.filePath),
      ),
      target.kind,
      params.credentials,
      this.deps.tuning,
    );
    try {
      await tracker.close(key);
    } catch (error) {
      return {
        closed: false,
        error: error instanceof TrackerError ? error.message : String(error),
        errorKind: error instanceof TrackerError ? error.kind : undefined,
      };
    }
    const known = this.known.get(uri) ?? new Map<string, Known>();
    known.set(key, { state: "closed", fetchedAt: this.now() });
    this.known.set(uri, known);
    this.republish(uri);
    return { closed: true, key };
  }
}

/** Changes to the document as the client saw it: a stale version is refused, not misapplied. */
function versionedEdit(document: TextDocument, changes: TextChange[]): WorkspaceEdit {
  const edits = changes.map((change) => toTextEdit(document, change));
  return {
    documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }],
  };
}
