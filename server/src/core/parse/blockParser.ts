import MarkdownIt from "markdown-it";
import type { Env, MarkdownIt as MarkdownItParser, StateBlock, Token } from "markdown-it";

// One markdown-it block parse per document. Inline parsing is switched off: fields are read
// from the raw source of each item, which keeps exact offsets and halves the parse time.

// markdown-it's published build sets Token fields through a Babel class-field helper
// (_defineProperty, toPropertyKey and toPrimitive for each of eight fields), which was about 40%
// of a block parse of the bench's post-mortems. Block rules only ever create tokens
// through `state.push`, so a block state whose `push` assigns the same fields directly gives
// the same tokens (same fields, same order, same prototype) at a fraction of the cost.
type Nesting = Token["nesting"];

const tokenPrototype: object = MarkdownIt.Token.prototype;

function createToken(type: string, tag: string, nesting: Nesting): Token {
  const token = Object.create(tokenPrototype) as Token;
  // The field order of markdown-it's own constructor, so tokens share one hidden class.
  token.map = null;
  token.level = 0;
  token.children = null;
  token.content = "";
  token.markup = "";
  token.info = "";
  token.block = false;
  token.hidden = false;
  token.type = type;
  token.tag = tag;
  token.attrs = null;
  token.nesting = nesting;
  token.meta = null;
  return token;
}

/** Mirrors StateBlock.push, with the cheaper token constructor. */
function pushDirect(this: StateBlock, type: string, tag: string, nesting: Nesting): Token {
  const token = createToken(type, tag, nesting);
  token.block = true;
  if (nesting < 0) {
    this.level--;
  }
  token.level = this.level;
  if (nesting > 0) {
    this.level++;
  }
  this.tokens.push(token);
  return token;
}

type BlockState = StateBlock;

/**
 * markdown-it's block state, built without its constructor: that one sets 13 fields through the same
 * Babel helper and finds the line marks one character at a time. Here the fields are plain assignments
 * in the same order, and the line marks come from `indexOf`, with the indentation scanned at each
 * line's start only — the same arrays (a trailing line of blanks with no newline is dropped, as
 * markdown-it drops it).
 */
function DirectBlockState(
  this: BlockState,
  src: string,
  md: MarkdownItParser,
  env: Env,
  tokens: Token[],
): void {
  const bMarks: number[] = [];
  const eMarks: number[] = [];
  const tShift: number[] = [];
  const sCount: number[] = [];
  const bsCount: number[] = [];
  this.bMarks = bMarks;
  this.eMarks = eMarks;
  this.tShift = tShift;
  this.sCount = sCount;
  this.bsCount = bsCount;
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.listIndent = -1;
  this.parentType = "root";
  this.level = 0;
  this.Token = MarkdownIt.Token;
  this.src = src;
  this.md = md;
  this.env = env;
  this.tokens = tokens;
  const length = src.length;
  let start = 0;
  while (start < length) {
    let pos = start;
    let indent = 0;
    let offset = 0;
    for (; pos < length; pos++) {
      const code = src.charCodeAt(pos);
      if (code === 0x20) {
        offset++;
      } else if (code === 0x09) {
        offset += 4 - (offset % 4);
      } else {
        break;
      }
      indent++;
    }
    if (pos === length) {
      break;
    }
    const newline = src.indexOf("\n", pos);
    const end = newline === -1 ? length : newline;
    bMarks.push(start);
    eMarks.push(end);
    tShift.push(indent);
    sCount.push(offset);
    bsCount.push(0);
    start = end + 1;
  }
  bMarks.push(length);
  eMarks.push(length);
  tShift.push(0);
  sCount.push(0);
  bsCount.push(0);
  this.lineMax = bMarks.length - 1;
}
DirectBlockState.prototype = Object.create(MarkdownIt.StateBlock.prototype) as BlockState;
DirectBlockState.prototype.push = pushDirect;

