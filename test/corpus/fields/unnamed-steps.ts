import type { FieldRow } from "../fieldRow";

// "Take additional measures against bot signups", "Implement proactive actions for odd signups": a step of some
// kind or amount, which step unsaid (wording/vagueObjects.ts, KIND_MODIFIERS before UNNAMED_STEPS). A
// named step with the same words ("additional checks in the deploy script") is checkable.
export const rows: FieldRow[] = [
  {
    branch: "vague: 'additional measures' names no step",
    markdown: "- Take additional measures against bot signups\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'proactive actions' names no step, examples or not",
    markdown: "- Implement proactive actions for odd signup bursts (e.g. alerts, blocking IPs)\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'additional' before a named artefact",
    markdown: "- Add an additional health check to the deploy script that fails on a 5xx\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'preventive' before a named control",
    markdown: "- Enable the preventive lock on the main branch\n",
    expect: { verb: "outcome" },
  },
];
