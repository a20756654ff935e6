import type { FieldRow } from "../fieldRow";

// A later sentence that reports the change made marks the item done, when the first sentence asks for it or
// states the problem: "… The spam check is now handled in the mail container.", "… We've updated these checks …",
// "… This alert has already paid off." Work still to come after the report keeps it open
// (status/grammar.ts laterReport).
export const rows: FieldRow[] = [
  {
    branch: "status: an imperative, then 'The spam check is now handled …', is done",
    markdown:
      "- Rewrite the spam check to be more fault-tolerant. The spam check is now handled in the mail container.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: a problem, then 'We've updated these checks …', is done",
    markdown:
      "- Our health checks were routed to other hosts. We've updated these checks so every host is probed.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: a report followed by what still needs doing stays open",
    markdown: "- Add a lag alert. We have added one on the primary; the replicas still need one.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: 'We will …' then a report of something else stays open",
    markdown: "- We will add a lag alert on the replicas. We have added one on the primary.\n",
    expect: { status: "open" },
  },
  {
    branch:
      "status: a report whose later sentence says what the change ensures ('… will not be removed') is done",
    markdown:
      "- The site's domain setting is corrected, and the deploy now writes it back on every change. This is automated, which ensures that the domain will not be dropped again.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: a report followed by 'We will add …' still asks for more",
    markdown:
      "- The site's domain setting is corrected. We will add a check for it to the deploy.\n",
    expect: { status: "open" },
  },
];
