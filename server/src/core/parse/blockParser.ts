import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";

// One markdown-it block parse per document. Inline parsing is switched off: fields are read
// from the raw source of each item, which keeps exact offsets and halves the parse time.
const md = new MarkdownIt({ html: true, linkify: false });
md.disable(["inline", "linkify", "replacements", "smartquotes", "text_join"], true);

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

class DirectTokenBlockState extends MarkdownIt.StateBlock {
  override push(type: string, tag: string, nesting: Nesting): Token {
    // Mirrors StateBlock.push, with the cheaper constructor.
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
  "",
].join("\n");

/**
 * The shortcut is only taken while it gives exactly what markdown-it gives: tokens with the same
 * fields in the same order, and the same token stream for a sample document, so an upgrade that
 * changes either falls back to markdown-it's own block state.
 */
function sameTokensAsMarkdownIt(): boolean {
  const real = new MarkdownIt.Token("paragraph_open", "p", 1);
  const direct = createToken("paragraph_open", "p", 1);
  if (JSON.stringify(Object.entries(real)) !== JSON.stringify(Object.entries(direct))) {
    return false;
  }
  const stock = md.parse(SAMPLE, {});
  md.block.State = DirectTokenBlockState;
  const fast = md.parse(SAMPLE, {});
  md.block.State = MarkdownIt.StateBlock;
  return (
    JSON.stringify(stock) === JSON.stringify(fast) &&
    stock.every(
      (token, index) => Object.getPrototypeOf(fast[index]) === Object.getPrototypeOf(token),
    )
  );
}

if (sameTokensAsMarkdownIt()) {
  md.block.State = DirectTokenBlockState;
}

/** Block tokens of a document (no inline children). */
export function parseBlocks(source: string): Token[] {
  return md.parse(source, {});
}
