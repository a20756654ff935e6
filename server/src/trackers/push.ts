// Push one action item: search for its marker, create only when nothing carries it, and retry a
// failed create only after searching again, so a retry, a crash between create and write-back, or a
// second person pushing the same item never makes a second issue. Then the link to write back.
import { fieldChange, type TextChange } from "../core/fixes";
import type { ActionItem, PostMortem } from "../core/types";
import { sleep as realSleep } from "./http";
import { TrackerError, type IssueDraft, type Tracker, type TrackerIssue } from "./types";

export type PushOutcome = "created" | "existed";

export interface PushOptions {
  /** Create attempts in all (each after a fresh search). */
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Stops between attempts (the editor's Cancel). */
  signal?: AbortSignal;
}

export async function pushDraft(
  tracker: Tracker,
  draft: IssueDraft,
  options: PushOptions = {},
): Promise<{ outcome: PushOutcome; issue: TrackerIssue }> {
  const attempts = options.attempts ?? 3;
  const wait = options.sleep ?? realSleep;
  const backoff = (attempt: number): Promise<void> =>
    wait((options.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
  let triedCreate = false;
  // A create that timed out or lost its connection may still be processed by the tracker: from then
  // on this push only searches, and never sends a second create.
  let ambiguous: TrackerError | undefined;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted === true) {
      throw new TrackerError("network", "cancelled");
    }
    try {
      const existing = (await tracker.findByMarker(draft.marker))[0];
      if (existing !== undefined) {
        // Found after our own create failed mid-flight: the create did go through.
        return { outcome: triedCreate ? "created" : "existed", issue: existing };
      }
      if (ambiguous !== undefined) {
        if (attempt >= attempts) {
          throw new TrackerError(
            ambiguous.kind,
            `${ambiguous.message} The tracker may still create the issue: push again in a minute; the search will find it instead of creating a second.`,
            ambiguous.status,
          );
        }
        await backoff(attempt);
        continue;
      }
      triedCreate = true;
      let created: TrackerIssue;
      try {
        created = await tracker.create(draft);
      } catch (error) {
        if (
          error instanceof TrackerError &&
          (error.kind === "timeout" || error.kind === "network")
        ) {
          ambiguous = error;
        }
        throw error;
      }
      return await keepOldest(tracker, draft, created);
    } catch (error) {
      const failure =
        error instanceof TrackerError
          ? error
          : new TrackerError(
              "bad-response",
              `${tracker.kind}: ${(error as Error)?.message ?? String(error)}`,
            );
      if (!failure.retryable || attempt >= attempts) {
        throw failure;
      }
      await backoff(attempt);
    }
  }
}

/**
 * Two people pushing the same action at the same moment both search, find nothing and create. After
 * each create the marker is searched again: when an older issue carries it, the newer one is closed
 * (a duplicate nobody will work on) and the older one is the answer, so both pushers write the same link.
 */
async function keepOldest(
  tracker: Tracker,
  draft: IssueDraft,
  created: TrackerIssue,
): Promise<{ outcome: PushOutcome; issue: TrackerIssue }> {
  let all: TrackerIssue[];
  try {
    all = await tracker.findByMarker(draft.marker);
  } catch {
    return { outcome: "created", issue: created };
  }
  const oldest = all.find((issue) => issue.state === "open") ?? all[0];
  if (oldest === undefined || oldest.key === created.key) {
    return { outcome: "created", issue: created };
  }
  try {
    await tracker.close(created.key);
  } catch {
    // Left open: the links still agree, and the duplicate is visible to whoever triages.
  }
  return { outcome: "existed", issue: oldest };
}

/** Items a push offers: open, and not linked to a tracker yet. */
export function pushableItems(doc: PostMortem): ActionItem[] {
  return doc.actions.filter(
    (item) => item.status.state === "open" && item.trackerRefs.length === 0,
  );
}

export function linkText(issue: Pick<TrackerIssue, "key" | "url">): string {
  return `[${issue.key}](${issue.url})`;
}

export type LinkChange =
  | { kind: "change"; change: TextChange }
  | { kind: "already-linked"; refs: string[] }
  | { kind: "not-found" };

/**
 * The write-back for an issue, against the text as it is now: the item is found again by its id
 * (the text may have changed since the push started) and the link goes where the item keeps its
 * tracker reference (a Tracking cell, a suffix, a sub-bullet), the same code the quick fixes use.
 */
export function linkChange(
  doc: PostMortem,
  actionId: string,
  issue: Pick<TrackerIssue, "key" | "url">,
): LinkChange {
  const item = doc.actions.find((candidate) => candidate.id === actionId);
  if (item === undefined) {
    return { kind: "not-found" };
  }
  if (item.trackerRefs.length > 0) {
    return { kind: "already-linked", refs: item.trackerRefs.map((ref) => ref.text) };
  }
  return {
    kind: "change",
    change: fieldChange(doc.text, item.insert.tracker, "tracker", linkText(issue)),
  };
}
