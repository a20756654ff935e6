// What the workspace index keeps per post-mortem: small, serialisable summaries (no source text, no
// parse tree), so 10,000 documents fit in a server's memory and cross the wire as they are.
import type { ActionState, Range } from "../types";

export interface IndexedDeadline {
  /** As written: "by 2026-12-15", "end of sprint 14", "Q2". */
  text: string;
  /** The resolved calendar date, YYYY-MM-DD, when the text names one. */
  date?: string;
}

export interface IndexedAction {
  /** The action item's stable id (see ActionItem.id). */
  id: string;
  /** The document the action lives in. */
  uri: string;
  /** Plain text of the action. */
  text: string;
  /** The whole item, 0-based. */
  range: Range;
  owners: string[];
  deadline?: IndexedDeadline;
  trackerRefs: string[];
  /** Where a tracker reference links to, for "Open in Tracker" (a bare URL, or a key's Markdown link). */
  trackerUrl?: string;
  state: ActionState;
  /** Why a deprioritized item was dropped, when it says. */
  reason?: string;
  /** Rule ids of the lint findings on this item: why it is weak (empty when strong). */
  weak: string[];
  /** The heading the item sits under. */
  section: string;
}

export interface IndexedPostMortem {
  uri: string;
  /** The front matter's or first heading's title, else the file name. */
  title: string;
  /** The post-mortem's own date, YYYY-MM-DD. */
  date?: string;
  severity?: string;
  services: string[];
  /** The front matter's status ("draft", "closed" …). */
  status?: string;
  actions: IndexedAction[];
  /** The front matter's `tracker:` value (plain data), when set: it can send this post-mortem to another tracker. */
  tracker?: unknown;
  /** "editor": from an open document's (possibly unsaved) text; "disk": from the file. */
  origin: "disk" | "editor";
  /** The editor's document version for an "editor" entry. */
  version?: number;
}
