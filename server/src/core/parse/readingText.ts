import { BOLD_STATUS_TAGS, DONE_MARKS } from "./lexicon";
import { FIELD_KEY } from "./lineShapes";
import { withoutComments } from "./markdownText";

// What writers' editors add to an item without changing what it says.

// A line break inside an item, with the indentation after it: most often the writer's editor wrapped a
// long line. Read as spaces of the same length, so the item reads as one line and every offset holds. A
// break stays where the next line is one of its own: a labelled field ("Owner: Ana", "Owner - Ana",
// "**Where:** …"), an emoji label, a list marker.
const LINE_BREAK = /\r?\n[ \t]*/g;
const OWN_LINE = new RegExp(
  String.raw`(?:${FIELD_KEY}(?:\s*[:=]|\s+[-–—→]\s)|[-*+]\s|\d{1,9}[.)]\s|>|\r?\n|$|\u{1F464}|\u{1F64B}|\u{1F3AB}|\u{1F4C5}|\u{1F5D3})`,
  "iuy",
);
// Any capitalised label ("**Where:** …", "Tags: …"); not "do: the current one …", a sentence wrapped after "won't".
const LABEL_LINE =
  /(?:\*\*|__)?\p{Lu}[\p{L}\d ()/'&-]{0,30}?(?:(?:\*\*|__)\s*[:=]|[:=](?:\*\*|__)?(?:\s|$))/uy;
/** A character any of the changes below starts from: & \n * _ < [ ` or a no-break space. */
function mayChange(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (
      code === 38 ||
      code === 10 ||
      code === 42 ||
      code === 95 ||
      code === 60 ||
      code === 91 ||
      code === 96 ||
      code === 0xa0 ||
      code === 0x2007 ||
      code === 0x202f
    ) {
      return true;
    }
  }
  return false;
}
// What a page carries beside the words and that says nothing about the item: an HTML comment ("<!-- ok
// -->"), a line break closing the item ("…<br>"), a footnote mark ("[^1]"). Blanked, at the same length.
const ASIDES = /<br\s*\/?>\s*$|\[\^[^\]\s]{1,20}\]/gi;
// Spaces that do not break (U+00A0, U+2007, U+202F), as exported documents carry them: plain spaces.
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/;
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;

// "&nbsp;" as HTML exports write it: six spaces, the same length.
const NBSP_ENTITY = /&(?:nbsp|#160);/g;

// "_Ana_: add …", "*Dana* to drive": a pair of single emphasis marks around a few words, not the "_" of
// "max_connections" or the "**" of bold, which the readers know.
const ITALIC_PAIR =
  /(?<![\w*])\*(?=[^\s*])[^*\n]{1,60}?(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])[^_\n]{1,60}?(?<=[^\s_])_(?![\w_])/g;

// "… at most once. _DONE_", "… with the fix *Done*": a status word set apart in italics at the end of the item is
// its status mark, read as "(DONE)" is, the same length; blanking the marks left it one more word of the action.
// After "to", "as", "the" or "is" the word is a value the action names ("rename the column to _closed_").
const ITALIC_STATUS_END = new RegExp(
  String.raw`(?<![\w*_])(?<!\b(?:to|as|into|from|the|a|an|is|are|be|was|were)\s+)([*_])(${DONE_MARKS}|${BOLD_STATUS_TAGS})\1(?=[.!]?\s*$)`,
  "i",
);

function endsInItalicMark(text: string): boolean {
  const end = text.trimEnd();
  const last = end.charAt(end.length - (end.endsWith(".") || end.endsWith("!") ? 2 : 1));
  return last === "_" || last === "*";
}

// "**Add a lag alert on the relay**": a writer who bolds every item. The marks say nothing about the item, so
// it reads as if plain; a bold title with more after it ("**Title**: …") keeps them.
const WHOLE_BOLD = /^(\s*)(\*\*|__)(?=\S)((?:(?!\2)[^])+?)(?<=\S)\2([.!]?\s*)$/;

// "… `@dma`", "`@nova` and `@hazel` planning …": a chat login set in code, as some sites style handles. The
// backticks are blanked so the handle reads as one. Not a Java-style annotation ("`@Override`": capitalised
// words run together) nor a scoped package ("`@types/node`").
const CODE_HANDLE = /`(@[A-Za-z0-9][\w.-]{0,38})`/g;
const ANNOTATION = /^@[A-Z][a-z]+(?:[A-Z][a-z]+)*$/;

function withCodeHandles(text: string): string {
  return text.includes("`@")
    ? text.replace(CODE_HANDLE, (span: string, handle: string) =>
        ANNOTATION.test(handle) ? span : ` ${handle} `,
      )
    : text;
}

/**
 * The item's text as the readers see it: wrapped lines joined, no-break spaces made plain, italic marks,
 * comments, footnote marks and the backticks around a login blanked, every offset kept (each change is the same length), so claims point into the written text.
 */
export function readingText(text: string): string {
  if (!mayChange(text)) {
    return text; // Most items: one pass over their characters.
  }
  const lead = text.trimStart();
  const bold = lead.startsWith("**") || lead.startsWith("__") ? WHOLE_BOLD.exec(text) : null;
  if (bold !== null && bold[3].includes(" ")) {
    return readingText(`${bold[1]}  ${bold[3]}  ${bold[4]}`);
  }
  const uncommented = text.includes("<!--")
    ? withoutComments(text, (comment) => " ".repeat(comment.length))
    : text;
  const bare =
    uncommented.includes("<") || uncommented.includes("[^")
      ? uncommented.replace(ASIDES, (aside) => " ".repeat(aside.length))
      : uncommented;
  const entities = bare.includes("&")
    ? bare.replace(NBSP_ENTITY, (e) => " ".repeat(e.length))
    : bare;
  const spaced = withCodeHandles(
    NO_BREAK_SPACE.test(entities) ? entities.replace(NO_BREAK_SPACES, " ") : entities,
  );
  const marked = endsInItalicMark(spaced)
    ? spaced.replace(ITALIC_STATUS_END, (_pair, _mark: string, word: string) => `(${word})`)
    : spaced;
  const upright = hasItalicMark(marked)
    ? marked.replace(ITALIC_PAIR, (pair) => ` ${pair.slice(1, -1)} `)
    : marked;
  if (!upright.includes("\n")) {
    return upright;
  }
  return upright.replace(LINE_BREAK, (lineBreak: string, offset: number) => {
    OWN_LINE.lastIndex = offset + lineBreak.length;
    LABEL_LINE.lastIndex = OWN_LINE.lastIndex;
    return OWN_LINE.test(upright) || LABEL_LINE.test(upright)
      ? lineBreak
      : " ".repeat(lineBreak.length);
  });
}

/** A "*" or "_" that is not doubled: most items have none, so the pair pattern mostly never runs. */
function hasItalicMark(text: string): boolean {
  for (const mark of ["*", "_"]) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 2)) {
      if (text.charAt(at + 1) !== mark) {
        return true;
      }
    }
  }
  return false;
}
