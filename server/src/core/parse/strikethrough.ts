// Strikethrough, "~~…~~", as the readers see it. A strike may run over the lines of an item when it
// strikes the action out ("~~Rewrite the indexer~~ (OPS-15)"); inside a line it may also strike a field's
// old value ("due ~~2026-12-01~~ 2027-01-12", "~~Ana~~ Bo"), which `corrections.ts` and the owner cells read.

/** The first struck span, its text in group 1, over lines if it must. */
export const STRUCK = /~~([\s\S]+?)~~/;
/** Every struck span inside one line, its text in group 1, paired in order as Markdown pairs them. */
export const STRUCK_IN_LINE = /~~([^~\n]+)~~/g;
