// Text read from a document, put into Markdown the editor renders (hovers): it must stay text.
// `[x](command:…)` must not become a link, `<img onerror>` not HTML, `$(icon)` not an icon, and a
// line break not a new block (a heading, a list, an HTML block).
const MARKUP = /[\\`*_[\]<>&~|$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(MARKUP, "\\$&");
}
