// Lints open documents as they change: debounced per document, stale runs dropped by version, and
// a throw never takes the server down (the document keeps its last diagnostics).
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { lint, type LintResult } from "../core/lint";
import { isPostMortem } from "./detect";
import { problemDiagnostic, toDiagnostic } from "./diagnostics";
import type { DocumentConfig } from "./documentConfig";
import type { Settings } from "./settings";

/** Typing pauses shorter than this coalesce into one lint. */
export const DEBOUNCE_MS = 150;
/** Larger documents are not post-mortems anyone types into; skip them rather than stall the editor. */
export const MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;

export type LintOutcome =
  | { kind: "skipped"; reason: "disabled" | "too-large" | "not-a-post-mortem" }
  | { kind: "linted"; result: LintResult; documentConfig: DocumentConfig }
  | { kind: "failed" };

interface DocumentState {
  timer?: NodeJS.Timeout;
  /** Incremented by every run; a run that finds a newer number has been overtaken. */
  run: number;
  validatedOnce: boolean;
}

/** What the validator needs from the server; narrow so tests can hand in fakes. */
export interface ValidatorDeps {
  log: { error(message: string): void; info(message: string): void };
  publish(params: PublishDiagnosticsParams): void;
  documents: { get(uri: string): TextDocument | undefined; all(): TextDocument[] };
  settings: { get(uri: string): Promise<Settings> };
  configs: { get(uri: string, settings: Settings): DocumentConfig };
  lint?: typeof lint;
}

export class Validator {
  /** Typing pauses shorter than this coalesce; `initializationOptions.debounceMs` changes it (benchmarks use 0). */
  debounceMs = DEBOUNCE_MS;
  private readonly states = new Map<string, DocumentState>();
  /** The last lint of each document: hover, completion, outline and code actions reuse it for the same version. */
  private readonly lastLint = new Map<
    string,
    { version: number; settings: Settings; outcome: LintOutcome }
  >();
  private readonly logged = new Set<string>();
  /** Rules whose failure was logged; bounded by the number of rules, so never cleared. */
  private readonly failedRules = new Set<string>();
  /** Lints actually run (cache misses): load tests and the bench read it to see coalescing work. */
  private lintRuns = 0;
  private readonly documents: ValidatorDeps["documents"];
  private readonly settings: ValidatorDeps["settings"];
  private readonly configs: ValidatorDeps["configs"];
  private readonly lint: typeof lint;

  constructor(private readonly deps: ValidatorDeps) {
    this.documents = deps.documents;
    this.settings = deps.settings;
    this.configs = deps.configs;
    this.lint = deps.lint ?? lint;
  }

  /** Schedules a lint; the first lint of a newly opened document runs at once. */
  schedule(uri: string, delay?: number): void {
    const state = this.stateFor(uri);
    if (state.timer !== undefined) {
      clearTimeout(state.timer);
    }
    const wait = delay ?? (state.validatedOnce ? this.debounceMs : 0);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.validate(uri);
    }, wait);
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) {
      this.schedule(document.uri, 0);
    }
  }

  closed(uri: string): void {
    this.lastLint.delete(uri);
    const state = this.states.get(uri);
    if (state?.timer !== undefined) {
      clearTimeout(state.timer);
    }
    this.states.delete(uri);
    this.deps.publish({ uri, diagnostics: [] });
  }

  /** Lints a document now, or reuses the lint of the same version. Shared by every feature. */
  lintDocument(document: TextDocument, settings: Settings): LintOutcome {
    const last = this.lastLint.get(document.uri);
    if (last !== undefined && last.version === document.version && last.settings === settings) {
      return last.outcome;
    }
    const outcome = this.lintUncached(document, settings);
    this.lastLint.set(document.uri, { version: document.version, settings, outcome });
    return outcome;
  }

  /** What the validator holds: every map is per open document, so none grows with edits. */
  stats(): {
    lintRuns: number;
    pendingValidations: number;
    documents: number;
    cachedLints: number;
  } {
    let pendingValidations = 0;
    for (const state of this.states.values()) {
      if (state.timer !== undefined) pendingValidations++;
    }
    return {
      lintRuns: this.lintRuns,
      pendingValidations,
      documents: this.states.size,
      cachedLints: this.lastLint.size,
    };
  }

  /** Drops remembered lints, e.g. when a config file changed under them. */
  forgetLints(): void {
    this.lastLint.clear();
  }

  private lintUncached(document: TextDocument, settings: Settings): LintOutcome {
    if (!settings.enable) {
      return { kind: "skipped", reason: "disabled" };
    }
    const text = document.getText();
    if (text.length > MAX_DOCUMENT_CHARS) {
      this.logOnce(
        `too-large:${document.uri}`,
        "info",
        `Follow-Through: skipped ${document.uri}: larger than 2 MB.`,
      );
      return { kind: "skipped", reason: "too-large" };
    }
    const documentConfig = this.configs.get(document.uri, settings);
    if (!isPostMortem(documentConfig, text)) {
      return { kind: "skipped", reason: "not-a-post-mortem" };
    }
    let result: LintResult;
    this.lintRuns++;
    try {
      result = this.lint(text, { config: documentConfig.config, fileName: document.uri });
    } catch (error) {
      this.logOnce(
        `lint:${describe(error)}`,
        "error",
        `Follow-Through: linting ${document.uri} failed: ${describe(error, true)}`,
      );
      return { kind: "failed" };
    }
    for (const { rule, error } of result.ruleErrors) {
      // Once per rule for the server's life: a rule that throws on every keystroke would otherwise
      // flood the output with the same stack under a different message.
      if (!this.failedRules.has(rule)) {
        this.failedRules.add(rule);
        this.deps.log.error(
          `Follow-Through: rule ${rule} failed and was skipped: ${describe(error, true)}`,
        );
      }
    }
    return { kind: "linted", result, documentConfig };
  }

  private async validate(uri: string): Promise<void> {
    const state = this.stateFor(uri);
    const run = ++state.run;
    const document = this.documents.get(uri);
    if (document === undefined) {
      return;
    }
    const version = document.version;
    const settings = await this.settings.get(uri);
    const current = this.documents.get(uri);
    if (current === undefined || current.version !== version || state.run !== run) {
      // A newer version arrived while the settings were read; its own run publishes.
      return;
    }
    state.validatedOnce = true;
    let diagnostics: Diagnostic[];
    const outcome = this.lintDocument(current, settings);
    switch (outcome.kind) {
      case "failed":
        return;
      case "skipped":
        diagnostics = [];
        break;
      case "linted":
        diagnostics = [
          ...outcome.result.doc.problems.map((problem) =>
            problemDiagnostic(problem, outcome.result),
          ),
          ...outcome.result.findings.map(toDiagnostic),
        ];
        break;
    }
    this.deps.publish({ uri, version, diagnostics });
  }

  private stateFor(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (state === undefined) {
      state = { run: 0, validatedOnce: false };
      this.states.set(uri, state);
    }
    return state;
  }

  private logOnce(key: string, level: "error" | "info", message: string): void {
    if (this.logged.has(key)) {
      return;
    }
    // A long session (many oversized documents, many distinct lint errors) must not grow this set
    // without bound.
    if (this.logged.size > 1000) {
      this.logged.clear();
    }
    this.logged.add(key);
    if (level === "error") {
      this.deps.log.error(message);
    } else {
      this.deps.log.info(message);
    }
  }
}

function describe(error: unknown, withStack = false): string {
  if (error instanceof Error) {
    return withStack && error.stack !== undefined ? error.stack : error.message;
  }
  return String(error);
}
