import type { FollowThroughMetrics } from "./types";

/** The dates the post-mortems span, as the report and the dashboard append it to their count. */
export function periodSuffix({ from, to }: Pick<FollowThroughMetrics, "from" | "to">): string {
  if (from === null) return "";
  return from === to ? `, ${from}` : `, ${from} to ${to}`;
}
