import type { FieldRow } from "../fieldRow";

// A later sentence or a bracket that names who takes the item on in plain words ("(Ana will do this.)", "Ana
// will take care of it") names its owner (readers/ownerMentions.ts); "task force" in a heading is a group of
// people, not a list of tasks (lexicon/headings.ts).
export const rows: FieldRow[] = [
  {
    branch: "owner: '(Ana will do this.)' after the item names its owner",
    markdown: "- Arrange the succession for the conference chair. (Ana will do this.)\n",
    expect: { owners: ["Ana"] },
  },
  {
    branch: "owner: '; Ana will take care of it' names its owner",
    markdown: "- Move the registration desk closer to the entrance; Ana will take care of it.\n",
    expect: { owners: ["Ana"] },
  },
  {
    branch: "owner: 'Nobody will do this' names no one",
    markdown:
      "- Move the registration desk closer to the entrance. Nobody will do this before spring.\n",
    expect: { owners: [] },
  },
  {
    branch: "items: a heading that names a task force tells the story, no list of tasks",
    markdown:
      "# Outage review\n\n## Gathering the right people (our task force)\n\n- Asked the on-call leads to join the bridge.\n",
    items: [],
  },
];
