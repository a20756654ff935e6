import type { FoundDeadline } from "./found";
import { isDigitAt } from "./patterns";
import { fromRangeStart, throughRangeEnd } from "./ranges";
import { NO_TIMELINE_SET } from "../lexicon";
import { findFirstDeadline } from "./search";

// Deadlines come in many shapes. Cheap regexes find and resolve the common ones; chrono-node
// resolves written dates and weekdays ("March 15", "next Friday") only when a cheap check says
// one may be present, so most items never reach it (it is the slowest step of a lint).

/**
 * Finds the first deadline-like phrase in plain text and resolves it to a date where it can.
 * `reference` is the post-mortem's own date (or today): relative phrases count from it. `dayFirst`:
 * the document writes "05/12/2026" for 5 December (see `slashDatesAreDayFirst`).
 */
export function findDeadline(
  text: string,
  reference: Date,
  dayFirst = false,
): FoundDeadline | undefined {
  // "… prior to release. No timeline has been set.": the writer says there is no deadline yet.
  if (NO_TIMELINE_SET.test(text)) {
    return undefined;
  }
  const found = findFirstDeadline(text, reference, dayFirst);
  if (found?.date === undefined) {
    return found;
  }
  const ranged = throughRangeEnd(text, found, reference, dayFirst);
  return isDigitAt(ranged.text, 0) ? fromRangeStart(text, ranged) : ranged;
}

export type { FoundDeadline } from "./found";
export { isoDate, startOfUtcDay } from "./calendar";
export { asCompletionDate } from "./completion";
export { isDateComma, splitFields } from "./fieldCommas";
export { slashDatesAreDayFirst } from "./slashDates";
export { isCalendarWord, MONTHS, WEEKDAYS } from "./words";
export { parseDocumentDate } from "./written";
