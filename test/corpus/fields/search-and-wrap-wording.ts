import type { FieldRow } from "../fieldRow";

// Searching is activity however it is phrased: "find a better solution for …", "looking to see if …",
// "monitoring to understand …" (lexicon/process.ts PROCESS_NEEDS_NEXT). "Take measures to …" wraps the work,
// which is judged (wording/clause.ts WORK_WRAP).
export const rows: FieldRow[] = [
  {
    branch: "process: 'Find a better solution for …' searches",
    markdown: "- Find a better solution for the database fallback.\n",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'Find the leaked key and rotate it' does the work",
    markdown: "- Find the leaked key and rotate it.\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: 'We are looking to see if …' searches",
    markdown: "- We are looking to see if there are alternatives to the alerts plugin.\n",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'Monitoring to understand …' watches to learn",
    markdown: "- Monitoring to understand the unexpected logouts.\n",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'Monitor disk usage on the replicas' adds monitoring",
    markdown: "- Monitor disk usage on the replicas.\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'Take measures to reduce the spam load' is judged by what the measures do",
    markdown: "- Take measures to reduce the spam load.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'Take steps to add a 30s lag alert' names the change",
    markdown: "- Take steps to add a 30s lag alert on the replica.\n",
    expect: { verb: "outcome" },
  },
];
