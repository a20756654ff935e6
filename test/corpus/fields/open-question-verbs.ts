import type { FieldRow } from "../fieldRow";

// "Know who speaks for us in an outage", "Define what the handover looks like": the verb's object is a
// question, so the deliverable is an answer still to find (lexicon/process.ts, PROCESS_NEEDS_NEXT "know"
// and "define"). With a thing as its object ("define the alert in the rules file") the verb writes it.
export const rows: FieldRow[] = [
  {
    branch: "process: 'know who' asks for an answer",
    markdown: "- Know who talks to customers while an outage lasts\n",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'define what … looks like' asks for an answer",
    markdown: "- Define what the on-call handover looks like\n",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'define how' asks for an answer",
    markdown: "- Define how we pick the region to fail over to\n",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'define' with a thing as its object",
    markdown: "- Define the disk-full alert in the shared rules file\n",
    expect: { verb: "outcome" },
  },
];
