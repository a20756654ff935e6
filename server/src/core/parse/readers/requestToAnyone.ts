import type { Reading } from "./reading";

// "**Maya**: can someone check …?": the speaker asks anyone to take it on, so the speaker does not own it.
const ASKS_ANYONE = /\s*(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody)\b/iy;

/** Drops the owner a prefix named when the words after it ask anyone at all to do the work. */
export function readRequestToAnyone(r: Reading): void {
  if (r.owners.length === 0) {
    return;
  }
  ASKS_ANYONE.lastIndex = r.titleEnd ?? r.pos;
  if (!ASKS_ANYONE.test(r.raw)) {
    return;
  }
  r.owners = r.owners.filter((owner) => owner.source !== "prefix");
}
