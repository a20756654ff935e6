import { isDigitAt } from "./patterns";

const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/g;

/**
 * Whether the document writes slash dates day first ("30/11/2026"): its slash dates that can only be
 * read one way say which way the others ("05/12/2026") are meant.
 */
export function slashDatesAreDayFirst(text: string): boolean {
  if (!hasSlashDate(text)) {
    return false;
  }
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of text.matchAll(SLASH_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) {
      dayFirst++;
    } else if (second > 12 && first <= 12) {
      monthFirst++;
    }
  }
  return dayFirst > monthFirst;
}

/** A slash between two digits somewhere: most slashes are in links and paths, and a date needs this. */
function hasSlashDate(text: string): boolean {
  for (let at = text.indexOf("/"); at !== -1; at = text.indexOf("/", at + 1)) {
    if (isDigitAt(text, at - 1) && isDigitAt(text, at + 1)) {
      return true;
    }
  }
  return false;
}
