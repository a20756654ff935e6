// Lists the Markdown files of a folder for the workspace index: sorted, skipping dependency, VCS and
// build folders, following symbolic links to folders at most once. Asynchronous, so the language
// server keeps answering while a large workspace is listed.
import * as fs from "fs";
import * as path from "path";

/** Folders never indexed: dependencies, VCS metadata and build output. */
export const SKIPPED_FOLDERS = new Set(["node_modules", ".git", "dist", "out", ".hg", ".svn"]);

export const MARKDOWN_FILE = /\.(md|markdown)$/i;

export async function listMarkdownFiles(
  root: string,
  shouldStop: () => boolean = () => false,
): Promise<string[]> {
  const files: string[] = [];
  const visited = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    if (shouldStop()) {
      return;
    }
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = await fs.promises.realpath(dir);
      if (visited.has(real)) {
        return;
      }
      visited.add(real);
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.promises.stat(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory && !SKIPPED_FOLDERS.has(entry.name)) {
        await visit(full);
      } else if (isFile && MARKDOWN_FILE.test(entry.name)) {
        files.push(full);
      }
    }
  };
  await visit(root);
  return files;
}
