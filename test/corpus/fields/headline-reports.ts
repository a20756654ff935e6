import type { FieldRow } from "../fieldRow";

// Reports written as headlines or under a label of work finished (parse/status/grammar.ts, parse/sectionIntro.ts):
// "Completed:" over a list; "Checkout pool halted." (a subject and its participle, "was" left out); "Affected
// users have been …" (a participle before its noun); "Already run the script" (the participle after "already").
export const rows: FieldRow[] = [
  {
    branch: "status: a bare 'Completed:' label over a list marks its items done",
    markdown: [
      "Completed:",
      "",
      "- Queue depth alert tuned to 500",
      "- Replay the dropped events",
    ].join("\n"),
    item: "Replay the dropped events",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Still to do:' over a list leaves its items open",
    markdown: ["Still to do:", "", "- Replay the dropped events"].join("\n"),
    expect: { status: "open" },
  },
  {
    branch: "status: a headline's subject and participle report the work done",
    markdown: "- Checkout worker pool halted.",
    expect: { status: "done" },
  },
  {
    branch: "status: a headline participle before a bracketed pointer still reports",
    markdown: "- Stale replica keys and their backups identified (see the appendix).",
    expect: { status: "done" },
  },
  {
    branch: "status: a subject and a wish participle asks for the thing",
    markdown: "- More replay tests needed.",
    expect: { status: "open" },
  },
  {
    branch: "status: a participle after 'is' in a purpose clause is no headline",
    markdown: "- Roll out the config agent to every host so drift is reduced.",
    expect: { status: "open" },
  },
  {
    branch: "status: a participle before its noun, then a perfect and a future, is done in part",
    markdown: "- Affected tenants have been identified and will be contacted by support.",
    expect: { status: "open" },
  },
  {
    branch: "status: a participle before its noun, then a past passive, is done",
    markdown: "- Impacted tenants were refunded for the lost hours.",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Already' and an irregular participle like the base form reports it done",
    markdown: "- Already run the restore script on every test account.",
    expect: { status: "done" },
  },
  {
    branch:
      "status: a verb used as a noun before 'for' ('Alert for replica lag added') heads a report",
    markdown: "- Alert for replica lag added (Dana)",
    expect: { status: "done", owners: ["Dana"] },
  },
  {
    branch: "status: 'Fix for the pager gap needed' still asks for the fix",
    markdown: "- Fix for the pager gap needed",
    expect: { status: "open" },
  },
  {
    branch:
      "status: the participle, then where it landed ('… enabled across all clusters'), reports it done",
    markdown: "- The canary stage enabled across all clusters",
    expect: { status: "done" },
  },
  {
    branch:
      "status: the participle, then when it landed ('… completed last week'), reports it done",
    markdown: "- Load test of the relay at 2x peak completed last week",
    expect: { status: "done" },
  },
  {
    branch: "status: an imperative whose object was deployed last week asks for the work",
    markdown: "- Revert the change deployed last week",
    expect: { status: "open" },
  },
  {
    branch:
      "status: after a verb used as a noun only a last participle counts: '… deployed to production' is open",
    markdown: "- Audit of every job deployed to production",
    expect: { status: "open" },
  },
];
