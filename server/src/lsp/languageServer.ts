// Wires the connection: capabilities, document sync, settings, config-file watching, code actions
// and the custom requests declared in ../protocol.ts.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ruleList, ruleDocsUrl } from "../core/rules";
import {
  ActionsRequest,
  RulesRequest,
  type ActionsParams,
  type ActionsResult,
  type RulesResult,
} from "../protocol";
import type { Person } from "../core/config";
import type { LintResult } from "../core/lint";
import { codeActionsFor } from "./codeActions";
import { pushPlan, pushToTracker, trackerLink, type PushDeps } from "./push";
import { FIX_ALL_KIND, STATUS_RULE, TrackerStatuses } from "./trackerStatus";
import { TrackerIssues } from "./trackerIssues";
import {
  CloseInTrackerRequest,
  TrackerIssuesRequest,
  TrackerStatusRequest,
  type CloseInTrackerParams,
  type TrackerIssuesParams,
  type TrackerStatusParams,
} from "../protocol";
import {
  PushPlanRequest,
  PushToTrackerRequest,
  TrackerLinkRequest,
  type PushPlanParams,
  type PushToTrackerParams,
  type TrackerLinkParams,
  type TrackerLinkResult,
} from "../protocol";
import { throwIfCancelled } from "./cancellation";
import { completionsFor } from "./completion";
import { registerDebugRequests } from "./debugRequests";
import { hoverFor } from "./hover";
import { RecentAuthors } from "./recentAuthors";
import { symbolsFor } from "./symbols";
import { DIAGNOSTIC_SOURCE, diagnosticData, type DiagnosticData } from "./diagnostics";
import { DocumentConfigs } from "./documentConfig";
import { defaultSettings, SettingsCache } from "./settings";
import { Validator } from "./validation";
import { WorkspaceIndexer } from "./workspaceIndexer";

export const CONFIG_FILE_GLOB = "**/.followthrough.{yml,yaml}";
/** Post-mortems the workspace index keeps current. */
export const MARKDOWN_GLOB = "**/*.{md,markdown}";

