import type { ActionStatus } from "../../types";

/**
 * Where a status claim was read. The resolvers below rank claims by origin, so a new way of writing a
 * status is a new reader that returns one of these, never another branch in the field reader.
 */
export type StatusOrigin =
  /** A status word, emoji, ballot box, "(done)" or closing "Done." written on the item itself. */
  | "marker"
  /** A "Status: …" field in the item's text. */
  | "field"
  /** Struck-through text: done when the words beside it say so, otherwise dropped. */
  | "strikethrough"
  /** "won't do", "descoped", "superseded by …" anywhere in the text. */
  | "dropped-words"
  /** The grammar of the item's sentence: "has been disabled", "We extended …", "will add …". */
  | "grammar";

export interface StatusClaim {
  origin: StatusOrigin;
  status: ActionStatus;
}

function first(claims: readonly StatusClaim[], origin: StatusOrigin): StatusClaim | undefined {
  return claims.find((claim) => claim.origin === origin);
}

// "Closed" or "Resolved" alone says the ticket ended, not how: "closed, won't fix" was not done.
const CLOSED_ONLY = /^(?:closed|resolved)$/i;

function closedOnly(status: ActionStatus): boolean {
  return CLOSED_ONLY.test(status.evidence);
}

/**
 * The status one item's text states, from every claim its readers made:
 *
 * | rank | claim                                 | wins over                                      |
 * |------|---------------------------------------|------------------------------------------------|
 * | 1    | strikethrough beside done words       | everything                                     |
 * | 2    | a "Status:" field                     | markers, grammar                               |
 * | 3    | the first marker in reading order     | grammar                                        |
 * | 4    | strikethrough / dropped words         | any rank 2-3 claim not done, or only "closed"  |
 * | 5    | grammar (tense, "created a ticket to") | nothing: it speaks only when nothing else does |
 */
export function resolveTextStatus(claims: readonly StatusClaim[]): ActionStatus | undefined {
  if (claims.length === 0) {
    return undefined;
  }
  const struck = first(claims, "strikethrough");
  if (struck?.status.state === "done") {
    return struck.status;
  }
  const stated = first(claims, "field") ?? first(claims, "marker");
  const dropped = struck ?? first(claims, "dropped-words");
  if (stated?.status.state === "done" && !(dropped !== undefined && closedOnly(stated.status))) {
    return stated.status;
  }
  if (dropped !== undefined) {
    return dropped.status;
  }
  if (stated !== undefined) {
    return stated.status;
  }
  // An open grammar claim ("will add …", "created a ticket to …") only stops a later one from reading it done.
  const grammar = first(claims, "grammar");
  return grammar?.status.state === "done" ? grammar.status : undefined;
}

/** What each part of an item's context says about its status; `text` is the item's own text, resolved above. */
export interface ItemStatusClaims {
  /** A Status column, a DONE mark in any cell, or a status word in the Notes cell. */
  cell?: ActionStatus;
  text?: ActionStatus;
  /** `Status:` and other field lines under the item, in order. */
  subfields: (ActionStatus | undefined)[];
  /** The task box: "x" ticked, " " open, "-" or "~" dropped. */
  checkbox?: string;
  /** The heading says everything under it is finished ("Already done", "Completed"). */
  doneHeading: boolean;
  /** The text says its work is still to come ("We will add …"): a done heading does not make it done. */
  stillToCome?: boolean;
  /** The heading says nothing under it will be done ("Not doing", "Out of scope"). */
  droppedHeading: boolean;
}

/** "- [x] ~~Add the limit~~": ticked, then struck through as lists cross off what is finished; no reason, no drop. */
function struckWithoutReason(written: ActionStatus): boolean {
  return (
    written.evidence === "strikethrough" &&
    written.state === "deprioritized" &&
    written.reason === undefined
  );
}

/**
 * The status of an item from its table row, its text, its field lines, its task box and its heading:
 *
 * | rank | claim                                 | note                                                 |
 * |------|---------------------------------------|------------------------------------------------------|
 * | 1    | the row's cells                       |                                                      |
 * | 2    | the text, then its field lines        | "open" never un-ticks a box; tense never ticks one,  |
 * |      |                                       | nor stands for a ticked one; a strike with no reason |
 * |      |                                       | crosses a ticked one off as done                     |
 * | 3    | the task box                          |                                                      |
 * | 4    | a heading that says "done" or dropped | only for items with no box and nothing written; not |
 * |      |                                       | "done" for work the text says is still to come      |
 * | 5    | open                                  |                                                      |
 */
export function resolveItemStatus(claims: ItemStatusClaims): ActionStatus {
  if (claims.cell !== undefined) {
    return claims.cell;
  }
  const written = claims.text ?? claims.subfields.find((status) => status !== undefined);
  const box = claims.checkbox?.toLowerCase();
  const boxStatus: ActionStatus | undefined =
    box === undefined
      ? undefined
      : box === "x"
        ? { state: "done", evidence: "[x]" }
        : box === "-" || box === "~"
          ? { state: "deprioritized", evidence: `[${box}]` }
          : { state: "open", evidence: `[${box}]` };
  if (
    written !== undefined &&
    !(box === "x" && (written.state === "open" || written.inferred === true)) &&
    !(box === " " && written.inferred === true) &&
    !(box === "x" && struckWithoutReason(written))
  ) {
    return written;
  }
  if (boxStatus !== undefined) {
    return boxStatus;
  }
  if (written === undefined && claims.doneHeading && claims.stillToCome !== true) {
    return { state: "done", evidence: "heading" };
  }
  if (written === undefined && claims.droppedHeading) {
    return { state: "deprioritized", evidence: "heading" };
  }
  return { state: "open", evidence: "default" };
}
