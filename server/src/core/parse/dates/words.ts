// The calendar's words: month and weekday spellings (regex alternatives that other parse modules
// compose too) and the tables that turn a word into a number.

export const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

export const WEEKDAYS =
  "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?";

/**
 * The words that make a weekday a day to finish by: "by Friday", "no later than Friday", "EOD Monday", "close of
 * business Friday".
 */
export const WEEKDAY_LEADS =
  "by|on|before|until|due|till|eod|cob|eob|close of business|close of play|end of business|later than";

const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, "i");

/** A month or a weekday, written out or short ("Dec", "Tuesday"). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORD.test(word);
}

export const MONTH_INDEX: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

export const MONTH_ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

export const WEEKDAY_INDEX: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  six: 6,
};

export const EO_PERIOD: Record<string, string> = {
  EOD: "day",
  COB: "day",
  EOB: "day",
  EOW: "week",
  EOM: "month",
  EOQ: "quarter",
  EOY: "year",
};
