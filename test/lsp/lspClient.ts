// Drives dist/server.js over stdio the way an editor does: a real process speaking JSON-RPC.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  CodeActionRequest,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type CodeAction,
  type ConfigurationItem,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { REPO_ROOT } from "../support/cli-helpers";

export const SERVER = path.join(REPO_ROOT, "dist", "server.js");

export interface ClientOptions {
  /** Answers `workspace/configuration` for each item; the default answers `{}`. */
  settings?: (item: ConfigurationItem) => unknown;
  workspaceFolder?: string;
  /** Advertise `workspace.workspaceEdit.documentChanges` (versioned edits). */
  documentChanges?: boolean;
  /** Sent as `initializationOptions` (VS Code's client sends `{ trusted }`). */
  initializationOptions?: unknown;
  /** Advertise `window.workDoneProgress` (server-initiated progress). */
  workDoneProgress?: boolean;
  /** Node options for the server process, e.g. `--expose-gc`. */
  nodeArgs?: string[];
  /** Extra environment for the server process, e.g. FOLLOW_THROUGH_DEBUG_REQUESTS=1. */
  env?: Record<string, string>;
  /** Run the server as this user (through util-linux `setpriv`), so root can meet "permission denied". */
  runAs?: { uid: number; gid: number };
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly configurationRequests: ConfigurationItem[] = [];
  /** Notifications without a handler of their own (the custom ones), in arrival order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  /** `$/progress` values of server-created work done progress, in arrival order. */
  readonly progress: { kind: string; title?: string; message?: string; percentage?: number }[] = [];
  private readonly notificationWaiters: {
    match: (method: string, params: unknown) => boolean;
    resolve: (params: unknown) => void;
  }[] = [];
  settings: (item: ConfigurationItem) => unknown;
  private readonly waiters: {
    match: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }[] = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private stderr = "";

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? (() => ({}));
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const nodeCommand = [process.execPath, ...(options.nodeArgs ?? []), SERVER, "--stdio"];
    const runAs = options.runAs;
    const [command, ...args] =
      runAs === undefined
        ? nodeCommand
        : [
            "setpriv",
            `--reuid=${runAs.uid}`,
            `--regid=${runAs.gid}`,
            "--clear-groups",
            ...nodeCommand,
          ];
    const child = spawn(command, args, { stdio: "pipe", env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new TestClient(child, connection, options);
    child.stderr.on("data", (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.diagnostics.push(params);
      for (const waiter of [...client.waiters]) {
        if (waiter.match(params)) {
          client.waiters.splice(client.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      client.logs.push({ type: params.type, message: params.message });
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      client.configurationRequests.push(...params.items);
      return params.items.map((item) => client.settings(item));
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(
      WorkDoneProgressCreateRequest.method,
      (params: { token: string | number }) => {
        connection.onProgress(WorkDoneProgress.type, params.token, (value) => {
          client.progress.push(value);
        });
        return null;
      },
    );
    connection.onUnhandledNotification(({ method, params }) => {
      client.notifications.push({ method, params });
      for (const waiter of [...client.notificationWaiters]) {
        if (waiter.match(method, params)) {
          client.notificationWaiters.splice(client.notificationWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.listen();
    const folder = options.workspaceFolder;
    const result: InitializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder === undefined ? null : uriOf(folder),
      workspaceFolders:
        folder === undefined ? null : [{ uri: uriOf(folder), name: path.basename(folder) }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
          workspaceEdit: { documentChanges: options.documentChanges === true },
        },
        window: { workDoneProgress: options.workDoneProgress === true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: {
            versionSupport: true,
            codeDescriptionSupport: true,
            dataSupport: true,
            relatedInformation: false,
          },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } },
            isPreferredSupport: true,
            dataSupport: true,
          },
        },
      },
    });
    client.initializeResult = result;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  initializeResult: InitializeResult | undefined;

  get serverStderr(): string {
    return this.stderr;
  }

  /** Resolves with the first notification of `method` (already received or next) whose params match. */
  waitForNotification<P>(
    method: string,
    match: (params: P) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<P> {
    const already = this.notifications.find(
      (notification) => notification.method === method && match(notification.params as P),
    );
    if (already !== undefined) {
      return Promise.resolve(already.params as P);
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        match: (candidate: string, params: unknown) => candidate === method && match(params as P),
        resolve: (params: unknown) => {
          clearTimeout(timer);
          resolve(params as P);
        },
      };
      const timer = setTimeout(() => {
        this.notificationWaiters.splice(this.notificationWaiters.indexOf(waiter), 1);
        reject(
          new Error(
            `no ${method} notification matching within ${timeoutMs} ms; stderr: ${this.stderr}`,
          ),
        );
      }, timeoutMs);
      this.notificationWaiters.push(waiter);
    });
  }

  /** Resolves with the next publishDiagnostics for `uri` (optionally for a given version) sent after this call. */
  nextDiagnostics(
    uri: string,
    options: { version?: number; timeoutMs?: number } = {},
  ): Promise<PublishDiagnosticsParams> {
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      const waiter = {
        match: (params: PublishDiagnosticsParams) =>
          params.uri === uri &&
          (options.version === undefined || params.version === options.version),
        resolve: (params: PublishDiagnosticsParams) => {
          clearTimeout(timer);
          resolve(params);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(
            `no diagnostics for ${uri}${options.version === undefined ? "" : ` version ${options.version}`} within ${timeoutMs} ms; stderr: ${this.stderr}`,
          ),
        );
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  async open(
    uri: string,
    text: string,
    languageId = "markdown",
  ): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    const next = this.nextDiagnostics(uri, { version: 1 });
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    return next;
  }

  /** Sends one didChange with the given changes and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri) ?? "";
    for (const change of changes) {
      text =
        "range" in change
          ? applyEdits(text, [{ range: change.range, newText: change.text }])
          : change.text;
    }
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  /** Replaces the whole text with one incremental change covering the document, and waits for its diagnostics. */
  async setText(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const old = this.texts.get(uri) ?? "";
    const next = this.nextDiagnostics(uri, { version: (this.versions.get(uri) ?? 0) + 1 });
    await this.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: positionAt(old, old.length) }, text },
    ]);
    return next;
  }

  textOf(uri: string): string {
    return this.texts.get(uri) ?? "";
  }

  versionOf(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri },
    });
  }

  codeActions(
    uri: string,
    range: Range,
    diagnostics: Diagnostic[],
    only?: string[],
  ): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: only === undefined ? { diagnostics } : { diagnostics, only },
    }) as Promise<CodeAction[]>;
  }

  async configurationChanged(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: null,
    });
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 2000);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The process is killed below either way.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      this.process.kill();
    }
  }
}

export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).toString();
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) {
      return text.length;
    }
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/** Applies LSP text edits (non-overlapping, ranges in the original text) as an editor would. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((edit) => ({
      start: offsetAt(text, edit.range.start),
      end: offsetAt(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

/** The edits of a code action for one document, from `changes` or versioned `documentChanges`. */
export function editsFor(
  edit: WorkspaceEdit | undefined,
  uri: string,
): { edits: TextEdit[]; version?: number | null } {
  if (edit === undefined) {
    return { edits: [] };
  }
  if (edit.documentChanges !== undefined) {
    const edits: TextEdit[] = [];
    let version: number | null | undefined;
    for (const change of edit.documentChanges) {
      if ("textDocument" in change && change.textDocument.uri === uri) {
        edits.push(...(change.edits as TextEdit[]));
        version = change.textDocument.version;
      }
    }
    return { edits, version };
  }
  return { edits: edit.changes?.[uri] ?? [] };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
