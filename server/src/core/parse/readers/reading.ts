import type { ActionStatus, Deadline, Owner, Span, TrackerRef } from "../../types";
import type { FieldContext } from "../fields";
import type { StatusClaim, StatusOrigin } from "../status/claims";
import type { FoundRef } from "../trackerRefs";

// One item's text as its readers go through it. Each reader looks at the raw Markdown, adds the claims
// it finds (an owner, a deadline, a tracker ref, a status, each with its origin and span) and marks the
// characters it understood as annotations, so the next reader and the action text skip them.
// `itemFields.ts` resolves the claims; `fields.ts` runs the readers in order.

export interface Reading {
  readonly raw: string;
  /** `raw` in lower case, computed once for the readers that look for words in any case. */
  readonly lower: string;
  readonly ctx: FieldContext;
  /** Annotations to cut out of the action text. Spans are relative to `raw`. */
  removals: Span[];
  /** Owner claims in reading order, a name once (`Owner.source` is the origin, `span` the evidence). */
  owners: Owner[];
  /** A reader found the owner written as a placeholder: "TBD:", "Owner: ?". */
  ownerUnassigned: boolean;
  /** A reader found the subject is everyone: "We will …", "The team should …". */
  subjectIsEveryone: boolean;
  /** Deadline claims in reading order. */
  deadlines: Deadline[];
  /** A deadline field was written but left empty or TBD. */
  deadlineUnset: boolean;
  /** The references `findTrackerRefs` found in the whole text, before any reader ran. */
  foundRefs: FoundRef[];
  trackerRefs: TrackerRef[];
  /** A tracker field ("Ticket: …") had a value. */
  trackerFieldValue: boolean;
  statusClaims: StatusClaim[];
  /** The status word that opened the item ("Won't do: …"), if any. */
  statusPrefixWord?: string;
  reasonText?: string;
  /** A "Description:" field's value: what the action is, in the writer's fuller words. */
  descriptionText?: string;
  /** Where the action starts once the leading annotations are read. */
  pos: number;
  /** Where a new owner goes: before any owner prefix, after a checkbox or status word. */
  ownerInsertAt: number;
  /** A bold title's text and where the text after it starts ("**Title**: explanation"). */
  titleText?: string;
  titleEnd?: number;
  /** Where the action ends once the trailing annotations are read. */
  tailEnd: number;
}

export function startReading(raw: string, ctx: FieldContext, foundRefs: FoundRef[]): Reading {
  return {
    raw,
    lower: raw.toLowerCase(),
    ctx,
    removals: [],
    owners: [],
    ownerUnassigned: false,
    subjectIsEveryone: false,
    deadlines: [],
    deadlineUnset: false,
    foundRefs,
    trackerRefs: [],
    trackerFieldValue: false,
    statusClaims: [],
    pos: 0,
    ownerInsertAt: 0,
    tailEnd: raw.length,
  };
}

/**
 * Claims the owners a reader found; "unassigned" says the owner is written as a placeholder. True when
 * the reader understood the words as an owner (so they are an annotation).
 */
export function claimOwners(r: Reading, found: Owner[] | "unassigned" | undefined): boolean {
  if (found === "unassigned") {
    r.ownerUnassigned = true;
    return true;
  }
  if (found === undefined) {
    return false;
  }
  for (const owner of found) {
    const name = owner.name.toLowerCase();
    if (!r.owners.some((o) => o.name.toLowerCase() === name)) {
      r.owners.push(owner);
    }
  }
  return true;
}

export function claimStatus(
  r: Reading,
  origin: StatusOrigin,
  found: ActionStatus | undefined,
): void {
  if (found !== undefined) {
    r.statusClaims.push({ origin, status: found });
  }
}

/** A status is written on the item (not merely implied by its grammar). */
export function hasStatus(r: Reading): boolean {
  return r.statusClaims.length > 0;
}

/** The `length` characters at the cursor are an annotation: cut them out and move past them. */
export function consumeAtCursor(r: Reading, length: number): void {
  r.removals.push({ start: r.pos, end: r.pos + length });
  r.pos += length;
}
