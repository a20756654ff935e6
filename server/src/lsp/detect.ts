// Which documents get diagnostics: the core decides (config globs, or a title that says post-mortem).
import { isPostMortemByHead, postMortemGlobMatcher, usesDefaultGlobs } from "../core/detect";
import type { DocumentConfig } from "./documentConfig";

const matchers = new Map<string, (file: string) => boolean>();

export function matchesPostMortemGlobs(documentConfig: DocumentConfig): boolean {
  const { filePath, globBase, config } = documentConfig;
  if (filePath === undefined) {
    return false;
  }
  const key = `${globBase ?? ""}\n${config.postMortemGlobs.join("\n")}`;
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    matcher = postMortemGlobMatcher(config.postMortemGlobs, globBase);
    matchers.set(key, matcher);
  }
  return matcher(filePath);
}

export function isPostMortem(documentConfig: DocumentConfig, text: string): boolean {
  const byPath = matchesPostMortemGlobs(documentConfig);
  if (byPath && !usesDefaultGlobs(documentConfig.config)) {
    return true; // Globs the user wrote select exactly what they match.
  }
  return isPostMortemByHead(documentConfig.filePath, text, byPath);
}
