// Post-mortem Markdown for tests that only vary its front matter, first heading and action items.

/** Front matter of `fields`, then `heading`, then an "Action items" section of `items`. */
export function postMortemMarkdown(fields: string[], heading: string, items: string[]): string {
  return ["---", ...fields, "---", heading, "", "## Action items", "", ...items, ""].join("\n");
}
