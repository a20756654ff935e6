import type { FieldRow } from "../fieldRow";

// A kind of practice named alone ("Synthetic testing") says neither what it covers nor when it is enough.
export const rows: FieldRow[] = [
  {
    branch: "vague: a kind of testing named alone is a topic",
    markdown: "- Synthetic testing\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: the kind of testing and what it covers is checkable",
    markdown: "- Synthetic testing of the sign-in page every minute\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a practice explained after a colon says what it is",
    markdown:
      "- Certificate monitoring: a probe for expiry on the sign-in host that pages at 14 days\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a practice explained in brackets says what it is",
    markdown: "- Certificate monitoring (expiry probe + page)\n",
    expect: { verb: "outcome" },
  },
];
