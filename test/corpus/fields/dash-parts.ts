import type { FieldRow } from "../fieldRow";

// Fields after spaced dashes, read from the end (readers/trailing.ts, trailingParts.ts): "target" leads a date
// in a part of its own as "due" does, so the parts before it are read too.
export const rows: FieldRow[] = [
  {
    branch: "deadline/owner: '— Ben (payments on-call) — target end of sprint 48' reads both parts",
    markdown: "- Cap the retry queue at 500 — Ben (payments on-call) — target end of sprint 48\n",
    expect: {
      owners: ["Ben"],
      deadline: "target end of sprint 48",
      text: "Cap the retry queue at 500",
    },
  },
  {
    branch: "text: 'target' inside the action ('Hit the latency target') stays the action's word",
    markdown: "- Hit the latency target on the checkout API\n",
    expect: { deadline: null, text: "Hit the latency target on the checkout API" },
  },
];
