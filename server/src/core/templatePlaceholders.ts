// The New Post-Mortem template's example row ("| add an alert on … | name | YYYY-MM-DD | KEY-123 | Open |")
// is a prompt, not an action: counted as one, it would raise every badge until someone filled it in.
import type { ActionItem } from "./types";

/** The placeholders the template (snippets/markdown.code-snippets) writes in its row's fields. */
export const TEMPLATE_FIELD_PLACEHOLDERS = ["YYYY-MM-DD", "KEY-123"] as const;

/**
 * True while the item's text is still an unfinished prompt ending in "…" and one of its fields still
 * holds a template placeholder. Once a person writes the action itself, it counts, placeholders or not.
 */
export function isUnfilledTemplateItem(item: ActionItem, text: string): boolean {
  // Two end tests, not a pattern that would scan every item's text for its end.
  const end = item.text.trimEnd();
  if (!end.endsWith("…") && !end.endsWith("...")) {
    return false;
  }
  // A table item's span is its Action cell: the other cells are on the same line.
  const lineStart = text.lastIndexOf("\n", item.span.start - 1) + 1;
  const lineEnd = text.indexOf("\n", item.span.end);
  const source = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return TEMPLATE_FIELD_PLACEHOLDERS.some((placeholder) => source.includes(placeholder));
}
