import type { FieldRow } from "../fieldRow";

// "things" is vague as the work's own object; inside a clause about someone else ("people who do things …") it
// names no outcome of the item.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'things' inside 'who do things …' is not the item's outcome",
    markdown:
      "## Action items\n\n- Thank the volunteers who do things nobody sees in the closing post\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'things' as the object of the work stays vague",
    markdown: "## Action items\n\n- Fix things that break during failover\n",
    expect: { verb: "vague" },
  },
];