// markdown-it's normalize rule runs two global replaces over every document; almost none has a CR or
// a NUL, and `includes` finds that out far faster than a replace that matches nothing.
const CARRIAGE_RETURNS = /\r\n?/g;
const NULS = /\0/g;
function normalizeWhenNeeded(state: { src: string }): void {
  if (state.src.includes("\r") || state.src.includes("\0")) {
    state.src = state.src.replace(CARRIAGE_RETURNS, "\n").replace(NULS, "\uFFFD");
  }
}

// A document touching every block rule, parsed both ways when the module loads.
const SAMPLE = [
  "# Title",
  "",
  "Setext heading",
  "---",
  "",
  "- [ ] Alice: add an alert (PAY-1)",
  "  - Owner: Bob",
  "1. numbered",
  "",
  "> quoted",
  "",
  "| Action | Owner |",
  "|---|---|",
  "| Fix it | Carol |",
  "",
  "```yaml",
  "a: 1",
  "```",
  "",
  "    indented code",
  "",
  "<div>html</div>",
  "",
  "[ref]: https://example.com",
  "***",
  "\tTabbed \t line\r",
  " \t  mixed indent with a NUL \0 in it",
  "   ",
  "",
].join("\n");

/** markdown-it configured as the parser uses it, before any shortcut. */
function configuredMarkdownIt(): MarkdownItParser {
  const parser = new MarkdownIt({ html: true, linkify: false });
  parser.disable(["inline", "linkify", "replacements", "smartquotes", "text_join"], true);
  return parser;
}

let md = configuredMarkdownIt();

/** Objects the two states share by reference, not compared by value. */
const SHARED_STATE_FIELDS = ["md", "env", "tokens"];

/** The same fields in the same order, and the same values but for the shared objects. */
function sameState(stockState: BlockState, directState: BlockState): boolean {
  const stock = stockState as unknown as Record<string, unknown>;
  const direct = directState as unknown as Record<string, unknown>;
  const keys = Object.keys(stock);
  return (
    JSON.stringify(keys) === JSON.stringify(Object.keys(direct)) &&
    keys.every(
      (key) =>
        SHARED_STATE_FIELDS.includes(key) ||
        JSON.stringify(stock[key]) === JSON.stringify(direct[key]),
    )
  );
}

/**
 * The shortcuts are only taken while they give exactly what markdown-it gives: tokens with the same
 * fields in the same order, the same block state, and the same token stream for a sample document
 * (with and without a last newline), so an upgrade that changes any of them falls back to
 * markdown-it's own code.
 */
function sameAsMarkdownIt(): boolean {
  const real = new MarkdownIt.Token("paragraph_open", "p", 1);
  const direct = createToken("paragraph_open", "p", 1);
  if (JSON.stringify(Object.entries(real)) !== JSON.stringify(Object.entries(direct))) {
    return false;
  }
  const stock = configuredMarkdownIt();
  const State = DirectBlockState as unknown as typeof MarkdownIt.StateBlock;
  md.block.State = State;
  md.core.ruler.at("normalize", normalizeWhenNeeded);
  return [SAMPLE, `${SAMPLE}   `, `${SAMPLE}last line`, ""].every((sample) => {
    const stockTokens = stock.parse(sample, {});
    const fastTokens = md.parse(sample, {});
    return (
      sameState(new MarkdownIt.StateBlock(sample, md, {}, []), new State(sample, md, {}, [])) &&
      JSON.stringify(stockTokens) === JSON.stringify(fastTokens) &&
      stockTokens.every(
        (token, index) => Object.getPrototypeOf(fastTokens[index]) === Object.getPrototypeOf(token),
      )
    );
  });
}

/** Whether the shortcuts are taken; a unit test pins it for the markdown-it in the lock file. */
export const takesShortcuts = sameAsMarkdownIt();
if (!takesShortcuts) {
  md = configuredMarkdownIt();
}

/** A link reference's label as markdown-it keys its definitions. */
export function normalizeReference(label: string): string {
  return md.utils.normalizeReference(label);
}

/** Block tokens of a document (no inline children); `env` collects its link reference definitions. */
export function parseBlocks(source: string, env: Env = {}): Token[] {
  return md.parse(source, env);
}
