// Some post-mortems are written in AsciiDoc and published through the same blog engines as Markdown ones
// ("== What can we do to improve?"). The parser reads a copy of such a document with each "=" heading marker
// written as "#" and each "link:https://…[text]" as the address and its text, at the same length, so every
// offset still points into the document.

const ASCIIDOC_HEADING = /^(={1,6})(?= +\S)/gm;
const SECTION_HEADING = /^={2,6} +\S/m;
// "link:https://…[our assessment]", "https://…[Azure PR 431]": the bracket is the link's text, not an owner.
const ASCIIDOC_LINK = /(?:\blink:)?(https?:\/\/[^\s[\]]+)\[([^\]\n]*)\]/g;

/** The text with AsciiDoc's "== Title" headings and "URL[text]" links written as Markdown reads them. */
export function withAsciiDocMarkup(text: string): string {
  if (!text.includes("\n==") || !SECTION_HEADING.test(text)) {
    return text;
  }
  return text
    .replace(ASCIIDOC_HEADING, (marker) => "#".repeat(marker.length))
    .replace(ASCIIDOC_LINK, (link: string, url: string, label: string) =>
      `${url} ${label} `.padStart(link.length),
    );
}
