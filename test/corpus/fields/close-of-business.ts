import type { FieldRow } from "../fieldRow";

// "by close of business Friday", "by end of business Monday": the business day's close before a weekday leads
// it as "by" and "COB" do (dates/words.ts WEEKDAY_LEADS, shared by the cheap check and the weekday reader), and
// "by close of business on 4 December" leaves the action text with its date (readers/deadlineText.ts).
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'by close of business Friday' is that Friday",
    markdown:
      "---\ndate: 2026-11-20\n---\n## Action items\n\n- Jane: add an alert by close of business Friday\n",
    expect: { deadlineDate: "2026-11-20" },
  },
  {
    branch: "deadline: 'by end of business Monday' is the next Monday",
    markdown:
      "---\ndate: 2026-11-20\n---\n## Action items\n\n- Jane: add an alert by end of business Monday\n",
    expect: { deadlineDate: "2026-11-23" },
  },
  {
    branch: "text: 'by close of business on 4 December' leaves the action with its date",
    markdown:
      "---\ndate: 2026-11-20\n---\n## Action items\n\n- Jane: add an alert by close of business on 4 December\n",
    expect: { deadlineDate: "2026-12-04", text: "add an alert" },
  },
  {
    branch: "deadline: '… runs at the close of business', with no day after it, names no deadline",
    markdown:
      "## Action items\n\n- Jane: move the export so it no longer runs at the close of business\n",
    expect: { deadline: null },
  },
];
