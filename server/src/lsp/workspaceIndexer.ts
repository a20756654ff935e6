// Keeps the workspace index (../core/index) current for the language server: every post-mortem of the
// workspace folders, indexed in the background at start, then file by file from watcher events, and
// from open documents as they are linted (their unsaved text wins). Answers the index requests of
// ../protocol.ts and tells the client when the index changed.
import * as fs from "fs";
import { pathToFileURL } from "url";
import type { CancellationToken, Connection, FileEvent, TextEdit } from "vscode-languageserver";
import { FileChangeType } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { actionChanges } from "../core/actionEdits";
import { lint, type LintResult } from "../core/lint";
import { listMarkdownFiles, MARKDOWN_FILE } from "../core/index/files";
import { filterPostMortems, isoDay } from "../core/index/query";
import { computeMetrics } from "../core/metrics";
import { WorkspaceIndex } from "../core/index/workspaceIndex";
import {
  ActionEditRequest,
  IndexChangedNotification,
  MetricsRequest,
  WorkspaceActionsRequest,
  type ActionEditParams,
  type ActionEditResult,
  type MetricsParams,
  type MetricsResult,
  type WorkspaceActionsParams,
  type WorkspaceActionsResult,
} from "../protocol";
import { throwIfCancelled } from "./cancellation";
import { isPostMortem } from "./detect";
import { filePathOf, type DocumentConfig } from "./documentConfig";
import type { Settings } from "./settings";
import { MAX_DOCUMENT_CHARS, type LintOutcome } from "./validation";

/** Work done in one go before yielding to the event loop, so diagnostics and requests are never held up. */
const SLICE_MS = 8;
/** Index changes are reported to the client at most this often while a full indexing runs. */
const NOTIFY_DURING_INDEXING_MS = 250;

export interface IndexerDeps {
  connection: Connection;
  documents: { get(uri: string): TextDocument | undefined; all(): TextDocument[] };
  settings: { get(uri: string): Promise<Settings> };
  configs: { get(uri: string, settings: Settings): DocumentConfig };
  lintDocument(document: TextDocument, settings: Settings): LintOutcome;
  workDoneProgress: () => boolean;
}