interface ClientSupport {
  configuration: boolean;
  dynamicConfigurationRegistration: boolean;
  dynamicWatchedFilesRegistration: boolean;
  workspaceFolders: boolean;
  documentChanges: boolean;
  workDoneProgress: boolean;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const support: ClientSupport = {
    configuration: false,
    dynamicConfigurationRegistration: false,
    dynamicWatchedFilesRegistration: false,
    workspaceFolders: false,
    documentChanges: false,
    workDoneProgress: false,
  };
  const settings = new SettingsCache(connection, () => support.configuration);
  // Editors without workspace trust count as trusted; VS Code's client says so explicitly.
  let trusted = true;
  // VS Code's client runs followThrough.pickFix, so long lists of fixes sit behind one "…" entry,
  // and renders $(icon) codicons in hovers.
  let pickers = false;
  let themeIcons = false;
  const recentAuthors = new RecentAuthors(() => trusted);
  const configs = new DocumentConfigs(connection);
  const validator = new Validator({
    log: connection.console,
    publish: (params) => {
      if (statuses.has(params.uri)) {
        // Adds the tracker-status-mismatch diagnostics of the last status check (no fetch here).
        void statuses.decorate(params).then((decorated) => {
          if (documents.get(params.uri)?.version === params.version)
            void connection.sendDiagnostics(decorated);
        });
      } else {
        void connection.sendDiagnostics(params);
      }
      // The index takes the lint just published (cached for this version): unsaved edits show at once.
      const document = documents.get(params.uri);
      if (document !== undefined && document.version === params.version) {
        void settings.get(params.uri).then((documentSettings) => {
          if (documents.get(params.uri)?.version === document.version) {
            indexer.documentLinted(document, validator.lintDocument(document, documentSettings));
          }
        });
      }
    },
    documents,
    settings,
    configs,
  });
  const indexer = new WorkspaceIndexer({
    connection,
    documents,
    settings,
    configs,
    lintDocument: (document, documentSettings) =>
      validator.lintDocument(document, documentSettings),
    workDoneProgress: () => support.workDoneProgress,
  });
  let workspaceFolderUris: string[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const workspace = params.capabilities.workspace;
    support.configuration = workspace?.configuration === true;
    support.dynamicConfigurationRegistration =
      workspace?.didChangeConfiguration?.dynamicRegistration === true;
    support.dynamicWatchedFilesRegistration =
      workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    support.workspaceFolders = workspace?.workspaceFolders === true;
    support.documentChanges = workspace?.workspaceEdit?.documentChanges === true;
    support.workDoneProgress = params.capabilities.window?.workDoneProgress === true;
    const options = params.initializationOptions as
      | { trusted?: boolean; debounceMs?: number; pickers?: boolean; themeIcons?: boolean }
      | undefined;
    trusted = options?.trusted !== false;
    pickers = options?.pickers === true;
    themeIcons = options?.themeIcons === true;
    if (typeof options?.debounceMs === "number" && options.debounceMs >= 0) {
      validator.debounceMs = options.debounceMs;
    }
    const folders =
      params.workspaceFolders?.map((folder) => folder.uri) ??
      (params.rootUri ? [params.rootUri] : []);
    configs.setWorkspaceFolders(folders);
    workspaceFolderUris = folders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ["@", ":", " "] },
        // The label names our outline where VS Code shows several (the breadcrumb, beside Markdown's headings);
        // without it VS Code shows the extension's long display name there.
        documentSymbolProvider: { label: "Actions" },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "follow-through" },
    };
  });

  connection.onInitialized(() => {
    if (support.dynamicConfigurationRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, {
        section: "followThrough",
      });
    }
    // VS Code's client watches config files itself (synchronize.fileEvents); other editors are asked here.
    if (support.dynamicWatchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: CONFIG_FILE_GLOB }, { globPattern: MARKDOWN_GLOB }],
      });
    }
    // In the background: open documents' diagnostics never wait for it.
    void indexer.indexFolders(workspaceFolderUris);
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((folders) => {
          workspaceFolderUris = (folders ?? []).map((folder) => folder.uri);
          configs.setWorkspaceFolders(workspaceFolderUris);
          validator.forgetLints();
          validator.scheduleAll();
          void indexer.indexFolders(workspaceFolderUris);
        });
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    validator.scheduleAll();
    indexer.reindexAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => /\.followthrough\.ya?ml$/i.test(change.uri))) {
      configs.invalidate();
      validator.forgetLints();
      validator.scheduleAll();
      indexer.reindexAll();
    } else {
      void indexer.filesChanged(params.changes);
    }
  });

  documents.onDidChangeContent((change) => validator.schedule(change.document.uri));
  documents.onDidClose((event) => {
    validator.closed(event.document.uri);
    settings.forget(event.document.uri);
    statuses.forget(event.document.uri);
    indexer.documentClosed(event.document.uri);
  });

  connection.onCodeAction(async (params: CodeActionParams, token): Promise<CodeAction[]> => {
    throwIfCancelled(token);
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) {
      return [];
    }
    const only = params.context.only;
    if (
      only !== undefined &&
      only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`))
    ) {
      const documentSettings = await settings.get(document.uri);
      throwIfCancelled(token);
      const outcome = validator.lintDocument(document, documentSettings);
      const fixAll = await statuses.fixAll(
        document,
        outcome.kind === "linted" ? outcome.result.doc : undefined,
      );
      return fixAll === undefined ? [] : [fixAll];
    }
    if (
      only !== undefined &&
      !only.some(
        (kind) =>
          kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`),
      )
    ) {
      return [];
    }
    const mismatched = params.context.diagnostics.filter(
      (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code === STATUS_RULE,
    );
    const ours = params.context.diagnostics.filter(
      (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.code !== STATUS_RULE,
    );
    if (ours.length === 0 && mismatched.length === 0) {
      return [];
    }
    const documentSettings = await settings.get(document.uri);
    throwIfCancelled(token);
    let linted: ReturnType<Validator["lintDocument"]> | undefined;
    const lintOnce = (): ReturnType<Validator["lintDocument"]> =>
      (linted ??= validator.lintDocument(document, documentSettings));
    const withData: { diagnostic: Diagnostic; data: DiagnosticData }[] = [];
    for (const diagnostic of ours) {
      const data = diagnosticData(diagnostic) ?? dataFromFindings(diagnostic, lintOnce());
      if (data !== undefined) {
        withData.push({ diagnostic, data });
      }
    }
    const documentConfig = configs.get(document.uri, documentSettings);
    const people = documentSettings.enable ? documentConfig.config.people : [];
    const needsOwners = withData.some(({ data }) => data.fix?.kind === "insertOwner");
    const recent = needsOwners ? await recentAuthors.forFile(documentConfig.filePath) : [];
    throwIfCancelled(token);
    const outcome = lintOnce();
    const statusActions =
      mismatched.length === 0
        ? []
        : statuses.codeActions(
            document,
            mismatched,
            outcome.kind === "linted" ? outcome.result.doc : undefined,
          );
    return [
      ...statusActions,
      ...codeActionsFor({
        document,
        diagnostics: withData,
        people,
        today: new Date(),
        useDocumentChanges: support.documentChanges,
        pickers,
        actionItems: () => (outcome.kind === "linted" ? outcome.result.doc.actions : []),
        allFindings: () => (outcome.kind === "linted" ? outcome.result.findings : []),
        author: outcome.kind === "linted" ? outcome.result.doc.frontMatter?.owners[0] : undefined,
        recentAuthors: recent,
        offerPush: trusted,
      }),
    ];
  });

  /**
   * The lint of an open post-mortem, or undefined (not open, not a post-mortem, disabled).
   * Throws RequestCancelled rather than lint for a request the client has given up on.
   */
  async function linted(
    uri: string,
    token: CancellationToken,
  ): Promise<{ document: TextDocument; result: LintResult; people: Person[] } | undefined> {
    throwIfCancelled(token);
    const document = documents.get(uri);
    if (document === undefined) {
      return undefined;
    }
    const documentSettings = await settings.get(uri);
    throwIfCancelled(token);
    const outcome = validator.lintDocument(document, documentSettings);
    return outcome.kind === "linted"
      ? { document, result: outcome.result, people: outcome.documentConfig.config.people }
      : undefined;
  }

  connection.onHover(async (params, token) => {
    const found = await linted(params.textDocument.uri, token);
    return found === undefined
      ? null
      : (hoverFor(found.result, found.document.offsetAt(params.position), { themeIcons }) ?? null);
  });

  connection.onCompletion(async (params, token) => {
    const found = await linted(params.textDocument.uri, token);
    if (found === undefined) {
      return [];
    }
    const linePrefix = found.document.getText({
      start: { line: params.position.line, character: 0 },
      end: params.position,
    });
    return completionsFor(
      linePrefix,
      params.position,
      found.people,
      found.result.doc.frontMatter?.owners[0],
      new Date(),
    );
  });

  connection.onDocumentSymbol(async (params, token) => {
    const found = await linted(params.textDocument.uri, token);
    return found === undefined ? [] : symbolsFor(found.result);
  });

  const pushDeps: PushDeps = {
    isTrusted: () => trusted,
    lint: async (uri) => {
      const document = documents.get(uri);
      const outcome =
        document === undefined
          ? undefined
          : validator.lintDocument(document, await settings.get(uri));
      return outcome?.kind !== "linted"
        ? undefined
        : {
            document: document!,
            doc: outcome.result.doc,
            config: outcome.documentConfig.config,
            filePath: outcome.documentConfig.filePath,
          };
    },
  };
  const trackerIssues = new TrackerIssues({
    isTrusted: () => trusted,
    postMortems: () => indexer.index.postMortems(),
    // The client's rule settings do not touch `tracker:`; skipping them spares a configuration request per document.
    configFor: (uri) => configs.get(uri, defaultSettings()),
    log: (message) => connection.console.log(message),
  });
  const statuses = new TrackerStatuses(pushDeps, (uri) => validator.schedule(uri, 0));
  connection.onRequest(TrackerStatusRequest.method, (params: TrackerStatusParams) =>
    statuses.refresh(params),
  );
  connection.onRequest(CloseInTrackerRequest.method, async (params: CloseInTrackerParams) => {
    const result = await statuses.close(params);
    if (result.closed && result.key !== undefined) trackerIssues.forget(result.key);
    return result;
  });
  connection.onRequest(TrackerIssuesRequest.method, (params: TrackerIssuesParams) =>
    trackerIssues.list(params),
  );
  connection.onRequest(PushPlanRequest.method, (params: PushPlanParams) =>
    pushPlan(pushDeps, params),
  );
  connection.onRequest(PushToTrackerRequest.method, (params: PushToTrackerParams) =>
    pushToTracker(pushDeps, params),
  );
  connection.onRequest(
    TrackerLinkRequest.method,
    async (params: TrackerLinkParams): Promise<TrackerLinkResult> => {
      const found = await pushDeps.lint(params.textDocument.uri);
      if (found === undefined) return { edits: [], note: "not-found" as const };
      return trackerLink(found.config, found.filePath, params, (text, offset) =>
        TextDocument.create(params.textDocument.uri, "markdown", 0, text).positionAt(offset),
      );
    },
  );

  connection.onRequest(RulesRequest.method, (): RulesResult => ({
    rules: ruleList.map((rule) => ({
      id: rule.id,
      description: rule.description,
      defaultSeverity: rule.defaultSeverity,
      fixable: rule.fixable,
      docsUrl: ruleDocsUrl(rule.id),
    })),
  }));

  connection.onRequest(
    ActionsRequest.method,
    async (params: ActionsParams, token: CancellationToken): Promise<ActionsResult> => {
      throwIfCancelled(token);
      const document = documents.get(params.textDocument.uri);
      if (document === undefined) {
        return { version: -1, isPostMortem: false, actions: [] };
      }
      const documentSettings = await settings.get(document.uri);
      throwIfCancelled(token);
      const outcome = validator.lintDocument(document, documentSettings);
      if (outcome.kind !== "linted") {
        return { version: document.version, isPostMortem: false, actions: [] };
      }
      const { doc, findings } = outcome.result;
      return {
        version: document.version,
        isPostMortem: true,
        actions: doc.actions.map((item) => ({
          id: item.id,
          text: item.text,
          range: { start: doc.positionAt(item.span.start), end: doc.positionAt(item.span.end) },
          state: item.status.state,
          owners: item.owners.map((owner) => owner.name),
          deadline: item.deadline?.text,
          trackerRefs: item.trackerRefs.map((ref) => ref.text),
          findings: findings
            .filter((finding) => finding.actionId === item.id)
            .map((finding) => finding.rule),
        })),
      };
    },
  );

  registerDebugRequests(connection, validator);
  indexer.listen();
  documents.listen(connection);
  connection.listen();
}

/** For clients that drop `Diagnostic.data`: find the same finding again by rule and range. */
function dataFromFindings(
  diagnostic: Diagnostic,
  outcome: ReturnType<Validator["lintDocument"]>,
): DiagnosticData | undefined {
  if (outcome.kind !== "linted") {
    return undefined;
  }
  const { start, end } = diagnostic.range;
  const finding = outcome.result.findings.find(
    (candidate) =>
      candidate.rule === diagnostic.code &&
      candidate.range.start.line === start.line &&
      candidate.range.start.character === start.character &&
      candidate.range.end.line === end.line &&
      candidate.range.end.character === end.character,
  );
  return finding === undefined
    ? undefined
    : { rule: finding.rule, actionId: finding.actionId, fix: finding.fix };
}
