import type { FieldRow } from "../fieldRow";

// A hedge in the clause that tells what a change will bring (", which will let us scale when needed") qualifies
// the benefit, not the change (wording/vagueStates.ts); a hedge on the change itself stays vague.
export const rows: FieldRow[] = [
  {
    branch: "verb: '<change>, which will let us … when needed' is judged on the change",
    markdown:
      "- We are moving the build workers onto an autoscaling group, which will let us add capacity when needed.\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "verb: '<change> as needed, which will …' keeps the hedge on the change: vague",
    markdown: "- Add build workers as needed, which will shorten the queue.\n",
    expect: { verb: "vague" },
  },
];
