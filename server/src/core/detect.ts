import * as path from "path";
import picomatch from "picomatch";
import { DEFAULT_POST_MORTEM_GLOBS } from "./config";
import { FenceTracker } from "./parse/fences";

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
  const lines = new LazyLines(head.replace(/^\uFEFF/, ""));
  const parts: string[] = [];
  let index = 0;
  if (lines.at(0)?.trim() === "---") {
    for (index = 1; lines.at(index) !== undefined; index++) {
      if (/^(---|\.\.\.)\s*$/.test(lines.at(index)!)) {
        index++;
        break;
      }
      parts.push(lines.at(index)!);
    }
  }
  const fences = new FenceTracker();
  for (let line = lines.at(index); line !== undefined; line = lines.at(++index)) {
    if (fences.isCode(line)) {
      continue;
    }
    if (/^ {0,3}#{1,6}(\s|$)/.test(line)) {
      parts.push(line);
      break;
    }
    const next = lines.at(index + 1);
    if (
      line.trim() !== "" &&
      next !== undefined &&
      /^ {0,3}(=+|-+)\s*$/.test(next) &&
      !/^ {0,3}[-*+]\s/.test(line)
    ) {
      parts.push(line);
      break;
    }
  }
  return parts.join("\n");
}

/**
 * `text.split(/\r?\n/)`, split only as far as it is read: the title sits near the top, and
 * splitting the whole 16 KB head of every file in a large folder was a tenth of discovery's time.
 */
class LazyLines {
  private readonly lines: string[] = [];
  /** Where the next unsplit line starts; -1 once the text is all split. */
  private position = 0;

  constructor(private readonly text: string) {}

  at(index: number): string | undefined {
    while (this.lines.length <= index && this.position >= 0) {
      const end = this.text.indexOf("\n", this.position);
      if (end < 0) {
        this.lines.push(this.text.slice(this.position));
        this.position = -1;
      } else {
        const crlf = end > this.position && this.text.charCodeAt(end - 1) === 13;
        this.lines.push(this.text.slice(this.position, crlf ? end - 1 : end));
        this.position = end + 1;
      }
    }
    return this.lines[index];
  }
}

/** True when the front matter or the first heading calls the document a post-mortem. */
export function saysPostMortem(text: string): boolean {
  return POST_MORTEM_WORDS.test(
    titleText(text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text),
  );
}

export function toSlashes(file: string): string {
  return file.split(path.sep).join("/");
}

/**
 * A matcher for the config's post-mortem globs. Globs are relative to `base` (the config file's
 * folder); a file outside it is tried by its absolute path, so "**\/postmortems/**" still matches.
 */
