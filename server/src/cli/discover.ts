import * as fs from "fs";
import * as path from "path";
import picomatch from "picomatch";
import type { ResolvedConfig } from "../core/config";
import {
  HEAD_CHARS,
  isPostMortemByHead,
  postMortemGlobMatcher,
  toSlashes,
  usesDefaultGlobs,
} from "../core/detect";
import { MARKDOWN_FILE, walkFiles } from "../core/index/files";
import type { ConfigResolver } from "./configs";
import { describeFsError, readHead } from "./read";

export interface Target {
  /** Absolute path. */
  file: string;
  /** Named on the command line (or matched by a glob there): always linted. */
  explicit: boolean;
  /**
   * Left to whoever reads the file (with `deferHeadChecks`): it is a post-mortem only if
   * `isPostMortemByHead` says so of its first `HEAD_CHARS` bytes.
   */
  headCheck?: HeadCheck;
}

/** What is left to decide about a file found in a folder once its path is known. */
export interface HeadCheck {
  /** The config's default post-mortem folders select it. */
  byDefaultFolders: boolean;
}

export interface DiscoveryResult {
  targets: Target[];
  errors: { file: string; message: string }[];
  /** Inputs that selected nothing, for a note on stderr. */
  empty: string[];
  /**
   * The input whose files were all left to head checks: it selected nothing if none of them turns
   * out a post-mortem (`settleUndecided`).
   */
  undecided?: string;
}

type RunErrors = Pick<DiscoveryResult, "errors">;

export interface DiscoveryOptions {
  cwd: string;
  configs: ConfigResolver;
  /**
   * Leave a folder's files that only their first bytes can decide to the reader (`headCheck`), so
   * each is read once. Only with one input: with several, a file met twice is linted once, which
   * needs the verdict when it is met.
   */
  deferHeadChecks?: boolean;
}

/**
 * Turns command-line inputs into files, in a stable order: inputs as given, each folder's files
 * sorted. Explicit files are always linted; folders are searched for Markdown post-mortems; globs
 * select exactly what they match (still skipping dependency folders). Yields each file as it is
 * found, so linting starts before a large folder is listed; errors and empty inputs are added to
 * `report` as they are met.
 */
export async function* findTargets(
  inputs: string[],
  options: DiscoveryOptions,
  report: Omit<DiscoveryResult, "targets">,
): AsyncGenerator<Target> {
  // Only a file reached through two inputs can come twice; one input's walk yields each path once,
  // so a single folder of 100,000 files keeps no set of them.
  const seen = inputs.length > 1 ? new Set<string>() : undefined;
  const classifier = new PostMortemClassifier(options);
  const deferHeadChecks = options.deferHeadChecks === true && seen === undefined;
  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input);
    let found = 0;
    let undecided = 0;
    const fresh = (file: string): boolean => {
      if (seen?.has(file) === true) {
        return false;
      }
      seen?.add(file);
      found++;
      return true;
    };
    let stat: fs.Stats | undefined;
    try {
      stat = await fs.promises.stat(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory() === true) {
      for await (const file of walk(absolute, report)) {
        if (!MARKDOWN_FILE.test(file)) {
          continue;
        }
        if (deferHeadChecks) {
          const headCheck = classifier.headCheck(file);
          if (headCheck !== undefined) {
            undecided++;
            yield { file, explicit: false, headCheck };
          } else if (fresh(file)) {
            yield { file, explicit: false };
          }
        } else if (classifier.isPostMortem(file) && fresh(file)) {
          yield { file, explicit: false };
        }
      }
    } else if (stat === undefined && picomatch.scan(input).isGlob) {
      for await (const file of expandGlob(input, options.cwd, report)) {
        if (fresh(file)) {
          yield { file, explicit: true };
        }
      }
    } else if (fresh(absolute)) {
      // A file, or something unreadable: reading it reports the reason and makes the run exit 2.
      yield { file: absolute, explicit: true };
    }
    if (found === 0 && undecided > 0) {
      report.undecided = input;
    } else if (found === 0 && !report.errors.some((error) => error.file.startsWith(absolute))) {
      report.empty.push(input);
    }
  }
}

/**
 * Once the head checks are done: the undecided input selected nothing if none of its files was a
 * post-mortem (and listing it met no error: the one input's errors are all its own).
 */
export function settleUndecided(
  report: Omit<DiscoveryResult, "targets">,
  postMortemsFound: number,
): void {
  if (report.undecided !== undefined && postMortemsFound === 0 && report.errors.length === 0) {
    report.empty.push(report.undecided);
  }
  report.undecided = undefined;
}

/** `findTargets`, collected: for commands that need every post-mortem before they print. */
export async function discoverTargets(
  inputs: string[],
  options: DiscoveryOptions,
): Promise<DiscoveryResult> {
  const result: DiscoveryResult = { targets: [], errors: [], empty: [] };
  for await (const target of findTargets(inputs, options, result)) {
    result.targets.push(target);
  }
  return result;
}

async function* expandGlob(
  pattern: string,
  cwd: string,
  result: RunErrors,
): AsyncGenerator<string> {
  const normalised = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  const scan = picomatch.scan(normalised);
  const base = path.resolve(cwd, scan.base === "" ? "." : scan.base);
  const isMatch = picomatch(normalised, { dot: false });
  const absolutePattern = path.isAbsolute(normalised);
  if (!fs.existsSync(base)) {
    return;
  }
  for await (const file of walk(base, result)) {
    const candidate = absolutePattern
      ? file.replace(/\\/g, "/")
      : toSlashes(path.relative(cwd, file));
    if (isMatch(candidate)) {
      yield file;
    }
  }
}

/** Every file under `root` from the shared walker; a folder that cannot be listed is a run error. */
function walk(root: string, result: RunErrors): AsyncGenerator<string> {
  return walkFiles(root, {
    danglingLinks: "yield",
    onFolderError: (folder, error) => {
      result.errors.push({
        file: folder,
        message: `cannot read folder: ${describeFsError(error)}`,
      });
    },
  });
}

/** Decides whether a Markdown file found in a folder is a post-mortem. */
class PostMortemClassifier {
  private readonly matchers = new WeakMap<ResolvedConfig, (file: string) => boolean>();

  constructor(private readonly options: DiscoveryOptions) {}

  isPostMortem(file: string): boolean {
    const headCheck = this.headCheck(file);
    if (headCheck === undefined) {
      return true;
    }
    const head = readHead(file, HEAD_CHARS);
    // Unreadable: keep it, so the run reports it instead of silently skipping it.
    return head === undefined || isPostMortemByHead(file, head, headCheck.byDefaultFolders);
  }

  /** What its head must decide; undefined when its path does (a glob the user wrote selects it). */
  headCheck(file: string): HeadCheck | undefined {
    const config = this.options.configs.forFile(file);
    const byPath = this.matcherFor(config)(file);
    // Globs the user wrote select exactly what they match; the default folders and a title also
    // catch the folder's README, template and guides, which are left out.
    if (byPath && !usesDefaultGlobs(config)) {
      return undefined;
    }
    return { byDefaultFolders: byPath };
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
