// One row of the field-level corpus: a small post-mortem fragment, in our own words, and what the parser
// must read from it. Each row exercises one reader branch, so a broken branch fails a named test.

export type VerbClass = "outcome" | "process" | "vague";

export interface FieldExpectation {
  /** Owner names, in order; [] means no owner. */
  owners?: string[];
  /** Every owner read is a group (true) or a person (false). */
  ownerIsGroup?: boolean;
  /** No owner, and the item writes the owner as a placeholder ("TBD", "?"). */
  ownerUnassigned?: boolean;
  status?: "open" | "done" | "deprioritized";
  /** The deadline text as read, or null for none. */
  deadline?: string | null;
  /** The date the deadline resolves to (YYYY-MM-DD), or null when it names none. */
  deadlineDate?: string | null;
  /** Tracker reference texts; [] means none. */
  trackers?: string[];
  /** What the wording rules make of the item: a process verb or question, a vague outcome, or neither. */
  verb?: VerbClass;
  /** The item's text exactly as read, once its fields are cut out. */
  text?: string;
  /** Texts of the lines read as part of the item rather than as items (sub-bullets, a following "Done." line). */
  annotations?: string[];
}

export interface FieldRow {
  /** The reader branch this row pins down, e.g. "owner: bracketed lower-case handle". */
  branch: string;
  /** Markdown; without a heading of its own (quoted or not) it is placed under "## Action items". */
  markdown: string;
  /** The start of the item's text the expectation is about (default: the first item). */
  item?: string;
  expect?: FieldExpectation;
  /** The starts of every item's text, in order: pins down what is an item and what is not. */
  items?: string[];
}
