import type { ActionItem } from "../../types";
import { PARTICIPLE_ADJECTIVES } from "../lexicon";

// "- Removed the old script tag.", "- Updated cache keys to force a reload.", "- Rotated the deploy keys.": a
// participle that opens an item can name a wished-for state ("Updated runbooks") or report the work done.
// In a list whose other items all report work done in the past tense, it reports it too.

const LEAD_WORD = /^[\s*_]*([A-Za-z]+)\b/;
/** Fewer items than this leave too little for the list to tell its tense. */
const MIN_OTHERS = 2;

/** Items of one list: an open participle lead reads as done when every other item reports work done. */
export function settleParticipleLeads(items: ActionItem[]): void {
  if (items.length <= MIN_OTHERS) {
    return;
  }
  const ambiguous = items.filter(
    (item) =>
      item.status.state === "open" &&
      item.status.evidence === "default" &&
      PARTICIPLE_ADJECTIVES.has((LEAD_WORD.exec(item.text)?.[1] ?? "").toLowerCase()),
  );
  if (ambiguous.length === 0 || items.length - ambiguous.length < MIN_OTHERS) {
    return;
  }
  const othersReportDone = items.every(
    (item) =>
      ambiguous.includes(item) ||
      (item.status.state === "done" && item.status.evidence.startsWith("past tense")),
  );
  if (!othersReportDone) {
    return;
  }
  for (const item of ambiguous) {
    item.status = {
      state: "done",
      evidence: "past tense, as the rest of its list",
      inferred: true,
    };
  }
}
