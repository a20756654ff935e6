import type { Deadline } from "../../types";

// A date without a year is read as its next occurrence, which is right for a deadline but not for the day
// work was finished: "done Dec 2" in a write-up of 3 December happened the day before, not next December.
const HALF_YEAR_MS = 183 * 24 * 60 * 60 * 1000;
const WRITES_A_YEAR =
  /\b\d{4}\b|['’]\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b|\b(?:fy|cy)\s?\d{2}\b/i;

/**
 * The date of a finished item: a year-less date that landed more than half a year after `reference` is
 * moved back a year, to the occurrence just before. A near date stays ("due Dec 20, ✅": finished early).
 */
export function asCompletionDate(
  deadline: Deadline | undefined,
  reference: Date,
): Deadline | undefined {
  const date = deadline?.date;
  if (
    deadline === undefined ||
    date === undefined ||
    date.getTime() - reference.getTime() <= HALF_YEAR_MS ||
    WRITES_A_YEAR.test(deadline.text)
  ) {
    return deadline;
  }
  const earlier = new Date(date);
  earlier.setUTCFullYear(date.getUTCFullYear() - 1);
  return { ...deadline, date: earlier };
}
