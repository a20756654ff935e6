import type { Env } from "markdown-it";

// Link reference definitions ("[alerting-issue]: https://github.com/acme/ops/issues/12"): markdown-it's block
// parse collects them into its env, with CommonMark's rules (none inside code, the first definition of a label
// wins). An item that writes "[the issue][alerting-issue]" links what the definition names, which may be its
// tracker issue.

/** A reference label as CommonMark matches it: case and runs of blanks do not matter. */
export { normalizeReference } from "./blockParser";

/** Each label the parse defined, to its destination. */
export function linkReferencesOf(env: Env): ReadonlyMap<string, string> {
  const defined = (env as { references?: Record<string, { href: string }> }).references;
  const references = new Map<string, string>();
  if (defined !== undefined) {
    for (const label of Object.keys(defined)) {
      references.set(label, defined[label].href);
    }
  }
  return references;
}
