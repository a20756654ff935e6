// Turns a snippet of Markdown source into plain words for analysis. Spans are always taken
// from the raw source, so this plain text never needs an offset map.

const LINK = /!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const REF_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const EMPHASIS = /(\*\*|__|~~|(?<![\w*])\*(?!\s)|(?<![\w_])_(?!\s))/g;
// "*strongly*", "_now_": a pair of single marks around words loses both; a glob's "cask*" or "gradle_*" keeps its own.
const EMPHASIS_PAIR = /(?<![\w*])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\w*])/g;

const MARKDOWN_SYNTAX = /[<[\]`*_~\\!&]/;
// Entities that exported documents (Confluence, Google Docs, HTML-to-Markdown) leave in the text.
const ENTITY = /&(?:nbsp|#160|#x[aA]0|amp|lt|gt|quot|apos|#39|ndash|mdash|#8211|#8212);/g;
const ENTITY_TEXT: Record<string, string> = {
  "&nbsp;": " ",
  "&#160;": " ",
  "&#xa0;": " ",
  "&#xA0;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
  "&#39;": "'",
  "&ndash;": "–",
  "&mdash;": "—",
  "&#8211;": "–",
  "&#8212;": "—",
};

/** Replaces the HTML entities exported documents carry with the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.includes("&")
    ? text.replace(ENTITY, (entity) => ENTITY_TEXT[entity] ?? entity)
    : text;
}

/** Collapses each run of whitespace to one space, as `replace(/\s+/g, " ")` does; most texts need nothing. */
export function collapseWhitespace(text: string): string {
  return UNCOLLAPSED_WHITESPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}

// Two whitespace characters in a row, or one that is not a plain space: what collapsing would change.
const UNCOLLAPSED_WHITESPACE = /\s\s|[^\S ]/;

// One in seven calls asks again for the text it asked for last (a cell read as a deadline, then kept
// as its text; an action text read as plain, then its verb text): the last answer is kept.
let lastMarkdown: string | undefined;
let lastPlainText = "";

export function toPlainText(markdown: string): string {
  if (markdown !== lastMarkdown) {
    lastPlainText = readPlainText(markdown);
    lastMarkdown = markdown;
  }
  return lastPlainText;
}

function readPlainText(markdown: string): string {
  if (!MARKDOWN_SYNTAX.test(markdown)) {
    return collapseWhitespace(markdown).trim();
  }
  // Each pass only when its syntax is present: this runs several times per action item.
  let text = markdown;
  if (text.includes("<")) {
    text = withoutComments(text, () => " ")
      .replace(AUTOLINK, "$1")
      .replace(HTML_TAG, " ");
  }
  if (text.includes("]")) {
    text = text.replace(LINK, "$1").replace(REF_LINK, "$1");
  }
  if (text.includes("`")) {
    text = text.replace(/`+([^`]*)`+/g, "$1");
  }
  if (/[*_~]/.test(text)) {
    text = text.replace(EMPHASIS_PAIR, "$2").replace(EMPHASIS, "");
  }
  if (text.includes("\\")) {
    text = text.replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, "$1");
  }
  text = decodeEntities(text);
  return collapseWhitespace(text).trim();
}

/** The sentences of plain text, split after a full stop, "!" or "?" and a blank. */
export function sentencesOf(plain: string): string[] {
  return plain.split(/(?<=[.!?])\s+/);
}

/** The last sentence of plain text: "We learnt a lot. The main points are:" ends in "The main points are:". */
export function lastSentence(plain: string): string {
  return sentencesOf(plain).pop() ?? plain;
}

/** Lower-cased words of a plain text, punctuation removed (hyphens and apostrophes kept). */
export function wordsOf(plain: string): string[] {
  return plain
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^a-z0-9'\-/]+/)
    .filter((word) => word.length > 0);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** A stable 32-bit FNV-1a hash, rendered base-36. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * stableHash of the text's lower-cased words (runs of a-z and 0-9) joined by single spaces, the
 * normal form ids are made from; hashed as it is read, without building the normal form.
 */
export function stableWordHash(text: string): string {
  // ASCII is lower-cased in the loop; other text first, as a few of its letters lower-case to ASCII.
  const lower = NON_ASCII.test(text) ? text.toLowerCase() : text;
  let hash = 0x811c9dc5;
  let inWord = false;
  let wroteWord = false;
  for (let i = 0; i < lower.length; i++) {
    let code = lower.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      code += 32;
    }
    const isWordCharacter = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (!isWordCharacter) {
      inWord = false;
      continue;
    }
    if (!inWord && wroteWord) {
      hash ^= 32; // The space between two words.
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
    inWord = true;
    wroteWord = true;
  }
  return (hash >>> 0).toString(36);
}

/**
 * `text` with each "<!-- … -->" replaced by `by(comment)`. Found by indexOf, not a lazy pattern: a page of
 * unclosed "<!--" costs one scan, where the pattern scanned to the end from each of them.
 */
export function withoutComments(text: string, by: (comment: string) => string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", from)) {
    const close = text.indexOf("-->", open + 4);
    if (close === -1) {
      break;
    }
    out += text.slice(from, open) + by(text.slice(open, close + 3));
    from = close + 3;
  }
  return out + text.slice(from);
}
