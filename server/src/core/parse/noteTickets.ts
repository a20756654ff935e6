import type { TrackerRef } from "../types";
import type { Builder } from "./builder";
import { readFields } from "./fields";
import { toPlainText } from "./markdownText";

// A note under an item that ends with a ticket ("  - Includes a way to post status updates - OPS-8") says
// where that part of the item's work is tracked. A ticket inside the note ("see #12 for the last outage")
// tells of something else.

// What may follow the closing ticket: the rest of its link, closing brackets, a full stop.
const LINK_TARGET = /^\]\([^)\s]*\)/;
const CLOSING = /^[\s)\].,;:]*$/;
// A note that points at another ticket ("See OPS-90", "Caused by OPS-12", "Related: OPS-3") names no home
// for this work.
const POINTS_ELSEWHERE =
  /^(?:see(?: also)?|cf\.?|related(?: to)?|caused by|similar to|same as|duplicate of|previously|context)\b/i;

/** The ticket a note closes with, its span in the document, or nothing. */
export function closingTicket(builder: Builder, raw: string, base: number): TrackerRef | undefined {
  if (POINTS_ELSEWHERE.test(toPlainText(raw).trimStart())) {
    return undefined;
  }
  const refs = readFields(raw, builder.ctxPastTenseOpen).trackerRefs;
  let last: TrackerRef | undefined;
  for (const ref of refs) {
    if (ref.span !== undefined && (last?.span === undefined || ref.span.end > last.span.end)) {
      last = ref;
    }
  }
  if (last?.span === undefined) {
    return undefined;
  }
  const after = raw.slice(last.span.end).replace(LINK_TARGET, "");
  if (!CLOSING.test(after)) {
    return undefined;
  }
  return { ...last, span: { start: last.span.start + base, end: last.span.end + base } };
}
