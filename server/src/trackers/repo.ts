// The repository a post-mortem lives in, read from .git files (no git process: the editor may be
// in an untrusted workspace): the origin remote for the default tracker and a permalink.
import * as fs from "fs";
import * as path from "path";
import { findRepoRoot } from "../core/config";
import { toSlashes } from "../core/detect";

export interface RemoteInfo {
  host: string;
  /** "owner/repo" or "group/sub/project". */
  path: string;
  kind: "github" | "gitlab" | "other";
}

export interface RepoInfo {
  root: string;
  remote?: RemoteInfo;
  /** The commit HEAD points at, if it can be read. */
  head?: string;
}

export function repoInfo(file: string): RepoInfo | undefined {
  const root = findRepoRoot(path.dirname(path.resolve(file)));
  if (root === undefined) return undefined;
  let gitDir = path.join(root, ".git");
  try {
    if (fs.statSync(gitDir).isFile()) {
      // A worktree or submodule: ".git" is a file naming the real folder.
      const pointer = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(gitDir, "utf8"))?.[1]?.trim();
      if (pointer !== undefined) gitDir = path.resolve(root, pointer);
    }
  } catch {
    return { root };
  }
  return { root, remote: readRemote(gitDir), head: readHead(gitDir) };
}

/** Parses "git@github.com:acme/pay.git", "https://gitlab.example.com/group/pay.git", "ssh://git@host:22/a/b". */
export function parseRemoteUrl(url: string): RemoteInfo | undefined {
  const match = /^(?:[\w+]+:\/\/)?(?:[^@/]+@)?([^/:]+)(?::\d+)?[:/](.+?)(?:\.git)?\/?$/.exec(
    url.trim(),
  );
  if (match === null) return undefined;
  const host = match[1].toLowerCase();
  const kind =
    host === "github.com" || host.startsWith("github.")
      ? "github"
      : host.includes("gitlab")
        ? "gitlab"
        : "other";
  return { host, path: match[2].replace(/^\/+/, ""), kind };
}

function readRemote(gitDir: string): RemoteInfo | undefined {
  let config: string;
  try {
    config = fs.readFileSync(path.join(gitDir, "config"), "utf8");
  } catch {
    return undefined;
  }
  const sections = config.split(/^\s*\[/m);
  const remotes = sections.filter((section) => /^remote\s+"/.test(section));
  const origin = remotes.find((section) => /^remote\s+"origin"/.test(section)) ?? remotes[0];
  const url = origin === undefined ? undefined : /^\s*url\s*=\s*(.+)$/m.exec(origin)?.[1];
  return url === undefined ? undefined : parseRemoteUrl(url);
}

function readHead(gitDir: string): string | undefined {
  try {
    const head = fs.readFileSync(path.join(gitDir, "HEAD"), "utf8").trim();
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
    if (ref === undefined) return /^[0-9a-f]{40}$/.test(head) ? head : undefined;
    const common = fs.existsSync(path.join(gitDir, "commondir"))
      ? path.resolve(gitDir, fs.readFileSync(path.join(gitDir, "commondir"), "utf8").trim())
      : gitDir;
    for (const dir of [gitDir, common]) {
      const loose = path.join(dir, ref);
      if (fs.existsSync(loose)) return fs.readFileSync(loose, "utf8").trim();
    }
    const packed = fs.readFileSync(path.join(common, "packed-refs"), "utf8");
    return new RegExp(`^([0-9a-f]{40}) ${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m").exec(
      packed,
    )?.[1];
  } catch {
    return undefined;
  }
}

/** The file's path inside its repository, with forward slashes (the same in every checkout). */
export function repoRelativePath(file: string, info: RepoInfo | undefined): string {
  const absolute = path.resolve(file);
  return toSlashes(
    info === undefined ? path.basename(absolute) : path.relative(info.root, absolute),
  );
}

/** A link to the file at the current commit on GitHub or GitLab, when the remote says where. */
export function permalink(relativePath: string, info: RepoInfo | undefined): string | undefined {
  const remote = info?.remote;
  if (remote === undefined || remote.kind === "other") return undefined;
  const revision = info?.head ?? "HEAD";
  const encoded = relativePath.split("/").map(encodeURIComponent).join("/");
  return remote.kind === "github"
    ? `https://${remote.host}/${remote.path}/blob/${revision}/${encoded}`
    : `https://${remote.host}/${remote.path}/-/blob/${revision}/${encoded}`;
}
