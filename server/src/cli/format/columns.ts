// Column widths for the CLI's aligned text output.

/**
 * The largest `measure` over `values`, 0 for none. A loop, not `Math.max(...values)`: spreading a
 * 20 MB post-mortem's 200,000 rows into arguments overflows the call stack.
 */
export function widest<T>(values: Iterable<T>, measure: (value: T) => number): number {
  let width = 0;
  for (const value of values) {
    width = Math.max(width, measure(value));
  }
  return width;
}

/** Code points, not UTF-16 units, so an emoji in a quoted action does not skew the next column. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text) {
    width++;
  }
  return width;
}
