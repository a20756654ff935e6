// The `.followthrough.yml` that applies to each document, cached per folder until a config file
// changes. Problems in a config file are published as diagnostics on that file, so a broken config
// is one clear message in the Problems panel instead of a dialog on every keystroke.
import * as path from "path";
import { fileURLToPath, pathToFileURL } from "url";
import type { Connection, Diagnostic } from "vscode-languageserver";
import { DiagnosticSeverity } from "vscode-languageserver";
import {
  defaultConfig,
  loadConfigFor,
  type ConfigProblem,
  type LoadedConfig,
  type ResolvedConfig,
} from "../core/config";
import type { Settings } from "./settings";

export interface DocumentConfig {
  config: ResolvedConfig;
  /** The file's path, when the document lives on disk. */
  filePath?: string;
  /** The folder post-mortem globs are relative to. */
  globBase?: string;
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) {
    return undefined;
  }
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class DocumentConfigs {
  private readonly byFolder = new Map<string, LoadedConfig>();
  /** Config files that currently have problems published, by URI. */
  private readonly publishedProblems = new Set<string>();
  private workspaceFolders: string[] = [];

  constructor(private readonly connection: Connection) {}

  setWorkspaceFolders(uris: string[]): void {
    this.workspaceFolders = uris
      .map(filePathOf)
      .filter((folder): folder is string => folder !== undefined);
  }

  /** The config for a document, with the client's per-rule settings laid over the file's rules. */
  get(uri: string, settings: Settings): DocumentConfig {
    const filePath = filePathOf(uri);
    if (filePath === undefined) {
      return { config: withSettings(defaultConfig(), settings) };
    }
    const loaded = this.loadFor(filePath);
    const configFile = loaded.config.file;
    const globBase =
      configFile !== undefined ? path.dirname(configFile) : this.workspaceFolderOf(filePath);
    return { config: withSettings(loaded.config, settings), filePath, globBase };
  }

  /** Called when a `.followthrough.yml` was created, changed or deleted. */
  invalidate(): void {
    this.byFolder.clear();
    // Problems are published again when the documents are re-linted; a deleted or fixed file keeps none.
    for (const uri of this.publishedProblems) {
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.publishedProblems.clear();
  }

  private loadFor(filePath: string): LoadedConfig {
    const folder = path.dirname(filePath);
    let loaded = this.byFolder.get(folder);
    if (loaded === undefined) {
      loaded = loadConfigFor(filePath);
      this.byFolder.set(folder, loaded);
      if (loaded.config.file !== undefined) {
        this.publishProblems(loaded.config.file, loaded.problems);
      }
    }
    return loaded;
  }

  private publishProblems(configFile: string, problems: ConfigProblem[]): void {
    const uri = pathToFileURL(configFile).toString();
    if (problems.length === 0 && !this.publishedProblems.has(uri)) {
      return;
    }
    const diagnostics: Diagnostic[] = problems.map((problem) => {
      const start = {
        line: Math.max(0, problem.line - 1),
        character: Math.max(0, problem.column - 1),
      };
      return {
        range: { start, end: start },
        severity: DiagnosticSeverity.Warning,
        source: "follow-through",
        message: problem.key === "" ? problem.message : `${problem.key}: ${problem.message}`,
      };
    });
    for (const problem of problems) {
      this.connection.console.warn(
        `${problem.file}:${problem.line}:${problem.column}: ${problem.key === "" ? "" : `${problem.key}: `}${problem.message}`,
      );
    }
    if (diagnostics.length === 0) {
      this.publishedProblems.delete(uri);
    } else {
      this.publishedProblems.add(uri);
    }
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private workspaceFolderOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.workspaceFolders) {
      const relative = path.relative(folder, filePath);
      if (
        !relative.startsWith("..") &&
        !path.isAbsolute(relative) &&
        (best === undefined || folder.length > best.length)
      ) {
        best = folder;
      }
    }
    return best;
  }
}

function withSettings(config: ResolvedConfig, settings: Settings): ResolvedConfig {
  if (Object.keys(settings.rules).length === 0) {
    return config;
  }
  return { ...config, rules: { ...config.rules, ...settings.rules } };
}
