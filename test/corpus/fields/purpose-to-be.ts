import type { FieldRow } from "../fieldRow";

// "to be" after a reported deed ("we have already moved the job … to be retried") says what the deed was for;
// it is no work still to come (status/grammar.ts purposeAfterReport). After a decision, a copula, or in an
// imperative, "to be" still asks for the work.
export const rows: FieldRow[] = [
  {
    branch:
      "done: 'to be' of purpose after 'we have already moved …', behind an opening 'To make …' phrase",
    markdown:
      "- To make releases easier to debug, we have already moved the signing job to its own runner and set it up to be retried on failure.\n",
    expect: { status: "done" },
  },
  {
    branch: "done: a decision with 'is to be' stays open",
    markdown: "- We have agreed the old mirror is to be switched off (Ana Ruiz)\n",
    expect: { status: "open" },
  },
  {
    branch: "done: an imperative with 'to be' stays open",
    markdown: "- Move the signing job to its own runner to be retried on failure (Ana Ruiz)\n",
    expect: { status: "open" },
  },
];
