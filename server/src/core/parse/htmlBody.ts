import { FenceTracker } from "./fences";

// A post a blogging tool exported keeps its body as HTML: "<ul>", "<li><span …>Move the status page</span></li>",
// "<strong>To Do</strong>". Such lines read as the Markdown they stand for, at the same offsets and line
// numbers: tags blanked, an "<li>" as a "-" bullet, "<b>" and "<strong>" as "**", a link's address kept as
// text. Headings, tables, "<details>" and comments keep their own readers.

const HTML_LIST_ITEM = /<li[\s>]/i;
// A line that opens with markup of the post's prose (not a table, "<details>" or a comment).
const PROSE_MARKUP_LINE = /^\s*<\/?(?:ul|ol|li|p|span|div|br|b|strong|em|i|u|font|a)\b/i;
const TAG = /<(\/?)([a-z][a-z0-9]*)\b[^<>]*>|&nbsp;/gi;
const HREF = /\bhref\s*=\s*"([^"]*)"/i;
const CLOSES_LIST = /^\s*<\/(?:ul|ol)>/i;
const OPENS_PARAGRAPH = /^\s*<(?:p|div)\b/i;
const TABLE_OPEN = /<table\b/i;
const INDENTED_HEADING = /^([ \t]+)(<h[1-6]\b[^<>]*>)(?=[^\n]*<\/h[1-6]>\s*$)/i;
const TABLE_CLOSE = /<\/table>/i;
// More blanks than this before a paragraph's words would read as indented code.
const MAX_INDENT = 3;
// A bold label alone on its line.
const BOLD_LABEL = /^\*\*([^*\n]{2,80})\*\*:?$/;
const OPEN_HEADING = "<h6>";
const CLOSE_HEADING = "</h6>";

/** `text` with the lines that open with HTML prose markup read as Markdown; `text` itself when it has no "<li>". */
export function withHtmlBody(text: string): string {
  // A plain search first: a case-insensitive pattern over every document cost more than the rest of this.
  const mayHaveList =
    text.includes("<li") || text.includes("<LI") || text.includes("<Li") || text.includes("<lI");
  if (!mayHaveList || !HTML_LIST_ITEM.test(text)) {
    return text;
  }
  const fences = new FenceTracker();
  let previousBlank = true;
  // Inside an HTML table a list belongs to its cell, which the table reader reads.
  let inTable = false;
  return text
    .split("\n")
    .map((line) => {
      const tableOpens = TABLE_OPEN.test(line);
      inTable = (inTable || tableOpens) && !(TABLE_CLOSE.test(line) && !tableOpensAfterClose(line));
      // Asked once per line: the tracker opens and closes fences as it is asked.
      const code = fences.isCode(line);
      if (code || inTable || tableOpens || !PROSE_MARKUP_LINE.test(line)) {
        previousBlank = line.trim() === "";
        return code || inTable ? line : headingAtMargin(line);
      }
      const { words, bullet } = withoutTags(line);
      const start = words.search(/\S/);
      // "<p><strong>Action items</strong></p>" right under another "<p>" line: HTML makes it a paragraph of its
      // own, so it heads what follows instead of closing the paragraph above.
      const label =
        !previousBlank && OPENS_PARAGRAPH.test(line) ? asHtmlHeading(words, start) : undefined;
      let read: string;
      if (bullet && start > 0) {
        read = `-${words.slice(1)}`;
      } else if (!previousBlank && CLOSES_LIST.test(line)) {
        // "</ul> <b>To Do</b>" right under a bullet would run on in it: a bold label there is written as the
        // HTML heading it acts as, which ends the list; other words stay HTML, which ends it too.
        read = asHtmlHeading(words, start) ?? line;
      } else if (label !== undefined) {
        read = label;
      } else {
        // No-break spaces in front are no indentation: the words stay a paragraph.
        read = start > MAX_INDENT ? "\u00a0".repeat(start) + words.slice(start) : words;
      }
      previousBlank = read.trim() === "";
      return read;
    })
    .join("\n");
}

/**
 * "  <h2>What are we changing?</h2>" indented as the list before it: its blanks move inside the tag, so the
 * heading starts at the margin and ends that list instead of running on in its last item.
 */
function headingAtMargin(line: string): string {
  const indented = INDENTED_HEADING.exec(line);
  return indented === null
    ? line
    : indented[2] + indented[1] + line.slice(indented[1].length + indented[2].length);
}

/** "</table> … <table>": a line that closes one table and opens another is still inside one. */
function tableOpensAfterClose(line: string): boolean {
  const close = line.search(TABLE_CLOSE);
  return line.slice(close).search(TABLE_OPEN) !== -1;
}

/** "<h6>   To Do</h6>   ": a bold label alone as a heading under any section, when the line has room. */
function asHtmlHeading(words: string, start: number): string | undefined {
  const label = BOLD_LABEL.exec(words.trim())?.[1];
  const end = start + (label?.length ?? 0) + 4;
  if (
    label === undefined ||
    start < OPEN_HEADING.length ||
    words.length - end < CLOSE_HEADING.length - 2
  ) {
    return undefined;
  }
  return (OPEN_HEADING.padEnd(start + 2, " ") + label + CLOSE_HEADING).padEnd(words.length, " ");
}

/** The line with its tags blanked (or written as Markdown), and whether it opens with "<li>". */
function withoutTags(line: string): { words: string; bullet: boolean } {
  let words = "";
  let cursor = 0;
  let bullet = false;
  TAG.lastIndex = 0;
  for (let tag = TAG.exec(line); tag !== null; tag = TAG.exec(line)) {
    words += line.slice(cursor, tag.index);
    bullet ||= words.trim() === "" && tag[1] === "" && tag[2]?.toLowerCase() === "li";
    words += tagAsMarkdown(tag);
    cursor = tag.index + tag[0].length;
  }
  return { words: words + line.slice(cursor), bullet };
}

function tagAsMarkdown(tag: RegExpExecArray): string {
  const [whole, closing, name] = tag;
  const lower = name?.toLowerCase();
  const blank = (kept = ""): string => kept.padStart(whole.length, " ");
  if (lower === "b" || lower === "strong") {
    // "**" against the words it marks: after the blanks when it opens, before them when it closes.
    return closing === "" ? blank("**") : "**".padEnd(whole.length, " ");
  }
  if (lower === "a" && closing === "") {
    const href = HREF.exec(whole);
    if (href !== null) {
      const at = whole.indexOf(href[1]);
      return " ".repeat(at) + href[1] + " ".repeat(whole.length - at - href[1].length);
    }
  }
  return blank();
}
