// Link reference definitions ("[alerting-issue]: https://github.com/acme/ops/issues/12"), as CommonMark
// defines them: an item that writes "[the issue][alerting-issue]" links what the definition names, which
// may be its tracker issue.

const DEFINITION = /^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*<?([^\s>]+)>?/gm;

/** A reference label as CommonMark matches it: case and runs of blanks do not matter. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Each defined label's destination; the first definition of a label wins, as in CommonMark. */
export function readLinkReferences(source: string): ReadonlyMap<string, string> {
  const references = new Map<string, string>();
  if (!source.includes("]:")) {
    return references;
  }
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(source); m !== null; m = DEFINITION.exec(source)) {
    const label = normalizeLabel(m[1]);
    if (!references.has(label)) {
      references.set(label, m[2]);
    }
  }
  return references;
}
