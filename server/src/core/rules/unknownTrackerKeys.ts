// Ticket keys an item writes that `trackerKeys` does not list ("SRCH-9" with `trackerKeys: [PAY, OPS]`):
// the parser rightly does not count them, but the person meant a ticket and needs to know how to declare it.
import { findTrackerRefs } from "../parse/trackerRefs";
import type { ActionItem, Span } from "../types";

export interface UnknownKey {
  key: string;
  project: string;
  span: Span;
}

export function unknownTrackerKeys(
  item: ActionItem,
  text: string,
  trackerKeys: string[],
): UnknownKey[] {
  if (trackerKeys.length === 0) {
    return []; // Without a list every plausible key counts already.
  }
  const raw = text.slice(item.span.start, item.span.end);
  return findTrackerRefs(raw, { trackerKeys: [] })
    .filter(({ ref }) => ref.kind === "key")
    .map(({ ref, start, end }) => ({
      key: ref.text,
      project: ref.text.replace(/-\d+$/, ""),
      span: { start: item.span.start + start, end: item.span.start + end },
    }))
    .filter((found) => !trackerKeys.includes(found.project));
}
