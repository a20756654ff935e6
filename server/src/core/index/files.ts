// The one folder walker: the CLI's discovery and the language server's workspace index both list
// files through it. Sorted, skipping dependency, VCS and build folders, following symbolic links to
// folders at most once each (a link loop ends). Asynchronous, so the language server keeps answering
// while a large workspace is listed, and the CLI can start linting before the listing ends.
import * as fs from "fs";
import * as path from "path";

/** Folders never searched: dependencies, VCS metadata and build output. */
export const SKIPPED_FOLDERS = new Set(["node_modules", ".git", "dist", "out", ".hg", ".svn"]);

export const MARKDOWN_FILE = /\.(md|markdown)$/i;

export interface WalkOptions {
  /** A folder that cannot be listed (permission denied, vanished): reported, and the walk goes on. */
  onFolderError?: (folder: string, error: unknown) => void;
  /**
   * Symbolic links whose target does not exist: yielded as files (so a reader reports the broken
   * link, as the CLI does) or skipped (the index has nothing to show for them).
   */
  danglingLinks?: "yield" | "skip";
  /** Checked before each folder: true ends the walk early (the workspace changed under the index). */
  shouldStop?: () => boolean;
}

/** Every file under `root`, depth first, names sorted by UTF-16 code unit in each folder. */
export async function* walkFiles(root: string, options: WalkOptions = {}): AsyncGenerator<string> {
  const visited = new Set<string>();
  const shouldStop = options.shouldStop ?? (() => false);
  async function* visit(folder: string): AsyncGenerator<string> {
    if (shouldStop()) {
      return;
    }
    let entries: fs.Dirent[];
    try {
      const real = await fs.promises.realpath(folder);
      if (visited.has(real)) {
        return;
      }
      visited.add(real);
      entries = await fs.promises.readdir(folder, { withFileTypes: true });
    } catch (error) {
      options.onFolderError?.(folder, error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.promises.stat(full);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch {
          if (options.danglingLinks !== "yield") {
            continue;
          }
          isFile = true;
        }
      }
      if (isFolder) {
        if (!SKIPPED_FOLDERS.has(entry.name)) {
          yield* visit(full);
        }
      } else if (isFile) {
        yield full;
      }
    }
  }
  yield* visit(root);
}

/** The Markdown files of a folder, for the workspace index; unreadable folders are left out. */
export async function listMarkdownFiles(
  root: string,
  shouldStop: () => boolean = () => false,
): Promise<string[]> {
  const files: string[] = [];
  for await (const file of walkFiles(root, { shouldStop })) {
    if (MARKDOWN_FILE.test(path.basename(file))) {
      files.push(file);
    }
  }
  return files;
}
