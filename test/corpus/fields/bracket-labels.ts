import type { FieldRow } from "../fieldRow";

// Meeting notes tag an action under the point it answers: "**[Action Item]** …", "[AI] …", "ACTION:Publish …"
// with no space after the colon. Each is an item wherever it sits (parse/lineShapes.ts, ACTION_LABEL); the tag
// is a label, never an owner (parse/readers/ownerPrefix.ts, readBracket).
export const rows: FieldRow[] = [
  {
    branch:
      "item: a bold bracketed '[Action Item]' sub-bullet under a retro point is an item, the tag cut",
    markdown:
      "## What went well\n\n- The freeze date was known early\n  - **[Action Item]** Put the freeze date on the website\n- The kickoff had everyone in it\n",
    items: ["Put the freeze date on the website"],
    expect: { owners: [], status: "open", text: "Put the freeze date on the website" },
  },
  {
    branch: "item: '[AI]' in front of an action is the item's label, not an owner called AI",
    markdown:
      "## What went badly\n\n- The branch cut was late\n  - [AI] Add the branch-cut steps to the handbook\n",
    items: ["Add the branch-cut steps to the handbook"],
    expect: { owners: [] },
  },
  {
    branch: "item: 'ACTION:Publish …' with no space after the colon is an item",
    markdown:
      "## General\n\n- Nobody knew when the release candidate was due.\n\n  - **ACTION:Publish the release calendar a month ahead**\n",
    items: ["Publish the release calendar a month ahead"],
  },
  {
    branch:
      "item: a bracketed word that is no label ('[Kim] The timeline was clear') stays a retro point",
    markdown:
      "## What went well\n\n- [Kim] The timeline was clear from the start\n- [Ravi] Good notes in every meeting\n",
    items: [],
  },
  {
    branch: "item: 'action:' inside a sentence tags nothing",
    markdown:
      "## What happened\n\nThe deploy job ran the wrong action:rollback was skipped and the cache stayed cold.\n",
    items: [],
  },
];
