import type { FieldRow } from "../fieldRow";

// A participle after its plural noun, then "on" a day ("the patches applied on Saturday") dates things done
// that day, so it gives no deadline (dates/guards.ts doneOnThatDay); after "get" or "have", or with a
// participle that asks for a date ("needed on"), the day is still when the work is due.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'the patches applied on Saturday' dates the patches, not the work",
    markdown:
      "- Ana Ruiz to find out why the patches applied on Saturday never reached the mirrors\n",
    expect: { owners: ["Ana Ruiz"], deadline: null },
  },
  {
    branch: "deadline: 'the config changes applied on 2026-11-14' names which changes",
    markdown: "- Revert the config changes applied on 2026-11-14 (Ana Ruiz)\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'get the keys rotated on Monday' still asks for Monday",
    markdown: "- Get the replica keys rotated on Monday (Ana Ruiz)\n",
    expect: { deadline: "on Monday" },
  },
  {
    branch: "deadline: 'the keys needed on 2026-12-01' still asks for that day",
    markdown: "- Ship the signing keys needed on 2026-12-01 (Ana Ruiz)\n",
    expect: { deadlineDate: "2026-12-01" },
  },
];
