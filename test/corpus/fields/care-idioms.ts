import type { FieldRow } from "../fieldRow";

// "Pay closer attention to disk usage" asks for care, not a change (lexicon/vagueObjects.ts IMPROVE_IDIOMS), and
// "Polish the runbooks" names a direction with no end state (lexicon/vagueWords.ts). "Page the owner when disk
// usage passes 90%" and "Publish the runbooks to the wiki" are left alone.
export const rows: FieldRow[] = [
  {
    branch: "verb: 'Pay closer attention to disk usage' is vague",
    markdown: "- Pay closer attention to disk usage on the build hosts\n",
    expect: { verb: "vague" },
  },
  {
    branch: "verb: 'Pay more attention to …' is vague",
    markdown: "- Pay more attention to warnings in the deploy log\n",
    expect: { verb: "vague" },
  },
  {
    branch: "verb: 'Page the owner when disk usage passes 90%' is left alone",
    markdown: "- Page the owner when disk usage passes 90% on the build hosts\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "verb: 'Polish the runbooks' is vague",
    markdown: "- Polish the runbooks\n",
    expect: { verb: "vague" },
  },
  {
    branch: "verb: 'Publish the runbooks to the wiki' is left alone",
    markdown: "- Publish the runbooks to the wiki\n",
    expect: { verb: "outcome" },
  },
];
