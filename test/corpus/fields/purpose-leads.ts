import type { FieldRow } from "../fieldRow";

// A purpose before the commitment ("To keep this from happening again, we will …", "So that no job is lost,
// we …") says why; the wording is judged on what follows it (lexicon/verbs.ts SENTENCE_LEADS).
export const rows: FieldRow[] = [
  {
    branch:
      "verb: 'To prevent this from happening again, we will add <alert>' is judged on the alert",
    markdown:
      "- To prevent this from happening again, we will add a replication lag alert at 30 seconds.\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "verb: 'So that this never happens again, we will add <alert>' is judged on the alert",
    markdown:
      "- So that this never happens again, we will add a replication lag alert at 30 seconds.\n",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "verb: 'To avoid this in the future, we will page <who> when <event>' is judged on the paging",
    markdown:
      "- To avoid this in the future, we will page the database on-call when replication stops.\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "verb: a purpose before 'we will improve monitoring' is still vague",
    markdown: "- To prevent this from happening again, we will improve monitoring.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "verb: 'Make sure this never happens again' alone is still vague",
    markdown: "- Make sure this never happens again.\n",
    expect: { verb: "vague" },
  },
];
