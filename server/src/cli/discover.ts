import * as fs from "fs";
import * as path from "path";
import picomatch from "picomatch";
import type { ResolvedConfig } from "../core/config";
import {
  HEAD_CHARS,
  isSupportingDocument,
  postMortemGlobMatcher,
  saysPostMortem,
  toSlashes,
  usesDefaultGlobs,
} from "../core/detect";
import type { ConfigResolver } from "./configs";
import { describeFsError, readHead } from "./read";

/** Folders never searched: dependencies, VCS metadata and build output. */
export const IGNORED_DIRECTORIES = new Set(["node_modules", ".git", "dist", "out"]);

const MARKDOWN_FILE = /\.(md|markdown)$/i;

export interface Target {
  /** Absolute path. */
  file: string;
  /** Named on the command line (or matched by a glob there): always linted. */
  explicit: boolean;
}

export interface DiscoveryResult {
  targets: Target[];
  errors: { file: string; message: string }[];
  /** Inputs that selected nothing, for a note on stderr. */
  empty: string[];
}

export interface DiscoveryOptions {
  cwd: string;
  configs: ConfigResolver;
}

/**
 * Turns command-line inputs into files. Explicit files are always linted; folders are searched for
 * Markdown post-mortems; globs select exactly what they match (still skipping dependency folders).
 */
export function discoverTargets(inputs: string[], options: DiscoveryOptions): DiscoveryResult {
  const result: DiscoveryResult = { targets: [], errors: [], empty: [] };
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean): void => {
    if (!seen.has(file)) {
      seen.add(file);
      result.targets.push({ file, explicit });
    }
  };
  const classifier = new PostMortemClassifier(options);
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    const before = result.targets.length;
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory() === true) {
      walk(absolute, result, (file) => {
        if (MARKDOWN_FILE.test(file) && classifier.isPostMortem(file)) {
          add(file, false);
        }
      });
    } else if (stat === undefined && picomatch.scan(input).isGlob) {
      expandGlob(input, options.cwd, result, (file) => add(file, true));
    } else {
      // A file, or something unreadable: reading it reports the reason and makes the run exit 2.
      add(absolute, true);
    }
    if (
      result.targets.length === before &&
      !result.errors.some((error) => error.file.startsWith(absolute))
    ) {
      result.empty.push(input);
    }
  }
  return result;
}

function expandGlob(
  pattern: string,
  cwd: string,
  result: DiscoveryResult,
  add: (file: string) => void,
): void {
  const normalised = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  const scan = picomatch.scan(normalised);
  const base = path.resolve(cwd, scan.base === "" ? "." : scan.base);
  const isMatch = picomatch(normalised, { dot: false });
  const absolutePattern = path.isAbsolute(normalised);
  if (!fs.existsSync(base)) {
    return;
  }
  walk(base, result, (file) => {
    const candidate = absolutePattern
      ? file.replace(/\\/g, "/")
      : toSlashes(path.relative(cwd, file));
    if (isMatch(candidate)) {
      add(file);
    }
  });
}

/** Depth-first, sorted, following symbolic links to folders at most once each. */
function walk(root: string, result: DiscoveryResult, visit: (file: string) => void): void {
  const visited = new Set<string>();
  const visitDirectory = (dir: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (error) {
      result.errors.push({ file: dir, message: `cannot read folder: ${describeFsError(error)}` });
      return;
    }
    if (visited.has(real)) {
      return;
    }
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      result.errors.push({ file: dir, message: `cannot read folder: ${describeFsError(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = fs.statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          // A dangling link: offer it as a file so reading it reports the problem.
          isFile = true;
        }
      }
      if (isDirectory) {
        if (!IGNORED_DIRECTORIES.has(entry.name)) {
          visitDirectory(full);
        }
      } else if (isFile) {
        visit(full);
      }
    }
  };
  visitDirectory(root);
}

/** Decides whether a Markdown file found in a folder is a post-mortem. */
class PostMortemClassifier {
  private readonly matchers = new WeakMap<ResolvedConfig, (file: string) => boolean>();

  constructor(private readonly options: DiscoveryOptions) {}

  isPostMortem(file: string): boolean {
    const config = this.options.configs.forFile(file);
    const byPath = this.matcherFor(config)(file);
    const head = readHead(file, HEAD_CHARS);
    if (head === undefined) {
      // Unreadable: keep it, so the run reports it instead of silently skipping it.
      return true;
    }
    // Globs the user wrote select exactly what they match; the default folders and a title also
    // catch the folder's README, template and guides, which are left out.
    if (byPath && !usesDefaultGlobs(config)) {
      return true;
    }
    return (byPath || saysPostMortem(head)) && !isSupportingDocument(file, head);
  }

  private matcherFor(config: ResolvedConfig): (file: string) => boolean {
    let matcher = this.matchers.get(config);
    if (matcher === undefined) {
      matcher = postMortemGlobMatcher(
        config.postMortemGlobs,
        this.options.configs.globBaseFor(config, this.options.cwd),
      );
      this.matchers.set(config, matcher);
    }
    return matcher;
  }
}
