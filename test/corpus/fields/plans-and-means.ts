import type { FieldRow } from "../fieldRow";

// "Future plans" and "Future works" open follow-up work as "Future work" does (lexicon/headings.ts); "… we're
// hardening our deploys by:" introduces the means listed under it (sections.ts MEANS_INTRO); a subject that
// "remains unresolved" reports no work done (status/grammar.ts).
export const rows: FieldRow[] = [
  {
    branch: "items: 'Future plans' opens follow-up work",
    markdown: "# Disk full\n\n## Future plans\n\n- Add a disk alarm at 80% on the log hosts.\n",
    items: ["Add a disk alarm at 80% on the log hosts."],
  },
  {
    branch: "items: 'Future works' opens follow-up work",
    markdown: "# Disk full\n\n## Future works\n\n- Rotate the archive logs daily.\n",
    items: ["Rotate the archive logs daily."],
  },
  {
    branch:
      "items: 'we're hardening … by:' over a list introduces the means, outside any action heading",
    markdown:
      "# Token leak\n\n## Keeping it safe\n\nTo limit what a leaked token can do, we're hardening our pipelines by:\n\n1. Pinning every third-party action to a commit.\n2. Moving deploy secrets to short-lived tokens.\n",
    items: [
      "Pinning every third-party action to a commit.",
      "Moving deploy secrets to short-lived tokens.",
    ],
  },
  {
    branch: "items: 'we hardened … by:' tells what was done in the story, no items",
    markdown:
      "# Token leak\n\n## Response\n\nWe already hardened our pipelines by:\n\n1. Pinning every third-party action to a commit.\n2. Moving deploy secrets to short-lived tokens.\n",
    items: [],
  },
  {
    branch: "status: 'stays throttled' tells a state, no report of work done",
    markdown: "- The old exporter stays throttled.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: a headline participle led by 'un-' ('Two alerts unresolved.') is no report",
    markdown: "- Two paging alerts unresolved.\n",
    expect: { status: "open" },
  },
];
