// The document model shared by the CLI, the language server and the tests.
// Positions are 0-based like LSP; front ends convert to 1-based for people.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A span of the source text, as absolute character offsets. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = "error" | "warning" | "info" | "hint";

/** Where a field of an action item was found, so fixes can write back in the same convention. */
export type FieldSource =
  | "prefix" // "Alice: add …", "[Alice] add …", "Alice to add …"
  | "mention" // "@alice"
  | "field" // "Owner: Alice" inline or on a sub-bullet
  | "parenthetical" // "(owner: Alice)", "(Alice)"
  | "trailer" // "… — Alice"
  | "cell" // a table cell
  | "section" // stated once in a heading above the item
  | "text"; // found in the running text

export interface Owner {
  name: string;
  isGroup: boolean;
  /** A single accountable leadership role (VP, director, manager, CTO …). */
  isDecisionMaker: boolean;
  /** The roster's `role:` for this person, when the roster gives one. */
  role?: string;
  source: FieldSource;
  span?: Span;
}

export interface Deadline {
  text: string;
  /** Resolved calendar date (UTC midnight) when the text names one. */
  date?: Date;
  source: FieldSource;
  span?: Span;
}

export type TrackerRefKind = "url" | "key" | "hash" | "bug" | "cell";

export interface TrackerRef {
  text: string;
  kind: TrackerRefKind;
  source: FieldSource;
  span?: Span;
}

export type ActionState = "open" | "done" | "deprioritized";

export interface ActionStatus {
  state: ActionState;
  /** For deprioritized items: the stated reason, if any. */
  reason?: string;
  /** What told us: "[x]", "DONE", "status cell", "strikethrough", "past tense" … */
  evidence: string;
  /** Read from the grammar of the sentence ("has been disabled"), not from a status written on the item. */
  inferred?: boolean;
  span?: Span;
}

export type ItemFormat = "task" | "bullet" | "numbered" | "table" | "paragraph" | "line";

export interface Verb {
  text: string;
  span: Span;
  isProcess: boolean;
}

export type WordingClass = "process" | "vague" | "outcome";

/** What the wording of an item says about its end state, with the evidence (parse/wording/). */
export interface WordingClaim {
  class: WordingClass;
  /** Why, in words a reader would use: the evidence for the class. */
  why: string;
  /** Where the evidence stands. */
  span: Span;
  /** A process item that names no deliverable either: why its outcome cannot be checked. */
  alsoVague?: string;
}

/** Where a fix should write a missing field, in the item's own convention. */
export type InsertionPoint =
  | { kind: "prefix"; offset: number } // before the action text: "Name: "
  | { kind: "suffix"; offset: number } // end of the item's first paragraph: " (Owner: Name)"
  | { kind: "cell"; span: Span; column: string } // an empty or placeholder table cell
  | { kind: "subfield"; offset: number; indent: string; bullet: string }; // a new "- Owner: Name" sub-bullet

export interface TableColumns {
  text?: number;
  owner?: number;
  due?: number;
  tracker?: number;
  status?: number;
  notes?: number;
  /** All header names in order, lower-cased. */
  headers: string[];
}

export interface ActionItem {
  /** Stable id: hash of the normalised text, unless an explicit `<!-- ft:id -->` marker is present. */
  id: string;
  /** Plain text of the action, markdown syntax and field annotations removed. */
  text: string;
  /** The source text the item was read from (first paragraph or row). */
  raw: string;
  /** The whole item (first paragraph, or the table row). */
  span: Span;
  /** The action text proper (after checkbox/owner prefix), for highlighting. */
  textSpan: Span;
  format: ItemFormat;
  owners: Owner[];
  deadline?: Deadline;
  trackerRefs: TrackerRef[];
  status: ActionStatus;
  leadingVerb?: Verb;
  /** The wording judgement: process, vague or a checkable outcome, and why. */
  wording: WordingClaim;
  /** Item is a question ("Could we alert on X?"). */
  isQuestion: boolean;
  /** The heading path of the section holding the item. */
  sectionTitle: string;
  /** Where a fix inserts each missing field. */
  insert: {
    owner: InsertionPoint;
    deadline: InsertionPoint;
    tracker: InsertionPoint;
    status?: InsertionPoint;
  };
  /** Explicit id marker present in the source. */
  explicitId?: string;
  /** The owner is written as a placeholder (TBD, ?, unassigned). */
  ownerUnassigned?: boolean;
  /** The sentence's subject is everyone ("We will …", "The team should …"): nobody by name. */
  subjectIsEveryone?: boolean;
  /**
   * Lines that belong to this item without being items of their own, in source order: sub-bullets that
   * explain it or list its criteria, a following "This has been done." Absent when there are none.
   */
  annotations?: ItemAnnotation[];
}

/** A line read as part of the item above it (see `ActionItem.annotations`). */
export interface ItemAnnotation {
  /** Plain text of the line, its list marker removed. */
  text: string;
  span: Span;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  span: Span;
  status?: { value: string; span: Span };
  date?: Date;
  title?: string;
  owners: string[];
  services: string[];
  tracker?: unknown;
  severity?: string;
}

export interface Section {
  title: string;
  level: number;
  /** Span of the heading line. */
  span: Span;
  isActionSection: boolean;
}

export interface ParseProblem {
  message: string;
  span: Span;
}

/** A sentence that reads as blame, found anywhere in the prose. */
export interface BlameSentence {
  text: string;
  span: Span;
  phrase: string;
}

export interface PostMortem {
  text: string;
  frontMatter?: FrontMatter;
  title?: string;
  /** The post-mortem's own date, from front matter or a metadata line; relative deadlines resolve against it. */
  date?: Date;
  sections: Section[];
  actions: ActionItem[];
  blame: BlameSentence[];
  problems: ParseProblem[];
  /** Converts an absolute offset to a 0-based position. */
  positionAt(offset: number): Position;
  /** Converts a position to an absolute offset. */
  offsetAt(position: Position): number;
}

export type FixData =
  | {
      kind: "insertOwner";
      at: InsertionPoint;
      /** Offer leaders (roster roles) first: a systemic action. */ decisionMaker?: boolean;
    }
  | { kind: "replaceVerb"; span: Span; verb: string; suggestions: string[] }
  | { kind: "insertDeadline"; at: InsertionPoint; reference?: string }
  | { kind: "pushToTracker"; actionId: string; at: InsertionPoint }
  | { kind: "markDeprioritized"; at: InsertionPoint; itemSpan: Span }
  | { kind: "deprioritizeOpenActions"; actionIds: string[] }
  | { kind: "none" };

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  span: Span;
  /** The id of the action item the finding is about, if any. */
  actionId?: string;
  fix?: FixData;
  /** Why the finding was raised: what was read for the element, and where. */
  evidence?: string;
}
