// Which Markdown documents are post-mortems: those matching the configured globs, or those whose
// front matter or first heading says so. Everything else gets no diagnostics.
import * as path from "path";
import picomatch from "picomatch";
import type { DocumentConfig } from "./documentConfig";

const POST_MORTEM_WORDS = /\b(?:post[- ]?mortems?|incident[- ](?:review|report)s?|retrospectives?)\b/i;

const matchers = new Map<string, picomatch.Matcher>();

function matcherFor(globs: string[]): picomatch.Matcher {
  const key = globs.join("\n");
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    matcher = picomatch(globs, { dot: true, nocase: true });
    matchers.set(key, matcher);
  }
  return matcher;
}

export function matchesPostMortemGlobs(documentConfig: DocumentConfig): boolean {
  const { filePath, globBase, config } = documentConfig;
  if (filePath === undefined || config.postMortemGlobs.length === 0) {
    return false;
  }
  const matcher = matcherFor(config.postMortemGlobs);
  // Globs are relative to the config file's folder (or the workspace folder). Outside of it, the
  // absolute path still matches the default `**/postmortems/**` style globs.
  const candidates: string[] = [];
  if (globBase !== undefined) {
    const relative = path.relative(globBase, filePath);
    if (!relative.startsWith("..") && !path.isAbsolute(relative)) {
      candidates.push(toPosix(relative));
    }
  }
  candidates.push(toPosix(filePath).replace(/^\/+/, "").replace(/^[a-zA-Z]:\//, ""));
  return candidates.some((candidate) => matcher(candidate));
}

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join("/");
}

/** True when the front matter or the first heading calls the document a post-mortem. */
export function saysPostMortem(text: string): boolean {
  // Only the top of the document matters; never scan a whole large file for this.
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const lines = head.split(/\r?\n/);
  let index = 0;
  if (lines[0]?.trim() === "---") {
    for (index = 1; index < lines.length; index++) {
      const line = lines[index];
      if (line.trim() === "---" || line.trim() === "...") {
        index++;
        break;
      }
      if (POST_MORTEM_WORDS.test(line)) {
        return true;
      }
    }
  }
  let inFence = false;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (/^\s{0,3}(?:```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      continue;
    }
    const atx = /^\s{0,3}#{1,6}(?:\s+(.*))?$/.exec(line);
    if (atx !== null) {
      return POST_MORTEM_WORDS.test(atx[1] ?? "");
    }
    const next = lines[index + 1];
    if (line.trim() !== "" && next !== undefined && /^\s{0,3}(?:=+|-+)\s*$/.test(next) && !/^\s{0,3}[-*+]\s/.test(line)) {
      return POST_MORTEM_WORDS.test(line);
    }
  }
  return false;
}

export function isPostMortem(documentConfig: DocumentConfig, text: string): boolean {
  return matchesPostMortemGlobs(documentConfig) || saysPostMortem(text);
}
