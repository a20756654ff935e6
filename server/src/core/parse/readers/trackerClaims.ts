import type { TrackerRef } from "../../types";
import type { Reading } from "./reading";

// Tracker claims: every reference in the text ("PAY-12", "#431", an issue URL). They are read before
// any other reader, so a ticket's text never reads as an owner or a date.

// "…, tracked in OPS-41", "(see #12)": the words that lead to the reference leave the action with it.
const REF_LEAD = /(?:,\s*|\s)(?:tracked (?:in|by|as|under|at)|see|ticket|ref(?:erence)?)\s*:?\s*$/i;

export function readTrackerRefs(r: Reading): void {
  for (const found of r.foundRefs) {
    const span = { start: found.start, end: found.end };
    r.removals.push(span);
    removeLinkMarks(r, found.start, found.end);
    const lead =
      found.start > 0
        ? REF_LEAD.exec(r.raw.slice(Math.max(0, found.start - 24), found.start))
        : null;
    if (lead !== null) {
      r.removals.push({ start: found.start - lead[0].length, end: found.start });
    }
    r.trackerRefs.push({
      text: found.ref.text,
      kind: found.ref.kind,
      source: found.ref.source,
      span,
    });
  }
}

/**
 * A reference that is a link's target ("[Cap the retry budget](…/issues/124)", "<https://…/OPS-9>"): the
 * link's marks leave the action with the target, so its words read as plain text.
 */
const MAX_LINK_TEXT = 300;

function removeLinkMarks(r: Reading, start: number, end: number): void {
  const { raw } = r;
  if (raw.charCodeAt(start - 1) === 60 /* < */ && raw.charCodeAt(end) === 62 /* > */) {
    r.removals.push({ start: start - 1, end: start }, { start: end, end: end + 1 });
    return;
  }
  if (raw.charCodeAt(start - 1) !== 40 /* ( */ || raw.charCodeAt(start - 2) !== 93 /* ] */) {
    return;
  }
  // The link's text is searched back a bounded way: a page of "](…)" with no "[" costs no more than one.
  const from = Math.max(0, start - 2 - MAX_LINK_TEXT);
  const before = raw.slice(from, start - 2);
  const bracket = before.lastIndexOf("[");
  if (bracket === -1 || before.includes("]", bracket) || raw[end] !== ")") {
    return;
  }
  const open = from + bracket;
  r.removals.push(
    { start: open, end: open + 1 },
    { start: start - 2, end: start },
    { start: end, end: end + 1 },
  );
}

/** True when some tracker claim already lies within `start`..`end`. */
export function claimedWithin(r: Reading, start: number, end: number): boolean {
  return r.trackerRefs.some(
    (ref) => ref.span !== undefined && ref.span.start >= start && ref.span.end <= end,
  );
}

/** A link or a field value that is where the work is tracked, though no reference pattern matched it. */
export function claimTrackerText(
  r: Reading,
  text: string,
  kind: TrackerRef["kind"],
  source: TrackerRef["source"],
  start: number,
  end: number,
): void {
  if (!claimedWithin(r, start, end)) {
    r.trackerRefs.push({ text, kind, source, span: { start, end } });
  }
}
