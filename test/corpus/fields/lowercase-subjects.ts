import type { FieldRow } from "../fieldRow";

// A terse list may start every line in lower case; a plural noun as the subject of a past verb with an
// object reports the work done there as a capitalised subject does (parse/status/grammar.ts).
export const rows: FieldRow[] = [
  {
    branch: "done: a lower-case plural subject, a past verb and its object",
    markdown: "- operators reverted their nodes to the previous release",
    expect: { status: "done" },
  },
  {
    branch: "done: the same line with its subject capitalised reads the same",
    markdown: "- Operators reverted their nodes to the previous release",
    expect: { status: "done" },
  },
  {
    branch: "open: a lower-case plural subject that still has to do the work",
    markdown: "- operators revert their nodes to the previous release",
    expect: { status: "open" },
  },
  {
    branch: "open: a lower-case plural subject with a modal",
    markdown: "- operators should revert their nodes to the previous release",
    expect: { status: "open" },
  },
];
