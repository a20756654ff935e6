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
