import type { FieldRow } from "../fieldRow";

// Under a lesson, a bold tag of the state of the change that answers it ("- **fixed:** …", "- **fixing:** …")
// makes that line the item, done or open by the tag; the lesson's own lines stay lessons (parse/lineShapes.ts,
// LESSON_STATE_TAG).
export const rows: FieldRow[] = [
  {
    branch: "item: '**fixed:**' under a lesson is a done item, the lesson above it none",
    markdown:
      "## Lessons learned\n\n### Configuration management\n- critical services had commented-out configuration\n- **fixed:** automated config generation prevents manual configuration drift\n",
    items: ["automated config generation"],
    expect: { status: "done" },
  },
  {
    branch: "item: '**fixing:**' under a lesson is an open item with no owner, deadline or ticket",
    markdown:
      "## Lessons learned\n\n### Anycast design gaps\n- only one server configured for the anycast address\n- **fixing:** systematic anycast deployment across multiple servers\n",
    items: ["fixing: systematic anycast deployment"],
    expect: { status: "open", owners: [], deadline: null, trackers: [] },
  },
  {
    branch: "item: a plain 'Fixed:' opening a lesson is no tag",
    markdown:
      "## Lessons learned\n\n- Fixed: thresholds hide slow leaks, so we look at trends as well\n- critical services had commented-out configuration\n",
    items: [],
  },
  {
    branch: "item: a bold '**Resolved:**' in the story is no item",
    markdown:
      "## Timeline\n\n- 10:02 errors seen on the edge router\n- **Resolved:** routes were announced again at 10:40\n",
    items: [],
  },
];
