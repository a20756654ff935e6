import { MONTHS } from "./words";

// Commas that separate fields, not the comma inside a date ("Sep 9, 2026").

// "Sep 9, 2026", "December 18th, 2026": the comma inside a date written the American way.
const MONTH_DAY_BEFORE = new RegExp(
  String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*$`,
  "i",
);

const YEAR_AFTER = /^\s*(?:19|20)\d\d\b/;

/** The comma at `comma` sits inside a date ("Sep 9, 2026"), so it separates no fields. */
export function isDateComma(text: string, comma: number): boolean {
  return (
    YEAR_AFTER.test(text.slice(comma + 1, comma + 8)) &&
    MONTH_DAY_BEFORE.test(text.slice(Math.max(0, comma - 16), comma))
  );
}

const FIELD_SEPARATOR = /\s*[,;]\s*/g;

/** The parts of a list of fields ("Ana, Sep 9, 2026, OPS-41"), split at commas and semicolons outside dates. */
export function splitFields(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  FIELD_SEPARATOR.lastIndex = 0;
  for (let m = FIELD_SEPARATOR.exec(text); m !== null; m = FIELD_SEPARATOR.exec(text)) {
    if (m[0].includes(",") && isDateComma(text, m.index + m[0].indexOf(","))) {
      continue;
    }
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}
