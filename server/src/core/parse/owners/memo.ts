import type { Person } from "../../config";
import type { OwnerContext } from "./verdicts";

// Verdicts depend only on the text and the config's roster and groups; the same names recur across
// every item of every document, so they are remembered per roster.

const MAX_CACHED = 20_000;

/** The memo for this roster; `key` below adds the groups, the other part of the config a verdict depends on. */
export function memoFor<T>(
  caches: WeakMap<Person[], Map<string, T>>,
  ctx: OwnerContext,
): Map<string, T> {
  let cache = caches.get(ctx.people);
  if (cache === undefined) {
    cache = new Map();
    caches.set(ctx.people, cache);
  }
  if (cache.size >= MAX_CACHED) {
    cache.clear();
  }
  return cache;
}

export function memoKey(rawText: string, ctx: OwnerContext): string {
  return ctx.groups.length === 0 ? rawText : `${ctx.groups.join(",")}\u0000${rawText}`;
}

/**
 * A cache key that owns its characters. A key sliced from a document would keep the whole document
 * text alive for as long as the cache holds it; the editor re-lints on every keystroke.
 */
export function ownedCopy(key: string): string {
  return key.length < 13 ? key : Buffer.from(key, "utf8").toString("utf8");
}
