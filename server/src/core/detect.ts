import * as path from "path";
import picomatch from "picomatch";

// Which Markdown files are post-mortems: those the config's globs select, or those whose front
// matter or first heading says so. The CLI (folder discovery) and the server (which documents get
// diagnostics) ask the same questions here.

/** Words in the front matter or the first heading that mark a post-mortem wherever it is stored. */
const POST_MORTEM_WORDS =
  /\bpost[-\s_]?mortems?\b|\bpost[-\s_]?incident\b|\bincident[-\s_](?:review|report|retrospective|analysis)s?\b|\bretrospectives?\b|\broot[-\s_]cause[-\s_]analysis\b|\bRCAs?\b|\bPIRs?\b/i;

/** How much of a document is read to decide; a title never sits deeper. */
export const HEAD_CHARS = 16 * 1024;

/** The front matter plus the first heading: the places a document says what it is. */
export function titleText(head: string): string {
  const lines = head.replace(/^\uFEFF/, "").split(/\r?\n/);
  const parts: string[] = [];
  let index = 0;
  if (lines[0]?.trim() === "---") {
    for (index = 1; index < lines.length; index++) {
      if (/^(---|\.\.\.)\s*$/.test(lines[index])) {
        index++;
        break;
      }
      parts.push(lines[index]);
    }
  }
  let fence: string | undefined;
  for (; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch !== null) {
      if (fence === undefined) {
        fence = fenceMatch[1][0];
      } else if (fenceMatch[1][0] === fence) {
        fence = undefined;
      }
      continue;
    }
    if (fence !== undefined) {
      continue;
    }
    if (/^ {0,3}#{1,6}(\s|$)/.test(line)) {
      parts.push(line);
      break;
    }
    const next = lines[index + 1];
    if (line.trim() !== "" && next !== undefined && /^ {0,3}(=+|-+)\s*$/.test(next) && !/^ {0,3}[-*+]\s/.test(line)) {
      parts.push(line);
      break;
    }
  }
  return parts.join("\n");
}

/** True when the front matter or the first heading calls the document a post-mortem. */
export function saysPostMortem(text: string): boolean {
  return POST_MORTEM_WORDS.test(titleText(text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text));
}

export function toSlashes(file: string): string {
  return file.split(path.sep).join("/");
}

/**
 * A matcher for the config's post-mortem globs. Globs are relative to `base` (the config file's
 * folder); a file outside it is tried by its absolute path, so "**\/postmortems/**" still matches.
 */
export function postMortemGlobMatcher(globs: string[], base: string | undefined): (file: string) => boolean {
  const cleaned = globs.map((glob) => glob.replace(/\\/g, "/").replace(/^\.\//, ""));
  if (cleaned.length === 0) {
    return () => false;
  }
  const isMatch = picomatch(cleaned, { dot: true, nocase: true });
  return (file: string): boolean => {
    const relative = base === undefined ? "" : path.relative(base, file);
    const inside = base !== undefined && !relative.startsWith("..") && !path.isAbsolute(relative);
    const absolute = toSlashes(file).replace(/^\/+/, "").replace(/^[a-zA-Z]:\//, "");
    return (inside && isMatch(toSlashes(relative))) || isMatch(absolute);
  };
}