export function postMortemGlobMatcher(
  globs: string[],
  base: string | undefined,
): (file: string) => boolean {
  const cleaned = globs.map((glob) => glob.replace(/\\/g, "/").replace(/^\.\//, ""));
  if (cleaned.length === 0) {
    return () => false;
  }
  const isMatch = picomatch(cleaned, { dot: true, nocase: true });
  return (file: string): boolean => {
    const relative = base === undefined ? "" : path.relative(base, file);
    const inside = base !== undefined && !relative.startsWith("..") && !path.isAbsolute(relative);
    const absolute = toSlashes(file)
      .replace(/^\/+/, "")
      .replace(/^[a-zA-Z]:\//, "");
    return (inside && isMatch(toSlashes(relative))) || isMatch(absolute);
  };
}

// Files that sit among post-mortems without being one: the folder's README or index, the template,
// a guide to the process, a runbook, a changelog. Their "Action items" sections are blanks or advice,
// and a linter that flags them on every run gets muted.
const OTHER_DOCUMENT_NAME =
  /^(?:changelog|changes|history|contributing|code[-_]of[-_]conduct|license|licence|security|glossary|faq|codeowners)$/i;
const INDEX_NAME = /^(?:readme|index|_index|toc|summary|contents|overview)$/i;
const TEMPLATE_NAME = /(?:^|[-_.\s])templates?(?:$|[-_.\s])|^_?template/i;
const PLURAL_INDEX_TITLE =
  /^(?:our |the |all )?(?:post[-\s_]?mortems|postmortems|incidents|incident (?:reviews|reports|retrospectives)|retrospectives|retros|rcas|pirs)(?:\s+(?:index|archive|list|overview))?$/i;
const GUIDE_TITLE =
  /^(?:our |the )?(?:post[-\s_]?mortem|postmortem|incident(?: review| report| response| management)?|retrospective|retro|rca|pir)s?\s+(?:review\s+)?(?:process|guidelines?|guide|policy|handbook|checklist|templates?|how[- ]?to|faq|instructions|playbook)$|^how (?:to|we) (?:write|run|do|hold|handle|review|conduct|prepare|organi[sz]e)\b/i;
// A template names itself ("Post-mortem template", "Template: incident report") or is full of blanks
// ("[Incident title]", "{{title}}"); "Email template rendering broke" is an incident.
const TEMPLATE_TITLE =
  /^(?:(?:post[-\s_]?mortem|postmortem|incident(?: report| review)?|retrospective|retro|rca|pir|blameless)\s+)*templates?\b|\btemplates?\s*(?:$|[:(\-–—])|\[[^\]]*\b(?:title|name|incident|service|date|summary)\b[^\]]*\]|<[^>]*\b(?:title|name)\b[^>]*>|\{\{[^}]*\}\}/i;
const RUNBOOK_TITLE = /^(?:runbook|playbook|sop)\b|^(?:\S+\s+){0,3}(?:runbook|playbook)$/i;
const YEAR = /\b(?:19|20)\d\d\b|\b(?:19|20)\d\d[01]\d[0-3]\d\b/;

/** The document's own title: the front matter's `title:` or its first heading, as plain words. */
function documentTitle(head: string): string {
  const titled = titleText(head);
  const fromFrontMatter = /^\s*title:\s*["']?(.+?)["']?\s*$/m.exec(titled);
  const heading =
    /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/m.exec(titled) ??
    /^(?!\s*[\w-]+:\s)(.+)$/m.exec(titled.split("\n").slice(-1)[0] ?? "");
  const raw = fromFrontMatter?.[1] ?? heading?.[1] ?? "";
  return raw.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
}

/**
 * True for a Markdown file that lives with post-mortems but is not one: a template, the folder's
 * README or index, a guide to the process, a runbook, a changelog. `head` is the start of its text.
 */
export function isSupportingDocument(filePath: string | undefined, head: string): boolean {
  const base =
    filePath === undefined ? "" : path.basename(filePath).replace(/\.(?:md|markdown|mdx)$/i, "");
  if (OTHER_DOCUMENT_NAME.test(base) || TEMPLATE_NAME.test(base)) {
    return true;
  }
  const title = documentTitle(head.length > HEAD_CHARS ? head.slice(0, HEAD_CHARS) : head);
  if (
    TEMPLATE_TITLE.test(title) ||
    PLURAL_INDEX_TITLE.test(title) ||
    GUIDE_TITLE.test(title) ||
    (RUNBOOK_TITLE.test(title) && !POST_MORTEM_WORDS.test(title))
  ) {
    return true;
  }
  if (INDEX_NAME.test(base)) {
    // A post-mortem kept as its folder's README names its incident: a date in the title or the folder.
    const folder = filePath === undefined ? "" : path.basename(path.dirname(filePath));
    return !(
      YEAR.test(title) ||
      YEAR.test(folder) ||
      (POST_MORTEM_WORDS.test(title) && !/s$/i.test(title.split(/\s+/)[0] ?? ""))
    );
  }
  return false;
}

/**
 * Whether a Markdown file is a post-mortem when its start decides: the config's default folders
 * select it (`byDefaultFolders`) or its title says so, and it is not a supporting document.
 */
export function isPostMortemByHead(
  filePath: string | undefined,
  head: string,
  byDefaultFolders: boolean,
): boolean {
  return (byDefaultFolders || saysPostMortem(head)) && !isSupportingDocument(filePath, head);
}

/** The config selects post-mortems by the default folders, not by globs the user wrote. */
export function usesDefaultGlobs(config: { postMortemGlobs: string[] }): boolean {
  return (
    config.postMortemGlobs.length === DEFAULT_POST_MORTEM_GLOBS.length &&
    config.postMortemGlobs.every((glob, index) => glob === DEFAULT_POST_MORTEM_GLOBS[index])
  );
}
