// A post-mortem pasted into an e-mail reply or a comment as a quote, every line behind "> ", reads as if
// unquoted: each line's first quote mark (and the space after it) as spaces, so every offset holds and the
// headings, lists and tables inside keep their shape, two columns in, as Markdown allows. A quote inside a
// page (a customer's words) is left as it is.

const QUOTE_MARK = /^([ \t]{0,3})> ?/;

/** `text` without the quote marks in front of every line, when every line that is not blank has one. */
export function withoutDocumentQuote(text: string): string {
  if (text.trimStart().charAt(0) !== ">") {
    return text; // Most documents: one look at the first character.
  }
  const lines = text.split("\n");
  if (!lines.every((line) => line.trim() === "" || QUOTE_MARK.test(line))) {
    return text;
  }
  return lines
    .map((line) =>
      line.replace(
        QUOTE_MARK,
        (mark: string, lead: string) => lead + " ".repeat(mark.length - lead.length),
      ),
    )
    .join("\n");
}
