// People who recently changed a post-mortem's folder, from `git log`: likely owners the roster may not
// list. Runs git, so only in a trusted workspace, never on the keystroke path, bounded in time and cached.
import { execFile } from "child_process";
import * as path from "path";

const CACHE_MS = 5 * 60_000;
const TIMEOUT_MS = 1500;
const MAX_AUTHORS = 5;

export class RecentAuthors {
  private readonly cache = new Map<string, { at: number; names: Promise<string[]> }>();

  constructor(private readonly trusted: () => boolean) {}

  forFile(filePath: string | undefined): Promise<string[]> {
    if (filePath === undefined || !this.trusted()) {
      return Promise.resolve([]);
    }
    const folder = path.dirname(filePath);
    const cached = this.cache.get(folder);
    if (cached !== undefined && Date.now() - cached.at < CACHE_MS) {
      return cached.names;
    }
    const names = gitAuthors(folder);
    this.cache.set(folder, { at: Date.now(), names });
    return names;
  }
}

function gitAuthors(folder: string): Promise<string[]> {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["log", "--format=%an", "-n", "200", "--", "."],
      { cwd: folder, timeout: TIMEOUT_MS, windowsHide: true },
      (error, stdout) => {
        if (error !== null) {
          resolve([]); // Not a repository, no git, or too slow: offer no names rather than fail.
          return;
        }
        const counts = new Map<string, number>();
        for (const name of stdout
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)) {
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
        resolve(
          [...counts.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, MAX_AUTHORS)
            .map(([name]) => name),
        );
      },
    );
  });
}
