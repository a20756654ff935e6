// The web address an action's tracker reference links to. A bare URL is a reference of its own; a key
// written as a Markdown link ("[PAY-12](https://…)", often in a Ticket cell) keeps only the key as its
// reference, so the link's target is read here, for "Open in Tracker".
import type { ActionItem } from "../types";

const MARKDOWN_LINK = /\[([^\]\n]*)\]\((https?:\/\/[^)\s]+)\)/g;

export function trackerUrlOf(item: ActionItem, text: string): string | undefined {
  const bare = item.trackerRefs.find((ref) => /^https?:\/\//i.test(ref.text));
  if (bare !== undefined) {
    return bare.text;
  }
  for (const ref of item.trackerRefs) {
    if (ref.span === undefined) {
      continue;
    }
    const lineStart = text.lastIndexOf("\n", ref.span.start - 1) + 1;
    const lineEnd = text.indexOf("\n", ref.span.end);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    for (const link of line.matchAll(MARKDOWN_LINK)) {
      const start = lineStart + link.index;
      const end = start + link[0].length;
      // The reference is the link's text, or (a Ticket cell) the link is inside the reference.
      if (ref.span.start < end && start < ref.span.end) {
        return link[2];
      }
    }
  }
  return undefined;
}
