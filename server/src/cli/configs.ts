import * as path from "path";
import {
  addCodeownersRoster,
  defaultConfig,
  findConfigFile,
  findRepoRoot,
  loadConfigFile,
  type ConfigProblem,
  type ResolvedConfig,
} from "../core/config";

/**
 * Finds and loads the config for each linted file, once per folder and once per config file,
 * so a broken config is reported once however many files it governs.
 */
export class ConfigResolver {
  private readonly configFileByDir = new Map<string, string | undefined>();
  private readonly configByKey = new Map<string, ResolvedConfig>();
  private readonly repoRootByDir = new Map<string, string | undefined>();
  private readonly explicit: ResolvedConfig | undefined;
  private readonly unreadableFiles = new Set<string>();

  /**
   * @param explicitFile `--config FILE`: used for every file instead of discovery.
   * @param onProblems called once per config file that has problems.
   */
  constructor(
    explicitFile: string | undefined,
    private readonly onProblems: (problems: ConfigProblem[]) => void,
  ) {
    if (explicitFile !== undefined) {
      this.explicit = this.load(path.resolve(explicitFile));
    }
  }

  /** The config that governs `file` (an absolute path). */
  forFile(file: string): ResolvedConfig {
    if (this.explicit !== undefined) {
      return this.explicit;
    }
    const dir = path.dirname(file);
    let configFile: string | undefined;
    if (this.configFileByDir.has(dir)) {
      configFile = this.configFileByDir.get(dir);
    } else {
      configFile = findConfigFile(dir);
      this.configFileByDir.set(dir, configFile);
    }
    if (configFile !== undefined) {
      return this.load(configFile);
    }
    // No config file is normal: defaults, plus the CODEOWNERS roster of the repository the file is in.
    const repoRoot = this.repoRootFor(dir);
    const key = `defaults:${repoRoot ?? ""}`;
    let config = this.configByKey.get(key);
    if (config === undefined) {
      config = defaultConfig();
      addCodeownersRoster(config, repoRoot);
      this.configByKey.set(key, config);
    }
    return config;
  }

  /**
   * A config file that could not be used at all was met: its files were linted with the defaults,
   * which is not what its author asked for, so the run exits 2 however clean the files look.
   */
  get metUnreadableConfig(): boolean {
    return this.unreadableFiles.size > 0;
  }

  /** The folder that a config's relative `postMortems` globs are resolved against. */
  globBaseFor(config: ResolvedConfig, cwd: string): string {
    return config.file !== undefined ? path.dirname(config.file) : cwd;
  }

  private load(configFile: string): ResolvedConfig {
    const key = `file:${configFile}`;
    let config = this.configByKey.get(key);
    if (config === undefined) {
      const loaded = loadConfigFile(configFile);
      if (loaded.problems.length > 0) {
        this.onProblems(loaded.problems);
      }
      if (loaded.problems.some((problem) => problem.unreadable === true)) {
        this.unreadableFiles.add(configFile);
      }
      config = loaded.config;
      if (config.file === undefined) {
        config.file = configFile;
      }
      addCodeownersRoster(config, this.repoRootFor(path.dirname(configFile)));
      this.configByKey.set(key, config);
    }
    return config;
  }

  private repoRootFor(startDir: string): string | undefined {
    if (this.repoRootByDir.has(startDir)) {
      return this.repoRootByDir.get(startDir);
    }
    const root = findRepoRoot(startDir);
    this.repoRootByDir.set(startDir, root);
    return root;
  }
}

/** "path:line:col: key: message", the shape editors and CI logs turn into links. */
export function formatConfigProblem(
  problem: ConfigProblem,
  displayPath: (file: string) => string,
): string {
  const where = `${displayPath(problem.file)}:${problem.line}:${problem.column}`;
  return problem.key === ""
    ? `${where}: ${problem.message}`
    : `${where}: ${problem.key}: ${problem.message}`;
}
