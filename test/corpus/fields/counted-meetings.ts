import type { FieldRow } from "../fieldRow";

// "Schedule any follow-up meetings", "hold further talks with the vendor": a count of events, not one, is
// still talk (wording/processReaders.ts, meeting; EVENT_COUNT). A recurring meeting stays an institution.
export const rows: FieldRow[] = [
  {
    branch: "process: 'any … meetings'",
    markdown: "- Schedule any follow up meetings the longer fixes need\n",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'further talks'",
    markdown: "- Hold further talks with the payment provider about the retries\n",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a recurring meeting is an institution",
    markdown: "- Schedule a weekly review of open post-mortem actions in the team calendar\n",
    expect: { verb: "outcome" },
  },
];