export class WorkspaceIndexer {
  readonly index: WorkspaceIndex;
  private folders: string[] = [];
  /** Incremented by every full indexing; an older run stops at its next yield. */
  private generation = 0;
  private indexing = false;
  private pendingUris = new Set<string>();
  private pendingAll = false;
  private notifyTimer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: IndexerDeps) {
    // Files are linted with their folder's settings; the editor's documents with their own.
    this.index = new WorkspaceIndex(() => undefined);
    this.index.onDidChange((uris) => this.changed(uris));
  }

  /** Registers the index requests of ../protocol.ts. */
  listen(): void {
    const { connection } = this.deps;
    // The two reads walk the whole index; a request cancelled while queued is not worth it.
    connection.onRequest(
      WorkspaceActionsRequest.method,
      (params: WorkspaceActionsParams | undefined, token: CancellationToken) => {
        throwIfCancelled(token);
        return this.workspaceActions(params ?? {});
      },
    );
    connection.onRequest(ActionEditRequest.method, (params: ActionEditParams) =>
      this.actionEdit(params),
    );
    connection.onRequest(
      MetricsRequest.method,
      (params: MetricsParams | undefined, token: CancellationToken): MetricsResult => {
        throwIfCancelled(token);
        return this.metrics(params ?? {});
      },
    );
  }

  /** The follow-through numbers of the index as it stands (unsaved editor text included). */
  metrics(params: MetricsParams): MetricsResult {
    const valid = (day: string | undefined): string | undefined =>
      day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
    const metrics = computeMetrics(this.index.postMortems(), {
      today: valid(params.today) ?? isoDay(new Date()),
      since: valid(params.since),
    });
    return { ...metrics, indexing: this.indexing };
  }

  workspaceActions(params: WorkspaceActionsParams): WorkspaceActionsResult {
    const postMortems = filterPostMortems(this.index.postMortems(), {
      uris: params.uris,
      owner: params.owner,
      states: params.states,
      overdue: params.overdue,
      today: params.today ?? isoDay(new Date()),
    });
    if (params.offset === undefined && params.limit === undefined) {
      return { indexing: this.indexing, postMortems, total: postMortems.length };
    }
    postMortems.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    const offset = Math.max(0, params.offset ?? 0);
    const limit = Math.max(0, params.limit ?? postMortems.length);
    return {
      indexing: this.indexing,
      postMortems: postMortems.slice(offset, offset + limit),
      total: postMortems.length,
    };
  }

  /** Indexes every workspace folder from scratch in the background; a run already going stops. */
  async indexFolders(folderUris: string[]): Promise<void> {
    this.folders = folderUris;
    const generation = ++this.generation;
    const stale = (): boolean => generation !== this.generation;
    this.indexing = true;
    const progress = this.deps.workDoneProgress()
      ? await this.deps.connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    progress?.begin("Follow-Through: indexing post-mortems", 0, "listing files", false);
    const seen = new Set<string>();
    // Only files indexed before this run can be stale; one a watcher event added meanwhile is not.
    const before = new Set(this.index.fileUris());
    try {
      const work: { uri: string; file: string; settings: Settings }[] = [];
      for (const folderUri of folderUris) {
        const folder = filePathOf(folderUri);
        if (folder === undefined) {
          continue;
        }
        const settings = await this.deps.settings.get(folderUri);
        if (!settings.enable) {
          continue;
        }
        for (const file of await listMarkdownFiles(folder, stale)) {
          work.push({ uri: pathToFileURL(file).toString(), file, settings });
        }
      }
      let sliceStart = Date.now();
      let lastReport = 0;
      for (const [done, item] of work.entries()) {
        if (stale()) {
          return;
        }
        seen.add(item.uri);
        await this.indexFile(item.uri, item.file, item.settings);
        if (Date.now() - sliceStart >= SLICE_MS) {
          // Yield: open documents' diagnostics and the editor's requests go first.
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = Date.now();
          if (progress !== undefined && Date.now() - lastReport > 200) {
            lastReport = Date.now();
            progress.report(
              Math.floor((done * 100) / work.length),
              `${done} of ${work.length} files`,
            );
          }
        }
      }
      // Files indexed before but gone now (a folder removed, files deleted while the server was busy).
      for (const uri of before) {
        if (!seen.has(uri)) {
          this.index.deleteFile(uri);
        }
      }
    } finally {
      progress?.done();
      if (!stale()) {
        this.indexing = false;
        this.pendingAll = true;
        this.flush();
      }
    }
  }

  /** Settings or config files changed: weak reasons and what counts as a post-mortem may differ. */
  reindexAll(): void {
    void this.indexFolders(this.folders);
  }

  /** Watcher events for Markdown files; returns true if any event was about one. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    for (const change of changes) {
      const file = filePathOf(change.uri);
      if (file === undefined || !MARKDOWN_FILE.test(file) || !this.inFolders(change.uri)) {
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        this.index.deleteFile(change.uri);
      } else {
        await this.indexFile(change.uri, file, await this.deps.settings.get(change.uri));
      }
    }
  }

  /** An open document was linted (validator's cached result): its text now counts over the file. */
  documentLinted(document: TextDocument, outcome: LintOutcome): void {
    if (outcome.kind === "failed") {
      return;
    }
    this.index.setEditorResult(
      document.uri,
      outcome.kind === "linted" ? outcome.result : undefined,
      document.version,
    );
  }

  documentClosed(uri: string): void {
    this.index.closeEditor(uri);
  }

  private async indexFile(uri: string, file: string, settings: Settings): Promise<void> {
    let text: string;
    try {
      const stat = await fs.promises.stat(file);
      if (!stat.isFile() || stat.size > MAX_DOCUMENT_CHARS * 2) {
        this.index.deleteFile(uri);
        return;
      }
      text = await fs.promises.readFile(file, "utf8");
    } catch {
      // Gone between the listing and the read, or unreadable: not in the index.
      this.index.deleteFile(uri);
      return;
    }
    this.index.setFileResult(uri, this.analyse(uri, text, settings));
  }

  private analyse(uri: string, text: string, settings: Settings): LintResult | undefined {
    if (
      !settings.enable ||
      text.length > MAX_DOCUMENT_CHARS ||
      text.slice(0, 8192).includes("\u0000")
    ) {
      return undefined;
    }
    const documentConfig = this.deps.configs.get(uri, settings);
    if (!isPostMortem(documentConfig, text)) {
      return undefined;
    }
    try {
      return lint(text, { config: documentConfig.config, fileName: uri });
    } catch (error) {
      this.deps.connection.console.error(
        `Follow-Through: indexing ${uri} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    }
  }

  private async actionEdit(params: ActionEditParams): Promise<ActionEditResult> {
    const uri = params.textDocument.uri;
    const settings = await this.deps.settings.get(uri);
    const documentConfig = this.deps.configs.get(uri, settings);
    const result = lint(params.text, { config: documentConfig.config, fileName: uri });
    const item = result.doc.actions.find((candidate) => candidate.id === params.actionId);
    if (item === undefined) {
      return { found: false, edits: [] };
    }
    const edits: TextEdit[] = actionChanges(params.text, item, params.change).map((change) => ({
      range: { start: result.doc.positionAt(change.start), end: result.doc.positionAt(change.end) },
      newText: change.newText,
    }));
    return { found: true, edits };
  }

  private inFolders(uri: string): boolean {
    return this.folders.some(
      (folder) => uri === folder || uri.startsWith(folder.endsWith("/") ? folder : `${folder}/`),
    );
  }

  private changed(uris: string[]): void {
    for (const uri of uris) {
      this.pendingUris.add(uri);
    }
    if (this.notifyTimer !== undefined) {
      return;
    }
    if (this.indexing) {
      this.notifyTimer = setTimeout(() => this.flush(), NOTIFY_DURING_INDEXING_MS);
    } else {
      // An edit is reported as soon as the current turn of the event loop ends.
      this.notifyTimer = setTimeout(() => this.flush(), 0);
    }
  }

  private flush(): void {
    if (this.notifyTimer !== undefined) {
      clearTimeout(this.notifyTimer);
      this.notifyTimer = undefined;
    }
    const uris = this.pendingAll ? undefined : [...this.pendingUris];
    this.pendingAll = false;
    this.pendingUris.clear();
    if (uris !== undefined && uris.length === 0) {
      return;
    }
    void this.deps.connection.sendNotification(IndexChangedNotification.method, {
      uris,
      indexing: this.indexing,
      postMortems: this.index.size,
    });
  }
}
