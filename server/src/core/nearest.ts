// "Did you mean …?": the known name closest to a mistyped one, for the CLI's options and commands and
// the config's rule ids.

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const distance: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      distance[row][column] = Math.min(
        distance[row - 1][column] + 1,
        distance[row][column - 1] + 1,
        distance[row - 1][column - 1] + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        distance[row][column] = Math.min(distance[row][column], distance[row - 2][column - 2] + 1);
      }
    }
  }
  return distance[a.length][b.length];
}

/**
 * The known name nearest to `typed`, or undefined when none is near enough to be a typo: at most a
 * third of the longer name may differ, so "colour" finds "color" but "xyz" finds nothing.
 * A known name that starts with what was typed ("dead" for "deadline-missing") also counts.
 */
export function nearest(typed: string, known: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (
    best !== undefined &&
    bestDistance <= Math.max(1, Math.floor(Math.max(lower.length, best.length) / 3))
  ) {
    return best;
  }
  const prefixed = known.filter(
    (name) => lower.length >= 3 && name.toLowerCase().startsWith(lower),
  );
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
