import type { FieldRow } from "../fieldRow";

// "Tune the autoscaler", "tighten the bucket permissions": a setting to change with no value it becomes
// (lexicon/vagueWords.ts SETTING_VERBS, read by wording/vagueObjects.ts scopeWithoutExtent). "Spend time on
// …" is time with no end (AMOUNT_PHRASES; "spend" is a lead of its own in VAGUE_LEADS). "Establish a
// culture of …" grows a state of mind (MINDSET_LEADS).
export const rows: FieldRow[] = [
  {
    branch: "vague: 'tune' with no target",
    markdown: "- Tune the autoscaler\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'tighten' with no target",
    markdown: "- Tighten the permissions on the export bucket\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'tune' to a value",
    markdown: "- Tune the autoscaler to scale out at 60% CPU\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'adjust' to a named state",
    markdown: "- Adjust the dashboard query to exclude test tenants\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'spend time on' with no end",
    markdown: "- Spend time on the queue behaviour under load\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'establish a culture of'",
    markdown: "- Establish a culture of blameless reviews\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'establish' a thing one can open",
    markdown: "- Establish a shared incident channel for the payments and ledger teams\n",
    expect: { verb: "outcome" },
  },
];
