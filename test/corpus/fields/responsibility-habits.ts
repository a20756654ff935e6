import type { FieldRow } from "../fieldRow";

// "Take responsibility for …" asks for a habit, with nothing to check, as "take ownership of …" does
// (lexicon/vagueStates.ts HABIT); taking on a named piece of work ("take over the rota") is left alone.
export const rows: FieldRow[] = [
  {
    branch: "vague: 'take responsibility for' the changes one merges",
    markdown: "- Take responsibility for the changes you merge into the release branch.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a named owner 'to take responsibility for' reads as the same habit",
    markdown: "- Ana Ruiz to take responsibility for the tags she pushes.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'take over the on-call rota from Dana' names a checkable hand-over",
    markdown: "- Ana Ruiz to take over the on-call rota from Dana Whitfield by 2026-12-18\n",
    expect: { verb: "outcome" },
  },
];
