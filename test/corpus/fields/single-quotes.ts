import type { FieldRow } from "../fieldRow";

// A quotation in single quotes names the end state as one in double quotes does; an apostrophe is no quotation.
export const rows: FieldRow[] = [
  {
    branch: "wording: a single-quoted message names the end state",
    markdown: "- Improve the login error to say 'session expired, sign in again'",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: curly single quotes name the end state too",
    markdown: "- Improve the login error to say ‘session expired, sign in again’",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: apostrophes are no quotation",
    markdown: "- Improve the docs' wording on the on-call's first week",
    expect: { verb: "vague" },
  },
];
